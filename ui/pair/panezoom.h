// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace sd {

class DiffPane;
class SideBySideView;

// View > Zoom In, Zoom Out, Actual Size (Ctrl++ or Ctrl+=, Ctrl+-, Ctrl+0; Ctrl+wheel over any
// pane): one zoom for every pane at once, so side-by-side rows stay aligned, remembered across
// runs (QSettings "view/zoom", in steps of one point).
class PaneZoom : public QObject {
    Q_OBJECT
public:
    explicit PaneZoom(QWidget *parent);

    void attach(SideBySideView *view);
    void attach(DiffPane *pane);
    QList<QAction *> actions() const { return {m_inAct, m_outAct, m_resetAct}; }

    int steps() const { return m_steps; }
    void setSteps(int steps); // clamped to [kMinSteps, kMaxSteps], applied and saved
    void zoomBy(int delta) { setSteps(m_steps + delta); }
    QFont font() const; // the panes' font at this zoom

    static constexpr int kMinSteps = -4;
    static constexpr int kMaxSteps = 24;

Q_SIGNALS:
    void zoomChanged(int steps);

private:
    void apply();

    QFont m_base; // the panes' font at zoom 0
    int m_steps = 0;
    QList<QPointer<SideBySideView>> m_views;
    QList<QPointer<DiffPane>> m_panes;
    QAction *m_inAct, *m_outAct, *m_resetAct;
};

} // namespace sd
