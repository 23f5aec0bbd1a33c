// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/shards.h"

#include "batch/archive.h"
#include "batch/candidates.h"
#include "batch/minhash.h"
#include "output/jsonwriter.h"
#include "util/exhaustion.h"
#include "util/parallel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sd {

bool ShardSpec::owns(const QString &a, const QString &b) const {
    return !active() || shardOfPair(a, b, count) == index - 1;
}

bool parseShard(const QString &text, ShardSpec &shard) {
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2)
        return false;
    bool okK = false, okN = false;
    const int k = parts.at(0).toInt(&okK), n = parts.at(1).toInt(&okN);
    if (!okK || !okN || n < 1 || n > 100000 || k < 1 || k > n)
        return false;
    shard = ShardSpec{k, n};
    return true;
}

int shardOfPair(const QString &a, const QString &b, int count) {
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a: the same on every machine and build
    const QByteArray key = a.toUtf8() + '\0' + b.toUtf8();
    for (const char c : key)
        h = (h ^ quint8(c)) * 0x100000001b3ULL;
    h ^= h >> 29; // the low bits of FNV mix poorly
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    return int(h % quint64(count));
}

qsizetype keepCandidates(BatchPlan &plan, double candidateSimilarity, const LoadOptions &load,
                         std::vector<QString> &failures) {
    const LshParams lsh = candidateLsh(candidateSimilarity);
    failures.assign(size_t(plan.files.size()), QString());
    CandidateIndex index;
    forEachIndex(plan.files.size(), [&](qsizetype i) {
        try {
            const LoadResult r = loadDocument(plan.files.at(i), load);
            if (r.ok())
                index.add(qint32(i), bandKeys(wordHashes(r.document).hashes, lsh));
            else
                failures[size_t(i)] = r.message();
        } catch (const std::exception &e) {
            failures[size_t(i)] = exhaustionMessage(e, QStringLiteral("reading"), plan.files.at(i));
        }
    });
    const QList<BatchPair> candidates = index.pairs();
    const qsizetype before = plan.pairs.size();
    if (plan.pairs.isEmpty()) {
        const qsizetype n = plan.files.size();
        plan.pairs = candidates;
        return n * (n - 1) / 2;
    }
    QSet<quint64> keep;
    for (const BatchPair &p : candidates)
        keep.insert((quint64(quint32(p.a)) << 32) | quint32(p.b));
    plan.pairs.removeIf([&](const BatchPair &p) {
        const qint32 lo = std::min(p.a, p.b), hi = std::max(p.a, p.b);
        return !keep.contains((quint64(quint32(lo)) << 32) | quint32(hi));
    });
    return before;
}

QByteArray withArchiveFields(const QByteArray &line, qsizetype pair, const Passage *passage) {
    // Inside a JSON string every quote is escaped: the first ,"stats": is the key.
    const qsizetype at = line.indexOf(",\"stats\":");
    if (at < 0 || (pair < 0 && !passage))
        return line;
    QByteArray out = line.left(at);
    if (passage)
        out += ",\"passage\":" + passageJson(*passage);
    if (pair >= 0)
        out += ",\"pair\":" + QByteArray::number(pair);
    out += QByteArrayView(line).sliced(at);
    return out;
}

QByteArray withoutPair(const QByteArray &line) {
    const qsizetype stats = line.indexOf(",\"stats\":");
    const qsizetype at = line.lastIndexOf(",\"pair\":", stats);
    if (stats < 0 || at < 0)
        return line;
    return line.left(at) + line.sliced(stats);
}

QString shardSummaryPath(const QString &output) {
    return output + QStringLiteral(".shard.json");
}

QString planFingerprint(const BatchPlan &plan, const QStringList &options) {
    quint64 h = 0xcbf29ce484222325ULL;
    const auto add = [&h](quint64 v) { h = (h ^ v) * 0x100000001b3ULL; };
    for (const BatchPair &p : plan.pairs)
        add((quint64(quint32(p.a)) << 32) | quint32(p.b));
    for (const char c : options.join(u',').toUtf8())
        add(quint8(c));
    add(quint64(plan.pairs.size()));
    return QString::number(h, 16);
}

ShardSummary summaryOf(const BatchPlan &plan, const QStringList &options, const ShardSpec &shard,
                       const std::vector<QString> &failures, qsizetype lines) {
    ShardSummary summary{shard, planFingerprint(plan, options), lines, plan.files, {}};
    for (size_t i = 0; i < failures.size(); ++i)
        if (!failures[i].isEmpty())
            summary.unreadable.append(plan.files.at(qsizetype(i)));
    return summary;
}

QByteArray shardSummaryJson(const ShardSummary &summary) {
    QByteArray out = "{\"format\":\"storydiff-shard\",\"version\":1,\"shard\":" +
                     QByteArray::number(summary.shard.index) +
                     ",\"of\":" + QByteArray::number(summary.shard.count) + ",\"plan\":\"" +
                     summary.plan.toLatin1() + '"' +
                     ",\"lines\":" + QByteArray::number(summary.lines) + ",\"files\":[";
    for (qsizetype i = 0; i < summary.files.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, summary.files.at(i));
    }
    out += "],\"unreadable\":[";
    for (qsizetype i = 0; i < summary.unreadable.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, summary.unreadable.at(i));
    }
    out += "]}\n";
    return out;
}

bool parseShardSummary(const QByteArray &json, ShardSummary &summary, QString &error) {
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError ||
        o.value(QLatin1String("format")).toString() != QLatin1String("storydiff-shard") ||
        o.value(QLatin1String("version")).toInt() != 1) {
        error = QStringLiteral("not a storydiff shard summary");
        return false;
    }
    summary.shard.index = o.value(QLatin1String("shard")).toInt();
    summary.shard.count = o.value(QLatin1String("of")).toInt();
    summary.lines = qsizetype(o.value(QLatin1String("lines")).toDouble());
    summary.plan = o.value(QLatin1String("plan")).toString();
    summary.files.clear();
    summary.unreadable.clear();
    for (const QJsonValue &v : o.value(QLatin1String("files")).toArray())
        summary.files.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("unreadable")).toArray())
        summary.unreadable.append(v.toString());
    if (summary.shard.count < 1 || summary.shard.index < 1 ||
        summary.shard.index > summary.shard.count) {
        error = QStringLiteral("its shard number is not K of N");
        return false;
    }
    return true;
}

} // namespace sd
