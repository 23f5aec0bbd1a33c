// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/panezoom.h"

#include "pair/diffpane.h"
#include "pair/sidebysideview.h"

#include <QAction>
#include <QSettings>
#include <QWidget>

namespace sd {

namespace {
const QString kZoomKey = QStringLiteral("view/zoom");
}

PaneZoom::PaneZoom(QWidget *parent)
    : QObject(parent), m_inAct(new QAction(tr("Zoom &In"), parent)),
      m_outAct(new QAction(tr("Zoom &Out"), parent)),
      m_resetAct(new QAction(tr("&Actual Size"), parent)) {
    m_inAct->setObjectName(QStringLiteral("zoomInAction"));
    m_outAct->setObjectName(QStringLiteral("zoomOutAction"));
    m_resetAct->setObjectName(QStringLiteral("zoomResetAction"));
    // Ctrl+= too: on most layouts "+" needs Shift, and "=" is the same key.
    m_inAct->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_outAct->setShortcuts(QKeySequence::ZoomOut);
    m_resetAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : actions())
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_inAct, &QAction::triggered, this, [this] { zoomBy(1); });
    connect(m_outAct, &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(m_resetAct, &QAction::triggered, this, [this] { setSteps(0); });
    m_steps = qBound(kMinSteps, QSettings().value(kZoomKey, 0).toInt(), kMaxSteps);
}

void PaneZoom::attach(SideBySideView *view) {
    if (m_views.isEmpty() && m_panes.isEmpty())
        m_base = view->rightPane()->font();
    m_views.append(view);
    connect(view, &SideBySideView::zoomRequested, this, &PaneZoom::zoomBy);
    if (m_steps != 0)
        view->setPaneFont(font());
}

void PaneZoom::attach(DiffPane *pane) {
    if (m_views.isEmpty() && m_panes.isEmpty())
        m_base = pane->font();
    m_panes.append(pane);
    connect(pane, &DiffPane::zoomRequested, this, &PaneZoom::zoomBy);
    if (m_steps != 0)
        pane->setFont(font());
}

QFont PaneZoom::font() const {
    QFont f = m_base;
    f.setPointSizeF(qMax(4.0, m_base.pointSizeF() + m_steps));
    return f;
}

void PaneZoom::setSteps(int steps) {
    steps = qBound(kMinSteps, steps, kMaxSteps);
    m_inAct->setEnabled(steps < kMaxSteps);
    m_outAct->setEnabled(steps > kMinSteps);
    if (steps == m_steps)
        return;
    m_steps = steps;
    QSettings().setValue(kZoomKey, m_steps);
    apply();
    Q_EMIT zoomChanged(m_steps);
}

void PaneZoom::apply() {
    const QFont f = font();
    for (const auto &v : std::as_const(m_views))
        if (v)
            v->setPaneFont(f);
    for (const auto &p : std::as_const(m_panes))
        if (p)
            p->setFont(f);
}

} // namespace sd
