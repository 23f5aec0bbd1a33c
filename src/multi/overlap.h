// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/options.h"
#include "document/document.h"

#include <QList>
#include <atomic>
#include <optional>

namespace sd {

// The similarity matrix from each version's words alone, without comparing them: cell (i, j)
// is 2 |Wi ∩ Wj| / (|Wi| + |Wj|) over the multisets of comparable tokens (the keys the
// comparisons use), 1 on the diagonal and where both are empty. Each version's words are
// counted once and each pair costs one merge of two sorted lists, so N versions cost N sorts
// and N(N-1)/2 linear merges instead of N(N-1)/2 full comparisons. Order is not looked at: a
// moved paragraph keeps its words. nullopt when cancelled.
std::optional<QList<QList<double>>> overlapMatrix(const QList<Document> &documents,
                                                  const CompareOptions &options,
                                                  const std::atomic_bool *cancel = nullptr);

} // namespace sd
