#pragma once

#include "compare/result.h"
#include "compare/tokenkeys.h"

#include <vector>

namespace sd {

// Which comparable token of B each comparable token of A became (and back), read off the
// groups' word diffs. Positions are those of buildTokenSequence with the comparison's options.
struct TokenPairing {
    std::vector<qsizetype> partnerOfA; // -1: not paired
    std::vector<qsizetype> partnerOfB;
};

// `inPlaceOnly` leaves out moved groups, so that the pairs increase on both sides: what a
// column-by-column table needs. Without it, moved words keep their partners: what tracing a
// word's history needs.
// `everyEqualWord` also pairs equal words inside replacements (the clean-up absorbs short
// equal islands into one replacement for the reader; a word's history must not lose them).
TokenPairing pairTokens(const Comparison &c, const TokenSequence &a, const TokenSequence &b,
                        bool inPlaceOnly, bool everyEqualWord = false);

// Text of comparable tokens [p0, p1) of a document as its reader sees it, with the spacing of
// the source inside a block; blocks joined by a space.
QString sequenceText(const Document &doc, const TokenSequence &seq, qsizetype p0, qsizetype p1);

} // namespace sd
