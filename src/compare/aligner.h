// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The state of one block alignment (see blockalign.h), internal to the compare/ passes. Its
// steps live in four files: blockalign.cpp pairs blocks by their whole content and orders the
// result (exact pairs, concatenations, moves); blocksimilar.cpp pairs them by resemblance (word
// pairs, unique words, position between matched neighbours, splits and merges next to a pair),
// with blockjudge.cpp judging the candidates; blockuncross.cpp undoes pairs that crossed over a
// long moved sentence.

#include "compare/blockindex.h"
#include "compare/result.h"
#include "compare/tokenkeys.h"

#include <unordered_map>
#include <vector>

namespace sd::align {

// Blocks this long (in comparable tokens) are told apart by their words alone, so they pair
// wherever they stand before blocks are paired by position; shorter ones ("CHAPTER IX.") pair
// by position first and, out of place, only by word pairs (kMatchThreshold).
inline constexpr qsizetype kDistinctiveTokens = 8;
// A block lies inside another when this share of its word pairs is found there.
inline constexpr double kContainThreshold = 0.6;
// A partner in place is preferred to one elsewhere up to this much Dice.
inline constexpr double kInGapBonus = 0.05;
// Blocks judged by their words, per block, among those sharing the most word pairs with it.
inline constexpr size_t kCandidatesPerBlock = 12;
// Blocks left over between the same two matched neighbours pair up from this share of words
// (Dice over the word multisets: kinder to short, heavily edited paragraphs than word pairs).
inline constexpr double kGapThreshold = 0.5;

quint64 mix(quint64 h, quint64 v);
// A block's identity by content (equal ids give equal signatures).
quint64 signature(std::span<const int> ids);
// Sorted, unique hashes of consecutive id pairs; one-token blocks use the id alone.
std::vector<quint64> shingles(std::span<const int> ids);
// How many word pairs two sorted sets share.
qsizetype sharedCount(const std::vector<quint64> &x, const std::vector<quint64> &y);

struct Aligner {
    const TokenSequence &a;
    const TokenSequence &b;
    qint32 nA, nB;
    // Word-pair sets, made on first use: most blocks pair up exactly and never need theirs.
    std::vector<std::vector<quint64>> shA, shB;
    std::vector<bool> haveA, haveB;
    std::vector<qint32> groupOfA, groupOfB; // -1 unmatched
    // Content class of every A block (identical blocks share one), made by exactInOrder().
    std::vector<qint32> classOfA;
    std::vector<quint64> signatureOfB;
    // Best Dice each free block (A: by content class) has out of place, from the first pass:
    // pairing by position must not take a worse partner in place (a swap of two paragraphs
    // that share words, both edited).
    std::unordered_map<qint32, double> elsewhereA;
    std::unordered_map<qint32, double> elsewhereB;
    bool heedElsewhere = false;
    // certainInGap's shortcut (tests turn it off to check it finds what the full search does).
    bool certainGaps = true;
    // How much two unrelated paragraphs of these documents share, per block: its best Dice and
    // best share in order against paragraphs of the other document already paired with others
    // (a few, spread evenly). Text written from a small vocabulary (a template, a form letter)
    // shares most words between any two paragraphs; a pair out of place must stand out.
    struct Spread { // of one measure over the samples: sums of values and of their squares
        double sum = 0, squares = 0;
        qint32 count = -1; // -1: not measured yet
    };
    struct Background {
        Spread dice, ordered;
    };
    std::vector<qint32> pairedSampleA, pairedSampleB;
    std::unordered_map<qint32, Background> backgroundA, backgroundB;
    QList<BlockGroup> groups;
    blockindex::BagDice bag;

    Aligner(const TokenSequence &sa, const TokenSequence &sb);
    QList<BlockGroup> run();

    const std::vector<quint64> &shingleA(qint32 i);
    const std::vector<quint64> &shingleB(qint32 j);
    bool emptyA(qint32 i) const { return a.blockSize(i) == 0; }
    bool emptyB(qint32 j) const { return b.blockSize(j) == 0; }
    void match(qint32 i, qint32 j);
    // Blocks of one side with no group yet and something to compare.
    std::vector<bool> freeBlocks(Side side) const;
    // Where in A each B block is expected, from the matched blocks around it: [lo, hi).
    std::vector<std::pair<qint32, qint32>> expectedRanges() const;

    // blockalign.cpp
    void exactInOrder();
    void exactAnywhere();
    void concatenations();
    void orderRepeatedPairs();
    void classifyAndMove();

    // blocksimilar.cpp
    struct Candidate {
        double score;
        qint32 distance;
        qint32 i, j; // i: the class's representative
        // Out of place: taken only if it stands out from the background, which is measured
        // when the candidate's turn comes (most are never reached: their B block pairs first).
        bool outOfPlace = false;
    };
    // What judging one share of the B blocks writes: the lookups' and Dice's tables, the
    // candidates found and the best Dice out of place, merged once every share is judged.
    struct JudgeScratch {
        JudgeScratch(size_t vocabulary, size_t blocksA) : bag(vocabulary), lookup(blocksA) {}
        blockindex::BagDice bag;
        blockindex::ShingleIndex::Scratch lookup;
        std::vector<Candidate> found;
        std::unordered_map<qint32, double> elsewhereA, elsewhereB;
        std::vector<double> gapScores; // certainInGap's table, kept between gaps
    };
    void similarBlocks(bool distinctiveOnly);
    // The word pairs of the blocks given that have none yet, made on several threads.
    void makeShingles(Side side, const std::vector<qint32> &blocks);
    std::vector<Candidate> judgeAll(const std::vector<qint32> &js, bool distinctiveOnly,
                                    const std::vector<bool> &alone,
                                    const std::vector<bool> &representative,
                                    const blockindex::ShingleIndex &index);
    struct GapFacts { // per A block: what certainInGap needs to know
        const std::vector<bool> *alone, *representative;
        const std::vector<qint32> *cover;
    };
    void certainInGap(const std::vector<qint32> &js, size_t from, size_t to,
                      std::pair<qint32, qint32> range, const GapFacts &facts,
                      std::vector<char> &certain, JudgeScratch &s) const;
    std::vector<qint32> expectedCover(const std::vector<qint32> &js,
                                      const std::vector<std::pair<qint32, qint32>> &expected) const;
    void judgeSimilar(qint32 j, bool distinctiveOnly, const blockindex::ShingleIndex &index,
                      std::pair<qint32, qint32> expected, JudgeScratch &s) const;
    void anchoredBlocks();
    void orderedBlocks();
    double orderedShare(qint32 i, qint32 j) const;
    void sampleBackground();
    Background &background(Side side, qint32 k, bool ordered);
    bool standsOut(qint32 i, qint32 j, double dice);
    void gapPairs();
    bool betterElsewhere(qint32 i, qint32 j, double dice) const;
    void pairGap(qint32 a0, qint32 a1, qint32 b0, qint32 b1);
    void walkLongGap(const std::vector<qint32> &freeA, const std::vector<qint32> &freeB,
                     double threshold);

    // blockuncross.cpp
    std::pair<qint32, double> heldFreeBlock(Side side, const std::vector<quint64> &inside,
                                            blockindex::ShingleIndex &index);
    bool fitsBetweenPairs(qint32 i, qint32 j, qint32 skip) const;
    void uncrossHeldPairs();
    void uncrossNearbySwaps();
    void pairHeldInGaps();
    void splitsAndMerges();
    void attach(qint32 k, Side side);
    bool containedClearly(qint32 k, Side side, double share, qint32 g);
};

} // namespace sd::align
