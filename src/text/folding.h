// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace sd {

// Typographic folding: the spellings an editor's software changes without changing a word.
//   “quoted” ‘x’ «x» -> "quoted" 'x' "x"      didn’t -> didn't
//   — – ― ‒ − -- ---  -> -                    …      -> ...
//   non-breaking and thin spaces -> space
// Two spans that differ before folding and agree after it are a `typography` change.
QString foldTypography(QStringView text);

// True when folding could change `text` (a cheap test that keeps ASCII prose copy-free).
bool needsTypographyFold(QStringView text);

// Case folding for --ignore-case (full Unicode case folding, so "STRASSE" ~ "straße").
QString foldCase(QStringView text);

} // namespace sd
