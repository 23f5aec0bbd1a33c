// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/clusters.h"

#include "batch/batchplan.h"

#include <numeric>
#include <vector>

namespace sd {

qint32 SimilarityTable::addFile(const QString &path) { return m_index.add(path); }

void SimilarityTable::add(const QString &a, const QString &b, double similarity) {
    add(addFile(a), addFile(b), similarity);
}

void SimilarityTable::add(qint32 a, qint32 b, double similarity) {
    m_values.insert(key(a, b), similarity);
}

double SimilarityTable::value(qint32 a, qint32 b) const {
    auto it = m_values.constFind(key(a, b));
    if (it != m_values.constEnd())
        return *it;
    it = m_values.constFind(key(b, a));
    return it != m_values.constEnd() ? *it : -1.0;
}

QByteArray similarityMatrixCsv(const SimilarityTable &table) {
    const QStringList &files = table.files();
    const auto n = qint32(files.size());
    QByteArray out = "path";
    for (const QString &f : files)
        out.append(',').append(csvField(f).toUtf8());
    out.append('\n');
    for (qint32 i = 0; i < n; ++i) {
        out.append(csvField(files.at(i)).toUtf8());
        for (qint32 j = 0; j < n; ++j) {
            out.append(',');
            const double v = i == j ? 1.0 : table.value(i, j);
            if (v >= 0)
                out.append(QByteArray::number(v, 'g', 6)); // as in the JSON
        }
        out.append('\n');
    }
    return out;
}

QList<Cluster> findClusters(const SimilarityTable &table, double threshold) {
    const auto n = qint32(table.files().size());
    std::vector<qint32> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&parent](qint32 x) {
        while (parent[size_t(x)] != x) {
            parent[size_t(x)] = parent[size_t(parent[size_t(x)])]; // path halving
            x = parent[size_t(x)];
        }
        return x;
    };
    // Over the compared pairs only (an archive's candidates are few of its n^2 pairs). The
    // groups do not depend on the order the edges come in, nor do their numbers (first member).
    table.forEachPair([&](qint32 i, qint32 j, double similarity) {
        if (similarity > threshold && i != j) {
            const qint32 ri = find(i), rj = find(j);
            if (ri != rj)
                parent[size_t(std::max(ri, rj))] = std::min(ri, rj);
        }
    });
    QList<Cluster> clusters;
    std::vector<qint32> clusterOf(size_t(n), -1);
    for (qint32 i = 0; i < n; ++i) {
        qint32 &c = clusterOf[size_t(find(i))];
        if (c < 0) {
            c = qint32(clusters.size());
            clusters.append(Cluster{});
        }
        clusters[c].members.append(i);
    }
    for (Cluster &cl : clusters) {
        double best = -1;
        for (qint32 m : std::as_const(cl.members)) {
            double sum = 0;
            for (qint32 o : std::as_const(cl.members))
                if (o != m)
                    sum += std::max(0.0, table.value(m, o));
            const double mean = cl.members.size() > 1 ? sum / double(cl.members.size() - 1) : 1.0;
            if (mean > best) {
                best = mean;
                cl.source = m;
            }
        }
    }
    return clusters;
}

QByteArray clustersCsv(const SimilarityTable &table, const QList<Cluster> &clusters) {
    std::vector<qint32> clusterOf(size_t(table.files().size()), 0);
    std::vector<bool> source(size_t(table.files().size()), false);
    for (qsizetype c = 0; c < clusters.size(); ++c) {
        for (qint32 m : clusters.at(c).members)
            clusterOf[size_t(m)] = qint32(c + 1);
        source[size_t(clusters.at(c).source)] = true;
    }
    QByteArray out = "path,cluster,source\n";
    for (qsizetype i = 0; i < table.files().size(); ++i) {
        out.append(csvField(table.files().at(i)).toUtf8()).append(',');
        out.append(QByteArray::number(clusterOf[size_t(i)])).append(',');
        out.append(source[size_t(i)] ? "1\n" : "0\n");
    }
    return out;
}

} // namespace sd
