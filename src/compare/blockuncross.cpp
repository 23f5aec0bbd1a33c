// SPDX-License-Identifier: GPL-3.0-or-later
// Pairs that crossed over traded text: a sentence longer than what stays of its paragraph,
// moved into a short paragraph, outweighs what either paragraph keeps, and pairing by
// resemblance takes the two paragraphs that share the sentence. These passes put each
// paragraph back with the one that holds the rest of it; the text moves then find the sentence.

#include "compare/aligner.h"

#include <algorithm>
#include <iterator>

namespace sd::align {

namespace {

// A block holds another when nearly all of the other's word pairs lie in it: all but the one
// pair a sentence inserted into a short paragraph breaks.
constexpr double kHeldWhole = 0.8;

// The share of `mine`'s word pairs found in `in`; 0 for blocks too short to tell.
double heldShare(const std::vector<quint64> &mine, const std::vector<quint64> &in) {
    return mine.size() < 3 ? 0.0 : double(sharedCount(mine, in)) / double(mine.size());
}

// The sorted pairs of `x` that `y` lacks.
std::vector<quint64> without(const std::vector<quint64> &x, const std::vector<quint64> &y) {
    std::vector<quint64> out;
    std::ranges::set_difference(x, y, std::back_inserter(out));
    return out;
}

// Whether `x` holds a third of the pairs of `part`, and two at least: more than the pairs a
// word edited puts in `part` (words edited inside a moved sentence put pairs there that `x`
// cannot hold, so not all of them).
bool coversMost(const std::vector<quint64> &x, const std::vector<quint64> &part) {
    const qsizetype held = sharedCount(part, x);
    return held >= 2 && 3 * held >= qsizetype(part.size());
}

} // namespace

// The free block of `side` whose word pairs lie most in `inside` (a block of the other side),
// with the share that lies there: -1 when none holds kContainThreshold of its pairs.
std::pair<qint32, double> Aligner::heldFreeBlock(Side side, const std::vector<quint64> &inside,
                                                 blockindex::ShingleIndex &index) {
    std::pair<qint32, double> best{-1, kContainThreshold};
    for (const auto &[negShared, k] : index.candidates(inside)) {
        const auto &mine = side == Side::A ? shingleA(k) : shingleB(k);
        const double share = double(-negShared) / double(mine.size());
        if (mine.size() >= 3 && share >= best.second)
            best = {k, share};
    }
    return best;
}

// Whether pairing A block `i` with B block `j` keeps the order of the nearest pairs around
// `j` (group `skip` left out: the pair being undone), looking at most kReach blocks each way.
bool Aligner::fitsBetweenPairs(qint32 i, qint32 j, qint32 skip) const {
    constexpr qint32 kReach = 64;
    for (qint32 o = j - 1; o >= std::max(0, j - kReach); --o) {
        const qint32 g = groupOfB[size_t(o)];
        if (g >= 0 && g != skip) {
            if (groups[g].aEnd > i)
                return false;
            break;
        }
    }
    for (qint32 o = j + 1; o < std::min(nB, j + 1 + kReach); ++o) {
        const qint32 g = groupOfB[size_t(o)];
        if (g >= 0 && g != skip)
            return groups[g].aBegin > i;
    }
    return true;
}

// A long sentence moved into a short paragraph can outweigh what either paragraph keeps:
//   A: [h M p] [c d]   B: [h p] [c M d]   paired by resemblance: (A0, B1), sharing M,
// with A1 deleted and B0 inserted whole, or B0 taken as a piece of A0 split. When each block
// of an edited pair holds a free block of the other side clearly, in what the pair does not
// share (B0 inside A0 less B1, A1 inside B1 less A0), the two pairs traded text: (A0, B0) and (A1,
// B1), and the text moves find M.
void Aligner::uncrossHeldPairs() {
    std::vector<bool> freeA = freeBlocks(Side::A), freeB = freeBlocks(Side::B);
    if (std::ranges::find(freeA, true) == freeA.end() ||
        std::ranges::find(freeB, true) == freeB.end())
        return;
    for (qint32 i = 0; i < nA; ++i)
        if (freeA[size_t(i)])
            shingleA(i);
    for (qint32 j = 0; j < nB; ++j)
        if (freeB[size_t(j)])
            shingleB(j);
    blockindex::ShingleIndex indexA(shA, freeA), indexB(shB, freeB);
    const qsizetype pairs = groups.size();
    for (qint32 g = 0; g < pairs; ++g) {
        const qint32 i = groups[g].aBegin, j = groups[g].bBegin;
        if (groups[g].aEnd != i + 1 || groups[g].bEnd != j + 1 ||
            std::ranges::equal(a.blockIds(i), b.blockIds(j)))
            continue;
        const auto [k, shareK] = heldFreeBlock(Side::A, shingleB(j), indexA);
        if (k < 0 || groupOfA[size_t(k)] >= 0)
            continue;
        const auto [l, shareL] = heldFreeBlock(Side::B, shingleA(i), indexB);
        if (l < 0 || groupOfB[size_t(l)] >= 0)
            continue;
        // What each block of the pair has that the other lacks is largely the free block: a
        // short paragraph sharing stock phrases with a long one explains none of its edits.
        if (!coversMost(shingleB(l), without(shingleA(i), shingleB(j))) ||
            !coversMost(shingleA(k), without(shingleB(j), shingleA(i))))
            continue;
        // Pairs both in place need no more (template text holds its short phrases everywhere);
        // out of place, each block must lie in its partner by more than in unrelated ones.
        const bool inPlace = fitsBetweenPairs(i, l, g) && fitsBetweenPairs(k, j, g);
        if (!inPlace &&
            (!containedClearly(k, Side::A, shareK, g) || !containedClearly(l, Side::B, shareL, g)))
            continue;
        groupOfB[size_t(j)] = -1;
        groups[g].bBegin = l;
        groups[g].bEnd = l + 1;
        groupOfB[size_t(l)] = g;
        match(k, j);
    }
}

// The same trade between pairs a few paragraphs apart, both paired across:
//   A: [h M p] [x] [c d]   B: [h p] [x] [c M d]   paired (A0, B2) sharing M and (A2, B0)
// sharing stock phrases. Taken back to (A0, B0) and (A2, B2) when each of those holds the
// shorter of its two blocks nearly whole (a true swap of two edited paragraphs keeps no such
// share). Looks kSwapReach paragraphs ahead: linear.
void Aligner::uncrossNearbySwaps() {
    constexpr qint32 kSwapReach = 8;
    const auto single = [this](qint32 g) {
        return g >= 0 && groups[g].aEnd == groups[g].aBegin + 1 &&
               groups[g].bEnd == groups[g].bBegin + 1;
    };
    const auto held = [](const std::vector<quint64> &mine, const std::vector<quint64> &in) {
        return heldShare(mine, in) >= kHeldWhole;
    };
    for (qint32 i = 0; i < nA; ++i) {
        const qint32 g = groupOfA[size_t(i)];
        if (!single(g))
            continue;
        for (qint32 k = i + 1; k < std::min(nA, i + 1 + kSwapReach); ++k) {
            const qint32 h = groupOfA[size_t(k)], j = groups[g].bBegin;
            if (!single(h) || groups[h].bBegin >= j)
                continue;
            const qint32 l = groups[h].bBegin;
            const auto &ai = shingleA(i), &ak = shingleA(k), &bj = shingleB(j), &bl = shingleB(l);
            if (!(held(bl, ai) || held(ai, bl)) || !(held(ak, bj) || held(bj, ak)))
                continue;
            groups[g].bBegin = l;
            groups[g].bEnd = l + 1;
            groups[h].bBegin = j;
            groups[h].bEnd = j + 1;
            groupOfB[size_t(l)] = g;
            groupOfB[size_t(j)] = h;
            break;
        }
    }
}

// A paragraph that lost a long sentence keeps too little of itself to pass for its old self by
// resemblance, and stays free: A: [h M p] (free)  B: [h p] (free, same gap). Where one of two
// free blocks between the same pairs holds the other nearly whole, they pair; else the short
// one would pass as a piece of a neighbour's split by the stock phrases it shares.
void Aligner::pairHeldInGaps() {
    constexpr qint32 kGapReach = 16; // free A blocks looked at per B block
    const auto expected = expectedRanges();
    for (qint32 l = 0; l < nB; ++l) {
        if (groupOfB[size_t(l)] >= 0 || emptyB(l))
            continue;
        const auto [lo, hi] = expected[size_t(l)];
        qint32 best = -1;
        double bestShare = kHeldWhole;
        for (qint32 i = lo; i < std::min(hi, lo + kGapReach); ++i) {
            if (groupOfA[size_t(i)] >= 0 || emptyA(i))
                continue;
            const double share =
                std::max(heldShare(shingleB(l), shingleA(i)), heldShare(shingleA(i), shingleB(l)));
            if (share >= bestShare) {
                bestShare = share;
                best = i;
            }
        }
        if (best >= 0)
            match(best, l);
    }
}

} // namespace sd::align
