// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QTextDocument>

namespace sd {

// Finds `needle` in a pane's document as the story reads, not as the pane stores it: the
// zero-width spaces that let long runs wrap and the padding that evens out rows are skipped,
// and a paragraph cut into pieces (see pieceCuts) reads on across the blank block between two
// of its pieces, `joins` (ascending block numbers). As QTextDocument::find: from `from`
// forwards (a match starting at or after it) or, with FindBackward, backwards (one starting
// before it); case-insensitive unless FindCaseSensitively; FindWholeWords honoured; a no-break
// space matches a space. Returns the match's [start, end) document positions (the end after
// its last character), {-1, -1} when there is none.
QPair<int, int> findInPane(const QTextDocument *doc, const QList<qint32> &joins,
                           const QString &needle, int from, QTextDocument::FindFlags flags);

} // namespace sd
