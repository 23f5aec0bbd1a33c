// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/visible.h"

#include <algorithm>

namespace sd {

char16_t controlPicture(char16_t c) {
    if (c < 0x20)
        return char16_t(0x2400 + c);
    if (c == 0x7F)
        return u'\u2421';
    return u'\uFFFD';
}

QString visibleControls(const QString &text) {
    const auto hidden = [](QChar ch) { return isHiddenControl(ch.unicode()); };
    const auto first = std::find_if(text.begin(), text.end(), hidden);
    if (first == text.end())
        return text;
    QString out = text;
    for (qsizetype i = first - text.begin(); i < out.size(); ++i)
        if (isHiddenControl(out.at(i).unicode()))
            out[i] = QChar(controlPicture(out.at(i).unicode()));
    return out;
}

} // namespace sd
