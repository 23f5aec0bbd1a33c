// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/sequencediff.h"

#include <QHash>

#include <algorithm>

namespace sd {
namespace {

// Pieces up to this many elements (both sides together) go to dtl as they are. dtl's cost is
// O((N+M)·D); at this size even a full rewrite stays in the low milliseconds.
constexpr qsizetype kDirectLimit = 6000;

class Differ {
public:
    Differ(std::span<const int> a, std::span<const int> b) : m_a(a), m_b(b) {}

    EditScript run() {
        diff(0, qsizetype(m_a.size()), 0, qsizetype(m_b.size()), 0);
        return std::move(m_out);
    }

private:
    void append(EditRun run) {
        if (run.aBegin == run.aEnd && run.bBegin == run.bEnd)
            return;
        if (!m_out.isEmpty() && m_out.last().kind == run.kind && m_out.last().aEnd == run.aBegin &&
            m_out.last().bEnd == run.bBegin) {
            m_out.last().aEnd = run.aEnd;
            m_out.last().bEnd = run.bEnd;
        } else {
            m_out.append(run);
        }
    }

    void diff(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, int depth) {
        // Common prefix and suffix are equal runs whatever lies between them.
        qsizetype p = 0;
        while (a0 + p < a1 && b0 + p < b1 && m_a[a0 + p] == m_b[b0 + p])
            ++p;
        append({EditRun::Equal, a0, a0 + p, b0, b0 + p});
        a0 += p;
        b0 += p;
        qsizetype s = 0;
        while (a1 - s > a0 && b1 - s > b0 && m_a[a1 - s - 1] == m_b[b1 - s - 1])
            ++s;
        const qsizetype sa = a1 - s, sb = b1 - s;
        middle(a0, sa, b0, sb, depth);
        append({EditRun::Equal, sa, a1, sb, b1});
    }

    void middle(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, int depth) {
        if (a0 == a1 || b0 == b1) {
            append({EditRun::Delete, a0, a1, b0, b0});
            append({EditRun::Insert, a1, a1, b0, b1});
            return;
        }
        if ((a1 - a0) + (b1 - b0) <= kDirectLimit || depth > 64) {
            directDiff(a0, a1, b0, b1);
            return;
        }
        const auto anchors = uniqueAnchors(a0, a1, b0, b1);
        if (anchors.isEmpty()) {
            directDiff(a0, a1, b0, b1);
            return;
        }
        qsizetype ca = a0, cb = b0;
        for (const auto &[ia, ib] : anchors) {
            diff(ca, ia, cb, ib, depth + 1);
            append({EditRun::Equal, ia, ia + 1, ib, ib + 1});
            ca = ia + 1;
            cb = ib + 1;
        }
        diff(ca, a1, cb, b1, depth + 1);
    }

    void directDiff(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1) {
        const EditScript part = dtlDiff(m_a.subspan(a0, a1 - a0), m_b.subspan(b0, b1 - b0));
        for (EditRun r : part) {
            r.aBegin += a0;
            r.aEnd += a0;
            r.bBegin += b0;
            r.bEnd += b0;
            append(r);
        }
    }

    // Ids that occur once in A's range and once in B's, kept where they stay in order.
    QList<std::pair<qsizetype, qsizetype>> uniqueAnchors(qsizetype a0, qsizetype a1, qsizetype b0,
                                                         qsizetype b1) const {
        struct Seen {
            qsizetype countA = 0, countB = 0, posA = -1, posB = -1;
        };
        QHash<int, Seen> seen;
        seen.reserve((a1 - a0) + (b1 - b0));
        for (qsizetype i = a0; i < a1; ++i) {
            Seen &s = seen[m_a[i]];
            ++s.countA;
            s.posA = i;
        }
        for (qsizetype j = b0; j < b1; ++j) {
            auto it = seen.find(m_b[j]);
            if (it == seen.end())
                continue;
            ++it->countB;
            it->posB = j;
        }
        QList<std::pair<qsizetype, qsizetype>> pairs;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            if (it->countA == 1 && it->countB == 1)
                pairs.append({it->posA, it->posB});
        }
        std::sort(pairs.begin(), pairs.end());
        const QList<qint64> weights(pairs.size(), 1);
        const QList<qsizetype> keep = weightedIncreasingSubsequence(pairs, weights);
        QList<std::pair<qsizetype, qsizetype>> out;
        out.reserve(keep.size());
        for (qsizetype k : keep)
            out.append(pairs.at(k));
        return out;
    }

