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

std::vector<WordHashes> hashesOf(const QList<Document> &documents, const std::atomic_bool *cancel) {
    std::vector<WordHashes> hashes(size_t(documents.size()));
    forEachIndex(documents.size(), [&](qsizetype i) {
        if (!stopped(cancel))
            hashes[size_t(i)] = wordHashes(documents.at(i));
    });
    return hashes;
}

QList<BatchPair> candidatesOf(const std::vector<WordHashes> &hashes, double candidateSimilarity,
                              const std::atomic_bool *cancel) {
    const LshParams lsh = candidateLsh(candidateSimilarity);
    CandidateIndex index;
    forEachIndex(qsizetype(hashes.size()), [&](qsizetype i) {
        if (!stopped(cancel))
            index.add(qint32(i), bandKeys(hashes[size_t(i)].hashes, lsh));
    });
    return stopped(cancel) ? QList<BatchPair>() : index.pairs();
}

// The pairs findCopies compares, a < b, both readable.
QList<BatchPair> pairsToCompare(const std::vector<WordHashes> &hashes,
                                const ArchiveOptions &options, const QList<bool> &readable,
                                const std::atomic_bool *cancel) {
    auto usable = [&](qint32 i) { return readable.isEmpty() || readable.at(i); };
    const auto n = qint32(hashes.size());
    QList<BatchPair> pairs;
    switch (options.pairs) {
    case PairSelection::Candidates:
        // An unreadable file is an empty document here: it shares no bucket.
        for (const BatchPair &p : candidatesOf(hashes, options.candidateSimilarity, cancel))
            if (usable(p.a) && usable(p.b))
                pairs.append(p);
        break;
    case PairSelection::All:
        for (qint32 i = 0; i < n; ++i)
            for (qint32 j = i + 1; j < n; ++j)
                if (usable(i) && usable(j))
                    pairs.append({i, j});
        break;
    }
    return pairs;
}

} // namespace

LshParams candidateLsh(double candidateSimilarity) {
    return chooseLsh(windowJaccard(candidateSimilarity));
}

QList<BatchPair> candidatePairs(const QList<Document> &documents, double candidateSimilarity,
                                const std::atomic_bool *cancel) {
    return candidatesOf(hashesOf(documents, cancel), candidateSimilarity, cancel);
}

ArchiveResult findCopies(const QList<Document> &documents, const ArchiveOptions &options,
                         const std::atomic_bool *cancel, const ArchiveProgress &progress,
                         const QList<bool> &readable) {
    ArchiveResult result;
    // The words of each document once: its band keys and every pair's passage need them.
    const bool needHashes = options.passages || options.pairs == PairSelection::Candidates;
    const std::vector<WordHashes> hashes = needHashes
                                               ? hashesOf(documents, cancel)
                                               : std::vector<WordHashes>(size_t(documents.size()));
    const QList<BatchPair> pairs = pairsToCompare(hashes, options, readable, cancel);
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
        result.pairs[k] = {
            p, c.similarity,
            options.passages ? sharedPassage(hashes[size_t(p.a)], hashes[size_t(p.b)]) : Passage{}};
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
