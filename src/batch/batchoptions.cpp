// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchoptions.h"

#include "batch/archive.h"
#include "batch/merge.h"

namespace sd {
namespace {

const QString kCandidates = QStringLiteral("candidates");
const QString kCandidateSimilarity = QStringLiteral("candidate-similarity");
const QString kShard = QStringLiteral("shard");
const QString kMerge = QStringLiteral("merge-shards");

bool parseFraction(const QString &text, double &value) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v <= 0 || v > 1)
        return false;
    value = v;
    return true;
}

} // namespace

void addArchiveOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {kCandidates,
         QStringLiteral("Batch: compare only the pairs that share a passage, found by MinHash "
                        "and locality-sensitive hashing instead of trying all pairs (archives).")},
        {kCandidateSimilarity,
         QStringLiteral("Batch --candidates: the share of a passage's words a copy keeps that "
                        "candidate search is tuned to find (default 0.8)."),
         QStringLiteral("X"), QStringLiteral("0.8")},
        {kShard,
         QStringLiteral("Batch: compare only shard K of N (by a hash of each pair's paths) and "
                        "write OUTPUT.shard.json when done; --merge-shards joins the N outputs."),
         QStringLiteral("K/N")},
        {kMerge,
         QStringLiteral("Join the outputs of a batch's --shard runs (given as files) into the "
                        "lines, --matrix and --clusters of one whole run.")},
    });
}

QString archiveOptionOutsideBatch(const QCommandLineParser &parser) {
    for (const QString &name : {kCandidates, kCandidateSimilarity, kShard})
        if (parser.isSet(name))
            return name;
    return {};
}

bool applyArchiveOptions(const QCommandLineParser &parser, BatchRequest &request, QString &error) {
    request.candidates = parser.isSet(kCandidates);
    if (!parseFraction(parser.value(kCandidateSimilarity), request.candidateSimilarity)) {
        error = QStringLiteral("--candidate-similarity must be a number above 0, at most 1");
        return false;
    }
    if (parser.isSet(kCandidateSimilarity) && !request.candidates) {
        error = QStringLiteral("--candidate-similarity works only with --candidates");
        return false;
    }
    if (parser.isSet(kShard) && !parseShard(parser.value(kShard), request.shard)) {
        error = QStringLiteral("--shard must be K/N with 1 <= K <= N (got '%1')")
                    .arg(parser.value(kShard));
        return false;
    }
    return true;
}

bool mergeRequested(const QCommandLineParser &parser) {
    return parser.isSet(kMerge);
}

int runMergeFromCli(const QCommandLineParser &parser, FILE *out, FILE *err) {
    MergeRequest req;
    req.shards = parser.positionalArguments();
    req.output = parser.value(QStringLiteral("output"));
    req.matrix = parser.value(QStringLiteral("matrix"));
    req.clusters = parser.value(QStringLiteral("clusters"));
    bool ok = false;
    req.threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok || req.threshold < 0 || req.threshold > 1) {
        std::fprintf(err, "storydiff-cli: --threshold must be a number from 0 to 1\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("batch")) || parser.isSet(kShard) ||
        parser.isSet(kCandidates)) {
        std::fprintf(err, "storydiff-cli: --merge-shards takes the shards' outputs, not "
                          "--batch, --shard or --candidates\n");
        return 2;
    }
    return mergeShards(req, out, err);
}

} // namespace sd
