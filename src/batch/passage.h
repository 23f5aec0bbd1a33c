// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/minhash.h"

#include <QByteArray>

namespace sd {

// Where a shared passage lies in one document: half-open ranges of its blocks and of its words
// (word ordinals in reading order, punctuation not counted, as the CLI's statistics count).
struct PassageSide {
    qint32 firstBlock = 0, endBlock = 0;
    qint32 firstWord = 0, endWord = 0;
    friend bool operator==(const PassageSide &, const PassageSide &) = default;
};

// The best-scoring stretch of text two documents share: the wire story inside a page of other
// articles, the quoted part of a feature. `sharedWords` counts the words of the stretch that
// both have in the same order; 0: nothing shared (then the sides are empty).
struct Passage {
    PassageSide a, b;
    qint32 sharedWords = 0;
    bool found() const { return sharedWords > 0; }
    friend bool operator==(const Passage &, const Passage &) = default;
};

// Local alignment anchored on shared shingles (as passim and textreuse align after their
// candidate search): every kShingleWords-word shingle of `a` that `b` has too is an anchor;
// the longest chain of anchors in the same order in both is scored step by step, a step
// gaining the words its anchors add and losing the words either side skips, and the best local
// stretch of the chain (Smith-Waterman's maximum-subarray rule) is the passage. Linear in the
// words, n log n in the anchors.
Passage sharedPassage(const WordHashes &a, const WordHashes &b);

// {"a":{"blocks":[first,end],"words":[first,end]},"b":{...},"shared_words":n}, or null.
QByteArray passageJson(const Passage &passage);

} // namespace sd
