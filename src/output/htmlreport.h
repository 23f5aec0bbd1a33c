// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"
#include "multi/multicompare.h"

#include <QByteArray>
#include <QList>

namespace sd {

// One self-contained HTML file: no scripts, no external resources (styles inline), every piece
// of text from the inputs escaped. Shows the documents' metadata, each comparison side by side
// with the app's colours and legend, its statistics and the list of changes with anchors, and
// with three or more versions the collation table.
QByteArray htmlReport(const QList<Document> &documents, qsizetype base,
                      const QList<Comparison> &comparisons, const MultiResult *multi = nullptr);

} // namespace sd
