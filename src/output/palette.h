// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

#include <QString>

#include <array>

namespace sd {

// The colours of change kinds, as 0xRRGGBB, shared by the app's Theme (which derives tints and
// the rest from the system palette) and the HTML report: the one source of the diff colours.
// Hues are chosen so that red and green never carry the meaning alone: replaced is amber,
// moved violet, links blue; the legend names each one.
struct ChangeColors {
    quint32 marker;    // strong, opaque: ruler, connector, legend swatches, report outlines
    quint32 highlight; // behind the changed words
};
ChangeColors categoryColors(Category c, bool dark);
// Per kind: the category's colours, with their own shades for removed and changed links.
quint32 highlightColor(ChangeKind kind, bool dark);

// The strong colour of a kind: its category's marker, with their own hues for removed and
// changed links (matching highlightColor).
quint32 markerColor(ChangeKind kind, bool dark);

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21) of 0xRRGGBB colours.
double relativeLuminance(quint32 rgb);
double contrastRatio(quint32 a, quint32 b);
// `from` mixed towards `to` by t (0..1), per channel.
quint32 mixRgb(quint32 from, quint32 to, double t);

// WCAG 2: 3:1 for what is not text (1.4.11), 4.5:1 for text (1.4.3).
constexpr double kMinHighlightContrast = 3.0;
constexpr double kMinTextContrast = 4.5;

// The shades laid on a page of colour `base` with text of colour `text` (0xRRGGBB), for the
// app's theme and the HTML report alike. Row tints: each category's marker mixed far towards
// the page, so that words stand out in them. Highlights: per kind the faintest colour on the
// way from its soft shade (highlightColor) through its marker on to black or white (away from
// the page) that stands out by kMinHighlightContrast from the page and every row tint (a
// change of any kind can stand in a row of any tint); their text is `text` where it reads at
// kMinTextContrast, else black or white, whichever reads better.
struct PageShades {
    std::array<quint32, kCategoryCount> rowTint;
    std::array<quint32, kChangeKindCount> highlight;
    std::array<quint32, kChangeKindCount> highlightText;
};
PageShades pageShades(quint32 base, quint32 text, bool dark);

// "#rrggbb"
QString cssColor(quint32 rgb);

} // namespace sd
