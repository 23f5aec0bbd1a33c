#pragma once

#include "compare/result.h"

#include <QByteArray>

namespace sd {

struct TextStyle {
    bool color = false; // ANSI colours instead of [-…-]{+…+} markers
};

// A word diff for a terminal: every paragraph of the "to" version in reading order, deleted
// words as [-…-] and inserted ones as {+…+} (or coloured), deleted paragraphs where they were,
// and below each paragraph one line per change that words alone do not show:
//
//   Prior to the meeting with Trump, Lavrov held talks with Tillerson ...
//     ~ link added on "talks" -> #
QByteArray comparisonToText(const Comparison &c, const TextStyle &style);

// "3 inserted, 2 deleted words; 1 moved paragraph; similarity 0.93"
QString statsSummary(const Comparison &c);

} // namespace sd
