// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPixmap>
#include <QWidget>

namespace sd {

class SideBySideView;

// A thin strip beside the right pane: one mark per changed row at its place in the whole
// document, and the visible part as a frame. Clicking or dragging scrolls there.
class OverviewRuler : public QWidget {
    Q_OBJECT
public:
    explicit OverviewRuler(SideBySideView *view);
    QSize sizeHint() const override { return {14, 100}; }
    void rebuild(); // after the rows changed or were realigned

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void scrollTo(int y);
    struct Mark {
        float top, height; // fractions of the document's lines
        QColor color;
    };
    SideBySideView *m_view;
    QList<Mark> m_marks;
    // The background and the marks as last painted (a long text has thousands): only the
    // visible-rows frame over it changes while scrolling. Null: paint it again.
    QPixmap m_painted;
};

} // namespace sd
