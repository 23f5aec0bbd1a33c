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
};

// The counters a search raises for a progress bar to poll: pairs done of pairs planned.
struct CopyProgress {
    std::atomic_int done{0};
    std::atomic_int total{0};
};

// Reads each of `files` once, compares every pair (i < j) on the WorkPool and groups the pairs
// above `threshold` (findClusters). Blocks; stops early, with `cancelled` set, once `cancel` is.
FolderCopies findCopiesAllPairs(const QStringList &files, const CompareOptions &options,
                                double threshold, const std::atomic_bool &cancel,
                                CopyProgress &progress);

} // namespace sd
