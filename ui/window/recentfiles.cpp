// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/recentfiles.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace sd {

namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

RecentFiles::RecentFiles(QWidget *parent)
    : QObject(parent), m_menu(new QMenu(tr("Open &Recent"), parent)) {}

void RecentFiles::add(const QStringList &paths) {
    if (paths.isEmpty())
        return;
    QSettings s;
    QStringList recent = s.value(kRecentKey).toStringList();
    for (const QString &p : paths) {
        recent.removeAll(p);
        recent.prepend(p);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    s.setValue(kRecentKey, recent);
    rebuildMenu();
}

void RecentFiles::rebuildMenu() {
    m_menu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &p : recent) {
        QAction *a = m_menu->addAction(QFileInfo(p).fileName());
        a->setToolTip(p);
        a->setStatusTip(p);
        connect(a, &QAction::triggered, this, [this, p] { Q_EMIT openRequested(p); });
    }
    m_menu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(kRecentKey);
            rebuildMenu();
        });
    }
}

} // namespace sd
