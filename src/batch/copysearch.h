// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/clusters.h"
#include "compare/options.h"

#include <QStringList>
#include <atomic>

namespace sd {

// The copies among a set of files, as the desktop's folder view shows them: the similarity of
// the compared pairs, the groups of copies and why a file was left out. A plain value.
struct FolderCopies {
    SimilarityTable table; // its files are the rows of the matrix, in this order
    QList<Cluster> clusters;
    QStringList problems; // "<path>: <cause>" for files that could not be read
    bool cancelled = false;
    bool candidates = false; // only candidate pairs were compared (more than kAllPairsUpTo files)
};

// The counters a search raises for a progress bar to poll: pairs done of pairs planned.
struct CopyProgress {
    std::atomic_int done{0};
    std::atomic_int total{0};
};

// Up to this many files every pair is compared, so the matrix is full; above it only the pairs
// that MinHash candidate search finds (archive.h: candidatePairs), as `--batch --candidates`
// does, and the other cells stay empty (19,900 pairs of 200 files take seconds; 5,000 files
// would be 12.5 million pairs).
inline constexpr qsizetype kAllPairsUpTo = 200;

// Reads each of `files` once and hands them to findCopies (archive.h): all pairs i < j, or the
// candidates above kAllPairsUpTo files, compared on the WorkPool, grouped above `threshold`.
// Blocks; stops early, with `cancelled` set, once `cancel` is. `candidates` says which it did.
FolderCopies findCopiesInFiles(const QStringList &files, const CompareOptions &options,
                               double threshold, const std::atomic_bool &cancel,
                               CopyProgress &progress);

} // namespace sd
