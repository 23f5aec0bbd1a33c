// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QSettings;

namespace sd {

enum class ViewMode { SideBySide, Inline, AllVersions };

// View > Side by Side / Inline / All Versions (one of them) and the Timeline toggle. The
// timeline steps through pairs, so it belongs to the two-version views: choosing All Versions
// closes it, and opening it from All Versions goes back to Side by Side.
class ViewModeActions : public QObject {
    Q_OBJECT
public:
    explicit ViewModeActions(QObject *parent);

    QList<QAction *> modeActions() const; // in menu order
    QAction *timelineAction() const { return m_timelineAct; }
    ViewMode mode() const;
    void setMode(ViewMode mode);

    void readSettings(const QSettings &s);

Q_SIGNALS:
    void modeChanged(ViewMode mode);
    void timelineToggled(bool on);

private:
    QAction *action(ViewMode mode) const;

    QAction *m_sideAct = nullptr, *m_inlineAct = nullptr, *m_allAct = nullptr,
            *m_timelineAct = nullptr;
};

} // namespace sd
