// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

#include <atomic>

namespace sd {

// Compares two versions. `cancel`, when given, is polled; a cancelled comparison returns early
// with whatever it had (the caller throws it away). `progress`, when given, is raised from 0 to
// 100 as the work goes on, for a progress bar to poll.
//
// Every change has both anchors set: `anchorA` and `anchorB` say where it stands, or would
// stand, in each version (an Anchor whose block is the block count means "at the end"), so a
// pure insertion still has a place in A and a pure deletion one in B. `fromIndex`/`toIndex`
// are left 0 and 1: callers comparing more versions set them.
Comparison compareDocuments(const Document &a, const Document &b, const CompareOptions &options,
                            const std::atomic_bool *cancel = nullptr,
                            std::atomic_int *progress = nullptr);

} // namespace sd
