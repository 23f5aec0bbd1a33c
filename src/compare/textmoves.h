// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/groupdiff.h"
#include "compare/result.h"
#include "compare/tokenkeys.h"

#include <span>
#include <vector>

namespace sd {

// Moves of text below block level: a run of words deleted in one place and inserted in another
// (a sentence moved from paragraph 2 to paragraph 5, or within one), word for word or with a
// few words edited inside it on the way.

// A run this long, in words, is a move; shorter ones ("at the end of the day", six words) are
// found deleted in one place and inserted in another by chance too often to be called moved.
// An average sentence is twice as long.
inline constexpr qsizetype kMinMovedWords = 8;

// Of a moved run with edits inside, this share of its words at least (on each side) is in both,
// in order: a sentence with two words of eight changed is moved, one with half rewritten is a
// delete and an insert.
inline constexpr int kMinSharedPercent = 70;

// A moved run: positions [aBegin, aEnd) of A's token sequence became [bBegin, bEnd) of B's,
// the same tokens or (an edited move) mostly the same, in order.
struct TextMove {
    qsizetype aBegin = 0, aEnd = 0;
    qsizetype bBegin = 0, bEnd = 0;
    friend bool operator==(const TextMove &, const TextMove &) = default;
};

// One side for findTextMoves: token ids, the block of each position, which positions are free
// (deleted on A, inserted on B, inside a matched group), which are words and, when known,
// which end a sentence (an edited run grows up to a sentence end, never across one).
struct MoveSide {
    std::span<const int> ids;
    std::span<const qint32> blockOf;
    const std::vector<bool> &free;
    const std::vector<bool> &word;
    const std::vector<bool> *sentenceEnd = nullptr;
};

// The runs of free positions, each within one block on each side, of at least `minWords`
// words on A; longest first at each A position, every B position used once. A run is found
// from an equal stretch of four tokens or more and grows over a few edited tokens at a time
// (within three tokens of the same diagonal) while what follows is shared again, up to a
// sentence end; a run that grew keeps kMinSharedPercent of its words on both sides and is whole
// sentences on both (when sentence ends are known).
//   A: [p q r s t] deleted in block 1      B: [p q r s t] inserted in block 4
//   ->  one move {A 1:[0,5) -> B 4:[0,5)} when minWords <= 5
//   A: [p q r s t u v w x .]               B: [p q r S t u v w x .]
//   ->  one move {A [0,10) -> B [0,10)}, "r" -> "S" an edit inside it, when minWords <= 9
std::vector<TextMove> findTextMoves(const MoveSide &a, const MoveSide &b, qsizetype minWords);

// Finds the text moves of a comparison whose groups were diffed (`c.pairing` filled) and
// reports them: a move change per run (its own move id, `inText`), the deletions, insertions and
// replacements they explain trimmed away (of a block deleted or inserted whole too, never all
// of it), the words paired, and `tally` less their words. The edits inside an edited run are
// the word diff of its two sides, reported as deletions, insertions and replacements with the
// move's id; their words stay in `tally` (only in one side).
void reportTextMoves(Comparison &c, const TokenSequence &sa, const TokenSequence &sb,
                     WordTally &tally);

} // namespace sd
