#pragma once

#include "compare/result.h"
#include "compare/tokenkeys.h"

namespace sd {

// Finds which blocks of A correspond to which blocks of B, in these passes:
//  1. equal blocks in the same order: a diff over whole blocks, each one an id by its content,
//     so repeated blocks ("Read more", a boilerplate line) pair in order too;
//  2. leftovers between the same two matched neighbours pair in order when enough of their
//     words agree (the same paragraph, rewritten in place);
//  3. similar blocks, found through an index of word pairs (shingles), matched best-first, so a
//     paragraph that moved and was edited is still found;
//  4. splits and merges: a block of B that lies wholly inside the A block whose other part it
//     follows or precedes joins that group (and the mirror for merges); then pass 2 again for
//     the gaps the new groups bound;
//  5. moves: the heaviest chain of groups in the same order on both sides stays in place
//     (a weighted longest increasing subsequence); every other group moved.
// Returns the groups in B's order. Blocks without comparable tokens belong to no group.
QList<BlockGroup> alignBlocks(const TokenSequence &a, const TokenSequence &b);

} // namespace sd
