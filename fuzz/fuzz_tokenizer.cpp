// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the tokenizer. The first byte picks how the rest becomes text: UTF-8 (what the
// readers produce) or raw UTF-16, which also reaches lone surrogates and any code unit.
#include "fuzz_util.h"
#include "text/tokenizer.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    QString text;
    if (data[0] & 1) {
        const size_t units = (size - 1) / 2;
        text = QString(qsizetype(units), Qt::Uninitialized);
        for (size_t i = 0; i < units; ++i)
            text[qsizetype(i)] = QChar(char16_t(data[1 + 2 * i] | (data[2 + 2 * i] << 8)));
    } else {
        text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    }
    const QList<sd::Token> tokens = sd::tokenize(text);
    quint32 previousEnd = 0;
    for (const sd::Token &t : tokens) {
        if (t.length == 0)
            sd::fuzz::fail("empty token");
        if (qsizetype(t.start) + qsizetype(t.length) > text.size())
            sd::fuzz::fail("token outside the text");
        if (t.start < previousEnd)
            sd::fuzz::fail("tokens overlap or go backwards");
        for (quint32 i = t.start; i < t.end(); ++i)
            if (sd::isTokenizerSpace(text.at(i).unicode()))
                sd::fuzz::fail("whitespace inside a token");
        previousEnd = t.end();
    }
    return 0;
}
