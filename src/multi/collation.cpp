// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/collation.h"

#include "compare/comparison.h"
#include "multi/guidetree.h"
#include "multi/overlap.h"
#include "multi/pairing.h"
#include "multi/variantgraph.h"

#include <QHash>

#include <algorithm>

namespace sd {
namespace {

// Fewer agreeing words than this between two variants do not cut a phrase ("the", "of the").
constexpr qsizetype kIsland = 3;

// Who stands on each rank of the graph's order: (version, position), grouped by rank.
struct Members {
    std::vector<qsizetype> begin; // per rank, into `at`; begin[ranks] = at.size()
    std::vector<std::pair<qint32, qint32>> at;
    std::vector<qint32> inPlace;  // per rank: versions standing there in their own order
    std::vector<quint64> setHash; // per rank: the set of versions (and how) standing there
    qsizetype count(qsizetype r) const {
        return qsizetype(begin[size_t(r) + 1] - begin[size_t(r)]);
    }
};

quint64 memberKey(qsizetype version, bool displaced) {
    quint64 x = quint64(version) * 2 + (displaced ? 1 : 0) + 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull; // splitmix64: sums of these name the set
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

Members membersOf(const VariantGraph &g) {
    const size_t ranks = g.order.size();
    Members m;
    m.begin.assign(ranks + 1, 0);
    m.inPlace.assign(ranks, 0);
    m.setHash.assign(ranks, 0);
    for (qsizetype v = 0; v < g.versionCount(); ++v)
        for (size_t p = 0; p < g.nodeOf[size_t(v)].size(); ++p) {
            const qint32 r = g.rank(v, qsizetype(p));
            const bool moved = g.displaced[size_t(v)][p];
            ++m.begin[size_t(r) + 1];
            m.inPlace[size_t(r)] += moved ? 0 : 1;
            m.setHash[size_t(r)] += memberKey(v, moved);
        }
    for (size_t r = 0; r < ranks; ++r)
        m.begin[r + 1] += m.begin[r];
    m.at.resize(m.begin.back());
    std::vector<qsizetype> fill(m.begin.begin(), m.begin.end() - 1);
    for (qsizetype v = 0; v < g.versionCount(); ++v)
        for (size_t p = 0; p < g.nodeOf[size_t(v)].size(); ++p)
            m.at[size_t(fill[size_t(g.rank(v, qsizetype(p)))]++)] = {qint32(v), qint32(p)};
    return m;
}

bool startsBlock(const TokenSequence &s, qsizetype p) {
    return s.tokenOf[size_t(p)] == 0;
}

// Where the rows begin, for the given segmentation.
class Cutter {
public:
    Cutter(const VariantGraph &g, const Members &m) : m_g(g), m_m(m) {}

    // CollateX's table: a column per rank of the graph (the longest path to a node), so that
    // readings that replace each other share a column; neighbouring columns where the versions
    // group alike are one segment. Returns each rank's row.
    std::vector<qint32> segments() const {
        const std::vector<qint32> depth = depths();
        const qint32 columns =
            depth.empty() ? 0 : *std::max_element(depth.begin(), depth.end()) + 1;
        std::vector<quint64> grouping(size_t(columns), 0); // the column's sets of versions
        for (size_t r = 0; r < depth.size(); ++r)
            grouping[size_t(depth[r])] += memberKey(qsizetype(m_m.setHash[r] % 0x7FFFFFFF), false);
        std::vector<qint32> rowOfColumn(size_t(columns), 0);
        for (qint32 c = 1; c < columns; ++c)
            rowOfColumn[size_t(c)] = rowOfColumn[size_t(c - 1)] +
                                     (grouping[size_t(c)] != grouping[size_t(c - 1)] ? 1 : 0);
        std::vector<qint32> rowOfRank(depth.size());
        for (size_t r = 0; r < depth.size(); ++r)
            rowOfRank[r] = rowOfColumn[size_t(depth[r])];
        return rowOfRank;
    }

    // The longest path from the start to each rank's node, over each version's own order (a
    // moved passage's words follow each other on their nodes).
    std::vector<qint32> depths() const {
        const size_t ranks = m_g.order.size();
        std::vector<std::vector<qint32>> before(ranks); // predecessors, as ranks
        for (qsizetype v = 0; v < m_g.versionCount(); ++v) {
            const auto &moved = m_g.displaced[size_t(v)];
            for (size_t p = 1; p < moved.size(); ++p) {
                const qint32 a = m_g.rank(v, qsizetype(p - 1)), b = m_g.rank(v, qsizetype(p));
                if (moved[p - 1] == moved[p] && a < b)
                    before[size_t(b)].push_back(a);
            }
        }
        std::vector<qint32> depth(ranks, 0);
        for (size_t r = 0; r < ranks; ++r)
            for (qint32 a : before[r])
                depth[r] = std::max(depth[r], depth[size_t(a)] + 1);
        return depth;
    }

    // Returns where the rows begin, as ranks.
    std::vector<qint32> phrases() const {
        const qsizetype ranks = qsizetype(m_g.order.size());
        const qsizetype n = m_g.versionCount();
        std::vector<char> full(static_cast<size_t>(ranks), 0);
        for (qsizetype r = 0; r < ranks; ++r)
            full[size_t(r)] = m_m.inPlace[size_t(r)] == n && m_m.count(r) == n;
        // A short agreeing run between two variants belongs to the phrase around it.
        for (qsizetype r = 0; r < ranks;) {
            qsizetype e = r;
            while (e < ranks && full[size_t(e)] == full[size_t(r)])
                ++e;
            if (full[size_t(r)] && r > 0 && e < ranks && e - r < kIsland)
                std::fill(full.begin() + r, full.begin() + e, 0);
            r = e;
        }
        std::vector<qint32> cuts;
        for (qsizetype r = 0; r < ranks;) {
            qsizetype e = r;
            while (e < ranks && full[size_t(e)] == full[size_t(r)])
                ++e;
            if (full[size_t(r)])
                agreeingCuts(r, e, cuts);
            else
                variantCuts(r, e, cuts);
            r = e;
        }
        return cuts;
    }

private:
    // An agreeing run is cut where every version begins a paragraph.
    void agreeingCuts(qsizetype r0, qsizetype r1, std::vector<qint32> &cuts) const {
        cuts.push_back(qint32(r0));
        for (qsizetype r = r0 + 1; r < r1; ++r) {
            bool all = true;
            for (qsizetype i = m_m.begin[size_t(r)]; all && i < m_m.begin[size_t(r) + 1]; ++i) {
                const auto [v, p] = m_m.at[size_t(i)];
                all = startsBlock(m_g.sequences.at(v), p);
            }
            if (all)
                cuts.push_back(qint32(r));
        }
    }

    // A variant zone is cut where every version still to read after the cut has read before it
    // too, and ends a paragraph there: never between a reading and its replacement (which
    // stands after it), but after a version's last words (a moved passage, then what another
    // version added).
    void variantCuts(qsizetype r0, qsizetype r1, std::vector<qint32> &cuts) const {
        const qsizetype n = m_g.versionCount();
        std::vector<qsizetype> before(size_t(n), 0), after(size_t(n), 0), last(size_t(n), -1);
        for (qsizetype i = m_m.begin[size_t(r0)]; i < m_m.begin[size_t(r1)]; ++i)
            ++after[size_t(m_m.at[size_t(i)].first)];
        cuts.push_back(qint32(r0));
        for (qsizetype r = r0; r < r1; ++r) {
            if (r > r0 && opensParagraphHere(r) && cleanCut(before, after, last)) {
                cuts.push_back(qint32(r));
                std::fill(before.begin(), before.end(), 0);
            }
            for (qsizetype i = m_m.begin[size_t(r)]; i < m_m.begin[size_t(r) + 1]; ++i) {
                const auto [v, p] = m_m.at[size_t(i)];
                ++before[size_t(v)];
                --after[size_t(v)];
                last[size_t(v)] = p;
            }
        }
    }
    bool opensParagraphHere(qsizetype r) const {
        for (qsizetype i = m_m.begin[size_t(r)]; i < m_m.begin[size_t(r) + 1]; ++i) {
            const auto [v, p] = m_m.at[size_t(i)];
            if (startsBlock(m_g.sequences.at(v), p))
                return true;
        }
        return false;
    }
    bool cleanCut(const std::vector<qsizetype> &before, const std::vector<qsizetype> &after,
                  const std::vector<qsizetype> &last) const {
        for (size_t v = 0; v < before.size(); ++v) {
            if (after[v] == 0)
                continue;
            if (before[v] == 0)
                return false;
            const TokenSequence &s = m_g.sequences.at(qsizetype(v));
            const qsizetype next = last[v] + 1;
            if (next < qsizetype(s.ids.size()) && !startsBlock(s, next))
                return false;
        }
        return true;
    }

    const VariantGraph &m_g;
    const Members &m_m;
};

quint64 mix(quint64 h, quint64 x) {
    h ^= x + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xBF58476D1CE4E5B9ull;
}

// Fills every row's texts, paragraph marks and moves from each version's tokens in its order.
// Returns, per row and version (row * n + version), what names the reading: its nodes and
// where its paragraphs begin (a move is movedFrom's), so that two versions share a reading when
// they read the same words (typography folded, as the comparisons do) in the same paragraphs.
std::vector<quint64> fillReadings(const QList<Document> &versions, const VariantGraph &g,
                                  const std::vector<qint32> &rowOfRank, Collation &out) {
    const qsizetype n = g.versionCount();
    std::vector<quint64> names(size_t(out.rows.size() * n), 0);
    for (qsizetype v = 0; v < n; ++v) {
        const TokenSequence &s = g.sequences.at(v);
        const qsizetype size = qsizetype(s.ids.size());
        const auto &moved = g.displaced[size_t(v)];
        QHash<qint32, qsizetype> lastIn; // row -> the last position of v placed there
        qint32 homeRow = -1;             // the row of v's last token in its own order
        for (qsizetype p = 0; p < size;) {
            const qint32 row = rowOfRank[size_t(g.rank(v, p))];
            qsizetype e = p + 1;
            while (e < size && moved[size_t(e)] == moved[size_t(p)] &&
                   rowOfRank[size_t(g.rank(v, e))] == row)
                ++e;
            CollationRow &r = out.rows[row];
            const QString piece = sequenceText(versions.at(v), s, p, e, QLatin1Char('\n'));
            std::optional<QString> &cell = r.texts[v];
            if (!cell) {
                cell = piece;
                r.opensParagraph[v] = startsBlock(s, p);
            } else {
                const bool newBlock = s.blockOf[size_t(lastIn.value(row))] != s.blockOf[size_t(p)];
                *cell += (newBlock ? QLatin1Char('\n') : QLatin1Char(' ')) + piece;
            }
            lastIn.insert(row, e - 1);
            quint64 &name = names[size_t(row * n + v)];
            for (qsizetype q = p; q < e; ++q)
                name = mix(name, quint64(g.nodeOf[size_t(v)][size_t(q)]) * 2 +
                                     (startsBlock(s, q) ? 1 : 0));
            if (!moved[size_t(p)]) {
                homeRow = row;
            } else {
                qint32 home = homeRow;
                for (qsizetype q = e; home < 0 && q < size; ++q) // at the start: the next one's
                    if (!moved[size_t(q)])
                        home = rowOfRank[size_t(g.rank(v, q))];
                if (home != row)
                    r.movedFrom[v] = home;
            }
            p = e;
        }
    }
    return names;
}

// `names`: the row's entries of fillReadings' names, per version.
void markReadings(CollationRow &row, const quint64 *names) {
    const qsizetype n = row.texts.size();
    row.sameAs.resize(n);
    row.agree = true;
    for (qsizetype k = 0; k < n; ++k) {
        row.sameAs[k] = k;
        for (qsizetype d = 0; d < k; ++d)
            if (names[d] == names[k] &&
                row.texts.at(d).has_value() == row.texts.at(k).has_value()) {
                row.sameAs[k] = d;
                break;
            }
        row.agree = row.agree && row.sameAs[k] == 0 && row.movedFrom[k] < 0 && row.texts[k];
    }
}

} // namespace

Collation collate(const QList<Document> &versions, const GuideTree &tree,
                  const QList<Comparison> &steps, const CompareOptions &options,
                  Segmentation segmentation) {
    const VariantGraph g = buildVariantGraph(versions, tree, steps, options);
    const Members m = membersOf(g);
    const Cutter cutter(g, m);
    std::vector<qint32> rowOfRank(g.order.size());
    if (segmentation == Segmentation::Segments) {
        rowOfRank = cutter.segments();
    } else {
        const std::vector<qint32> cuts = cutter.phrases();
        for (size_t c = 0; c < cuts.size(); ++c) {
            const size_t end = c + 1 < cuts.size() ? size_t(cuts[c + 1]) : g.order.size();
            std::fill(rowOfRank.begin() + cuts[c], rowOfRank.begin() + qsizetype(end), qint32(c));
        }
    }
    const qsizetype n = versions.size();
    Collation out;
    out.rows.resize(rowOfRank.empty()
                        ? 0
                        : qsizetype(*std::max_element(rowOfRank.begin(), rowOfRank.end())) + 1);
    for (CollationRow &r : out.rows) {
        r.texts.resize(n);
        r.movedFrom.fill(-1, n);
        r.opensParagraph.fill(false, n);
    }
    const std::vector<quint64> names = fillReadings(versions, g, rowOfRank, out);
    for (qsizetype r = 0; r < out.rows.size(); ++r)
        markReadings(out.rows[r], names.data() + r * n);
    return out;
}

bool followsWithoutSpace(const QString &reading) {
    if (reading.isEmpty())
        return false;
    const QChar c = reading.front();
    return c != QLatin1Char('"') &&
           (c.category() == QChar::Punctuation_Other || c.category() == QChar::Punctuation_Close);
}

Collation collateVersions(const QList<Document> &versions, const CompareOptions &options,
                          Segmentation segmentation) {
    const std::optional<QList<QList<double>>> similarity = overlapMatrix(versions, options);
    const GuideTree tree = guideTree(versions, *similarity);
    QList<Comparison> steps;
    for (const auto &[from, to] : tree.comparisons()) {
        Comparison c = compareDocuments(versions.at(from), versions.at(to), options);
        c.fromIndex = qint32(from);
        c.toIndex = qint32(to);
        steps.append(std::move(c));
    }
    return collate(versions, tree, steps, options, segmentation);
}

} // namespace sd
