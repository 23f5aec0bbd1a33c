// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/comparisonmodel.h"
#include "common/theme.h"

#include <QAbstractScrollArea>
#include <memory>

namespace sd {

// The collation table: one column per version, one row per aligned place. Painted by hand
// because rows differ wildly in height (a word, a chapter) and there can be thousands: row
// heights are measured once per width into a prefix sum, and a paint only touches the rows
// in the viewport. Agreeing rows are one dimmed line unless expanded; variant cells are
// tinted by the version that first reads them that way, the base's reading stays plain. The
// base's column is pinned at the left and the others scroll past it, so any number of
// versions can be read; a moved reading says so. A column is resized by dragging the right
// edge of its header (a double click there gives it back its share of the width); the rows are
// measured again for that column only.
class CollationView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit CollationView(QWidget *parent = nullptr);

    void setMulti(std::shared_ptr<const MultiView> multi, const Theme &theme);
    void setExpandAgreeing(bool on);
    bool expandAgreeing() const { return m_expandAgreeing; }

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return m_multi ? int(m_multi->labels.size()) : 0; }
    bool isVariant(int row) const { return !m_rows.at(row).agree; }
    int differing(int row) const { return m_rows.at(row).differing; }
    QString cellText(int row, int column) const; // as shown: controls as pictures, ¶ breaks
    // A reading as the views show it: control characters as their pictures, paragraph breaks
    // kept and marked.
    static QString shownText(const QString &reading);
    // A similarity as a whole percentage that never claims more than it is: 99.7% is 99, only
    // identical texts are 100.
    static int percentShown(double similarity);
    // The background a cell is painted with; invalid for a plain (base-reading) cell.
    QColor cellColor(int row, int column) const;
    QRect cellRect(int row, int column) const; // in viewport coordinates
    int rowAt(int y) const;                    // viewport y; -1 below the last row
    int columnAt(int x) const;
    int columnWidth(int column) const;
    // A width for the column (at least minimumColumnWidth()); -1: its share of the viewport
    // again, as every column has until it is resized.
    void setColumnWidth(int column, int width);
    static int minimumColumnWidth();

    int currentRow() const { return m_current; }
    void setCurrentRow(int row, bool scroll = true);
    int nextVariant(int from, int step) const; // -1 when none
    void scrollToFraction(double fraction);    // 0..1 of the whole table, centred

    // For the heat strip: row tops over the total height, so marks line up with the scrollbar.
    int totalHeight() const { return m_top.isEmpty() ? 0 : m_top.last(); }
    int rowTop(int row) const { return m_top.at(row); }
    int rowHeight(int row) const { return m_top.at(row + 1) - m_top.at(row); }
    int headerHeight() const { return m_headerHeight; }

Q_SIGNALS:
    void rowActivated(int row, int column); // a click or Enter on a row
    void currentRowChanged(int row);
    void layoutChanged(); // rows re-measured (data or width)
    void scrolled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Row {
        bool agree = true;
        qint16 differing = 0; // versions whose reading differs from the base's
        QList<qint16> group;  // per column: the version whose colour the cell gets, -1 plain
    };
    void relayout();
    // Measures the cells of the columns whose width changed, then the rows' heights.
    void measure();
    void paintHeader(QPainter &p);
    int shareWidth() const; // an unresized column's width: its share of the viewport
    int columnX(int column) const;
    int slotLeft(int slot) const;       // from the left of the table, unscrolled
    int resizeEdgeAt(QPoint pos) const; // the column whose header's right edge is there, or -1
    int slotOf(int column) const; // place on screen: 0 the base, then the others in order
    int columnOfSlot(int slot) const;
    QRect textRect(const QRect &cell) const;

    std::shared_ptr<const MultiView> m_multi;
    Theme m_theme;
    QList<Row> m_rows;
    QList<int> m_top; // prefix sum of row heights, rows + 1 entries
    QList<int> m_widths;         // per column: its width when resized, -1 its share
    QList<int> m_measuredWidths; // per column: the width its cells' heights were measured at
    QList<int> m_cellHeights;    // per row and column (row * columns + column)
    int m_resizing = -1;         // the column whose edge is being dragged
    int m_dragFrom = 0;          // where the drag started and the width then
    int m_dragWidth = 0;
    int m_headerHeight = 0;
    int m_current = -1;
    bool m_expandAgreeing = false;
};

} // namespace sd
