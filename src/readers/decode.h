#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

struct DecodedText {
    QString text;
    QString encoding; // IANA-style name: "UTF-8", "UTF-16LE", "windows-1251" ...
    bool hadBom = false;
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

bool isValidUtf8(const QByteArray &bytes);

} // namespace sd
