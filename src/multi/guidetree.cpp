// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/guidetree.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>
#include <tuple>

namespace sd {
namespace {

// Sums the values in ascending order: the same multiset gives the same sum to the last bit,
// whatever order the versions were given in.
double orderFreeSum(QList<double> values) {
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (const double x : values)
        sum += x;
    return sum;
}

// Which of two candidates comes first: the greater weight, then the smaller content hash, then
// (only for versions with the same content, which join alike) the smaller position.
struct Rank {
    double weight;
    quint64 hash;
    qsizetype position;
    bool before(const Rank &o) const {
        return std::tuple(-weight, hash, position) < std::tuple(-o.weight, o.hash, o.position);
    }
};

} // namespace

std::vector<std::pair<qsizetype, qsizetype>> GuideTree::comparisons() const {
    std::vector<std::pair<qsizetype, qsizetype>> out;
    auto key = [&](qsizetype v) { return std::tuple(tokens[size_t(v)], hashes[size_t(v)], v); };
    for (const Join &j : joins)
        if (j.parent >= 0)
            out.push_back(key(j.parent) < key(j.version) ? std::pair(j.parent, j.version)
                                                         : std::pair(j.version, j.parent));
    return out;
}

quint64 contentHash(const Document &document) {
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const Block &b : document.blocks) {
        const char head[2] = {char(b.kind), char(b.level)};
        h.addData(QByteArrayView(head, 2));
        h.addData(QByteArrayView(reinterpret_cast<const char *>(b.text.constData()),
                                 b.text.size() * qsizetype(sizeof(QChar))));
        h.addData(QByteArrayView("\0", 1));
    }
    const QByteArray d = h.result();
    quint64 out = 0;
    std::memcpy(&out, d.constData(), sizeof out);
    return out;
}

GuideTree guideTree(const QList<Document> &versions, const QList<QList<double>> &similarity) {
    const qsizetype n = versions.size();
    GuideTree tree;
    if (n == 0)
        return tree;
    std::vector<quint64> &hash = tree.hashes;
    for (const Document &d : versions) {
        hash.push_back(contentHash(d));
        tree.tokens.push_back(d.tokenCount());
    }
    auto rank = [&](double weight, qsizetype v) { return Rank{weight, hash[size_t(v)], v}; };
    qsizetype root = 0;
    for (qsizetype v = 1; v < n; ++v)
        if (rank(orderFreeSum(similarity.at(v)), v)
                .before(rank(orderFreeSum(similarity.at(root)), root)))
            root = v;
    // Prim's: each version outside the tree keeps its best parent inside it.
    std::vector<char> joined(static_cast<size_t>(n), 0);
    std::vector<qsizetype> parent(size_t(n), -1);
    auto join = [&](qsizetype v) {
        joined[size_t(v)] = 1;
        tree.joins.push_back({v, parent[size_t(v)]});
        for (qsizetype u = 0; u < n; ++u) {
            if (joined[size_t(u)])
                continue;
            const qsizetype p = parent[size_t(u)];
            if (p < 0 || rank(similarity.at(u).at(v), v).before(rank(similarity.at(u).at(p), p)))
                parent[size_t(u)] = v;
        }
    };
    join(root);
    while (qsizetype(tree.joins.size()) < n) {
        qsizetype next = -1;
        for (qsizetype u = 0; u < n; ++u) {
            if (joined[size_t(u)])
                continue;
            const double w = similarity.at(u).at(parent[size_t(u)]);
            if (next < 0 ||
                rank(w, u).before(rank(similarity.at(next).at(parent[size_t(next)]), next)))
                next = u;
        }
        join(next);
    }
    return tree;
}

} // namespace sd
