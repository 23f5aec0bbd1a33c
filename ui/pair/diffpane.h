// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "pair/panebuilder.h"

#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>

#include <memory>

namespace sd {

// A read-only text pane that shows one version. It knows nothing about comparisons: it shows
// a prepared QTextDocument, explains links and changes in tooltips, and reports clicks.
class DiffPane : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit DiffPane(QWidget *parent = nullptr);

    // Geometry of a QTextBlock in viewport coordinates (public for the connector and ruler).
    QRectF blockRect(const QTextBlock &block) const;
    int lineHeight() const;
    int visibleLineCount() const;
    QTextBlock topBlock() const { return firstVisibleBlock(); }
    // The number of the last block at least partly inside the viewport (-1 for none). Asks the
    // geometry of the blocks on screen only: nothing below the view is laid out for it.
    int lastVisibleBlock() const;

    // Shows a document made for this pane (on any thread, already moved to this one) and
    // owns it; the previous one goes once the pane has let go of it.
    // `layout` (a QPlainTextDocumentLayout of `doc`) when the view needs its own.
    void showDocument(std::unique_ptr<QTextDocument> doc,
                      QPlainTextDocumentLayout *layout = nullptr);
    // Lays every block out afresh at the pane's width (each counts one line until painted).
    void relayout();

    // Scrolls so that document position `pos` stands a third of the way down.
    void scrollToPosition(int pos);
    // Shows the top line at a whole pixel. QPlainTextEdit keeps the sub-pixel remainder of each
    // scroll (topLineFracture) in its content offset, so that where a line is drawn depends on
    // how the pane got there: two panes on the same line can stand up to a pixel apart.
    void dropSubPixelScroll();

    // Marks [start, end) ranges as the current change; `flash` makes them blink first.
    void markRanges(const QList<QPair<int, int>> &ranges, const Theme &theme, bool flash);
    void clearMarks();
    // Marks where paragraphs were split or merged: a bar at each place, in `color`.
    void setJoinMarks(QList<PanePlace> joins, const QColor &color);
    // The spacer blocks (ascending) between pieces of one paragraph cut to keep blocks short:
    // copied text runs on across them; those in `marked` (where this pane's text goes on)
    // show a dashed line.
    void setPieceBreaks(QList<qint32> spacers, QList<qint32> marked);
    // The spacers where this pane's text goes on (ascending block numbers).
    const QList<qint32> &pieceJoins() const { return m_pieceMarks; }
    // Selects the next match of `needle` after the selection (the previous one before it with
    // FindBackward) as the story reads, across the pieces of a cut paragraph (findInPane), and
    // scrolls to it. False, the selection kept, when there is none.
    bool findText(const QString &needle, QTextDocument::FindFlags flags = {});

Q_SIGNALS:
    void linkActivationRequested(const QString &href);
    void changeClicked(int changeIndex);
    void focused();
    // Ctrl+wheel: the view zooms all its panes together, not this one alone.
    void zoomRequested(int steps);

protected:
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void applyMarks(const QColor &color);
    void paintJoinMarks(QPainter &p);
    void paintPieceBreaks(QPainter &p);
    bool isPieceSpacer(int block) const;
    QTextCharFormat formatAt(const QPoint &viewportPos) const;

    std::unique_ptr<QTextDocument> m_document; // shown (null: the pane's own, empty)
    QList<QPair<int, int>> m_marks;
    QList<PanePlace> m_joins; // sorted by block
    QColor m_joinColor;
    QList<qint32> m_pieceSpacers, m_pieceMarks;
    QColor m_markColor;
    QTimer m_flashTimer;
    QPoint m_pressPos;
    int m_wheelAngle = 0; // Ctrl+wheel degrees not yet turned into zoom steps
};

} // namespace sd
