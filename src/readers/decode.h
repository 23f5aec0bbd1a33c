// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

struct DecodedText {
    QString text;
    QString encoding; // IANA-style name: "UTF-8", "UTF-16LE", "windows-1251" ...
    bool hadBom = false;
    // The encoding came from a BOM or from bytes that are valid UTF-8: no hint (an HTML page's
    // charset) would change it.
    bool settled = false;
};

// Encodings detectable from the first bytes alone (BOMs, and BOM-less UTF-16 text whose every
// other byte is zero). Empty when there is no such sign.
QString encodingFromSignature(const QByteArray &bytes);

// Decodes a text file: a BOM wins; then valid UTF-8; then `hint` (an HTML charset, say) when
// given; then the statistical guess of uchardet; Windows-1252 when nothing else fits.
// Returns false with `error` set when the named converter is missing.
bool decodeText(const QByteArray &bytes, DecodedText &out, QString *error,
                const QString &hint = QString());

// Converts with ICU's converter for `encoding`; false when ICU does not know the name.
bool convertWithIcu(const QByteArray &bytes, const QString &encoding, QString &out);

// Parsers that take UTF-8 (md4c, gumbo) report byte offsets; blocks and tokens want offsets in
// the decoded QString. Positions arrive in document order, so a cursor that only moves forward
// is enough (it starts over if one goes back).
class Utf8ToUtf16 {
public:
    explicit Utf8ToUtf16(const QByteArray &utf8) : m_utf8(utf8) {}
    qint32 map(qsizetype byteOffset) {
        if (byteOffset < m_byte)
            m_byte = m_utf16 = 0;
        while (m_byte < byteOffset && m_byte < m_utf8.size()) {
            const quint8 c = quint8(m_utf8.at(m_byte));
            const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            m_byte += len;
            m_utf16 += len == 4 ? 2 : 1;
        }
        return qint32(m_utf16);
    }

private:
    const QByteArray &m_utf8;
    qsizetype m_byte = 0;
    qsizetype m_utf16 = 0;
};

} // namespace sd
