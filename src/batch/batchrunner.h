// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/shards.h"
#include "compare/options.h"
#include "readers/loader.h"

#include <QString>

#include <cstdio>

namespace sd {

// What `storydiff-cli --batch` was asked to do (the CLI's options, already checked).
struct BatchRequest {
    QString input;    // a folder, a manifest (CSV of "a,b" lines) or "-" (pairs on standard input)
    QString base;     // folder only: compare each file with this one instead of all pairs
    QString output;   // JSON lines; empty or "-": standard output
    QString matrix;   // similarity matrix CSV, or empty
    QString clusters; // clusters CSV, or empty
    double threshold = 0.5;           // clusters: pairs with a similarity above this are copies
    bool resume = false;              // keep the pairs already in `output`, append the others
    int jobs = 0;                     // worker threads; 0: one per core
    bool candidates = false;          // compare only the pairs candidate search finds (issue 16)
    double candidateSimilarity = 0.8; // what candidate search is tuned to find (archive.h)
    ShardSpec shard;                  // compare only this shard's pairs; writes OUTPUT.shard.json
    CompareOptions compare;
    LoadOptions load;
};

// Runs a batch: plans the pairs, reads every file once, compares the pairs on a pool of worker
// threads and writes one JSON line per pair in pair order, each line whole and flushed as soon
// as it and every line before it are done (an interrupted or killed run leaves valid JSON lines
// that --resume continues). Files that cannot be read are reported on `err` and their pairs
// skipped. The matrix and clusters CSVs are written at the end, atomically, from the
// similarities of every line in the output (resumed ones too).
// Each line carries its place in the plan ("pair") and the pair's shared passage. With a shard,
// only its pairs are compared and, once all are written, OUTPUT.shard.json (shards.h) says so.
// Returns 2 when a file was skipped, the manifest had a bad line, the run was interrupted or
// something could not be written; else 1 when any pair differs; else 0.
int runBatch(const BatchRequest &request, FILE *out, FILE *err);

} // namespace sd
