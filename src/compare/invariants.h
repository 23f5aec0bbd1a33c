// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

namespace sd {

// The promises every finished comparison keeps, checked over the whole result:
//  - every change side and anchor lies within its document, ranges half-open and ordered;
//  - the changes are sorted by anchorB;
//  - groups are non-empty, disjoint, in B's order, shaped as their kind says (a split is one A
//    block to several B blocks ...), and each group's script covers its comparable tokens;
//  - the groups cover both documents: a block with comparable tokens is in a group or was
//    deleted or inserted whole;
//  - the rows walk both documents from start to end, each in-place group in one row of its own;
//  - the token pairing is one to one and sized for both documents.
// Returns false at the first broken promise, naming it in `broken` when given. compareDocuments
// checks it when contracts are on (util/contract.h); tests call it directly.
bool checkComparison(const Comparison &c, QString *broken = nullptr);

} // namespace sd
