// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/editscript.h"

namespace sd {

// Clean-up passes over an edit script, run in this fixed order by the word diff. Each is a pure
// function: script in, script out, the script stays valid (isValidScript) throughout.

// 1. One edit region between two equal runs becomes at most one Delete then one Insert:
//      [Ins b][Del a][Ins c]  ->  [Del a][Ins b c]
EditScript normalizeScript(const EditScript &script);

// 2. Slides a pure insertion or deletion along the text while that leaves B (or A) unchanged,
//    to the place where its ends sit on the best boundaries. `scoreA`/`scoreB` give, for every
//    position 0..n, how good a cut before that position is (higher is better):
//      A: "said . He left ."  B: "said . He came . He left ."
//      dtl may insert ". He came" after "said"; sliding gives "He came ." after "said .".
EditScript shiftEditsToBoundaries(const EditScript &script, std::span<const int> a,
                                  std::span<const int> b, std::span<const qint8> scoreA,
                                  std::span<const qint8> scoreB);

// 3. An equal island of at most `maxIsland` tokens between two edits, each at least as long as
//    the island, joins them into one replacement (an editor reads one rewrite, not three edits):
//      A: "the big old house"  B: "the large old home"
//      [big->large] old [house->home]  ->  [big old house -> large old home]
//    Islands are kept where they stand at a block boundary (`blockOfA`/`blockOfB` give the block
//    of each position; empty spans mean one block).
EditScript absorbEqualIslands(const EditScript &script, qsizetype maxIsland,
                              std::span<const qint32> blockOfA = {},
                              std::span<const qint32> blockOfB = {});

} // namespace sd
