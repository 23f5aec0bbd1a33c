// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;

namespace sd {

class ComparisonModel;

// The status bar's permanent part: the statistics of what is shown and, while the model works,
// its progress and a Cancel button. Messages that pass go straight to the QStatusBar.
class StatusPanel : public QObject {
    Q_OBJECT
public:
    StatusPanel(ComparisonModel *model, QStatusBar *bar);
    void setModel(ComparisonModel *model); // the current tab's; null for a folder tab

    // Shows the statistics of the pair (or, in the all-versions view with three or more
    // versions, of the alignment); true when there is a change (or a row) to step to.
    bool showStats(bool allVersionsView);

private:
    void onBusyChanged(bool busy);
    void pollProgress();
    bool showMultiStats();

    ComparisonModel *m_model;
    QLabel *m_statsLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_busyBar;
    QToolButton *m_cancelButton;
    QAction *m_escAct = nullptr;
    QTimer *m_progressPoll;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace sd
