// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"
#include "compare/tokenkeys.h"

namespace sd {

// Finds which blocks of A correspond to which blocks of B, near-linearly in the number of blocks,
// whatever their order:
//  1. identical blocks in the same order (a diff over whole blocks, so copies pair in order);
//  2. lost or added paragraph breaks: a block that is consecutive blocks of the other side,
//     joined, of any number (a walk over its tokens, see findConcatenations);
//  3. identical blocks out of order, then near-identical ones, wherever they stand;
//  4. blocks between the same two matched neighbours, by position; then edited blocks out of
//     place by the same rule (Dice over words, through an index of word pairs);
//  5. splits and merges next to a matched block; copies of one paragraph given out in order;
//  6. moves: the heaviest chain of groups in the same order on both sides stays in place
//     (a weighted longest increasing subsequence over the final groups); every other moved.
// Returns the groups in B's order. Blocks without comparable tokens belong to no group.
QList<BlockGroup> alignBlocks(const TokenSequence &a, const TokenSequence &b);

} // namespace sd
