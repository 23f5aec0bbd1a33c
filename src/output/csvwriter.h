// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace sd {

// `--format csv`: one row per change of every comparison, for spreadsheets and databases.
// RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line break quoted and
// their quotes doubled; UTF-8 without BOM. The columns are kCsvColumns; block lists are space-
// separated numbers, and an unknown source position leaves its cells empty. A text cell that
// a spreadsheet would take for a formula (it starts with = + - @, a tab or a CR) starts with
// an apostrophe instead, so that opening a story's diff never runs what it says.
extern const QList<const char *> kCsvColumns;
QByteArray comparisonsToCsv(const QList<Comparison> &comparisons);

// One field as RFC 4180 wants it, neutralised against formula injection (see above).
QByteArray csvField(QStringView text);

} // namespace sd
