// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/copysearch.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace sd {

// Where a batch's outputs are: its JSON lines files (one, or a shard's each) and its clusters
// CSV ("path,cluster,source"), found from a folder holding them or from either file.
struct BatchOutputs {
    QStringList lines;
    QString clusters; // empty: the clusters are grouped again from the lines' similarities
    bool found() const { return !lines.isEmpty(); }
};

// The outputs `path` names: a folder with batch JSON lines in it (each file's first line starts
// {"a": as storydiff-cli --batch writes), such a file, or a clusters CSV, with the other part
// looked for next to it. Not found (empty) for anything else: a folder of stories, a story.
BatchOutputs locateBatchOutputs(const QString &path);

// The bytes read so far of how many, for a progress bar to poll.
struct ReadProgress {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

// A batch's outputs read back as the folder view shows them, comparing nothing: the files of
// the clusters CSV (then any other the lines name) are the rows, the lines' similarities the
// cells, and the clusters the CSV's (or, without one, findClusters at `threshold`). The lines
// are streamed one at a time: only their heads are parsed. A path the outputs name relative is
// taken from the current folder, else from the outputs' folder or its parent, where it exists.
// A line or row that is not the batch's, or an unreadable file, is a problem "<path>:<line>:
// ...". Blocks; stops early, with `cancelled` set, once `cancel` is.
FolderCopies readBatchOutputs(const BatchOutputs &outputs, double threshold,
                              const std::atomic_bool &cancel, ReadProgress &progress);

// One cluster of `copies` on its own: its members are the rows (its source first, then the
// others in table order), their compared pairs the cells, and it is the only cluster (the
// folder view's matrix for that cluster).
FolderCopies clusterCopies(const FolderCopies &copies, qsizetype cluster);

} // namespace sd
