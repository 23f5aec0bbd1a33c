// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/filenamebytes.h"

namespace sd {
namespace {

constexpr char16_t kEscapeBase = 0xDC00;

// A lone low surrogate in the escape range; the second half of a surrogate pair is a character.
bool escapedAt(QStringView s, qsizetype i) {
    const char16_t c = s.at(i).unicode();
    return c >= kEscapeBase + 0x80 && c <= kEscapeBase + 0xFF &&
           !(i > 0 && s.at(i - 1).isHighSurrogate());
}

// The length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none.
qsizetype validSequenceAt(const QByteArray &raw, qsizetype i) {
    const auto byte = [&](qsizetype k) { return quint8(raw.at(k)); };
    const quint8 lead = byte(i);
    if (lead < 0x80)
        return 1;
    const qsizetype len = lead >= 0xC2 && lead <= 0xDF   ? 2
                          : lead >= 0xE0 && lead <= 0xEF ? 3
                          : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                         : 0;
    if (len == 0 || i + len > raw.size())
        return 0;
    char32_t cp = lead & (0x7F >> len);
    for (qsizetype k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0; // overlong, out of range, or an encoded surrogate
    return len;
}

} // namespace

bool hasEscapedBytes(const QString &argument) {
    for (qsizetype i = 0; i < argument.size(); ++i)
        if (escapedAt(argument, i))
            return true;
    return false;
}

QString argumentFromBytes(const QByteArray &raw) {
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        const qsizetype len = validSequenceAt(raw, i);
        if (len == 0) {
            out += QChar(char16_t(kEscapeBase + quint8(raw.at(i))));
            ++i;
            continue;
        }
        out += QString::fromUtf8(raw.constData() + i, len);
        i += len;
    }
    return out;
}

QByteArray argumentToBytes(const QString &argument) {
    QByteArray out;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= argument.size(); ++i) {
        if (i < argument.size() && !escapedAt(argument, i))
            continue;
        out += QStringView(argument).mid(runStart, i - runStart).toUtf8();
        if (i < argument.size())
            out += char(argument.at(i).unicode() - kEscapeBase);
        runStart = i + 1;
    }
    return out;
}

QString visibleName(const QString &argument) {
    QString out;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        if (escapedAt(argument, i))
            out += QStringLiteral("\\x") +
                   QString::number(argument.at(i).unicode() - kEscapeBase, 16).toUpper();
        else
            out += argument.at(i);
    }
    return out;
}

} // namespace sd
