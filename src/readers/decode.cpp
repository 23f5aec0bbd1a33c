// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/decode.h"

#include <QStringDecoder>

#include <algorithm>

#include <uchardet.h>
#include <unicode/ucnv.h>

namespace sd {

QString encodingFromSignature(const QByteArray &b) {
    auto at = [&](qsizetype i) { return quint8(b.at(i)); };
    if (b.size() >= 4 && at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0)
        return QStringLiteral("UTF-32LE");
    if (b.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF)
        return QStringLiteral("UTF-32BE");
    if (b.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF)
        return QStringLiteral("UTF-8");
    if (b.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE)
        return QStringLiteral("UTF-16LE");
    if (b.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF)
        return QStringLiteral("UTF-16BE");
    // BOM-less UTF-16 of mostly Latin text: zero bytes on one parity only.
    const qsizetype n = qMin<qsizetype>(b.size() & ~qsizetype(1), 4096);
    if (n >= 8) {
        qsizetype evenZeros = 0, oddZeros = 0;
        for (qsizetype i = 0; i < n; i += 2) {
            evenZeros += at(i) == 0;
            oddZeros += at(i + 1) == 0;
        }
        const qsizetype pairs = n / 2;
        if (oddZeros > pairs * 6 / 10 && evenZeros == 0)
            return QStringLiteral("UTF-16LE");
        if (evenZeros > pairs * 6 / 10 && oddZeros == 0)
            return QStringLiteral("UTF-16BE");
    }
    return {};
}

bool convertWithIcu(const QByteArray &bytes, const QString &encoding, QString &out) {
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    UConverter *conv = ucnv_open(name.constData(), &status);
    if (U_FAILURE(status) || !conv)
        return false;
    // Worst case one UTF-16 unit per byte plus surrogates for 4-byte sequences.
    out.resize(bytes.size() * 2 + 16);
    status = U_ZERO_ERROR;
    const int32_t len = ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()),
                                      int32_t(out.size()), bytes.constData(),
                                      int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return false;
    out.resize(len);
    return true;
}

namespace {

QString guessWithUchardet(const QByteArray &bytes) {
    uchardet_t ud = uchardet_new();
    // Enough to decide; uchardet's cost grows with input.
    const QByteArray sample = bytes.left(1 << 20);
    QString name;
    if (uchardet_handle_data(ud, sample.constData(), size_t(sample.size())) == 0) {
        uchardet_data_end(ud);
        name = QString::fromLatin1(uchardet_get_charset(ud));
    }
    uchardet_delete(ud);
    if (name.compare(QLatin1String("ASCII"), Qt::CaseInsensitive) == 0)
        name = QStringLiteral("UTF-8");
    return name;
}

// uchardet answers in capitals ("WINDOWS-1251", "SHIFT_JIS"); Document::encoding shows the
// IANA spelling people know. ICU and Qt accept either.
QString canonicalName(const QString &name) {
    if (name.startsWith(QLatin1String("WINDOWS-"), Qt::CaseInsensitive))
        return name.toLower();
    if (name.compare(QLatin1String("SHIFT_JIS"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Shift_JIS");
    if (name.compare(QLatin1String("BIG5"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Big5");
    return name;
}

// ISO-8859-1 has only control characters at 0x80-0x9F; text that uses those bytes is
// windows-1252 (curly quotes, dashes, the euro sign), whatever the label or guess says.
bool hasC1Bytes(const QByteArray &bytes) {
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        const quint8 u = quint8(c);
        return u >= 0x80 && u <= 0x9F;
    });
}

qsizetype bomLength(const QString &encoding, const QByteArray &b) {
    if (encoding == QLatin1String("UTF-8"))
        return b.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (encoding.startsWith(QLatin1String("UTF-32")))
        return (b.startsWith(QByteArray("\xFF\xFE\0\0", 4)) || b.startsWith(QByteArray("\0\0\xFE\xFF", 4))) ? 4 : 0;
    if (encoding.startsWith(QLatin1String("UTF-16")))
        return (b.startsWith("\xFF\xFE") || b.startsWith("\xFE\xFF")) ? 2 : 0;
    return 0;
}

bool decodeWith(const QString &encoding, const QByteArray &bytes, QString &out) {
    if (auto e = QStringConverter::encodingForName(encoding.toLatin1().constData())) {
        QStringDecoder dec(*e, QStringDecoder::Flag::Stateless);
        out = dec.decode(bytes);
        return true;
    }
    return convertWithIcu(bytes, encoding, out);
}

} // namespace

bool decodeText(const QByteArray &bytes, DecodedText &out, QString *error, const QString &hint) {
    QString enc = encodingFromSignature(bytes);
    const qsizetype bom = enc.isEmpty() ? 0 : bomLength(enc, bytes);
    out.hadBom = bom > 0;
    out.settled = !enc.isEmpty();
    if (enc.isEmpty()) {
        // Most files are UTF-8: checking and decoding are one pass.
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = dec.decode(bytes);
        if (!dec.hasError()) {
            out.text = std::move(text);
            out.encoding = QStringLiteral("UTF-8");
            out.settled = true;
            return true;
        }
    }
    if (enc.isEmpty() && !hint.isEmpty()) {
        QString probe;
        if (decodeWith(hint, QByteArray(), probe) || convertWithIcu(QByteArray(), hint, probe))
            enc = hint;
    }
    if (enc.isEmpty())
        enc = guessWithUchardet(bytes);
    if (enc.isEmpty())
        enc = QStringLiteral("windows-1252");
    enc = canonicalName(enc);
    if ((enc.compare(QLatin1String("ISO-8859-1"), Qt::CaseInsensitive) == 0 ||
         enc.compare(QLatin1String("latin1"), Qt::CaseInsensitive) == 0) &&
        hasC1Bytes(bytes))
        enc = QStringLiteral("windows-1252");
    const QByteArray body = bom ? bytes.mid(bom) : bytes;
    if (!decodeWith(enc, body, out.text)) {
        if (error)
            *error = QStringLiteral("text in an unknown encoding (%1)").arg(enc);
        return false;
    }
    out.encoding = enc;
    return true;
}

} // namespace sd
