// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace sd {

// File > Open Recent: the last comparisons opened (each the set of its files, in order), newest
// first, kept in QSettings ("recentComparisons"). Entries name the files; a name that two
// different files share is shown as its full path, so two "v6.md" can be told apart.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    explicit RecentFiles(QWidget *parent);

    QMenu *menu() const { return m_menu; }
    // Puts the set `paths` (absolute) at the top of the list and rebuilds the menu.
    void add(const QStringList &paths);
    QList<QStringList> comparisons() const;
    // The menu text of an entry, given every entry of the list (for the names that collide).
    static QString entryText(const QStringList &set, const QList<QStringList> &all);
    void rebuildMenu();

Q_SIGNALS:
    void openRequested(const QStringList &paths);

private:
    QMenu *m_menu;
};

} // namespace sd
