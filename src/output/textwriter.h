// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

#include <QByteArray>

namespace sd {

struct TextStyle {
    static constexpr qint32 kWholeDocument = -1;
    bool color = false; // ANSI colours instead of [-…-]{+…+} markers
    // Unchanged paragraphs shown around each change (diff -U); kWholeDocument: every paragraph,
    // without hunk headers.
    qint32 context = 1;
};

// A word diff for a terminal: the paragraphs of the "to" version in reading order, deleted
// words as [-…-] and inserted ones as {+…+} (or coloured), deleted paragraphs where they were,
// and below each paragraph one line per change that words alone do not show. Only the changed
// paragraphs and `style.context` paragraphs around them are shown, in hunks headed
// "@@ ¶12-14 -> ¶12-15 @@" (paragraphs of the "from" and the "to" version, 1-based):
//
//   Prior to the meeting with Trump, Lavrov held talks with Tillerson ...
//     ~ link added on "talks" -> #
QByteArray comparisonToText(const Comparison &c, const TextStyle &style);

// "3 words inserted, 2 deleted; 1 moved paragraph; similarity 0.93"
QString statsSummary(const Comparison &c);

} // namespace sd
