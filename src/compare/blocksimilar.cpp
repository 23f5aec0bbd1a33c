// SPDX-License-Identifier: GPL-3.0-or-later
// Block alignment by resemblance: the passes of Aligner that pair edited blocks (see aligner.h).
#include "compare/aligner.h"

#include "compare/blockpairing.h"
#include "compare/sequencediff.h"

#include <QDebug>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace sd::align {
namespace {

// One leftover block on each side of a gap: the same paragraph, rewritten, from this much.
constexpr double kLoneGapThreshold = 0.25;
// A gap with more leftovers than this on a side is walked down its diagonal, each leftover
// looking this many places ahead on the other side.
constexpr qint32 kGapBand = 40;
constexpr size_t kWalkWindow = 8;
// Heavily edited blocks out of place pair by the words each document has in one block only
// when at least this many tie them, and they are at least this share of the words either
// block alone has in its document (a paragraph rewritten by 60% keeps 40% of its own; two
// paragraphs of a short text share a few such words by chance, a tenth of them).
constexpr qint32 kMinAnchors = 3;
constexpr double kAnchorShare = 0.3;
// ... or, tied by fewer, when their longest common subsequence of tokens is this share of the
// longer one (a rewrite keeps the order of the words it keeps; shared words in another order
// are a different paragraph on the same subject).
constexpr double kOrderedShare = 0.35;
// A pair out of place stands out from the background (Aligner::Background, standsOut) when its
// Dice is this many standard deviations above what its two blocks share with paragraphs paired
// with others (and at least kStandOut above the mean), judged on kBackgroundSamples of them per
// block; or else when it keeps its shared words in order (orderedShare over Dice) by
// kMoreInOrder more than those paragraphs do by chance, or by kMostInOrder. On a template's
// text unrelated paragraphs share 0.4-0.65 of their words and keep 0.6 of those in order; the
// same paragraph moved with 60% of its words rewritten shares 0.4 and keeps all of them.
constexpr double kStandOutDeviations = 3.0;
constexpr double kStandOut = 0.05;
constexpr double kMoreInOrder = 0.3;
constexpr double kMostInOrder = 0.9;
constexpr size_t kBackgroundSamples = 12;
// A split or merge piece lies in its neighbour's partner by this share of its word pairs
// more than in any sampled unrelated paragraph.
constexpr double kContainedBy = 0.3;

} // namespace

// Edited blocks, wherever they stand, through an index of word pairs over the free A
// blocks' content classes (so a thousand copies of one paragraph are one entry), judged by
// the rule that pairs blocks in place: Dice over the word multisets, kGapThreshold.
// `distinctiveOnly`: the first pass, before pairing by position, takes long blocks only.
void Aligner::similarBlocks(bool distinctiveOnly) {
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
    std::vector<qint32> representatives, js;
    for (qint32 i = 0; i < nA; ++i)
        if (representative[size_t(i)])
            representatives.push_back(i);
    for (qint32 j = 0; j < nB; ++j)
        if (groupOfB[size_t(j)] < 0 && !emptyB(j) &&
            (!distinctiveOnly || b.blockSize(j) >= kDistinctiveTokens))
            js.push_back(j);
    std::vector<bool> alone(size_t(nA), false); // the one free block of its content
    for (qint32 i : representatives)
        alone[size_t(i)] = membersOf[classOfA[size_t(i)]].size() == 1;
    makeShingles(Side::A, representatives);
    const blockindex::ShingleIndex index(shA, representative);
    sampleBackground();
    std::vector<Candidate> cands = judgeAll(js, distinctiveOnly, alone, representative, index);
    std::sort(cands.begin(), cands.end(), [](const Candidate &x, const Candidate &y) {
        if (x.score != y.score)
            return x.score > y.score;
        if (x.distance != y.distance)
            return x.distance < y.distance;
        return std::pair(x.j, x.i) < std::pair(y.j, y.i);
    });
    for (const Candidate &c : cands) {
        auto &members = membersOf[classOfA[size_t(c.i)]];
        if (!members.empty() && groupOfB[size_t(c.j)] < 0 &&
            (!c.outOfPlace || standsOut(c.i, c.j, c.score))) {
            match(members.back(), c.j);
            members.pop_back();
        }
    }
}

