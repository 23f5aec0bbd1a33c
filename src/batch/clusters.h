// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchplan.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// The similarity of every compared pair of a batch, and nothing else of the comparisons: what
// the matrix and the clusters need, a few bytes per pair.
class SimilarityTable {
public:
    // The file's row, added at the end when new.
    qint32 addFile(const QString &path);
    // Records the similarity of a compared pair (by path: resumed lines name their files).
    void add(const QString &a, const QString &b, double similarity);
    void add(qint32 a, qint32 b, double similarity);

    const QStringList &files() const { return m_index.paths(); }
    qsizetype pairCount() const { return m_values.size(); }
    // The pair's similarity in either direction (a then b first), or -1 when it was not compared.
    double value(qint32 a, qint32 b) const;
    // Calls f(a, b, similarity) for every compared pair, in no particular order.
    template <typename F> void forEachPair(F f) const {
        for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
            f(qint32(it.key() >> 32), qint32(it.key() & 0xffffffffU), it.value());
    }

private:
    static quint64 key(qint32 a, qint32 b) { return (quint64(quint32(a)) << 32) | quint32(b); }
    PathIndex m_index;
    QHash<quint64, double> m_values;
};

// The matrix as CSV: a header row ("path", then every file), then a row per file: its path and
// its similarity with each file (1 on the diagonal, empty where the pair was not compared).
QByteArray similarityMatrixCsv(const SimilarityTable &table);

struct Cluster {
    QList<qint32> members; // file rows, in table order
    qint32 source = -1;    // the member with the highest mean similarity to the others
};

// Groups files that are copies of one another: the connected components of the graph whose
// edges are the compared pairs with similarity above `threshold`. Within a group, the likely
// source is the member the others share most with: the highest mean similarity to the other
// members, an uncompared pair counting 0 (so with --base the base wins); ties go to the first
// in table order. A file alone is a group of one and its own source. Groups are numbered from 1
// in the order of their first member.
QList<Cluster> findClusters(const SimilarityTable &table, double threshold);

// "path,cluster,source", then one row per file in table order.
QByteArray clustersCsv(const SimilarityTable &table, const QList<Cluster> &clusters);

} // namespace sd
