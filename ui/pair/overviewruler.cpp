// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/overviewruler.h"

#include "pair/sidebysideview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace sd {

OverviewRuler::OverviewRuler(SideBySideView *view) : QWidget(view), m_view(view) {
    setFixedWidth(14);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Where the changes are; click to go there"));
}

// Rows stand where their text is in the whole (SideBySideLayout::rowEnd), which does not
// depend on what has been laid out yet.
void OverviewRuler::rebuild() {
    m_marks.clear();
    const auto &layout = m_view->layout();
    const auto &rows = layout.rows;
    const double total = layout.rowEnd.isEmpty() ? 1.0 : double(layout.rowEnd.last());
    for (qsizetype r = 0; r < rows.size() && r < layout.rowEnd.size(); ++r) {
        const RowInfo &info = rows.at(r);
        const int tint = info.tintB >= 0 ? info.tintB : info.tintA;
        if (tint < 0)
            continue;
        const double top = r > 0 ? double(layout.rowEnd.at(r - 1)) : 0.0;
        m_marks.append({float(top / total), float((layout.rowEnd.at(r) - top) / total),
                        m_view->theme().marker(Category(tint))});
    }
    m_painted = QPixmap();
    update();
}

void OverviewRuler::paintEvent(QPaintEvent *) {
    const qreal dpr = devicePixelRatioF();
    const int h = height();
    if (m_painted.isNull() || m_painted.size() != size() * dpr ||
        m_painted.devicePixelRatio() != dpr) {
        m_painted = QPixmap(size() * dpr);
        m_painted.setDevicePixelRatio(dpr);
        QPainter p(&m_painted);
        const QColor bg = palette().color(QPalette::Base);
        p.fillRect(rect(), bg.lightness() < 128 ? bg.lighter(120) : bg.darker(103));
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(0, 0, 0, height());
        for (const Mark &m : std::as_const(m_marks)) {
            const int y = int(m.top * h);
            p.fillRect(QRect(3, y, width() - 5, qMax(3, int(m.height * h))), m.color);
        }
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_painted);
    // The visible rows.
    const auto &ends = m_view->layout().rowEnd;
    const auto [first, last] = m_view->visibleRows();
    if (m_view->comparison() && !ends.isEmpty() && last >= first && last < ends.size()) {
        const double total = double(ends.last());
        const int y = int(h * (first > 0 ? ends.at(first - 1) : 0) / total);
        const int vh = qMax(6, int(h * ends.at(last) / total) - y);
        QColor frame = palette().color(QPalette::Text);
        frame.setAlpha(110);
        QColor fill = frame;
        fill.setAlpha(25);
        p.setPen(frame);
        p.setBrush(fill);
        p.drawRect(QRect(1, y, width() - 2, vh - 1));
    }
}

void OverviewRuler::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_painted = QPixmap(); // the background follows the palette
    QWidget::changeEvent(event);
}

// The row at `y` comes to the top of the view, a few rows above it kept in sight.
void OverviewRuler::scrollTo(int y) {
    const auto &ends = m_view->layout().rowEnd;
    if (height() <= 0 || ends.isEmpty())
        return;
    const qint64 at = qint64(double(ends.last()) * qBound(0, y, height()) / height());
    const int row = int(std::lower_bound(ends.cbegin(), ends.cend(), at) - ends.cbegin());
    const auto [first, last] = m_view->visibleRows();
    m_view->scrollToRow(qMax(0, row - qMax(0, last - first) / 3));
}

void OverviewRuler::mousePressEvent(QMouseEvent *event) {
    scrollTo(event->position().toPoint().y());
}

void OverviewRuler::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton)
        scrollTo(event->position().toPoint().y());
}

} // namespace sd
