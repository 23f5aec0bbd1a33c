#include "multi/collation.h"

#include "multi/pairing.h"

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
        pairings[k] = pairTokens(comparisons.at(k), bs, seqs.at(k), /*inPlaceOnly=*/true,
                                 /*everyEqualWord=*/true);
        for (const Region &r : regionsOf(pairings[k], baseSize, qsizetype(seqs.at(k).ids.size())))
            all.append(Owned{r, k});
    }
    // Regions of all versions that overlap become one variant row; an insertion at a row's
    // edge gets its own row (as CollateX does: "x a y" / "x a b y" -> [x] [a] [b] [y]).
    std::sort(all.begin(), all.end(), [](const Owned &x, const Owned &y) {
        return std::tuple(x.r.a0, x.r.a1, x.version) < std::tuple(y.r.a0, y.r.a1, y.version);
    });
    struct Variant {
        qsizetype a0, a1;
        QList<qsizetype> endOf; // per version: own end of its region ending at a1, or -1
    };
    QList<Variant> variants;
    for (const Owned &o : all) {
        const Region &r = o.r;
        const bool joins = !variants.isEmpty() &&
                           (r.a0 < variants.last().a1 ||
                            (r.a0 == r.a1 && variants.last().a0 == r.a0 && variants.last().a1 == r.a0));
        if (!joins)
            variants.append(Variant{r.a0, r.a1, QList<qsizetype>(n, -1)});
        Variant &v = variants.last();
        if (r.a1 > v.a1) {
            v.a1 = r.a1;
            v.endOf.fill(-1);
        }
        if (r.a1 == v.a1)
            v.endOf[o.version] = r.k1;
    }
    // Rows follow each other: a version starts a row where it ended the one before. It ends a
    // row at the end of its own region ending there, else just after the partner of the row's
    // last base word, else (that word is in an earlier region) where it started.
    QList<qsizetype> cursor(n, 0);
    Collation out;
    auto addRow = [&](qsizetype a0, qsizetype a1, const QList<qsizetype> *endOf) {
        CollationRow row;
        row.texts.resize(n);
        for (qsizetype k = 0; k < n; ++k) {
            qsizetype p0 = a0, p1 = a1;
            if (k != base) {
                const auto &partner = pairings[k].partnerOfA;
                p0 = cursor[k];
                if (endOf && endOf->at(k) >= 0)
                    p1 = endOf->at(k);
                else if (a1 > a0 && partner[size_t(a1 - 1)] >= 0)
                    p1 = partner[size_t(a1 - 1)] + 1;
                else
                    p1 = p0;
                cursor[k] = std::max(p0, p1);
            }
            if (p1 > p0)
                row.texts[k] = sequenceText(documents.at(k), seqs.at(k), p0, p1);
        }
        row.agree = !endOf;
        if (std::any_of(row.texts.begin(), row.texts.end(), [](const auto &t) { return t.has_value(); }))
            out.rows.append(row);
    };
    qsizetype at = 0;
    for (const Variant &v : variants) {
        if (v.a0 > at)
            addRow(at, v.a0, nullptr);
        addRow(v.a0, v.a1, &v.endOf);
        at = std::max(at, v.a1);
    }
    if (at < baseSize)
        addRow(at, baseSize, nullptr);
    return out;
}

} // namespace sd
