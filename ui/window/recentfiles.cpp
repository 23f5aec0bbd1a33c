// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMenu>
#include <QSet>
#include <QSettings>

namespace sd {

namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentComparisons");
// A set is stored as one string; a line break cannot be in a path the dialogs give.
const QChar kSeparator = QLatin1Char('\n');
} // namespace

RecentFiles::RecentFiles(QWidget *parent)
    : QObject(parent), m_menu(new QMenu(tr("Open &Recent"), parent)) {
    m_menu->setObjectName(QStringLiteral("recentMenu"));
}

QList<QStringList> RecentFiles::comparisons() const {
    QList<QStringList> sets;
    for (const QString &entry : QSettings().value(kRecentKey).toStringList())
        sets << entry.split(kSeparator, Qt::SkipEmptyParts);
    return sets;
}

void RecentFiles::add(const QStringList &paths) {
    if (paths.isEmpty())
        return;
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    const QString entry = paths.join(kSeparator);
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    rebuildMenu();
}

QString RecentFiles::entryText(const QStringList &set, const QList<QStringList> &all) {
    QHash<QString, QSet<QString>> pathsOfName;
    for (const QStringList &s : all)
        for (const QString &p : s)
            pathsOfName[QFileInfo(p).fileName()].insert(p);
    QStringList names;
    for (const QString &p : set) {
        const QString name = QFileInfo(p).fileName();
        names << (pathsOfName.value(name).size() > 1 ? QDir::toNativeSeparators(p) : name);
    }
    return names.join(QStringLiteral(" ↔ "));
}

void RecentFiles::rebuildMenu() {
    m_menu->clear();
    const QList<QStringList> recent = comparisons();
    for (const QStringList &set : recent) {
        QAction *a = m_menu->addAction(entryText(set, recent));
        const QString tip = set.join(QLatin1Char('\n'));
        a->setToolTip(tip);
        a->setStatusTip(set.join(QStringLiteral("  ·  ")));
        connect(a, &QAction::triggered, this, [this, set] { Q_EMIT openRequested(set); });
    }
    m_menu->setToolTipsVisible(true);
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
