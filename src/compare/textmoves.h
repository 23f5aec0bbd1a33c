// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/groupdiff.h"
#include "compare/result.h"
#include "compare/tokenkeys.h"

#include <span>
#include <vector>

namespace sd {

// Moves of text below block level: a run of words deleted in one place and inserted, word for
// word, in another (a sentence moved from paragraph 2 to paragraph 5, or within one).

// A run this long, in words, is a move; shorter ones ("at the end of the day", six words) are
// found deleted in one place and inserted in another by chance too often to be called moved.
// An average sentence is twice as long.
inline constexpr qsizetype kMinMovedWords = 8;

// A moved run: positions [aBegin, aEnd) of A's token sequence are [bBegin, bEnd) of B's.
struct TextMove {
    qsizetype aBegin = 0, aEnd = 0;
    qsizetype bBegin = 0, bEnd = 0;
    friend bool operator==(const TextMove &, const TextMove &) = default;
};

// One side for findTextMoves: token ids, the block of each position, which positions are free
// (deleted on A, inserted on B, inside a matched group) and which are words.
struct MoveSide {
    std::span<const int> ids;
    std::span<const qint32> blockOf;
    const std::vector<bool> &free;
    const std::vector<bool> &word;
};

// The runs of free positions, each within one block on each side, equal on both sides and of
// at least `minWords` words; longest first at each A position, every B position used once.
//   A: [p q r s t] deleted in block 1      B: [p q r s t] inserted in block 4
//   ->  one move {A 1:[0,5) -> B 4:[0,5)} when minWords <= 5
std::vector<TextMove> findTextMoves(const MoveSide &a, const MoveSide &b, qsizetype minWords);

// Finds the text moves of a comparison whose groups were diffed (`c.pairing` filled) and
// reports them: a move change per run (its own move id, `inText`), the deletions, insertions and
// replacements they explain trimmed away (of a block deleted or inserted whole too, never all
// of it), the words paired, and `tally` less their words.
void reportTextMoves(Comparison &c, const TokenSequence &sa, const TokenSequence &sb,
                     WordTally &tally);

} // namespace sd
