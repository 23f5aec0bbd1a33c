// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace sd {

// True for a character that a terminal (or a browser, or a text widget) acts on instead of
// showing: the C0 controls but tab and line feed, DEL and the C1 controls. Story text that
// holds them could recolour, hide or fake the report around it (ESC[0m, ESC[8m, ESC[2J, an
// OSC 8 link, an OSC 52 write to the paste buffer).
inline bool isHiddenControl(char16_t c) {
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F);
}

// The character that stands for a control in the text shown: the Unicode control pictures
// (ESC -> U+241B "␛", NUL -> U+2400 "␀", CR -> U+240D, DEL -> U+2421); a C1 control, which has
// no picture (and comes only from text decoded with the wrong charset), shows as U+FFFD.
// One character for one: offsets into the text stay valid.
char16_t controlPicture(char16_t c);

// `text` with every hidden control shown as its picture; the same (shared) text when it has none.
QString visibleControls(const QString &text);
inline QString visibleControls(QStringView text) {
    return visibleControls(text.toString());
}

} // namespace sd
