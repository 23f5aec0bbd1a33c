#pragma once

#include "compare/result.h"
#include "compare/tokenkeys.h"

namespace sd {

// Finds which blocks of A correspond to which blocks of B, near-linearly in the number of blocks:
//  1. anchors: blocks whose content is unique and equal on both sides (as patience diff does);
//  2. similar blocks, found through an index of word pairs (shingles), matched best-first, so a
//     paragraph that moved and was edited is still found;
//  3. splits and merges: a block of B that lies wholly inside the A block whose other part it
//     follows or precedes joins that group (and the mirror for merges);
//  4. moves: the heaviest chain of groups in the same order on both sides stays in place
//     (a weighted longest increasing subsequence); every other group moved.
// Returns the groups in B's order. Blocks without comparable tokens belong to no group.
QList<BlockGroup> alignBlocks(const TokenSequence &a, const TokenSequence &b);

// Dice similarity of two blocks' word-pair sets, 0..1 (exposed for tests).
double blockSimilarity(std::span<const int> a, std::span<const int> b);

} // namespace sd