// Heavily edited blocks, wherever they stand, tied by the words each document has in one
// block only (uniqueWordAnchors): a paragraph moved with half its words rewritten keeps the
// rest, and its rare words ("Okafor", "referendum") are on no other paragraph. Taken when
// enough such words tie the two blocks, a good share of the words only either has, and Dice
// over all their words reaches the rule that pairs a rewritten paragraph in place
// (kLoneGapThreshold).
// An input it gets wrong on purpose: a paragraph deleted whose rare names come back in a new
// one elsewhere, sharing a quarter of its words, reads as that paragraph moved and rewritten.
// Tied by one or two such words, the order must agree too (kOrderedShare): two short
// paragraphs that name the same person and share a third of their words in order ("I could
// not ...") are taken as one. Text of common words only (no word in one block of a document)
// never pairs this way; orderedBlocks takes what is left of it. Every pair must stand out
// from the background (standsOut).
void Aligner::anchoredBlocks() {
    const std::vector<bool> freeA = freeBlocks(Side::A), freeB = freeBlocks(Side::B);
    if (std::ranges::find(freeA, true) == freeA.end() ||
        std::ranges::find(freeB, true) == freeB.end())
        return; // nothing left to pair (most comparisons of lightly edited text)
    const BlockView viewA{a.ids, a.blockBegin}, viewB{b.ids, b.blockBegin};
    const UniqueAnchors anchors = uniqueWordAnchors(viewA, freeA, viewB, freeB);
    sampleBackground();
    std::vector<Candidate> cands;
    for (const AnchorPair &p : anchors.pairs) {
        // Short blocks ("CHAPTER IX.", a byline) pair by position first: their one rare word
        // says little about which of its copies is the one.
        if (std::min(a.blockSize(p.a), b.blockSize(p.b)) < kDistinctiveTokens)
            continue;
        const qint32 fewest =
            std::min(anchors.uniqueInA[size_t(p.a)], anchors.uniqueInB[size_t(p.b)]);
        const bool tied =
            p.shared >= kMinAnchors && double(p.shared) >= kAnchorShare * double(fewest);
        if (!tied && orderedShare(p.a, p.b) < kOrderedShare)
            continue;
        bag.load(b.blockIds(p.b));
        const double dice = bag.dice(a.blockIds(p.a));
        if (dice >= kLoneGapThreshold && standsOut(p.a, p.b, dice))
            cands.push_back({double(p.shared) + dice, 0, p.a, p.b});
    }
    std::sort(cands.begin(), cands.end(), [](const Candidate &x, const Candidate &y) {
        return x.score != y.score ? x.score > y.score : std::pair(x.j, x.i) < std::pair(y.j, y.i);
    });
    for (const Candidate &c : cands) {
        if (groupOfA[size_t(c.i)] < 0 && groupOfB[size_t(c.j)] < 0)
            match(c.i, c.j);
    }
}

// Heavily edited blocks out of place that no rare word ties (a text of common words only:
// simple prose, a template, a form letter), left over once blocks in place have paired: among
// the free A blocks sharing the most word pairs with a free B block, one that keeps its words
// in order (kOrderedShare) and stands out from the background (standsOut).
void Aligner::orderedBlocks() {
    std::vector<bool> freeA = freeBlocks(Side::A);
    const std::vector<bool> freeB = freeBlocks(Side::B);
    bool any = false;
    for (qint32 i = 0; i < nA; ++i) {
        freeA[size_t(i)] = freeA[size_t(i)] && a.blockSize(i) >= kDistinctiveTokens;
        if (freeA[size_t(i)]) {
            shingleA(i);
            any = true;
        }
    }
    if (!any || std::ranges::find(freeB, true) == freeB.end())
        return;
    blockindex::ShingleIndex index(shA, freeA);
    sampleBackground();
    std::vector<Candidate> cands;
    for (qint32 j = 0; j < nB; ++j) {
        if (!freeB[size_t(j)] || b.blockSize(j) < kDistinctiveTokens)
            continue;
        std::vector<std::pair<qsizetype, qint32>> byShared = index.candidates(shingleB(j));
        const size_t keep = std::min(byShared.size(), kCandidatesPerBlock);
        std::partial_sort(byShared.begin(), byShared.begin() + qsizetype(keep), byShared.end());
        for (size_t n = 0; n < keep; ++n) {
            const qint32 i = byShared[n].second;
            const double sizes = double(a.blockSize(i) + b.blockSize(j));
            if (2.0 * double(std::min(a.blockSize(i), b.blockSize(j))) < kLoneGapThreshold * sizes)
                continue; // the lengths alone rule it out
            bag.load(b.blockIds(j));
            const double dice = bag.dice(a.blockIds(i));
            // The words in order are at most the words in common: no diff when those fall short.
            const double common = dice * sizes / 2.0;
            const double longer = double(std::max(a.blockSize(i), b.blockSize(j)));
            if (dice >= kLoneGapThreshold && common >= kOrderedShare * longer &&
                orderedShare(i, j) >= kOrderedShare && standsOut(i, j, dice))
                cands.push_back({dice, 0, i, j});
        }
    }
    std::sort(cands.begin(), cands.end(), [](const Candidate &x, const Candidate &y) {
        return x.score != y.score ? x.score > y.score : std::pair(x.j, x.i) < std::pair(y.j, y.i);
    });
    for (const Candidate &c : cands) {
        if (groupOfA[size_t(c.i)] < 0 && groupOfB[size_t(c.j)] < 0)
            match(c.i, c.j);
    }
}

