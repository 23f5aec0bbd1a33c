#include "multi/collation.h"

#include "multi/pairing.h"

#include <QMap>

#include <algorithm>

namespace sd {
namespace {

// A stretch of base positions [a0, a1) where a version differs, with its own tokens [k0, k1).
struct Region {
    qsizetype a0, a1, k0, k1;
};

// The edit regions of one version against the base: the gaps between consecutive pairs.
QList<Region> regionsOf(const TokenPairing &p, qsizetype baseSize, qsizetype otherSize) {
    QList<Region> out;
    qsizetype lastA = -1, lastK = -1;
    auto gap = [&](qsizetype a, qsizetype k) {
        if (a > lastA + 1 || k > lastK + 1)
            out.append(Region{lastA + 1, a, lastK + 1, k});
    };
    for (qsizetype a = 0; a < baseSize; ++a) {
        const qsizetype k = p.partnerOfA[size_t(a)];
        if (k < 0)
            continue;
        gap(a, k);
        lastA = a;
        lastK = k;
    }
    gap(baseSize, otherSize);
    return out;
}

// Names each reading of a row by the first version that has it, the base's first.
void markReadings(CollationRow &row, qsizetype base) {
    const qsizetype n = row.texts.size();
    row.sameAs.fill(base, n);
    if (row.agree)
        return;
    for (qsizetype k = 0; k < n; ++k) {
        if (row.texts.at(k) == row.texts.at(base))
            continue;
        row.sameAs[k] = k;
        for (qsizetype d = 0; d < k; ++d)
            if (d != base && row.texts.at(d) == row.texts.at(k)) {
                row.sameAs[k] = d;
                break;
            }
    }
}

} // namespace

Collation collate(const QList<Document> &documents, qsizetype base,
                  const QList<Comparison> &comparisons, const CompareOptions &options) {
    const qsizetype n = documents.size();
    TokenInterner interner;
    QList<TokenSequence> seqs;
    for (const Document &d : documents)
        seqs.append(buildTokenSequence(d, options, interner));
    const TokenSequence &bs = seqs.at(base);
    const qsizetype baseSize = qsizetype(bs.ids.size());

    // Per version: base position -> own position for paired words, and its edit regions.
    QList<TokenPairing> pairings(n);
    struct Owned {
        Region r;
        qsizetype version;
    };
    QList<Owned> all;
    for (qsizetype k = 0; k < n; ++k) {
        if (k == base)
            continue;
        pairings[k] = inPlacePairing(comparisons.at(k), bs, seqs.at(k));
        for (const Region &r : regionsOf(pairings[k], baseSize, qsizetype(seqs.at(k).ids.size())))
            all.append(Owned{r, k});
    }
    // Rows are cut at every edge of every version's regions, so one heavily edited version does
    // not swallow the table: a region spanning several rows gives its version's text in the
    // first of them and nothing in the rest. An insertion is a row of its own at its point.
    //   base: a b c d    v1: a X d (b c -> X)    v2: a b Y d (c -> Y)
    //   rows: [a] [b | X | b] [c | - | Y] [d]
    std::vector<qsizetype> cuts{0, baseSize};
    QMap<qsizetype, QList<qsizetype>> pointsAt; // base position -> insertions there (into all)
    QList<QList<qsizetype>> spans(n);           // per version: its regions with base words
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Region &r = all[i].r;
        cuts.push_back(r.a0);
        cuts.push_back(r.a1);
        if (r.a0 == r.a1)
            pointsAt[r.a0].append(i);
        else
            spans[all[i].version].append(i);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    Collation out;
    auto text = [&](qsizetype k, qsizetype p0, qsizetype p1) -> std::optional<QString> {
        if (p1 <= p0)
            return std::nullopt;
        return sequenceText(documents.at(k), seqs.at(k), p0, p1);
    };
    // Stretches where every version pairs every base word wait here to be joined into one row.
    qsizetype agreeFrom = -1, agreeTo = -1;
    auto flushAgree = [&] {
        if (agreeFrom < 0)
            return;
        CollationRow row;
        row.agree = true;
        for (qsizetype k = 0; k < n; ++k) {
            const auto &partner = pairings[k].partnerOfA;
            row.texts.append(k == base ? text(k, agreeFrom, agreeTo)
                                       : text(k, partner[size_t(agreeFrom)], partner[size_t(agreeTo - 1)] + 1));
        }
        out.rows.append(row);
        agreeFrom = agreeTo = -1;
    };
    auto emitPoint = [&](qsizetype at) {
        const auto it = pointsAt.constFind(at);
        if (it == pointsAt.constEnd())
            return;
        flushAgree();
        CollationRow row;
        row.texts.resize(n);
        for (qsizetype i : *it)
            row.texts[all[i].version] = text(all[i].version, all[i].r.k0, all[i].r.k1);
        out.rows.append(row);
    };
    QList<qsizetype> nextSpan(n, 0);
    for (size_t c = 0; c < cuts.size(); ++c) {
        const qsizetype s0 = cuts[c];
        emitPoint(s0);
        if (c + 1 == cuts.size())
            break;
        const qsizetype s1 = cuts[c + 1];
        CollationRow row;
        row.texts.resize(n);
        bool variant = false;
        for (qsizetype k = 0; k < n; ++k) {
            if (k == base) {
                row.texts[k] = text(k, s0, s1);
                continue;
            }
            const QList<qsizetype> &mine = spans[k];
            while (nextSpan[k] < mine.size() && all[mine[nextSpan[k]]].r.a1 <= s0)
                ++nextSpan[k];
            const Region *r = nextSpan[k] < mine.size() ? &all[mine[nextSpan[k]]].r : nullptr;
            if (r && r->a0 <= s0) { // this stretch lies inside one of the version's regions
                variant = true;
                if (r->a0 == s0)
                    row.texts[k] = text(k, r->k0, r->k1);
                continue;
            }
            const auto &partner = pairings[k].partnerOfA;
            row.texts[k] = text(k, partner[size_t(s0)], partner[size_t(s1 - 1)] + 1);
        }
        if (!variant) {
            if (agreeFrom < 0)
                agreeFrom = s0;
            agreeTo = s1;
            continue;
        }
        flushAgree();
        out.rows.append(row);
    }
    flushAgree();
    for (CollationRow &row : out.rows)
        markReadings(row, base);
    return out;
}

} // namespace sd
