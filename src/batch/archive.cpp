// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/archive.h"

#include "batch/candidates.h"
#include "batch/minhash.h"
#include "compare/comparison.h"
#include "util/parallel.h"

namespace sd {
namespace {

bool stopped(const std::atomic_bool *cancel) {
    return cancel && cancel->load();
}

} // namespace

LshParams candidateLsh(double candidateSimilarity) {
    return chooseLsh(windowJaccard(candidateSimilarity));
}

QList<BatchPair> candidatePairs(const QList<Document> &documents, double candidateSimilarity,
                                const std::atomic_bool *cancel) {
    const LshParams lsh = candidateLsh(candidateSimilarity);
    CandidateIndex index;
    forEachIndex(documents.size(), [&](qsizetype i) {
        if (!stopped(cancel))
            index.add(qint32(i), bandKeys(wordHashes(documents.at(i)).hashes, lsh));
    });
    return stopped(cancel) ? QList<BatchPair>() : index.pairs();
}

ArchiveResult findCopies(const QList<Document> &documents, const ArchiveOptions &options,
                         const std::atomic_bool *cancel, const ArchiveProgress &progress) {
    ArchiveResult result;
    const QList<BatchPair> pairs = candidatePairs(documents, options.candidateSimilarity, cancel);
    if (progress)
        progress(0, pairs.size());
    result.pairs.resize(pairs.size());
    std::atomic<qsizetype> done{0};
    forEachIndex(pairs.size(), [&](qsizetype k) {
        if (stopped(cancel))
            return;
        const BatchPair p = pairs.at(k);
        const Document &a = documents.at(p.a), &b = documents.at(p.b);
        const Comparison c = compareDocuments(a, b, options.compare, cancel);
        result.pairs[k] = {p, c.similarity, sharedPassage(wordHashes(a), wordHashes(b))};
        if (progress)
            progress(++done, pairs.size());
    });
    if (stopped(cancel)) {
        result.pairs.clear();
        result.cancelled = true;
        return result;
    }
    // Rows named by index: two documents with one path are still two rows.
    SimilarityTable table;
    for (qsizetype i = 0; i < documents.size(); ++i)
        table.addFile(QString::number(i));
    for (const ArchivePair &p : std::as_const(result.pairs))
        table.add(p.pair.a, p.pair.b, p.similarity);
    result.clusters = findClusters(table, options.threshold);
    return result;
}

} // namespace sd
