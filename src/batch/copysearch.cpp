// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/copysearch.h"

#include "batch/archive.h"
#include "batch/batchplan.h"
#include "compare/comparison.h"
#include "readers/loader.h"
#include "util/parallel.h"

#include <vector>

namespace sd {

namespace {

// The pairs worth comparing among the readable documents: all of them, or the candidates.
QList<BatchPair> pairsToCompare(const std::vector<LoadResult> &docs, const std::atomic_bool &cancel,
                                bool &candidates) {
    const auto n = qint32(docs.size());
    candidates = n > kAllPairsUpTo;
    QList<BatchPair> pairs;
    if (candidates) {
        QList<Document> documents; // unreadable files are empty here: they share no bucket
        for (const LoadResult &d : docs)
            documents.append(d.ok() ? d.document : Document());
        for (const BatchPair &p : candidatePairs(documents, kDefaultCandidateSimilarity, &cancel))
            if (docs[size_t(p.a)].ok() && docs[size_t(p.b)].ok())
                pairs.append(p);
        return pairs;
    }
    for (qint32 i = 0; i < n; ++i)
        for (qint32 j = i + 1; j < n; ++j)
            if (docs[size_t(i)].ok() && docs[size_t(j)].ok())
                pairs.append({i, j});
    return pairs;
}

} // namespace

FolderCopies findCopiesInFiles(const QStringList &files, const CompareOptions &options,
                               double threshold, const std::atomic_bool &cancel,
                               CopyProgress &progress) {
    FolderCopies out;
    for (const QString &f : files)
        out.table.addFile(f);
    std::vector<LoadResult> docs(size_t(files.size()));
    forEachIndex(files.size(), [&](qsizetype i) {
        if (!cancel.load())
            docs[size_t(i)] = loadDocument(files.at(i));
    });
    for (const LoadResult &d : docs)
        if (!d.ok() && !cancel.load())
            out.problems.append(d.message());

    const QList<BatchPair> pairs = pairsToCompare(docs, cancel, out.candidates);
    progress.total.store(int(pairs.size()));
    std::vector<double> similarity(size_t(pairs.size()), -1.0);
    forEachIndex(pairs.size(), [&](qsizetype k) {
        const BatchPair &p = pairs.at(k);
        if (!cancel.load()) {
            const Comparison c = compareDocuments(docs[size_t(p.a)].document,
                                                  docs[size_t(p.b)].document, options, &cancel);
            if (!cancel.load())
                similarity[size_t(k)] = c.similarity;
        }
        progress.done.fetch_add(1);
    });
    out.cancelled = cancel.load();
    if (out.cancelled)
        return out;
    for (qsizetype k = 0; k < pairs.size(); ++k)
        out.table.add(pairs.at(k).a, pairs.at(k).b, similarity[size_t(k)]);
    out.clusters = findClusters(out.table, threshold);
    return out;
}

} // namespace sd
