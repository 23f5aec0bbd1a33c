#pragma once

#include "common/theme.h"
#include "compare/result.h"

#include <QList>
#include <QTextCharFormat>

class QTextDocument;

namespace sd {

// Custom character properties the panes read back for tooltips and clicks.
enum PaneProperty {
    ChangeIndexProperty = QTextFormat::UserProperty + 1, // int: index into Comparison::changes
    OldHrefProperty = QTextFormat::UserProperty + 2,     // QString: a link's previous target
    DescriptionProperty = QTextFormat::UserProperty + 3, // QString: what changed, for tooltips
};

// Where a document block sits in a pane: its row's QTextBlock and the offset of its text in it.
// Offsets stay valid while the padding at the end of row blocks changes.
struct PanePlace {
    qint32 paneBlock = -1;
    qint32 offset = 0;
};

// One aligned row. Row r is QTextBlock 2r of both panes (odd blocks are blank spacers), so
// both panes always have the same number of blocks and a row is found in O(log n).
struct RowInfo {
    qint8 tintA = -1; // Category, or -1 for none
    qint8 tintB = -1;
    bool emptyA = false;
    bool emptyB = false;
    qint32 padA = 0; // line separators appended to even out the row's height
    qint32 padB = 0;
};

struct SideBySideLayout {
    QList<RowInfo> rows;
    QList<PanePlace> placesA; // per block of Comparison::a
    QList<PanePlace> placesB;
    QList<qint32> rowOfA; // row index of each block of a
    QList<qint32> rowOfB;
};

// Fills `left` and `right` with the two versions row by row, with word highlights for the
// changes the filter shows. One edit block per document, formats cached: linear in the text.
SideBySideLayout buildSideBySide(const Comparison &c, const Theme &theme,
                                 const CategoryFilter &filter, QTextDocument *left,
                                 QTextDocument *right);

// Shared helpers for the inline builder.
QTextCharFormat styleFormat(const Theme &theme, Styles style, const QString &href,
                            bool heading);
QString blockPrefix(const Block &block); // "• " for list items ...
void applyChangeFormat(QTextCharFormat &f, const Theme &theme, const Change &ch, int index,
                       Side side);

} // namespace sd