    std::span<const int> m_a, m_b;
    EditScript m_out;
};

} // namespace

QList<qsizetype> weightedIncreasingSubsequence(std::span<const std::pair<qsizetype, qsizetype>> pairs,
                                               std::span<const qint64> weights) {
    // best[k]: the heaviest chain ending at pair k. With unit weights this is patience sorting;
    // with weights a Fenwick tree over the second coordinate gives the best predecessor.
    const qsizetype n = qsizetype(pairs.size());
    if (n == 0)
        return {};
    QList<qsizetype> ys;
    ys.reserve(n);
    for (const auto &p : pairs)
        ys.append(p.second);
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    const qsizetype m = ys.size();
    // Fenwick tree of (best weight, pair index) for prefix maxima.
    QList<std::pair<qint64, qsizetype>> tree(m + 1, {0, -1});
    QList<qint64> best(n);
    QList<qsizetype> prev(n, -1);
    auto rankOf = [&](qsizetype y) {
        return qsizetype(std::lower_bound(ys.begin(), ys.end(), y) - ys.begin()) + 1;
    };
    // Pairs sharing `first` must not chain: process each such group against the tree as it was.
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && pairs[j].first == pairs[i].first)
            ++j;
        for (qsizetype k = i; k < j; ++k) {
            std::pair<qint64, qsizetype> q{0, -1};
            for (qsizetype r = rankOf(pairs[k].second) - 1; r > 0; r -= r & -r)
                q = std::max(q, tree[r]);
            best[k] = q.first + weights[k];
            prev[k] = q.second;
        }
        for (qsizetype k = i; k < j; ++k) {
            for (qsizetype r = rankOf(pairs[k].second); r <= m; r += r & -r)
                tree[r] = std::max(tree[r], std::pair<qint64, qsizetype>{best[k], k});
        }
        i = j;
    }
    qsizetype end = qsizetype(std::max_element(best.begin(), best.end()) - best.begin());
    QList<qsizetype> chain;
    for (qsizetype k = end; k >= 0; k = prev[k])
        chain.append(k);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

EditScript diffSequences(std::span<const int> a, std::span<const int> b) {
    return Differ(a, b).run();
}

bool isValidScript(const EditScript &script, std::span<const int> a, std::span<const int> b) {
    qsizetype i = 0, j = 0;
    for (const EditRun &r : script) {
        if (r.aBegin != i || r.bBegin != j || r.aEnd < r.aBegin || r.bEnd < r.bBegin)
            return false;
        switch (r.kind) {
        case EditRun::Equal:
            if (r.aLength() != r.bLength())
                return false;
            for (qsizetype k = 0; k < r.aLength(); ++k) {
                if (a[r.aBegin + k] != b[r.bBegin + k])
                    return false;
            }
            break;
        case EditRun::Delete:
            if (r.bLength() != 0)
                return false;
            break;
        case EditRun::Insert:
            if (r.aLength() != 0)
                return false;
            break;
        }
        i = r.aEnd;
        j = r.bEnd;
    }
    return i == qsizetype(a.size()) && j == qsizetype(b.size());
}

QList<int> applyScript(const EditScript &script, std::span<const int> a, std::span<const int> b) {
    QList<int> out;
    for (const EditRun &r : script) {
        if (r.kind == EditRun::Equal)
            out.append(QList<int>(a.begin() + r.aBegin, a.begin() + r.aEnd));
        else if (r.kind == EditRun::Insert)
            out.append(QList<int>(b.begin() + r.bBegin, b.begin() + r.bEnd));
    }
    return out;
}

} // namespace sd
