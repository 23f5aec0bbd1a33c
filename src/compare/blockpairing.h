// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>
#include <utility>
#include <vector>

namespace sd {

// Small pure steps of block alignment (see blockalign.h), each testable on its own.

// Repeated identical paragraphs are interchangeable: among the one-to-one pairs whose A block
// has the same content class, hand out the partners in order, so that a run of repeated
// paragraphs never crosses itself and the edited one stays where it was.
//   classes A: [p p p]   pairs (0,1) (1,2) (2,0)   ->   (0,0) (1,1) (2,2)
// `pairs` are (A block, B block); `classOfA[i]` is A block i's content class. Returns the pairs
// with partners reassigned, in the same slots.
std::vector<std::pair<qint32, qint32>>
orderIdenticalPartners(std::vector<std::pair<qint32, qint32>> pairs,
                       std::span<const qint32> classOfA);

// A block of one side that is the concatenation of consecutive blocks of the other side (a
// merge; mirrored, a split), found by walking the long block's tokens and matching whole
// pieces that start at the current position, through an index of each piece's first tokens:
// linear in the tokens, whatever the number of pieces.
//   pieces: [a b] [c] [d e f]    long: [a b c d e f]    ->  pieces [0, 3) cover all 6 tokens
struct Concatenation {
    qint32 longBlock = -1;
    qint32 pieceBegin = 0, pieceEnd = 0; // consecutive piece blocks [begin, end)
    qsizetype coveredTokens = 0;         // tokens of the long block matched by whole pieces
};

// `blocks(k)` gives block k's token ids on each side; only blocks flagged free take part.
// A long block is reported when at least two pieces in consecutive order cover at least
// `minShare` of both its tokens and the pieces' tokens.
struct BlockView {
    std::span<const int> ids;
    std::span<const qsizetype> begins; // per block, first position; begins[n] = ids.size()
    qint32 count() const { return qint32(begins.size()) - 1; }
    std::span<const int> block(qint32 k) const {
        return ids.subspan(size_t(begins[size_t(k)]),
                           size_t(begins[size_t(k) + 1] - begins[size_t(k)]));
    }
};
std::vector<Concatenation> findConcatenations(const BlockView &longSide,
                                              const std::vector<bool> &freeLong,
                                              const BlockView &pieceSide,
                                              const std::vector<bool> &freePiece, double minShare);

// Words found in one block only of each document tie those two blocks together wherever they
// stand (the anchors of patience diff, by block). Unrelated paragraphs cannot share such a
// word, however many common ones they share; a paragraph rewritten by half keeps the rest of
// its own ("Okafor" twice in it and nowhere else still ties it).
//   A: [x k1 k2] [y]   B: [y] [k2 z k1]   (x, y, z also elsewhere)  ->  pair (0, 1) shares 2
// Pairs are reported for free blocks only, in order of A block; `uniqueInA[i]` counts the
// distinct words of A block i found in no other block of A (whatever B has), likewise B.
struct AnchorPair {
    qint32 a = -1, b = -1;
    qint32 shared = 0;
    friend bool operator==(const AnchorPair &, const AnchorPair &) = default;
};
struct UniqueAnchors {
    std::vector<AnchorPair> pairs;
    std::vector<qint32> uniqueInA, uniqueInB;
};
UniqueAnchors uniqueWordAnchors(const BlockView &a, const std::vector<bool> &freeA,
                                const BlockView &b, const std::vector<bool> &freeB);

} // namespace sd
