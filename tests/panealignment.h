// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the side-by-side GUI tests: whether the two panes agree on what they show.

#include "pair/panebuilder.h"
#include "pair/sidebysideview.h"
#include "text/visible.h"

#include <QTest>
#include <QTextBlock>

namespace panetest {

// One side of an aligned row as its panes show it: the paragraphs with their prefixes, a blank
// line between two sharing the row.
inline QString rowSideText(const sd::Comparison &c, const sd::AlignedRow &row, sd::Side side) {
    QStringList parts;
    for (qint32 b = row.begin(side); b < row.end(side); ++b) {
        const sd::Block &block = c.document(side).blocks.at(b);
        parts << sd::blockPrefix(block) + sd::visibleControls(block.text);
    }
    return parts.join(QString(2, QChar::LineSeparator));
}

// Empty when both panes show the same top row and every row on screen starts at the same
// height in both, else what disagrees.
inline QString misalignment(sd::SideBySideView *v) {
    using sd::Side;
    sd::DiffPane *l = v->leftPane(), *r = v->rightPane();
    if (l->topBlock().blockNumber() / 2 != r->topBlock().blockNumber() / 2)
        return QStringLiteral("top rows %1 and %2")
            .arg(l->topBlock().blockNumber() / 2)
            .arg(r->topBlock().blockNumber() / 2);
    const auto [first, last] = v->visibleRows();
    if (last < first)
        return QStringLiteral("no visible rows");
    // And the rows still read as the story does: padding never eats into the text. A row cut
    // into pieces shows a part of its text in each.
    const sd::Comparison *c = v->comparison();
    const sd::SideBySideLayout &layout = v->layout();
    for (int row = first; row <= last; ++row) {
        const sd::RowInfo &info = layout.rows.at(row);
        const bool cut =
            layout.continues(row) || (row + 1 < layout.rows.size() && layout.continues(row + 1));
        for (Side side : {Side::A, Side::B}) {
            const sd::AlignedRow &aligned = c->rows.at(info.row);
            if (side == Side::A ? info.emptyA : info.emptyB)
                continue;
            QString shown = v->rowBlock(row, side).text();
            shown.remove(QChar(0x200B));
            if (cut) {
                while (shown.endsWith(QChar::LineSeparator))
                    shown.chop(1); // the padding
                if (shown.isEmpty() || !rowSideText(*c, aligned, side).contains(shown))
                    return QStringLiteral("row %1 does not show a piece of its text").arg(row);
                continue;
            }
            const QString &want = c->document(side).blocks.at(aligned.end(side) - 1).text;
            if (!shown.contains(want))
                return QStringLiteral("row %1 does not show its last paragraph").arg(row);
        }
    }
    for (int row = first; row <= last; ++row) {
        const qreal ya = l->blockRect(v->rowBlock(row, Side::A)).top();
        const qreal yb = r->blockRect(v->rowBlock(row, Side::B)).top();
        if (qAbs(ya - yb) > 0.5)
            return QStringLiteral("row %1 at y %2 and %3").arg(row).arg(ya).arg(yb);
    }
    return {};
}

} // namespace panetest

#define VERIFY_ALIGNED(view)                                                                       \
    do {                                                                                           \
        const QString why = panetest::misalignment(view);                                          \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                  \
    } while (false)
