// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/legendbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QToolButton>

namespace sd {

QIcon swatchIcon(const QColor &color, bool crossed) {
    QIcon icon;
    for (int size : {14, 28}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 14.0;
        p.setPen(QPen(color.darker(125), s));
        p.setBrush(color);
        p.drawRoundedRect(QRectF(1.5 * s, 1.5 * s, 11 * s, 11 * s), 3 * s, 3 * s);
        if (crossed) {
            p.setPen(QPen(Qt::gray, 1.5 * s));
            p.drawLine(QPointF(2 * s, 12 * s), QPointF(12 * s, 2 * s));
        }
        icon.addPixmap(pm);
    }
    return icon;
}

LegendBar::LegendBar(const std::array<QAction *, kCategoryCount> &actions, QWidget *parent)
    : QWidget(parent), m_actions(actions) {
    setObjectName(QStringLiteral("legendBar"));
    setAccessibleName(tr("Legend and filter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(2);
    m_label = new QLabel(tr("Show:"), this);
    layout->addWidget(m_label);
    for (QAction *a : m_actions) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        b->setAccessibleName(a->text());
        layout->addWidget(b);
        m_buttons << b;
    }
    layout->addStretch();
}

// Summed by hand: the layout's cached hints lag behind a style change until the bar is shown.
int LegendBar::widthFor(bool compact) {
    setCompact(compact);
    const QMargins m = layout()->contentsMargins();
    int width = m.left() + m.right() + m_label->sizeHint().width();
    for (QToolButton *b : std::as_const(m_buttons))
        width += layout()->spacing() + b->sizeHint().width();
    return width;
}

void LegendBar::setCompact(bool compact) {
    m_compact = compact;
    for (QToolButton *b : std::as_const(m_buttons))
        b->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
}

QSize LegendBar::minimumSizeHint() const {
    return {m_compactWidth, QWidget::minimumSizeHint().height()};
}

void LegendBar::resizeEvent(QResizeEvent *event) {
    const bool compact = event->size().width() < m_fullWidth;
    if (compact != m_compact)
        setCompact(compact);
    QWidget::resizeEvent(event);
}

void LegendBar::setTheme(const Theme &theme) {
    for (int c = 0; c < kCategoryCount; ++c)
        m_actions[c]->setIcon(swatchIcon(theme.marker(Category(c))));
    // Measured with the swatches: a button without an icon shows its name even when compact.
    const bool compact = m_compact;
    m_compactWidth = widthFor(true);
    m_fullWidth = widthFor(false);
    setCompact(compact);
    updateGeometry();
}

} // namespace sd
