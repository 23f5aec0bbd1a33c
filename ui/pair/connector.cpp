// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/connector.h"

#include "pair/sidebysideview.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>

#include <array>
#include <cmath>
#include <map>

namespace sd {

ConnectorWidget::ConnectorWidget(SideBySideView *view) : QWidget(view), m_view(view) {
    setFixedWidth(44);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

namespace {

QPainterPath band(qreal w, qreal lt, qreal lb, qreal rt, qreal rb) {
    QPainterPath p;
    const qreal m = w / 2;
    p.moveTo(0, lt);
    p.cubicTo(m, lt, m, rt, w, rt);
    p.lineTo(w, rb);
    p.cubicTo(m, rb, m, lb, 0, lb);
    p.closeSubpath();
    return p;
}

} // namespace

void ConnectorWidget::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const Comparison *c = m_view->comparison();
    if (!c)
        return;
    p.setRenderHint(QPainter::Antialiasing);
    DiffPane *left = m_view->leftPane();
    DiffPane *right = m_view->rightPane();
    // Pane viewport y to our y.
    const qreal self = mapTo(m_view, QPoint(0, 0)).y();
    const qreal dyL = left->viewport()->mapTo(m_view, QPoint(0, 0)).y() - self;
    const qreal dyR = right->viewport()->mapTo(m_view, QPoint(0, 0)).y() - self;
    const qreal lh = right->lineHeight();
    const qreal w = width();
    const Theme &theme = m_view->theme();
    const auto &rows = m_view->layout().rows;
    auto extent = [&](int row, Side side) {
        DiffPane *pane = side == Side::A ? left : right;
        const QRectF r = pane->blockRect(m_view->rowBlock(row, side));
        const qreal top = r.top() + (side == Side::A ? dyL : dyR);
        const int lines = m_view->contentLines(row, side);
        // Clamped to just around the strip: a band thousands of lines tall (one huge
        // paragraph) would otherwise be rasterised whole on every paint.
        const qreal lo = -8, hi = height() + 8;
        return QPair<qreal, qreal>(qBound(lo, top, hi), qBound(lo, top + lines * lh, hi));
    };
    const auto [first, last] = m_view->visibleRows();
    // A row off screen stands just above or below the strip: its geometry would have the pane
    // lay out every row between it and the view (QPlainTextEdit walks there block by block).
    auto extentOrEdge = [&](int row, Side side) {
        if (row < first)
            return QPair<qreal, qreal>(-8, -8);
        if (row > last)
            return QPair<qreal, qreal>(height() + 8, height() + 8);
        return extent(row, side);
    };
    for (int r = first; r <= last; ++r) {
        const RowInfo &info = rows.at(r);
        const int tint = info.tintB >= 0 ? info.tintB : info.tintA;
        if (tint < 0 || Category(tint) == Category::Moved)
            continue;
        const auto [lt, lb] = extent(r, Side::A);
        const auto [rt, rb] = extent(r, Side::B);
        QColor fill = theme.marker(Category(tint));
        QColor edge = fill;
        fill.setAlpha(theme.isDark() ? 70 : 55);
        edge.setAlpha(170);
        p.setPen(QPen(edge, 1));
        p.setBrush(fill);
        p.drawPath(band(w, lt, qMax(lb, lt + 1.5), rt, qMax(rb, rt + 1.5)));
    }
    // Moves: a curve from where the paragraph was (left) to where it went (right), painted when
    // any part of it crosses the view. Many cross it with both ends off screen (on a long text,
    // hundreds): clamped to the strip's edges they are one and the same band, painted once with
    // the alpha that many translucent layers of it add up to (the same colour over and over
    // composes to that), not once each.
    if (!m_view->filter().shows(Category::Moved))
        return;
    const auto &layout = m_view->layout();
    std::map<std::array<qreal, 4>, int> bands; // geometry -> how many moves draw it
    for (const BlockGroup &g : c->groups) {
        if (!g.moved || g.aBegin >= layout.rowOfA.size() || g.bBegin >= layout.rowOfB.size())
            continue;
        const int ra = layout.rowOfA.at(g.aBegin), rb = layout.rowOfB.at(g.bBegin);
        if (ra < 0 || rb < 0 || qMax(ra, rb) < first || qMin(ra, rb) > last)
            continue; // both ends above the view, or both below: it does not cross it
        const auto [lt, lbm] = extentOrEdge(ra, Side::A);
        const auto [rt, rbm] = extentOrEdge(rb, Side::B);
        if (qMax(lbm, rbm) < 0 || qMin(lt, rt) > height())
            continue;
        ++bands[{lt, qMax(lbm, lt + 2), rt, qMax(rbm, rt + 2)}];
    }
    const QColor move = theme.marker(Category::Moved);
    const qreal fillAlpha = (theme.isDark() ? 80 : 60) / 255.0;
    for (const auto &[at, layers] : bands) {
        QColor fill = move, edge = move;
        fill.setAlphaF(float(1 - std::pow(1 - fillAlpha, layers)));
        edge.setAlphaF(float(1 - std::pow(1 - move.alphaF(), layers)));
        p.setPen(QPen(edge, 1.2));
        p.setBrush(fill);
        p.drawPath(band(w, at[0], at[1], at[2], at[3]));
    }
}

} // namespace sd
