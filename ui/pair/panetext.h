// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the pane builders (side by side and inline) do to a document's text so that Qt can lay
// it out quickly and draw it: breaks in overlong runs, pieces of overlong paragraphs, upright
// letters where the italic face has none.

#include <QList>
#include <QString>
#include <QStringView>

class QTextDocument;

namespace sd {

// A run of text with no break opportunity is laid out in time quadratic in its length
// (QTextLayout looks for a word boundary before it breaks anywhere), so runs longer than
// kLongRun get a zero-width space every kRunChunk characters: the offsets in `text` before
// which one goes (never inside a surrogate pair).
constexpr qsizetype kLongRun = 256;
constexpr qsizetype kRunChunk = 128;
QList<qint32> longRunBreaks(QStringView text);
// A QTextBlock is laid out whole whenever it is (painting it, padding it, a resize): a
// paragraph longer than kPaneBlock characters would hold the GUI thread for seconds, so it is
// shown in pieces of at most kPaneBlock, each its own display row: the offsets in `text` where
// a piece starts, after a space in the second half of the piece where there is one, else at
// its end (never inside a surrogate pair). The first piece has room for kPaneBlock - `used`
// (what the row's block holds already), and at least one character.
constexpr qsizetype kPaneBlock = 8192;
QList<qint32> pieceCuts(QStringView text, qsizetype used = 0);
// `text` with U+200B before each of `breaks` (ascending offsets into it).
QString withBreaks(QStringView text, const QList<qint32> &breaks);

// Italic text in a script the italic face has no letters for (Arabic in DejaVu Sans Oblique)
// would show as empty boxes: those characters go upright, in the face that has them (the
// scripts concerned mostly have no italics of their own).
void uprightWhereItalicLacksGlyphs(QTextDocument *doc);

} // namespace sd
