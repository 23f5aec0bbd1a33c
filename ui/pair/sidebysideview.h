// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pair/backgroundbuild.h"
#include "pair/diffpane.h"
#include "pair/panebuilder.h"

#include <QLabel>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace sd {

class ConnectorWidget;
class OverviewRuler;

// Base on the left, the other version on the right, row by row. Display row r is block 2r of
// both panes (a paragraph too long to lay out at once takes several: see RowInfo); the shorter side
// of a row is padded with empty lines once the row is laid out, so both panes have the same lines
// before every row and scroll together by line number.
//
// Rows are laid out lazily: a row is aligned (both sides laid out and padded) when it comes
// into view, and a row never laid out counts one line in both panes, so the panes agree
// whatever has been laid out. Every way a pane moves (keys, wheel, scroll bar, search, the
// ruler, resize) ends in syncFrom(), which aligns what is now visible and moves the other
// pane to the same line, to the pixel. The documents are built off the GUI thread
// (BackgroundBuild); until they arrive the previous ones stay on screen.
class SideBySideView : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideView(QWidget *parent = nullptr);
    ~SideBySideView() override;

    void setComparison(std::shared_ptr<const Comparison> c, const Theme &theme,
                       const CategoryFilter &filter);
    void clear();
    void showChange(int index, bool flash);

    DiffPane *leftPane() const { return m_left; }
    DiffPane *rightPane() const { return m_right; }
    const Comparison *comparison() const { return m_comparison.get(); }
    const SideBySideLayout &layout() const { return m_layout; }
    const Theme &theme() const { return m_theme; }
    const CategoryFilter &filter() const { return m_filter; }

    // Document ranges [start, end) of one side of a change in its pane.
    QList<QPair<int, int>> paneRanges(const Change &ch, Side side) const;
    // Where a document block's text starts in its pane, -1 when not shown.
    int panePosition(qint32 block, Side side) const;
    QTextBlock rowBlock(int row, Side side) const;
    // The rows at least partly inside the panes' viewports.
    QPair<int, int> visibleRows() const;
    // Lines of real text in a row side (without padding); 0 for an empty side.
    int contentLines(int row, Side side) const;
    // The row a change stands in (its B side, else its A side, else where it would be in B).
    int rowOfChange(int index) const;
    // Where F7 (direction +1) or Shift+F7 (-1) steps from: `current` while any part of it is
    // on screen, else the change just above the top of the view (F7) or at or below it
    // (Shift+F7), so that the step lands on the first change below, or the last above, the
    // top of what the reader is looking at. -1 or the change count mean "from the start".
    int stepOrigin(int current, int direction) const;
    void scrollToRow(int row);
    // Both panes in `font`, rows aligned again at the same reading position.
    void setPaneFont(const QFont &font);

    void realign(); // aligns what is on screen; public so tests and benchmarks can force it
    // True when the panes show the comparison last given (built and aligned).
    bool isReady() const { return !m_build.isRunning() && m_comparison == m_requested; }
    int buildWorkers() const { return m_build.workers(); } // for tests: 0 once cancelled

Q_SIGNALS:
    void linkActivationRequested(const QString &href);
    void changeClicked(int index);
    void zoomRequested(int steps);
    void aligned();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDocuments(std::shared_ptr<PaneDocuments> docs);
    void showPieceBreaks();
    void syncFrom(DiffPane *source);
    void matchSubPixel(DiffPane *source, DiffPane *target);
    void alignRow(int row);
    void onLayoutNeeded(int block);
    void alignFrom(int firstRow, int lines);
    void alignTail();
    void relayoutBoth();
    void setPad(QTextBlock block, qint32 &pad, int wanted);
    int topRow() const;
    bool isOnScreen(int changeIndex) const;

    DiffPane *m_left;
    DiffPane *m_right;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    ConnectorWidget *m_connector;
    OverviewRuler *m_ruler;
    std::shared_ptr<const Comparison> m_comparison; // shown
    std::shared_ptr<const Comparison> m_requested;  // being built, or shown
    Theme m_theme;
    CategoryFilter m_filter;
    SideBySideLayout m_layout;
    QTimer m_alignTimer;
    QTimer m_resyncTimer;
    DiffPane *m_lastSource = nullptr; // the pane the reader moved last
    bool m_syncing = false;
    bool m_relayout = false; // a pane changed width: both must be laid out afresh
    int m_aligningRow = -1;
    QList<int> m_rowsToAlign;
    int m_keepRow = 0;                           // the reading position to restore once built
    QPair<int, bool> m_pendingChange{-1, false}; // showChange asked for while building
    BackgroundBuild m_build{this};
};

} // namespace sd
