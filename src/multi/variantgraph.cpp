// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/variantgraph.h"

#include "multi/pairing.h"

#include <algorithm>

namespace sd {
namespace {

// Past this many cells a gap's words are not matched with older readings (they get nodes of
// their own): a whole rewritten chapter against another would cost seconds and gigabytes.
constexpr qsizetype kMaxMatchCells = qsizetype(1) << 22;

// Longest common subsequence of a and b: the pairs (i, j), in increasing order.
std::vector<std::pair<qsizetype, qsizetype>> commonSubsequence(const std::vector<int> &a,
                                                               const std::vector<int> &b) {
    const size_t n = a.size(), m = b.size();
    std::vector<std::pair<qsizetype, qsizetype>> out;
    if (n == 0 || m == 0 || qsizetype(n * m) > kMaxMatchCells)
        return out;
    std::vector<qint32> len((n + 1) * (m + 1), 0); // len[i][j]: LCS of a[i..] and b[j..]
    auto at = [&](size_t i, size_t j) -> qint32 & { return len[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    for (size_t i = 0, j = 0; i < n && j < m;) {
        if (a[i] == b[j]) {
            out.emplace_back(qsizetype(i++), qsizetype(j++));
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return out;
}

class Builder {
public:
    Builder(VariantGraph &g) : m_g(g) {}

    void first(qsizetype root) {
        const TokenSequence &s = m_g.sequences.at(root);
        const qsizetype n = qsizetype(s.ids.size());
        m_g.nodeOf[size_t(root)].resize(size_t(n));
        m_g.displaced[size_t(root)].assign(size_t(n), 0);
        for (qsizetype p = 0; p < n; ++p) {
            m_g.nodeOf[size_t(root)][size_t(p)] = newNode(s.ids[size_t(p)], root);
            m_g.order.push_back(qint32(p));
        }
        reRank();
    }

    // Version v joins the graph through `step`, its comparison with `parent` (either way
    // round), in the graph.
    void add(qsizetype v, qsizetype parent, const Comparison &step) {
        const bool forward = step.toIndex == v;
        const TokenSequence &cur = m_g.sequences.at(v);
        const TokenPairing inPlace =
            inPlacePairing(step, m_g.sequences.at(step.fromIndex), m_g.sequences.at(step.toIndex));
        const auto &inPlaceOfV = forward ? inPlace.partnerOfB : inPlace.partnerOfA;
        const auto &partnerOfV = forward ? step.pairing.partnerOfB : step.pairing.partnerOfA;
        const qsizetype n = qsizetype(cur.ids.size());
        auto &nodes = m_g.nodeOf[size_t(v)];
        auto &moved = m_g.displaced[size_t(v)];
        const auto &parentNodes = m_g.nodeOf[size_t(parent)];
        for (const qint32 x : parentNodes) // the parent's readings are no candidates for gaps
            m_attestedBy[size_t(x)] = qint32(v);
        nodes.assign(size_t(n), -1);
        moved.assign(size_t(n), 0);
        for (qsizetype q = 0; q < n; ++q) {
            const qsizetype inPlacePartner = inPlaceOfV[size_t(q)];
            const qsizetype partner = partnerOfV[size_t(q)];
            if (inPlacePartner >= 0) {
                join(v, q, parentNodes[size_t(inPlacePartner)]);
                moved[size_t(q)] = m_g.displaced[size_t(parent)][size_t(inPlacePartner)];
            } else if (partner >= 0) { // moved: the passage's node, out of this version's order
                join(v, q, parentNodes[size_t(partner)]);
                moved[size_t(q)] = 1;
            }
        }
        // The stretches between anchors (tokens in place on their node) that have no node yet.
        std::vector<std::pair<qint32, qint32>> inserts; // (before rank, node), in v's order
        qint32 lastRank = -1;
        for (qsizetype q = 0; q < n;) {
            if (nodes[size_t(q)] >= 0) {
                if (!moved[size_t(q)])
                    lastRank = m_g.rank(v, q);
                ++q;
                continue;
            }
            qsizetype end = q;
            while (end < n && nodes[size_t(end)] < 0)
                ++end;
            if (q > 0 && moved[size_t(q - 1)]) { // inside, or at the end of, a moved passage
                movedGap(v, q, end, m_g.rank(v, q - 1) + 1, inserts);
            } else if (end < n && moved[size_t(end)] && lastRank < 0) { // one opening the text
                movedGap(v, q, end, m_g.rank(v, end), inserts);
            } else {
                qsizetype next = end;
                while (next < n && (nodes[size_t(next)] < 0 || moved[size_t(next)]))
                    ++next;
                const qint32 nextRank = next < n ? m_g.rank(v, next) : qint32(m_g.order.size());
                fillGap(v, q, end, lastRank, nextRank, inserts);
            }
            q = end;
        }
        insert(inserts);
    }

private:
    qint32 newNode(int id, qsizetype version) {
        m_tokenId.push_back(id);
        m_attestedBy.push_back(qint32(version));
        return qint32(m_tokenId.size() - 1);
    }
    void join(qsizetype v, qsizetype q, qint32 node) {
        m_g.nodeOf[size_t(v)][size_t(q)] = node;
        m_attestedBy[size_t(node)] = qint32(v);
    }

    // Tokens [q0, q1) of version v, standing between ranks lo and hi: matched with the nodes
    // there that neither v nor its parent attests; the rest become new nodes placed just
    // before the next node v stands on in place.
    void fillGap(qsizetype v, qsizetype q0, qsizetype q1, qint32 lo, qint32 hi,
                 std::vector<std::pair<qint32, qint32>> &inserts) {
        std::vector<qint32> candidates;
        std::vector<int> candidateIds, ids;
        for (qint32 r = lo + 1; r < hi; ++r) {
            const qint32 x = m_g.order[size_t(r)];
            if (m_attestedBy[size_t(x)] != v) {
                candidates.push_back(x);
                candidateIds.push_back(m_tokenId[size_t(x)]);
            }
        }
        const TokenSequence &cur = m_g.sequences.at(v);
        for (qsizetype q = q0; q < q1; ++q)
            ids.push_back(cur.ids[size_t(q)]);
        const auto matches = commonSubsequence(ids, candidateIds);
        for (const auto &[i, j] : matches)
            join(v, q0 + i, candidates[size_t(j)]);
        // A new node goes before the next matched node, or before `hi`.
        size_t m = 0;
        for (qsizetype i = 0; i < q1 - q0; ++i) {
            while (m < matches.size() && matches[m].first < i)
                ++m;
            if (m < matches.size() && matches[m].first == i)
                continue;
            const qint32 before =
                m < matches.size() ? m_g.rankOf[size_t(candidates[size_t(matches[m].second)])] : hi;
            const qint32 x = newNode(ids[size_t(i)], v);
            m_g.nodeOf[size_t(v)][size_t(q0 + i)] = x;
            inserts.emplace_back(before, x);
        }
    }

    // Words a version added inside a passage it moved: they move with it, new nodes next to
    // the passage's, before rank `before`.
    void movedGap(qsizetype v, qsizetype q0, qsizetype q1, qint32 before,
                  std::vector<std::pair<qint32, qint32>> &inserts) {
        for (qsizetype q = q0; q < q1; ++q) {
            const qint32 x = newNode(m_g.sequences.at(v).ids[size_t(q)], v);
            m_g.nodeOf[size_t(v)][size_t(q)] = x;
            m_g.displaced[size_t(v)][size_t(q)] = 1;
            inserts.emplace_back(before, x);
        }
    }

    // Puts the new nodes into the order, each before its rank (equal ranks in v's order).
    void insert(std::vector<std::pair<qint32, qint32>> &inserts) {
        if (inserts.empty())
            return;
        // In v's order already but for the words inside moved passages.
        std::stable_sort(inserts.begin(), inserts.end(),
                         [](const auto &x, const auto &y) { return x.first < y.first; });
        std::vector<qint32> order;
        order.reserve(m_g.order.size() + inserts.size());
        size_t i = 0;
        for (size_t r = 0; r <= m_g.order.size(); ++r) {
            while (i < inserts.size() && size_t(inserts[i].first) == r)
                order.push_back(inserts[i++].second);
            if (r < m_g.order.size())
                order.push_back(m_g.order[r]);
        }
        m_g.order = std::move(order);
        reRank();
    }
    void reRank() {
        m_g.rankOf.assign(m_tokenId.size(), -1);
        for (size_t r = 0; r < m_g.order.size(); ++r)
            m_g.rankOf[size_t(m_g.order[r])] = qint32(r);
    }

    VariantGraph &m_g;
    std::vector<int> m_tokenId;        // node -> the interned key its tokens share
    // node -> the version joining when it was last seen on the parent or on that version: the
    // version joining now finds no candidates for its gaps among those marked with it.
    std::vector<qint32> m_attestedBy;
};

} // namespace

VariantGraph buildVariantGraph(const QList<Document> &versions, const GuideTree &tree,
                               const QList<Comparison> &steps, const CompareOptions &options) {
    VariantGraph g;
    TokenInterner interner;
    for (const Document &d : versions)
        g.sequences.append(buildTokenSequence(d, options, interner));
    g.nodeOf.resize(size_t(versions.size()));
    g.displaced.resize(size_t(versions.size()));
    if (versions.isEmpty())
        return g;
    Builder b(g);
    b.first(tree.joins.front().version);
    for (size_t j = 1; j < tree.joins.size(); ++j)
        b.add(tree.joins[j].version, tree.joins[j].parent, steps.at(qsizetype(j - 1)));
    return g;
}

} // namespace sd
