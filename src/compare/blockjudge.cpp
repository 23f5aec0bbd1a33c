// SPDX-License-Identifier: GPL-3.0-or-later
// Block alignment by resemblance, the judging: for each free B block, the A blocks it may pair
// with and how well (Aligner::similarBlocks sorts and takes them), on several threads; the
// blocks alone in a gap with a near-identical partner found without searching elsewhere.
#include "compare/aligner.h"

#include "util/parallel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sd::align {
namespace {

// Short blocks out of place pair from this share of word pairs.
constexpr double kMatchThreshold = 0.45;
// Before pairing by position, only pairs this close are taken wherever they stand (a paragraph
// moved with a few words edited); the rest wait until the neighbours have had their turn.
constexpr double kConfidentDice = 0.8;
// In place with this much Dice, no partner elsewhere can be preferred (more than
// 1 - kInGapBonus), judged among the blocks of gaps up to kCertainGapBlocks on a side.
constexpr double kCertainInPlace = 0.96;
constexpr qint32 kCertainGapBlocks = 16;

// Below this many blocks to work on, a second thread costs more than it saves.
constexpr size_t kParallelBlocks = 512;

qsizetype partsFor(size_t items) {
    return items < kParallelBlocks ? 1 : std::max(1, WorkPool::global().budget());
}

// each(part, n) for every n in [0, count), in `parts` runs of consecutive n, several at once.
template <class Each> void inShares(size_t count, qsizetype parts, const Each &each) {
    runParts(parts, [&](qsizetype part) {
        const size_t from = count * size_t(part) / size_t(parts);
        const size_t to = count * size_t(part + 1) / size_t(parts);
        for (size_t n = from; n < to; ++n)
            each(part, n);
    });
}

} // namespace

void Aligner::makeShingles(Side side, const std::vector<qint32> &blocks) {
    const TokenSequence &seq = side == Side::A ? a : b;
    auto &sets = side == Side::A ? shA : shB;
    auto &have = side == Side::A ? haveA : haveB; // bits: written below, on this thread only
    inShares(blocks.size(), partsFor(blocks.size()), [&](qsizetype, size_t n) {
        if (!have[size_t(blocks[n])])
            sets[size_t(blocks[n])] = shingles(seq.blockIds(blocks[n]));
    });
    for (qint32 k : blocks)
        have[size_t(k)] = true;
}

// Per A block, how many of the blocks `js` expect it (hold it in their expected range).
std::vector<qint32>
Aligner::expectedCover(const std::vector<qint32> &js,
                       const std::vector<std::pair<qint32, qint32>> &expected) const {
    std::vector<qint32> cover(size_t(nA) + 1, 0);
    for (qint32 j : js) {
        ++cover[size_t(expected[size_t(j)].first)];
        --cover[size_t(expected[size_t(j)].second)];
    }
    for (size_t i = 1; i < cover.size(); ++i)
        cover[i] += cover[i - 1];
    return cover;
}

// The pairs of one gap between paired neighbours (the blocks `js[from, to)`, all expecting A's
// [lo, hi)) that judgeSimilar would rank first for both their blocks: each the other's best in
// the gap by Dice (ties to the smaller index, as similarBlocks' order has it), the A block the
// one free block of its content and the gap's alone (no other B block expects it), at
// kCertainInPlace Dice or more, so that no pair out of place can outscore the in-gap bonus.
// Found without looking anywhere else: most edited paragraphs of a lightly edited text are
// these. Adds them to `s` and marks their B blocks in `certain`. Where it can differ from the
// full search: when more than kCandidatesPerBlock other paragraphs share more word pairs with
// the B block than its near-identical partner does, the search never judges that partner; here
// it is paired in place. And the B block's Dice with paragraphs elsewhere is not recorded as
// what they could have elsewhere (elsewhereA): it is taken, so they could not.
// tst_compare checks that both pair alike on texts of a dozen shared words.
void Aligner::certainInGap(const std::vector<qint32> &js, size_t from, size_t to,
                           std::pair<qint32, qint32> range, const GapFacts &facts,
                           std::vector<char> &certain, JudgeScratch &s) const {
    const auto [lo, hi] = range;
    const qint32 wA = hi - lo, wB = qint32(to - from);
    if (wA < 1 || wA > kCertainGapBlocks || wB > kCertainGapBlocks)
        return;
    for (qint32 i = lo; i < hi; ++i)
        if ((*facts.cover)[size_t(i)] != wB)
            return;                           // another gap expects it too
    std::vector<double> &score = s.gapScores; // in-gap candidates' scores
    score.assign(size_t(wA) * size_t(wB), -1.0);
    for (qint32 y = 0; y < wB; ++y) {
        s.bag.load(b.blockIds(js[from + size_t(y)]));
        for (qint32 x = 0; x < wA; ++x)
            if ((*facts.representative)[size_t(lo + x)])
                score[size_t(y) * size_t(wA) + size_t(x)] =
                    s.bag.dice(a.blockIds(lo + x)) + kInGapBonus;
    }
    auto at = [&](qint32 x, qint32 y) { return score[size_t(y) * size_t(wA) + size_t(x)]; };
    for (qint32 y = 0; y < wB; ++y) {
        qint32 best = 0; // j's best A block: the first of the highest
        for (qint32 x = 1; x < wA; ++x)
            best = at(x, y) > at(best, y) ? x : best;
        if (!(*facts.alone)[size_t(lo + best)] || at(best, y) < kCertainInPlace + kInGapBonus)
            continue;
        bool mutual = true; // ... and the A block's best B block: the first of the highest
        for (qint32 z = 0; z < wB && mutual; ++z)
            mutual = z == y || (z < y ? at(best, z) < at(best, y) : at(best, z) <= at(best, y));
        if (!mutual)
            continue;
        const qint32 j = js[from + size_t(y)];
        s.found.push_back({at(best, y), 0, lo + best, j, false});
        certain[size_t(j)] = 1;
    }
}

