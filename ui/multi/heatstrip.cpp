// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/heatstrip.h"

#include "multi/collationview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace sd {

HeatStrip::HeatStrip(CollationView *view, QWidget *parent) : QWidget(parent), m_view(view) {
    setObjectName(QStringLiteral("heatStrip"));
    setAccessibleName(tr("Where the versions differ"));
    setToolTip(tr("Where the versions differ: the deeper the colour, the more versions read "
                  "differently there. Click to go there."));
    setFixedWidth(14);
    setCursor(Qt::PointingHandCursor);
    connect(view, &CollationView::layoutChanged, this, &HeatStrip::rebuild);
    connect(view, &CollationView::scrolled, this, qOverload<>(&QWidget::update));
}

void HeatStrip::setTheme(const Theme &theme) {
    m_theme = theme;
    rebuild();
}

QRect HeatStrip::track() const {
    // Below the table header, so the strip and the body's scrollbar cover the same span.
    return rect().adjusted(2, m_view->headerHeight(), -2, 0);
}

void HeatStrip::rebuild() {
    const QRect t = track();
    m_marks = 0;
    m_cache = QImage(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    m_cache.setDevicePixelRatio(devicePixelRatioF());
    m_cache.fill(Qt::transparent);
    // A table shorter than the view maps 1:1, so its marks sit beside their rows.
    const int total = std::max(m_view->totalHeight(), m_view->verticalScrollBar()->pageStep());
    if (total > 0 && t.height() > 0) {
        // Per pixel row keep the strongest mark, so a busy stretch reads as its worst place.
        std::vector<int> level(size_t(t.height()), 0);
        const int n = std::max(1, m_view->columnCount() - 1);
        for (int r = 0; r < m_view->rowCount(); ++r) {
            if (!m_view->isVariant(r))
                continue;
            ++m_marks;
            const int y0 = int(qint64(m_view->rowTop(r)) * t.height() / total);
            const int y1 = std::max(
                y0 + 2, int(qint64(m_view->rowTop(r) + m_view->rowHeight(r)) * t.height() / total));
            for (int y = y0; y < std::min(y1, t.height()); ++y)
                level[size_t(y)] = std::max(level[size_t(y)], int(m_view->differing(r)));
        }
        QPainter p(&m_cache);
        for (int y = 0; y < t.height(); ++y)
            if (level[size_t(y)] > 0)
                p.fillRect(QRect(t.left(), t.top() + y, t.width(), 1),
                           m_theme.heat(double(level[size_t(y)]) / n));
    }
    update();
}

void HeatStrip::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QRect t = track();
    p.fillRect(t, palette().color(QPalette::Base));
    p.drawImage(QPoint(0, 0), m_cache);
    // The part of the table on screen, so the strip doubles as an overview.
    const int total = std::max(m_view->totalHeight(), m_view->verticalScrollBar()->pageStep());
    if (m_view->totalHeight() > m_view->verticalScrollBar()->pageStep()) {
        const QScrollBar *v = m_view->verticalScrollBar();
        const int y0 = t.top() + int(qint64(v->value()) * t.height() / total);
        const int y1 = t.top() + int(qint64(v->value() + v->pageStep()) * t.height() / total);
        p.setPen(m_theme.dimmedText());
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRect(0, y0, width() - 1, std::max(3, y1 - y0)));
    }
}

void HeatStrip::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    rebuild();
}

void HeatStrip::jump(int y) {
    const QRect t = track();
    if (t.height() <= 0)
        return;
    m_view->scrollToFraction(std::clamp(double(y - t.top()) / t.height(), 0.0, 1.0));
}

void HeatStrip::mousePressEvent(QMouseEvent *event) {
    jump(event->position().toPoint().y());
}

void HeatStrip::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton)
        jump(event->position().toPoint().y());
}

} // namespace sd
