// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/textconv.h"

namespace sd {
namespace {

bool actsOnTerminal(char16_t c) {
    if (c == u'\t' || c == u'\n')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString withVisibleControls(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (actsOnTerminal(c.unicode()))
            out += QStringLiteral("<U+%1>").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        else
            out += c;
    }
    return out;
}

QByteArray documentAsText(const Document &document) {
    QString out;
    for (const Block &block : document.blocks) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += withVisibleControls(block.text) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace sd
