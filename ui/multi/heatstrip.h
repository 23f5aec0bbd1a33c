// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"

#include <QImage>
#include <QWidget>

namespace sd {

class CollationView;

// Juxta's heat map down the side of the collation table: each variant row is a mark whose
// colour deepens with the number of versions that differ from the base there. Positions follow
// the table's pixel heights, so a mark sits where the scrollbar would take you; a click scrolls
// there. The marks are painted into a cached image, redrawn only when the table re-measures.
class HeatStrip : public QWidget {
    Q_OBJECT
public:
    explicit HeatStrip(CollationView *view, QWidget *parent = nullptr);
    void setTheme(const Theme &theme);
    QSize sizeHint() const override { return {14, 100}; }
    // Marks drawn (variant rows), for tests.
    int markCount() const { return m_marks; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void rebuild();
    QRect track() const; // where the marks go, aligned with the table body
    void jump(int y);

    CollationView *m_view;
    Theme m_theme;
    QImage m_cache;
    int m_marks = 0;
};

} // namespace sd
