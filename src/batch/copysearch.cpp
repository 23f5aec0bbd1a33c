// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/copysearch.h"

#include "batch/archive.h"
#include "readers/loader.h"
#include "util/parallel.h"

#include <vector>

namespace sd {

FolderCopies findCopiesInFiles(const QStringList &files, const CompareOptions &options,
                               double threshold, const std::atomic_bool &cancel,
                               CopyProgress &progress) {
    FolderCopies out;
    for (const QString &f : files)
        out.table.addFile(f);
    std::vector<LoadResult> loaded(size_t(files.size()));
    forEachIndex(files.size(), [&](qsizetype i) {
        if (!cancel.load())
            loaded[size_t(i)] = loadDocument(files.at(i));
    });
    QList<Document> documents; // an unreadable file stays a row, empty and in no pair
    QList<bool> readable;
    for (LoadResult &d : loaded) {
        if (!d.ok() && !cancel.load())
            out.problems.append(d.message());
        readable.append(d.ok());
        documents.append(d.ok() ? std::move(d.document) : Document());
    }
    loaded.clear();

    ArchiveOptions search;
    search.threshold = threshold;
    search.compare = options;
    out.candidates = files.size() > kAllPairsUpTo;
    search.pairs = out.candidates ? PairSelection::Candidates : PairSelection::All;
    search.passages = false;
    const ArchiveResult found = findCopies(
        documents, search, &cancel,
        [&](qsizetype done, qsizetype total) {
            progress.total.store(int(total));
            // The workers report out of order: the bar only moves forward.
            int seen = progress.done.load();
            while (seen < int(done) && !progress.done.compare_exchange_weak(seen, int(done))) {
            }
        },
        readable);
    out.cancelled = found.cancelled || cancel.load();
    if (out.cancelled)
        return out;
    for (const ArchivePair &p : found.pairs)
        out.table.add(p.pair.a, p.pair.b, p.similarity);
    out.clusters = found.clusters;
    return out;
}

} // namespace sd
