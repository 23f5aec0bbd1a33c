// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/merge.h"

#include "batch/clusters.h"
#include "batch/shards.h"
#include "text/visible.h"
#include "util/outputfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <vector>

namespace sd {
namespace {

constexpr int kExitSame = 0;
constexpr int kExitDifferent = 1;
constexpr int kExitTrouble = 2;

void say(FILE *err, const QString &message) {
    std::fprintf(err, "storydiff-cli: %s\n", qPrintable(visibleControls(message)));
}

// One shard's lines, read one at a time in the order it wrote them.
struct ShardLines {
    QString path;
    ShardSummary summary;
    std::unique_ptr<QFile> file;
    QByteArray line; // the current line; empty at the end
    qint64 pair = -1;
    QString a, b;
    double similarity = 0;
    qsizetype count = 0;
};

// Moves to the next line, checking it: false with `error` set on a line that is not ours or
// comes before the previous one.
bool advance(ShardLines &s, QString &error) {
    const qint64 previous = s.pair;
    s.line.clear();
    while (!s.file->atEnd()) {
        QByteArray line = s.file->readLine();
        if (line.trimmed().isEmpty())
            continue;
        ++s.count;
        const qsizetype stats = line.indexOf(",\"stats\":");
        const QJsonObject o = QJsonDocument::fromJson(line.left(stats) + '}').object();
        const QJsonValue pair = o.value(QLatin1String("pair"));
        if (!line.endsWith('\n') || stats < 0 || !pair.isDouble()) {
            error = QStringLiteral("%1:%2: not a whole batch line with its \"pair\"")
                        .arg(s.path)
                        .arg(s.count);
            return false;
        }
        s.line = std::move(line);
        s.pair = qint64(pair.toDouble());
        s.a = o.value(QLatin1String("a")).toString();
        s.b = o.value(QLatin1String("b")).toString();
        s.similarity = o.value(QLatin1String("similarity")).toDouble();
        if (s.pair <= previous) {
            error = QStringLiteral("%1:%2: pair %3 after pair %4: its lines are not in plan order "
                                   "(run the shard again without --resume)")
                        .arg(s.path)
                        .arg(s.count)
                        .arg(s.pair)
                        .arg(previous);
            return false;
        }
        return true;
    }
    return true;
}

// Opens every shard and checks the summaries agree; `files` gets the table's rows.
bool openShards(const QStringList &paths, std::vector<ShardLines> &shards, QStringList &files,
                FILE *err) {
    QSet<QString> unreadable;
    QList<int> seen;
    for (const QString &path : paths) {
        ShardLines s;
        s.path = path;
        QFile summary(shardSummaryPath(path));
        QString why;
        if (!summary.open(QIODevice::ReadOnly)) {
            say(err, QStringLiteral("%1: no finished shard here (%2: %3)")
                         .arg(path, summary.fileName(), summary.errorString()));
            return false;
        }
        if (!parseShardSummary(summary.readAll(), s.summary, why)) {
            say(err, QStringLiteral("%1: %2").arg(summary.fileName(), why));
            return false;
        }
        if (!shards.empty() && (s.summary.shard.count != shards.front().summary.shard.count ||
                                s.summary.plan != shards.front().summary.plan ||
                                s.summary.files != shards.front().summary.files)) {
            say(err, QStringLiteral("%1: is a shard of another batch than %2")
                         .arg(path, shards.front().path));
            return false;
        }
        if (seen.contains(s.summary.shard.index)) {
            say(err,
                QStringLiteral("%1: shard %2 is given twice").arg(path).arg(s.summary.shard.index));
            return false;
        }
        seen.append(s.summary.shard.index);
        for (const QString &u : std::as_const(s.summary.unreadable))
            unreadable.insert(u);
        s.file = std::make_unique<QFile>(path);
        if (!s.file->open(QIODevice::ReadOnly)) {
            say(err, QStringLiteral("%1: %2").arg(path, s.file->errorString()));
            return false;
        }
        shards.push_back(std::move(s));
    }
    if (shards.empty()) {
        say(err, QStringLiteral("--merge-shards needs the shards' outputs"));
        return false;
    }
    const int n = shards.front().summary.shard.count;
    QStringList missing;
    for (int k = 1; k <= n; ++k)
        if (!seen.contains(k))
            missing.append(QString::number(k));
    if (!missing.isEmpty()) {
        say(err, QStringLiteral("shards %1 of %2 are missing")
                     .arg(missing.join(u','), QString::number(n)));
        return false;
    }
    for (const QString &f : std::as_const(shards.front().summary.files))
        if (!unreadable.contains(f))
            files.append(f);
    return true;
}

struct Merged {
    SimilarityTable table;
    bool changed = false;
    QString error;
};

// Writes the lines of all shards in pair order through `write`, filling `merged.table`.
template <typename Write>
bool mergeLines(std::vector<ShardLines> &shards, Merged &merged, Write write) {
    for (ShardLines &s : shards)
        if (!advance(s, merged.error))
            return false;
    for (;;) {
        ShardLines *next = nullptr;
        for (ShardLines &s : shards)
            if (!s.line.isEmpty() && (!next || s.pair < next->pair))
                next = &s;
        if (!next)
            break;
        for (const ShardLines &s : shards)
            if (&s != next && !s.line.isEmpty() && s.pair == next->pair) {
                merged.error = QStringLiteral("pair %1 is in both %2 and %3")
                                   .arg(QString::number(next->pair), next->path, s.path);
                return false;
            }
        merged.table.add(next->a, next->b, next->similarity);
        merged.changed = merged.changed || !next->line.trimmed().endsWith("\"changes\":[]}");
        if (!write(withoutPair(next->line)) || !advance(*next, merged.error))
            return false;
    }
    for (const ShardLines &s : shards)
        if (s.count != s.summary.lines) {
            merged.error =
                QStringLiteral("%1: %2 lines, its summary counts %3")
                    .arg(s.path, QString::number(s.count), QString::number(s.summary.lines));
            return false;
        }
    return true;
}

bool save(const QString &path, const QByteArray &data, const QStringList &inputs, FILE *err) {
    const OutputStatus status = writeOutputFile(path, data, inputs);
    if (!status.ok())
        say(err, QStringLiteral("%1: %2").arg(path, status.cause));
    return status.ok();
}

} // namespace

int mergeShards(const MergeRequest &req, FILE *out, FILE *err) {
    std::vector<ShardLines> shards;
    QStringList files;
    if (!openShards(req.shards, shards, files, err))
        return kExitTrouble;
    QStringList inputs = req.shards;
    for (const QString &s : req.shards)
        inputs.append(shardSummaryPath(s));
    Merged merged;
    for (const QString &f : std::as_const(files))
        merged.table.addFile(f);
    const bool toStdout = req.output.isEmpty() || req.output == QLatin1String("-");
    OutputStatus status;
    if (toStdout) {
        mergeLines(shards, merged, [&](const QByteArray &line) {
            status = writeStream(out, line);
            return status.ok();
        });
    } else {
        status = writeOutputFile(
            req.output,
            [&](QIODevice &device) {
                return mergeLines(shards, merged, [&](const QByteArray &line) {
                    return device.write(line) == line.size();
                });
            },
            inputs);
    }
    if (!merged.error.isEmpty()) {
        say(err, merged.error + QStringLiteral(" (nothing merged)"));
        return kExitTrouble;
    }
    if (!status.ok()) {
        if (!status.brokenPipe)
            say(err, QStringLiteral("%1: %2").arg(
                         toStdout ? QStringLiteral("standard output") : req.output, status.cause));
        return kExitTrouble;
    }
    bool trouble = false;
    if (!req.matrix.isEmpty() && !save(req.matrix, similarityMatrixCsv(merged.table), inputs, err))
        trouble = true;
    if (!req.clusters.isEmpty() &&
        !save(req.clusters, clustersCsv(merged.table, findClusters(merged.table, req.threshold)),
              inputs, err))
        trouble = true;
    if (trouble)
        return kExitTrouble;
    return merged.changed ? kExitDifferent : kExitSame;
}

} // namespace sd
