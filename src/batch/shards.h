// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchplan.h"
#include "batch/passage.h"
#include "readers/loader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace sd {

// `--shard K/N`: this run does the pairs whose hash falls in shard K of N (1-based). Each pair
// belongs to exactly one shard, decided by its two paths alone, so every machine agrees
// without talking to the others and the shards' union is the batch, each pair once.
struct ShardSpec {
    int index = 0; // 1..count
    int count = 0; // 0: no sharding
    bool active() const { return count > 0; }
    bool owns(const QString &a, const QString &b) const;
};
// "K/N" with 1 <= K <= N <= 100000; false (and `shard` untouched) otherwise.
bool parseShard(const QString &text, ShardSpec &shard);
// The shard (0-based, of `count`) of the pair a, b: a fixed hash of both paths' UTF-8.
int shardOfPair(const QString &a, const QString &b, int count);

// Keeps the pairs of `plan` worth comparing (all candidate pairs when the plan has none yet):
// reads every file once, signs it (minhash.h) and drops it, so memory holds band keys, not
// documents. Files that cannot be read get their message in `failures` (indexed as
// plan.files) and no pairs. Returns the number of pairs the plan would have had otherwise.
qsizetype keepCandidates(BatchPlan &plan, double candidateSimilarity, const LoadOptions &load,
                         std::vector<QString> &failures);

// A batch line with the archive fields added before "stats": its place in the plan ("pair",
// what the shard merge orders lines by; pair < 0: none) and the shared passage (null: none).
QByteArray withArchiveFields(const QByteArray &line, qsizetype pair, const Passage *passage);
// The line without its "pair" field (the merged lines are those of one whole run).
QByteArray withoutPair(const QByteArray &line);

// The summary a shard writes next to its lines (OUTPUT.shard.json) once they are all in: which
// shard, how many lines, the plan's files in order and those that could not be read. The
// merge takes the files and the check of completeness from it.
struct ShardSummary {
    ShardSpec shard;
    QString plan; // planFingerprint(): shards of one batch agree on it
    qsizetype lines = 0;
    QStringList files;
    QStringList unreadable;
};
QString shardSummaryPath(const QString &output);
// A digest of what a batch compares and how: its pairs (in order) and the comparison options.
QString planFingerprint(const BatchPlan &plan, const QStringList &options);
QByteArray shardSummaryJson(const ShardSummary &summary);
// The summary of a finished shard of `plan` (failures indexed as plan.files, empty: read).
ShardSummary summaryOf(const BatchPlan &plan, const QStringList &options, const ShardSpec &shard,
                       const std::vector<QString> &failures, qsizetype lines);
// False with `error` set when `json` is not a shard summary.
bool parseShardSummary(const QByteArray &json, ShardSummary &summary, QString &error);

} // namespace sd