// judgeSimilar for every block of `js` that is not certainInGap, in shares on several threads
// (each with its own scratch); the candidates in no particular order (similarBlocks sorts them
// by a total order), the best Dice out of place merged into elsewhereA and elsewhereB.
std::vector<Aligner::Candidate> Aligner::judgeAll(const std::vector<qint32> &js,
                                                  bool distinctiveOnly,
                                                  const std::vector<bool> &alone,
                                                  const std::vector<bool> &representative,
                                                  const blockindex::ShingleIndex &index) {
    const auto expected = expectedRanges();
    const std::vector<qint32> cover = expectedCover(js, expected);
    const qsizetype parts = partsFor(js.size());
    std::vector<JudgeScratch> scratch;
    for (qsizetype part = 0; part < parts; ++part)
        scratch.emplace_back(bag.vocabulary(), index.blockCount());
    auto forEachBlock = [&](const std::vector<qint32> &blocks, const auto &each) {
        inShares(blocks.size(), parts,
                 [&](qsizetype part, size_t n) { each(blocks[n], scratch[size_t(part)]); });
    };
    // The gaps: runs of `js` expecting the same range of A.
    std::vector<size_t> gapStarts;
    for (size_t n = 0; n < js.size(); ++n)
        if (n == 0 || expected[size_t(js[n])] != expected[size_t(js[n - 1])])
            gapStarts.push_back(n);
    gapStarts.push_back(js.size());
    const GapFacts facts{&alone, &representative, &cover};
    std::vector<char> certain(size_t(nB), 0);
    std::vector<qint32> gaps(gapStarts.size() - 1);
    std::iota(gaps.begin(), gaps.end(), 0);
    if (!certainGaps)
        gaps.clear();
    forEachBlock(gaps, [&](qint32 g, JudgeScratch &s) {
        const size_t from = gapStarts[size_t(g)], to = gapStarts[size_t(g) + 1];
        certainInGap(js, from, to, expected[size_t(js[from])], facts, certain, s);
    });
    std::vector<qint32> rest;
    for (qint32 j : js)
        if (!certain[size_t(j)])
            rest.push_back(j);
    makeShingles(Side::B, rest);
    forEachBlock(rest, [&](qint32 j, JudgeScratch &s) {
        judgeSimilar(j, distinctiveOnly, index, expected[size_t(j)], s);
    });
    std::vector<Candidate> cands;
    for (JudgeScratch &s : scratch) {
        cands.insert(cands.end(), s.found.begin(), s.found.end());
        for (const auto &[k, dice] : s.elsewhereA)
            elsewhereA[k] = std::max(elsewhereA[k], dice);
        for (const auto &[k, dice] : s.elsewhereB)
            elsewhereB[k] = std::max(elsewhereB[k], dice);
    }
    return cands;
}

// The A blocks (class representatives) that B block `j` may pair with, expected in A at
// [lo, hi): those sharing the most word pairs with it, kept when their Dice passes. Reads only
// what similarBlocks made beforehand (the word pairs of both), writes only `s`.
void Aligner::judgeSimilar(qint32 j, bool distinctiveOnly, const blockindex::ShingleIndex &index,
                           std::pair<qint32, qint32> expected, JudgeScratch &s) const {
    const auto [lo, hi] = expected;
    // (-shared word pairs, block), in no particular order until sorted below
    std::vector<std::pair<qsizetype, qint32>> byShared = index.candidates(shB[size_t(j)], s.lookup);
    if (byShared.empty())
        return;
    blockindex::BagDice &bag = s.bag;
    bag.load(b.blockIds(j));
    const size_t keep = std::min(byShared.size(), kCandidatesPerBlock);
    std::partial_sort(byShared.begin(), byShared.begin() + qsizetype(keep), byShared.end());
    for (size_t n = 0; n < keep; ++n) {
        const qint32 i = byShared[n].second;
        const qsizetype shared = -byShared[n].first;
        const double sizes = double(a.blockSize(i) + b.blockSize(j));
        if (2.0 * double(std::min(a.blockSize(i), b.blockSize(j))) < kGapThreshold * sizes)
            continue; // the lengths alone rule it out
        const double dice = bag.dice(a.blockIds(i));
        if (dice < kGapThreshold)
            continue;
        const bool inGap = i >= lo && i < hi;
        const bool distinctive = std::min(a.blockSize(i), b.blockSize(j)) >= kDistinctiveTokens;
        if (!distinctive && !inGap &&
            2.0 * double(shared) <
                kMatchThreshold * double(shA[size_t(i)].size() + shB[size_t(j)].size()))
            continue;
        if (distinctiveOnly && dice < kConfidentDice) {
            if (!inGap) {
                double &x = s.elsewhereA[classOfA[size_t(i)]], &y = s.elsewhereB[j];
                x = std::max(x, dice);
                y = std::max(y, dice);
            }
            continue;
        }
        const qint32 dist = inGap ? 0 : std::min(std::abs(i - lo), std::abs(i - hi));
        s.found.push_back({dice + (inGap ? kInGapBonus : 0.0), dist, i, j, !inGap});
    }
}

} // namespace sd::align
