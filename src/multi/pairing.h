// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"
#include "compare/tokenkeys.h"

namespace sd {

// The comparison's token pairing (Comparison::pairing) without the moved groups, so that the
// pairs increase on both sides: what a column-by-column table needs. `a` and `b` are the
// sequences of the comparison's documents (buildTokenSequence with its options).
TokenPairing inPlacePairing(const Comparison &c, const TokenSequence &a, const TokenSequence &b);

// Text of comparable tokens [p0, p1) of a document as its reader sees it, with the spacing of
// the source inside a block; blocks joined by `blockSeparator`.
QString sequenceText(const Document &doc, const TokenSequence &seq, qsizetype p0, qsizetype p1,
                     QChar blockSeparator = QLatin1Char(' '));

} // namespace sd
