// SPDX-License-Identifier: GPL-3.0-or-later
// The stages of one comparison, timed in-process on two files (best of N runs each), so that a
// change to one stage can be measured without the noise of the others:
//   stages_bench A B [--runs N]
// Stages: decode (bytes -> text), blocks (text -> blocks with tokens), keys (token ids),
// align (block alignment), compare (the whole comparison), json (the report).
#include "compare/blockalign.h"
#include "compare/comparison.h"
#include "compare/tokenkeys.h"
#include "output/jsonwriter.h"
#include "readers/decode.h"
#include "readers/loader.h"
#include "readers/textreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <functional>
#include <future>
#include <limits>

using namespace sd;

namespace {

double bestOf(int runs, const std::function<void()> &work) {
    double best = std::numeric_limits<double>::max();
    for (int k = 0; k < runs; ++k) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int runs = 5;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size()) {
        runs = std::max(1, args.at(i + 1).toInt());
        args.remove(i, 2);
    }
    QTextStream out(stdout);
    if (args.size() != 3) {
        out << "usage: stages_bench A B [--runs N]\n";
        return 2;
    }
    QList<Document> docs;
    for (const QString &path : {args.at(1), args.at(2)}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            out << path << ": cannot open\n";
            return 2;
        }
        const QByteArray bytes = f.readAll();
        DecodedText decoded;
        const double tDecode = bestOf(runs, [&] { decodeText(bytes, decoded, nullptr); });
        QList<Block> blocks;
        const double tBlocks =
            bestOf(runs, [&] { blocks = TextReader::blocksFromText(decoded.text); });
        const LoadResult loaded = loadDocument(path);
        if (!loaded.ok()) {
            out << loaded.message() << "\n";
            return 2;
        }
        const double tLoad = bestOf(runs, [&] { (void)loadDocument(path); });
        out << path << ": decode " << tDecode << " ms, blocks " << tBlocks << " ms, load " << tLoad
            << " ms (" << loaded.document.wordCount() << " words)\n";
        docs.append(loaded.document);
    }
    // Both at once, as storydiff-cli reads them.
    const double tBoth = bestOf(runs, [&] {
        auto other = std::async(std::launch::async, [&] { return loadDocument(args.at(2)); });
        (void)loadDocument(args.at(1));
        (void)other.get();
    });
    out << "both loaded at once: " << tBoth << " ms\n";
    const CompareOptions options;
    std::pair<TokenSequence, TokenSequence> seqs;
    const double tKeys =
        bestOf(runs, [&] { seqs = buildTokenSequences(docs[0], docs[1], options); });
    const double tAlign = bestOf(runs, [&] { (void)alignBlocks(seqs.first, seqs.second); });
    Comparison c;
    const double tCompare = bestOf(runs, [&] { c = compareDocuments(docs[0], docs[1], options); });
    const double tJson = bestOf(runs, [&] { (void)comparisonsToJson(docs, 0, {c}); });
    out << "keys " << tKeys << " ms, align " << tAlign << " ms, compare " << tCompare
        << " ms (of which keys and align), json " << tJson << " ms; " << c.changes.size()
        << " changes\n";
    return 0;
}
