// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/editscript.h"

namespace sd {

// The minimal edit script between two sequences of interned token ids.
//
// dtl's O(NP) algorithm runs only on small pieces: common prefix and suffix are stripped, and a
// long remainder is cut at anchors (ids that occur exactly once on each side, kept in order by
// a longest increasing subsequence, as patience diff does) until each piece is small. dtl past
// about two million path points silently stops being minimal, so it never sees a big piece.
EditScript diffSequences(std::span<const int> a, std::span<const int> b);

// The edit script straight from dtl, positions recomputed by walking its SES (its own indices
// are not trusted; see dtl issue #19). Exposed for tests; use diffSequences().
EditScript dtlDiff(std::span<const int> a, std::span<const int> b);

// Largest set of pairs increasing in both coordinates; pairs given sorted by `first`, weights
// per pair. Returns the indices of the chosen pairs, in order. O(n log n).
QList<qsizetype> weightedIncreasingSubsequence(std::span<const std::pair<qsizetype, qsizetype>> pairs,
                                               std::span<const qint64> weights);

} // namespace sd
