// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/folding.h"

#include <unicode/unistr.h>

namespace sd {
namespace {

// The replacement for one character, or nullptr when the character is kept as it is.
const char16_t *foldedChar(char16_t c) {
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x0060:
    case 0x00B4:
        return u"'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A:
        return u"\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return u"-";
    case 0x2026:
        return u"...";
    case 0x00A0: case 0x202F: case 0x2007: case 0x2009: case 0x200A:
        return u" ";
    default:
        return nullptr;
    }
}

} // namespace

bool needsTypographyFold(QStringView text) {
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x80 || c == '`') {
            if (foldedChar(c))
                return true;
        } else if (c == '-' ) {
            // "--" and "---" fold to "-"
            if (text.size() > 1 && text.count(u'-') == text.size())
                return true;
        }
    }
    return false;
}

QString foldTypography(QStringView text) {
    if (!needsTypographyFold(text))
        return text.toString();
    if (text.size() > 1 && text.count(u'-') == text.size())
        return QStringLiteral("-");
    QString out;
    out.reserve(text.size() + 2);
    for (QChar ch : text) {
        if (const char16_t *rep = foldedChar(ch.unicode()))
            out.append(QStringView(rep));
        else
            out.append(ch);
    }
    // A run of dashes ("——") is one dash, as "--" and "---" are.
    if (out.size() > 1 && out.count(u'-') == out.size())
        return QStringLiteral("-");
    return out;
}

QString foldCase(QStringView text) {
    // ICU's full folding: "Straße" and "STRASSE" agree (Qt's simple folding keeps the ß).
    icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    u.foldCase();
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

} // namespace sd
