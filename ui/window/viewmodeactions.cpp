// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/viewmodeactions.h"

#include "window/toggleaction.h"

#include <QActionGroup>
#include <QSettings>

namespace sd {

ViewModeActions::ViewModeActions(QObject *parent) : QObject(parent) {
    auto *modes = new QActionGroup(this);
    m_sideAct = makeToggle(this, QStringLiteral("sideBySideAction"), tr("&Side by Side"),
                           tr("Show the two versions next to each other"));
    m_inlineAct = makeToggle(this, QStringLiteral("inlineAction"), tr("&Inline"),
                             tr("Show one text with the changes marked in it"));
    m_allAct = makeToggle(this, QStringLiteral("allVersionsAction"), tr("&All Versions"),
                          tr("Show every open version aligned in columns, with their history"));
    m_sideAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_inlineAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_allAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_allAct->setToolTip(tr("Every version aligned in columns (Ctrl+3)"));
    for (QAction *a : modeActions())
        modes->addAction(a);
    m_sideAct->setChecked(true);
    for (QAction *a : modeActions())
        connect(a, &QAction::toggled, this, [this](bool on) {
            if (!on)
                return;
            const ViewMode now = mode();
            if (now == ViewMode::AllVersions && m_timelineAct->isChecked())
                m_timelineAct->setChecked(false);
            Q_EMIT modeChanged(now);
        });
    m_timelineAct = makeToggle(this, QStringLiteral("timelineAction"), tr("&Timeline"),
                               tr("Step through the versions in order, one edit at a time"));
    m_timelineAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_timelineAct, &QAction::toggled, this, [this](bool on) {
        if (on && mode() == ViewMode::AllVersions)
            m_sideAct->setChecked(true);
        Q_EMIT timelineToggled(on);
    });
}

QList<QAction *> ViewModeActions::modeActions() const {
    return {m_sideAct, m_inlineAct, m_allAct};
}

QAction *ViewModeActions::action(ViewMode mode) const {
    switch (mode) {
    case ViewMode::SideBySide:
        return m_sideAct;
    case ViewMode::Inline:
        return m_inlineAct;
    case ViewMode::AllVersions:
        return m_allAct;
    }
    return m_sideAct;
}

ViewMode ViewModeActions::mode() const {
    return m_allAct->isChecked()      ? ViewMode::AllVersions
           : m_inlineAct->isChecked() ? ViewMode::Inline
                                      : ViewMode::SideBySide;
}

void ViewModeActions::setMode(ViewMode mode) {
    action(mode)->setChecked(true);
}

void ViewModeActions::readSettings(const QSettings &s) {
    if (s.value(QStringLiteral("view/allVersions"), false).toBool())
        m_allAct->setChecked(true);
    else if (s.value(QStringLiteral("view/inline"), false).toBool())
        m_inlineAct->setChecked(true);
}

} // namespace sd
