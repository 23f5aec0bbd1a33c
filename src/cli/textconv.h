// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QString>

namespace sd {

// Characters a terminal would act on instead of showing (C0 and C1 controls but tab and line
// feed, DEL, and the bidirectional overrides and isolates that reorder a line) written as
// "<U+001B>"; everything else as it is.
QString withVisibleControls(const QString &text);

// The prose of a document for `git diff` with a textconv driver: its paragraphs in reading
// order, one blank line between them, control characters made visible. UTF-8.
QByteArray documentAsText(const Document &document);

} // namespace sd
