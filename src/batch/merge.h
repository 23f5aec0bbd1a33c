// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

namespace sd {

// `storydiff-cli --merge-shards SHARD.jsonl...`: the shards' outputs of one batch made one.
struct MergeRequest {
    QStringList shards; // each a shard's --output; its OUTPUT.shard.json must be next to it
    QString output;     // JSON lines; empty or "-": standard output
    QString matrix;     // similarity matrix CSV, or empty
    QString clusters;   // clusters CSV, or empty
    double threshold = 0.5;
};

// Checks that the shards are all N of one batch (same files, every K once, each finished with
// the lines its summary counts), then writes their lines in plan order ("pair") and the matrix
// and clusters from them: byte for byte what one run of the whole batch writes. A pair found
// in two shards, or a shard's lines out of order, is an error and nothing is written over.
// Returns 2 on any trouble, else 1 when a pair differs, else 0 (as runBatch).
int mergeShards(const MergeRequest &request, FILE *out, FILE *err);

} // namespace sd
