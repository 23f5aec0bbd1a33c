#include "compare/blockalign.h"

#include "compare/blockindex.h"
#include "compare/blockpairing.h"
#include "compare/sequencediff.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace sd {
namespace {

// Blocks this long (in comparable tokens) are told apart by their words alone, so they pair
// wherever they stand before blocks are paired by position; shorter ones ("CHAPTER IX.") pair
// by position first and, out of place, only by word pairs (kMatchThreshold).
constexpr qsizetype kDistinctiveTokens = 8;
constexpr double kMatchThreshold = 0.45;
// Before pairing by position, only pairs this close are taken wherever they stand (a paragraph
// moved with a few words edited); the rest wait until the neighbours have had their turn.
constexpr double kConfidentDice = 0.8;
// A partner in place is preferred to one elsewhere up to this much Dice.
constexpr double kInGapBonus = 0.05;
// Blocks judged by their words, per block, among those sharing the most word pairs with it.
constexpr size_t kCandidatesPerBlock = 12;
// A block lies inside another when this share of its word pairs is found there.
constexpr double kContainThreshold = 0.6;
// Blocks left over between the same two matched neighbours pair up from this share of words
// (Dice over the word multisets: kinder to short, heavily edited paragraphs than word pairs).
constexpr double kGapThreshold = 0.5;
// One leftover block on each side of a gap: the same paragraph, rewritten, from this much.
constexpr double kLoneGapThreshold = 0.25;
// A gap with more leftovers than this on a side is walked down its diagonal, each leftover
// looking this many places ahead on the other side.
constexpr qint32 kGapBand = 40;
constexpr size_t kWalkWindow = 8;

quint64 mix(quint64 h, quint64 v) {
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h;
}

quint64 signature(std::span<const int> ids) {
    quint64 h = 1469598103934665603ull;
    for (int id : ids)
        h = mix(h, quint64(quint32(id)));
    return mix(h, ids.size());
}

// Sorted, unique hashes of consecutive id pairs; one-token blocks use the id alone.
std::vector<quint64> shingles(std::span<const int> ids) {
    std::vector<quint64> out;
    if (ids.size() == 1)
        out.push_back(mix(7, quint64(quint32(ids[0]))));
    for (size_t i = 0; i + 1 < ids.size(); ++i)
        out.push_back(mix(mix(11, quint64(quint32(ids[i]))), quint64(quint32(ids[i + 1]))));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// How many word pairs two sorted sets share.
qsizetype sharedCount(const std::vector<quint64> &x, const std::vector<quint64> &y) {
    qsizetype n = 0;
    auto i = x.begin(), j = y.begin();
    while (i != x.end() && j != y.end()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            ++n, ++i, ++j;
    }
    return n;
}

using blockindex::BagDice;
using blockindex::ShingleIndex;

struct Aligner {
    const TokenSequence &a;
    const TokenSequence &b;
    qint32 nA, nB;
    // Word-pair sets, made on first use: most blocks pair up exactly and never need theirs.
    std::vector<std::vector<quint64>> shA, shB;
    std::vector<bool> haveA, haveB;
    const std::vector<quint64> &shingleA(qint32 i) {
        if (!haveA[size_t(i)]) {
            shA[size_t(i)] = shingles(a.blockIds(i));
            haveA[size_t(i)] = true;
        }
        return shA[size_t(i)];
    }
    const std::vector<quint64> &shingleB(qint32 j) {
        if (!haveB[size_t(j)]) {
            shB[size_t(j)] = shingles(b.blockIds(j));
            haveB[size_t(j)] = true;
        }
        return shB[size_t(j)];
    }
    std::vector<qint32> groupOfA, groupOfB; // -1 unmatched
    // Best Dice each free block (A: by content class) has out of place, from the first pass:
    // pairing by position must not take a worse partner in place (a swap of two paragraphs
    // that share words, both edited).
    std::unordered_map<qint32, double> elsewhereA;
    std::unordered_map<qint32, double> elsewhereB;
    bool heedElsewhere = false;
    QList<BlockGroup> groups;
    BagDice bag;

    Aligner(const TokenSequence &sa, const TokenSequence &sb)
        : a(sa), b(sb), nA(qint32(sa.blockCount())), nB(qint32(sb.blockCount())),
          groupOfA(size_t(nA), -1), groupOfB(size_t(nB), -1), bag(vocabulary(sa, sb)) {}

    static size_t vocabulary(const TokenSequence &sa, const TokenSequence &sb) {
        int top = -1;
        for (const TokenSequence *s : {&sa, &sb})
            for (int id : s->ids)
                top = std::max(top, id);
        return size_t(top + 1);
    }

    bool emptyA(qint32 i) const { return a.blockSize(i) == 0; }
    bool emptyB(qint32 j) const { return b.blockSize(j) == 0; }

    void match(qint32 i, qint32 j) {
        groupOfA[size_t(i)] = groupOfB[size_t(j)] = qint32(groups.size());
        groups.append(BlockGroup{BlockGroup::Edited, i, i + 1, j, j + 1, false, -1, {}});
    }

    // Equal paragraphs in the same order: a diff over whole paragraphs (each one an id by its
    // content), so repeated paragraphs ("Read more", a boilerplate line) pair in order too.
    void exactInOrder() {
        std::unordered_map<quint64, int> ids;
        std::vector<int> seqA, seqB;
        std::vector<qint32> idxA, idxB;
        auto idOf = [&](std::span<const int> blk) {
            return ids.try_emplace(signature(blk), int(ids.size())).first->second;
        };
        classOfA.assign(size_t(nA), -1);
        signatureOfB.assign(size_t(nB), 0);
        for (qint32 i = 0; i < nA; ++i) {
            classOfA[size_t(i)] = idOf(a.blockIds(i));
            if (!emptyA(i)) {
                seqA.push_back(classOfA[size_t(i)]);
                idxA.push_back(i);
            }
        }
        for (qint32 j = 0; j < nB; ++j) {
            signatureOfB[size_t(j)] = signature(b.blockIds(j));
            if (!emptyB(j)) {
                seqB.push_back(idOf(b.blockIds(j)));
                idxB.push_back(j);
            }
        }
        // A paragraph found on one side only cannot pair exactly; leaving those out first keeps
        // the diff small when nearly every paragraph was edited (a rewrite), where it would
        // otherwise cost the square of the paragraph count.
        std::vector<quint8> sides(ids.size(), 0);
        for (int id : seqA)
            sides[size_t(id)] |= 1;
        for (int id : seqB)
            sides[size_t(id)] |= 2;
        auto keepShared = [&](std::vector<int> &seq, std::vector<qint32> &idx) {
            size_t kept = 0;
            for (size_t k = 0; k < seq.size(); ++k) {
                if (sides[size_t(seq[k])] == 3) {
                    seq[kept] = seq[k];
                    idx[kept++] = idx[k];
                }
            }
            seq.resize(kept);
            idx.resize(kept);
        };
        keepShared(seqA, idxA);
        keepShared(seqB, idxB);
        for (const EditRun &r : diffSequences(seqA, seqB)) {
            if (r.kind != EditRun::Equal)
                continue;
            for (qsizetype k = 0; k < r.aLength(); ++k) {
                const qint32 i = idxA[size_t(r.aBegin + k)], j = idxB[size_t(r.bBegin + k)];
                if (std::ranges::equal(a.blockIds(i), b.blockIds(j))) // not a hash collision
                    match(i, j);
            }
        }
    }

    // Where in A each B block is expected, from the matched blocks around it: [lo, hi).
    std::vector<std::pair<qint32, qint32>> expectedRanges() const {
        std::vector<std::pair<qint32, qint32>> out(size_t(nB), {0, nA});
        qint32 lo = 0;
        for (qint32 j = 0; j < nB; ++j) {
            out[size_t(j)].first = lo;
            if (groupOfB[size_t(j)] >= 0)
                lo = groups[groupOfB[size_t(j)]].aEnd;
        }
        qint32 hi = nA;
        for (qint32 j = nB - 1; j >= 0; --j) {
            out[size_t(j)].second = std::max(out[size_t(j)].first, hi);
            if (groupOfB[size_t(j)] >= 0)
                hi = groups[groupOfB[size_t(j)]].aBegin;
        }
        return out;
    }

    // Content class of every A block (identical blocks share one), made by exactMatches().
    std::vector<qint32> classOfA;
    std::vector<quint64> signatureOfB;

    // Identical blocks left over by the in-order pass moved: pair them wherever they stand,
    // the k-th leftover copy in A with the k-th in B.
    //   A: p1 p2 p3 p4    B: p4 p2 p3 p1   ->  in order p2 p3; then p1~p1, p4~p4 (moves)
    void exactAnywhere() {
        std::unordered_map<quint64, std::vector<qint32>> freeA; // signature -> A blocks, in order
        for (qint32 i = nA - 1; i >= 0; --i)
            if (groupOfA[size_t(i)] < 0 && a.blockSize(i) >= kDistinctiveTokens)
                freeA[signature(a.blockIds(i))].push_back(i);
        for (qint32 j = 0; j < nB; ++j) {
            if (groupOfB[size_t(j)] >= 0 || emptyB(j))
                continue;
            auto it = freeA.find(signatureOfB[size_t(j)]);
            if (it == freeA.end() || it->second.empty())
                continue;
            const qint32 i = it->second.back();
            if (!std::ranges::equal(a.blockIds(i), b.blockIds(j)))
                continue; // a hash collision
            it->second.pop_back();
            match(i, j);
        }
    }

    // Blocks of one side with no group yet and something to compare.
    std::vector<bool> freeBlocks(Side side) const {
        const qint32 n = side == Side::A ? nA : nB;
        const auto &groupOf = side == Side::A ? groupOfA : groupOfB;
        std::vector<bool> out(static_cast<size_t>(n));
        for (qint32 k = 0; k < n; ++k)
            out[size_t(k)] = groupOf[size_t(k)] < 0 && (side == Side::A ? !emptyA(k) : !emptyB(k));
        return out;
    }

    // A block of one side that is several consecutive blocks of the other, joined (lost
    // paragraph breaks, of any number).
    void concatenations() {
        std::vector<bool> freeA = freeBlocks(Side::A), freeB = freeBlocks(Side::B);
        const BlockView viewA{a.ids, a.blockBegin}, viewB{b.ids, b.blockBegin};
        for (const Concatenation &c :
             findConcatenations(viewB, freeB, viewA, freeA, kContainThreshold)) {
            groups.append(BlockGroup{BlockGroup::Merge,
                                     c.pieceBegin,
                                     c.pieceEnd,
                                     c.longBlock,
                                     c.longBlock + 1,
                                     false,
                                     -1,
                                     {}});
            for (qint32 i = c.pieceBegin; i < c.pieceEnd; ++i)
                groupOfA[size_t(i)] = qint32(groups.size() - 1);
            groupOfB[size_t(c.longBlock)] = qint32(groups.size() - 1);
        }
        freeA = freeBlocks(Side::A);
        freeB = freeBlocks(Side::B);
        for (const Concatenation &c :
             findConcatenations(viewA, freeA, viewB, freeB, kContainThreshold)) {
            groups.append(BlockGroup{BlockGroup::Split,
                                     c.longBlock,
                                     c.longBlock + 1,
                                     c.pieceBegin,
                                     c.pieceEnd,
                                     false,
                                     -1,
                                     {}});
            for (qint32 j = c.pieceBegin; j < c.pieceEnd; ++j)
                groupOfB[size_t(j)] = qint32(groups.size() - 1);
            groupOfA[size_t(c.longBlock)] = qint32(groups.size() - 1);
        }
    }

    // Edited blocks, wherever they stand, through an index of word pairs over the free A
    // blocks' content classes (so a thousand copies of one paragraph are one entry), judged by
    // the rule that pairs blocks in place: Dice over the word multisets, kGapThreshold.
    // `distinctiveOnly`: the first pass, before pairing by position, takes long blocks only.
    void similarBlocks(bool distinctiveOnly) {
        std::unordered_map<qint32, std::vector<qint32>> membersOf; // class -> free A blocks
        std::vector<bool> representative(size_t(nA), false);
        for (qint32 i = nA - 1; i >= 0; --i) {
            if (groupOfA[size_t(i)] >= 0 || emptyA(i) ||
                (distinctiveOnly && a.blockSize(i) < kDistinctiveTokens))
                continue;
            auto &members = membersOf[classOfA[size_t(i)]];
            members.push_back(i);
            if (members.size() == 1)
                representative[size_t(i)] = true;
        }
        for (qint32 i = 0; i < nA; ++i)
            if (representative[size_t(i)])
                shingleA(i);
        ShingleIndex index(shA, representative);
        struct Candidate {
            double score;
            qint32 distance;
            qint32 i, j; // i: the class's representative
        };
        std::vector<Candidate> cands;
        const auto expected = expectedRanges();
        for (qint32 j = 0; j < nB; ++j) {
            if (groupOfB[size_t(j)] >= 0 || emptyB(j) ||
                (distinctiveOnly && b.blockSize(j) < kDistinctiveTokens))
                continue;
            const auto [lo, hi] = expected[size_t(j)];
            const auto counts = index.candidates(shingleB(j));
            if (counts.isEmpty())
                continue;
            bag.load(b.blockIds(j));
            const double threshold = kGapThreshold;
            std::vector<std::pair<qsizetype, qint32>> byShared; // (-shared word pairs, block)
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                byShared.emplace_back(-it.value(), it.key());
            const size_t keep = std::min(byShared.size(), kCandidatesPerBlock);
            std::partial_sort(byShared.begin(), byShared.begin() + qsizetype(keep), byShared.end());
            for (size_t n = 0; n < keep; ++n) {
                const qint32 i = byShared[n].second;
                const qsizetype shared = -byShared[n].first;
                const double sizes = double(a.blockSize(i) + b.blockSize(j));
                if (2.0 * double(std::min(a.blockSize(i), b.blockSize(j))) < threshold * sizes)
                    continue; // the lengths alone rule it out
                const double dice = bag.dice(a.blockIds(i));
                if (dice < threshold)
                    continue;
                const bool inGap = i >= lo && i < hi;
                const bool distinctive =
                    std::min(a.blockSize(i), b.blockSize(j)) >= kDistinctiveTokens;
                if (!distinctive && !inGap &&
                    2.0 * double(shared) <
                        kMatchThreshold * double(shA[size_t(i)].size() + shB[size_t(j)].size()))
                    continue;
                if (distinctiveOnly && dice < kConfidentDice) {
                    if (!inGap) {
                        double &x = elsewhereA[classOfA[size_t(i)]], &y = elsewhereB[j];
                        x = std::max(x, dice);
                        y = std::max(y, dice);
                    }
                    continue;
                }
                const qint32 dist = inGap ? 0 : std::min(std::abs(i - lo), std::abs(i - hi));
                cands.push_back({dice + (inGap ? kInGapBonus : 0.0), dist, i, j});
            }
        }
        std::sort(cands.begin(), cands.end(), [](const Candidate &x, const Candidate &y) {
            if (x.score != y.score)
                return x.score > y.score;
            if (x.distance != y.distance)
                return x.distance < y.distance;
            return std::pair(x.j, x.i) < std::pair(y.j, y.i);
        });
        for (const Candidate &c : cands) {
            auto &members = membersOf[classOfA[size_t(c.i)]];
            if (!members.empty() && groupOfB[size_t(c.j)] < 0) {
                match(members.back(), c.j);
                members.pop_back();
            }
        }
    }

    // Copies of one paragraph are interchangeable: give their partners out in order.
    void orderRepeatedPairs() {
        std::vector<std::pair<qint32, qint32>> pairs;
        std::vector<qint32> slot;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const BlockGroup &grp = groups[g];
            if (grp.aEnd - grp.aBegin == 1 && grp.bEnd - grp.bBegin == 1) {
                pairs.emplace_back(grp.aBegin, grp.bBegin);
                slot.push_back(qint32(g));
            }
        }
        pairs = orderIdenticalPartners(std::move(pairs), classOfA);
        for (size_t s = 0; s < pairs.size(); ++s) {
            BlockGroup &grp = groups[slot[s]];
            grp.aBegin = pairs[s].first;
            grp.aEnd = grp.aBegin + 1;
            grp.bBegin = pairs[s].second;
            grp.bEnd = grp.bBegin + 1;
            groupOfA[size_t(grp.aBegin)] = groupOfB[size_t(grp.bBegin)] = slot[s];
        }
    }

    // Blocks still unmatched between the same two matched neighbours are most likely the same
    // paragraphs, rewritten: pair them in order when enough of their words agree.
    //   A: [p1] x  y  [p4]      B: [p1] x' y' [p4]   ->   x~x', y~y' (edited in place)
    void gapPairs() {
        // Matched groups in A order that are also in B order bound the gaps.
        qint32 lastB = -1;
        std::vector<qint32> order(size_t(groups.size()));
        for (qsizetype k = 0; k < groups.size(); ++k)
            order[size_t(k)] = qint32(k);
        std::sort(order.begin(), order.end(),
                  [&](qint32 x, qint32 y) { return groups[x].aBegin < groups[y].aBegin; });
        std::vector<std::pair<qint32, qint32>> starts{{0, 0}};
        std::vector<std::pair<qint32, qint32>> ends;
        for (qint32 k : order) {
            const BlockGroup &g = groups[k];
            if (g.bBegin < lastB)
                continue; // out of order: a move, not a bound
            ends.push_back({g.aBegin, g.bBegin});
            starts.push_back({g.aEnd, g.bEnd});
            lastB = g.bEnd;
        }
        ends.push_back({nA, nB});
        for (size_t k = 0; k < starts.size(); ++k)
            pairGap(starts[k].first, ends[k].first, starts[k].second, ends[k].second);
    }

    bool betterElsewhere(qint32 i, qint32 j, double dice) const {
        if (!heedElsewhere)
            return false;
        const auto x = elsewhereA.find(classOfA[size_t(i)]);
        const auto y = elsewhereB.find(j);
        const double best = std::max(x == elsewhereA.end() ? 0.0 : x->second,
                                     y == elsewhereB.end() ? 0.0 : y->second);
        return dice + kInGapBonus < best;
    }

    void pairGap(qint32 a0, qint32 a1, qint32 b0, qint32 b1) {
        std::vector<qint32> freeA, freeB;
        for (qint32 i = a0; i < a1; ++i)
            if (groupOfA[size_t(i)] < 0 && !emptyA(i))
                freeA.push_back(i);
        for (qint32 j = b0; j < b1; ++j)
            if (groupOfB[size_t(j)] < 0 && !emptyB(j))
                freeB.push_back(j);
        if (freeA.empty() || freeB.empty())
            return;
        struct Pair {
            double score;
            qint32 x, y; // indices into freeA / freeB
        };
        std::vector<Pair> pairs;
        const double threshold =
            freeA.size() == 1 && freeB.size() == 1 ? kLoneGapThreshold : kGapThreshold;
        if (freeA.size() > size_t(kGapBand) || freeB.size() > size_t(kGapBand)) {
            // A long gap (a rewrite with no paragraph left intact): walk down the diagonal, each
            // leftover of A taking the best of the next few of B, in linear time.
            size_t yc = 0;
            for (size_t x = 0; x < freeA.size() && yc < freeB.size(); ++x) {
                bag.load(a.blockIds(freeA[x]));
                size_t best = freeB.size();
                double bestScore = threshold;
                for (size_t y = yc; y < std::min(freeB.size(), yc + kWalkWindow); ++y) {
                    const double d = bag.dice(b.blockIds(freeB[y]));
                    if (betterElsewhere(freeA[x], freeB[y], d))
                        continue;
                    if (d >= bestScore && (best == freeB.size() || d > bestScore)) {
                        bestScore = d;
                        best = y;
                    }
                }
                if (best < freeB.size()) {
                    match(freeA[x], freeB[best]);
                    yc = best + 1;
                }
            }
            return;
        }
        for (size_t x = 0; x < freeA.size(); ++x) {
            bag.load(a.blockIds(freeA[x]));
            for (size_t y = 0; y < freeB.size(); ++y) {
                const double d = bag.dice(b.blockIds(freeB[y]));
                if (d >= threshold && !betterElsewhere(freeA[x], freeB[y], d))
                    pairs.push_back({d, qint32(x), qint32(y)});
            }
        }
        std::sort(pairs.begin(), pairs.end(), [](const Pair &p, const Pair &q) {
            return p.score != q.score ? p.score > q.score
                                      : std::pair(p.x, p.y) < std::pair(q.x, q.y);
        });
        // Pairs taken so far, by x; they increase in y too, so a new pair keeps the order when
        // its neighbours in x are its neighbours in y (a check in O(log n), not over all).
        std::map<qint32, qint32> taken;
        for (const Pair &p : pairs) {
            const auto after = taken.lower_bound(p.x);
            if (after != taken.end() && (after->first == p.x || after->second <= p.y))
                continue;
            if (after != taken.begin() && std::prev(after)->second >= p.y)
                continue;
            taken.emplace(p.x, p.y);
            match(freeA[size_t(p.x)], freeB[size_t(p.y)]);
        }
    }

    // An unmatched block that lies inside the block its neighbour was matched with, on the
    // other side, joins that group: a split (or, mirrored, a merge).
    //   A: [x y z]        B: [x y] [z]    ->  [z] lies in A's block, next to [x y]: a split
    void splitsAndMerges() {
        for (int pass = 0; pass < 2; ++pass) {
            for (qint32 j = 0; j < nB; ++j) {
                if (groupOfB[size_t(j)] < 0 && !emptyB(j))
                    attach(j, Side::B);
            }
            for (qint32 i = 0; i < nA; ++i) {
                if (groupOfA[size_t(i)] < 0 && !emptyA(i))
                    attach(i, Side::A);
            }
        }
    }

    // `k` is an unmatched block of side `side` (B: a split, A: a merge).
    void attach(qint32 k, Side side) {
        const bool split = side == Side::B;
        const auto &mine = split ? shingleB(k) : shingleA(k);
        if (mine.size() < 3)
            return; // too short to say where it came from
        auto &groupOfMine = split ? groupOfB : groupOfA;
        const qint32 n = split ? nB : nA;
        qint32 bestGroup = -1;
        double bestShare = kContainThreshold;
        for (const qint32 neighbour : {k - 1, k + 1}) {
            if (neighbour < 0 || neighbour >= n || groupOfMine[size_t(neighbour)] < 0)
                continue;
            const qint32 g = groupOfMine[size_t(neighbour)];
            const BlockGroup &grp = groups[g];
            // A split grows a group with one A block; a merge one with one B block.
            const bool single = split ? grp.aEnd - grp.aBegin == 1 : grp.bEnd - grp.bBegin == 1;
            if (!single)
                continue;
            const qint32 other = split ? grp.aBegin : grp.bBegin;
            const auto &theirs = split ? shingleA(other) : shingleB(other);
            const double share = double(sharedCount(mine, theirs)) / double(mine.size());
            if (share >= bestShare) {
                bestShare = share;
                bestGroup = g;
            }
        }
        if (bestGroup < 0)
            return;
        BlockGroup &grp = groups[bestGroup];
        qint32 &begin = split ? grp.bBegin : grp.aBegin;
        qint32 &end = split ? grp.bEnd : grp.aEnd;
        if (k == end)
            end = k + 1;
        else if (k == begin - 1)
            begin = k;
        else
            return;
        groupOfMine[size_t(k)] = bestGroup;
    }

    void classifyAndMove() {
        for (BlockGroup &g : groups) {
            if (g.bEnd - g.bBegin > 1)
                g.kind = BlockGroup::Split;
            else if (g.aEnd - g.aBegin > 1)
                g.kind = BlockGroup::Merge;
            else if (std::ranges::equal(a.blockIds(g.aBegin), b.blockIds(g.bBegin)))
                g.kind = BlockGroup::Equal;
            else
                g.kind = BlockGroup::Edited;
        }
        // Heaviest chain in order on both sides stays; the rest moved.
        std::sort(groups.begin(), groups.end(),
                  [](const BlockGroup &x, const BlockGroup &y) { return x.aBegin < y.aBegin; });
        std::vector<std::pair<qsizetype, qsizetype>> pairs;
        std::vector<qint64> weights;
        for (const BlockGroup &g : groups) {
            pairs.emplace_back(g.aBegin, g.bBegin);
            weights.push_back(1 + (a.blockBegin[g.aEnd] - a.blockBegin[g.aBegin]) +
                              (b.blockBegin[g.bEnd] - b.blockBegin[g.bBegin]));
        }
        const QList<qsizetype> keep = weightedIncreasingSubsequence(pairs, weights);
        std::vector<bool> inPlace(size_t(groups.size()), false);
        for (qsizetype k : keep)
            inPlace[size_t(k)] = true;
        for (qsizetype k = 0; k < groups.size(); ++k)
            groups[k].moved = !inPlace[size_t(k)];
        std::sort(groups.begin(), groups.end(),
                  [](const BlockGroup &x, const BlockGroup &y) { return x.bBegin < y.bBegin; });
        // Moved groups next to each other on both sides move together, as one run.
        qint32 nextMove = 0;
        for (qsizetype k = 0; k < groups.size(); ++k) {
            BlockGroup &g = groups[k];
            if (!g.moved)
                continue;
            const BlockGroup *prev = k > 0 ? &groups[k - 1] : nullptr;
            if (prev && prev->moved && prev->bEnd == g.bBegin && prev->aEnd == g.aBegin)
                g.moveId = prev->moveId;
            else
                g.moveId = nextMove++;
        }
    }

    QList<BlockGroup> run() {
        shA.resize(size_t(nA));
        shB.resize(size_t(nB));
        haveA.assign(size_t(nA), false);
        haveB.assign(size_t(nB), false);
        exactInOrder();
        concatenations();
        exactAnywhere();
        similarBlocks(true);
        heedElsewhere = true;
        gapPairs();
        heedElsewhere = false;
        similarBlocks(false);
        splitsAndMerges();
        gapPairs();
        orderRepeatedPairs();
        classifyAndMove();
        return groups;
    }
};

} // namespace

QList<BlockGroup> alignBlocks(const TokenSequence &a, const TokenSequence &b) {
    return Aligner(a, b).run();
}

} // namespace sd
