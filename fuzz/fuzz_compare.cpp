// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the comparison of two fuzzed versions. Byte 0 holds the options (five flags)
// and, in bit 5, whether the versions are read as plain text or Markdown; the rest is split at
// the first "\n--8<--\n" (or in the middle) into the two versions. The result is then written
// as text and as the HTML report, which index into the documents with the change ranges.
#include "compare/comparison.h"
#include "compare/invariants.h"
#include "fuzz_util.h"
#include "output/htmlreport.h"
#include "output/textwriter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const uint8_t flags = data[0];
    sd::CompareOptions options;
    options.ignoreCase = flags & 1;
    options.ignorePunctuation = flags & 2;
    options.ignoreTypography = flags & 4;
    options.ignoreFormatting = flags & 8;
    options.ignoreLinks = flags & 16;
    const QString name = (flags & 32) ? QStringLiteral("fuzz.md") : QStringLiteral("fuzz.txt");

    const QByteArray rest = sd::fuzz::bytesOf(data + 1, size - 1);
    static const QByteArray separator("\n--8<--\n");
    qsizetype cut = rest.indexOf(separator);
    qsizetype skip = separator.size();
    if (cut < 0) {
        cut = rest.size() / 2;
        skip = 0;
    }
    const sd::LoadResult a = sd::readDocument(rest.left(cut), name);
    const sd::LoadResult b = sd::readDocument(rest.mid(cut + skip), name);
    if (!a.ok() || !b.ok())
        return 0;
    sd::fuzz::checkDocument(a.document);
    sd::fuzz::checkDocument(b.document);

    const sd::Comparison c = sd::compareDocuments(a.document, b.document, options);
    // Every promise of the result (ranges within the documents, sorted changes, groups and
    // rows covering both versions ...), not only the ranges the writers index with.
    QString broken;
    if (!sd::checkComparison(c, &broken))
        sd::fuzz::fail(qPrintable(broken));
    for (const sd::Change &change : c.changes) {
        if (change.from.isValid())
            (void)c.sideText(change, sd::Side::A);
        if (change.to.isValid())
            (void)c.sideText(change, sd::Side::B);
    }
    if (c.similarity < 0.0 || c.similarity > 1.0)
        sd::fuzz::fail("similarity outside [0, 1]");
    (void)sd::comparisonToText(c, sd::TextStyle{});
    (void)sd::htmlReport({a.document, b.document}, 0, {c});
    return 0;
}
