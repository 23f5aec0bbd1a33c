// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"
#include "compare/tokenkeys.h"

namespace sd {

struct GroupDiffInput {
    const Document &a;
    const Document &b;
    const TokenSequence &seqA;
    const TokenSequence &seqB;
    const CompareOptions &options;
};

// Word counts that the stats need and the changes do not carry.
struct WordTally {
    qint64 inserted = 0;
    qint64 deleted = 0;
    qint64 replaced = 0; // A-side words of replacements
    qint64 equal = 0;    // words paired unchanged (or changed only in style, link, typography)
};

// The word diff of one group of corresponding blocks, and everything it shows: inserted,
// deleted and replaced words, link changes, formatting changes and typography. Appends to
// `changes` (unsorted) and adds to `tally`. Keeps the word diff in `group.script`.
void diffGroup(const GroupDiffInput &in, BlockGroup &group, QList<Change> &changes,
               WordTally &tally);

// Pairs the tokens of a group whose word diff diffGroup made, into `pairing` (sized for the
// whole documents; groups write disjoint places, so workers may share it).
void pairGroupTokens(const GroupDiffInput &in, const BlockGroup &group, TokenPairing &pairing);

// The edit script of a group after the clean-up pipeline (exposed for tests).
EditScript groupScript(const GroupDiffInput &in, const BlockGroup &group);

} // namespace sd
