// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "compare/result.h"
#include "pair/panetext.h"

#include <QHash>
#include <QList>
#include <QTextCharFormat>

#include <atomic>
#include <memory>

class QTextDocument;

namespace sd {

// Custom character properties the panes read back for tooltips and clicks.
enum PaneProperty {
    ChangeIndexProperty = QTextFormat::UserProperty + 1, // int: index into Comparison::changes
    OldHrefProperty = QTextFormat::UserProperty + 2,     // QString: a link's previous target
    DescriptionProperty = QTextFormat::UserProperty + 3, // QString: what changed (plain text,
                                                         // first line the kind), for tooltips
};

// Where a document block sits in a pane: its row's QTextBlock and the offset of its text in it.
// Offsets stay valid while the padding at the end of row blocks changes.
struct PanePlace {
    qint32 paneBlock = -1;
    qint32 offset = 0;
};

// One display row. Row r is QTextBlock 2r of both panes (odd blocks are blank spacers), so
// both panes always have the same number of blocks and a row is found in O(log n). An aligned
// row of the comparison is one display row, or several when its text on a side is longer than
// kPaneBlock: it is cut into pieces, one per display row, so that no QTextBlock is ever too
// long to lay out at once; the side with fewer pieces gets empty display rows.
struct RowInfo {
    qint32 row = 0;   // the comparison's aligned row it shows (part of)
    qint8 tintA = -1; // Category, or -1 for none
    qint8 tintB = -1;
    bool emptyA = false; // no text on this side (an empty side, or past its pieces)
    bool emptyB = false;
    qint32 padA = 0; // line separators appended to even out the row's height
    qint32 padB = 0;
};

struct SideBySideLayout {
    QList<RowInfo> rows;
    QList<PanePlace> placesA; // per block of Comparison::a
    QList<PanePlace> placesB;
    QList<qint32> rowOfA; // display row where each block of a starts
    QList<qint32> rowOfB;
    // Where the rows end in the text, the longer side counted (characters plus a line per
    // row): the overview ruler places rows by it whatever has been laid out yet.
    QList<qint64> rowEnd;
    // Zero-width spaces put into runs too long to wrap (see longRunBreaks), per document block
    // that has any: offsets in the block's text before which one stands.
    QHash<qint32, QList<qint32>> breaksA, breaksB;
    // Where the text of a document block is cut into pieces (see pieceCuts), per block that
    // has any: offsets in its text where a display row starts.
    QHash<qint32, QList<qint32>> cutsA, cutsB;
    // Where the pieces of splits and merges meet in the pane that has them as one paragraph
    // (A for splits, B for merges), in pane order: the panes mark each one.
    QList<PanePlace> joinsA, joinsB;

    // Where `offset` in the text of document block `block` (past the prefix) stands in the
    // pane: its QTextBlock and the offset in it (`end` for an exclusive end, which stays at
    // the end of a piece). paneBlock -1 when the block is not shown.
    PanePlace placeOf(Side side, qint32 block, qint32 offset, bool end) const;
    // True when display row `row` continues the paragraph of the one above.
    bool continues(qsizetype row) const {
        return row > 0 && rows.at(row).row == rows.at(row - 1).row;
    }
};

// Fills `left` and `right` with the two versions row by row, with word highlights for the
// changes the filter shows. One edit block per document, formats cached: linear in the text.
// The documents must have no layout yet or belong to the calling thread. Stops early, with
// empty rows, once `cancel` is set.
SideBySideLayout buildSideBySide(const Comparison &c, const Theme &theme,
                                 const CategoryFilter &filter, QTextDocument *left,
                                 QTextDocument *right, const std::atomic_bool *cancel = nullptr);

// Both pane documents built on the calling thread (any thread: they get no layout here) and
// moved to the GUI thread for the panes to take. Null when cancelled.
struct PaneDocuments {
    std::unique_ptr<QTextDocument> left, right;
    SideBySideLayout layout;
};
std::shared_ptr<PaneDocuments> buildPaneDocuments(const Comparison &c, const Theme &theme,
                                                  const CategoryFilter &filter,
                                                  const std::atomic_bool *cancel);

// Shared helpers for the inline builder.
QTextCharFormat styleFormat(const Theme &theme, Styles style, const QString &href, bool heading);
QString blockPrefix(const Block &block); // "• " for list items ...
// The highlight of change `ch` (number `index`) on `side`, and its tooltip `description`
// (describeChange).
void applyChangeFormat(QTextCharFormat &f, const Theme &theme, const Change &ch, int index,
                       Side side, const QString &description);

} // namespace sd