// Blocks still unmatched between the same two matched neighbours are most likely the same
// paragraphs, rewritten: pair them in order when enough of their words agree.
//   A: [p1] x  y  [p4]      B: [p1] x' y' [p4]   ->   x~x', y~y' (edited in place)
void Aligner::gapPairs() {
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

// The paragraphs each side has paired so far, a few spread evenly, to measure the background
// against; measurements of an earlier pass are dropped.
void Aligner::sampleBackground() {
    auto sample = [](const std::vector<qint32> &groupOf, std::vector<qint32> &out) {
        std::vector<qint32> paired;
        for (qint32 k = 0; k < qint32(groupOf.size()); ++k)
            if (groupOf[size_t(k)] >= 0)
                paired.push_back(k);
        const size_t n = std::min(paired.size(), kBackgroundSamples);
        out.clear();
        for (size_t s = 0; s < n; ++s)
            out.push_back(paired[s * paired.size() / n]);
    };
    sample(groupOfA, pairedSampleA);
    sample(groupOfB, pairedSampleB);
    backgroundA.clear();
    backgroundB.clear();
}

// Block `k` of `side` against the sampled paragraphs of the other side: its Dice with each
// (loads the bag), and with `ordered` its share in order too (a diff per sample, so only asked
// for when Dice does not decide).
Aligner::Background &Aligner::background(Side side, qint32 k, bool ordered) {
    const bool isA = side == Side::A;
    Background &bg = (isA ? backgroundA : backgroundB)[k];
    const std::vector<qint32> &others = isA ? pairedSampleB : pairedSampleA;
    auto add = [](Spread &s, double v) {
        s.sum += v;
        s.squares += v * v;
        ++s.count;
    };
    if (bg.dice.count < 0) {
        bg.dice.count = 0;
        bag.load(isA ? a.blockIds(k) : b.blockIds(k));
        for (qint32 o : others)
            add(bg.dice, bag.dice(isA ? b.blockIds(o) : a.blockIds(o)));
    }
    if (ordered && bg.ordered.count < 0) {
        bg.ordered.count = 0;
        for (qint32 o : others)
            add(bg.ordered, isA ? orderedShare(k, o) : orderedShare(o, k));
    }
    return bg;
}

namespace {
// Whether `value` stands out of the two blocks' samples, pooled.
bool above(double value, const Aligner::Spread &x, const Aligner::Spread &y) {
    const double n = double(x.count + y.count);
    if (n < 2)
        return true; // nothing paired to compare with: no background to stand out from
    const double mean = (x.sum + y.sum) / n;
    const double variance = std::max(0.0, (x.squares + y.squares) / n - mean * mean);
    return value >= mean + std::max(kStandOut, kStandOutDeviations * std::sqrt(variance));
}
} // namespace

// Whether A block i and B block j, out of place with Dice `dice`, share clearly more than
// their blocks share with unrelated paragraphs: by their words, or else by the words they keep
// in order (a rewrite keeps the order of what it keeps; two paragraphs of one template share
// words in any order).
bool Aligner::standsOut(qint32 i, qint32 j, double dice) {
    if (above(dice, background(Side::A, i, false).dice, background(Side::B, j, false).dice))
        return true;
    const Background &x = background(Side::A, i, true), &y = background(Side::B, j, true);
    const double shared = x.dice.sum + y.dice.sum;
    if (shared <= 0)
        return true;
    // The share of shared words unrelated paragraphs keep in order, by chance.
    const double inOrder = (x.ordered.sum + y.ordered.sum) / shared;
    return orderedShare(i, j) >= dice * std::min(kMostInOrder, inOrder + kMoreInOrder);
}

bool Aligner::betterElsewhere(qint32 i, qint32 j, double dice) const {
    if (!heedElsewhere)
        return false;
    const auto x = elsewhereA.find(classOfA[size_t(i)]);
    const auto y = elsewhereB.find(j);
    const double best =
        std::max(x == elsewhereA.end() ? 0.0 : x->second, y == elsewhereB.end() ? 0.0 : y->second);
    return dice + kInGapBonus < best;
}

// The share of the longer of A block i and B block j that their longest common subsequence
// of tokens covers.
double Aligner::orderedShare(qint32 i, qint32 j) const {
    const auto x = a.blockIds(i), y = b.blockIds(j);
    qsizetype common = 0;
    for (const EditRun &r : diffSequences(x, y))
        common += r.kind == EditRun::Equal ? r.aLength() : 0;
    return double(common) / double(std::max(x.size(), y.size()));
}

// The free blocks between two matched neighbours, A [a0, a1) and B [b0, b1): the best pairs
// first, each kept when it keeps the order of those taken before.
void Aligner::pairGap(qint32 a0, qint32 a1, qint32 b0, qint32 b1) {
    std::vector<qint32> freeA, freeB;
    for (qint32 i = a0; i < a1; ++i)
        if (groupOfA[size_t(i)] < 0 && !emptyA(i))
            freeA.push_back(i);
    for (qint32 j = b0; j < b1; ++j)
        if (groupOfB[size_t(j)] < 0 && !emptyB(j))
            freeB.push_back(j);
    if (freeA.empty() || freeB.empty())
        return;
    const double threshold =
        freeA.size() == 1 && freeB.size() == 1 ? kLoneGapThreshold : kGapThreshold;
    if (freeA.size() > size_t(kGapBand) || freeB.size() > size_t(kGapBand))
        return walkLongGap(freeA, freeB, threshold);
    struct Pair {
        double score;
        qint32 x, y; // indices into freeA / freeB
    };
    std::vector<Pair> pairs;
    for (size_t x = 0; x < freeA.size(); ++x) {
        bag.load(a.blockIds(freeA[x]));
        for (size_t y = 0; y < freeB.size(); ++y) {
            const double d = bag.dice(b.blockIds(freeB[y]));
            if (d >= threshold && !betterElsewhere(freeA[x], freeB[y], d))
                pairs.push_back({d, qint32(x), qint32(y)});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &p, const Pair &q) {
        return p.score != q.score ? p.score > q.score : std::pair(p.x, p.y) < std::pair(q.x, q.y);
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

// A long gap (a rewrite with no paragraph left intact): walk down the diagonal, each leftover
// of A taking the best of the next few of B, in linear time.
void Aligner::walkLongGap(const std::vector<qint32> &freeA, const std::vector<qint32> &freeB,
                          double threshold) {
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
}

// An unmatched block that lies inside the block its neighbour was matched with, on the
// other side, joins that group: a split (or, mirrored, a merge).
//   A: [x y z]        B: [x y] [z]    ->  [z] lies in A's block, next to [x y]: a split
void Aligner::splitsAndMerges() {
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

// Whether block `k` of `side`, `share` of whose word pairs lie in the other side's block of
// group `g`, lies there by more than it lies in unrelated paragraphs of that side (those paired
// with others, sampled): a text of set phrases has most of its word pairs everywhere.
bool Aligner::containedClearly(qint32 k, Side side, double share, qint32 g) {
    const bool split = side == Side::B;
    const auto &mine = split ? shingleB(k) : shingleA(k);
    const qint32 partner = split ? groups[g].aBegin : groups[g].bBegin;
    double chance = 0;
    for (const qint32 o : split ? pairedSampleA : pairedSampleB) {
        if (o == partner)
            continue;
        const auto &theirs = split ? shingleA(o) : shingleB(o);
        chance = std::max(chance, double(sharedCount(mine, theirs)) / double(mine.size()));
    }
    return share >= chance + kContainedBy;
}

// `k` is an unmatched block of side `side` (B: a split, A: a merge).
void Aligner::attach(qint32 k, Side side) {
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
    if (bestGroup < 0 || !containedClearly(k, side, bestShare, bestGroup))
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

} // namespace sd::align
