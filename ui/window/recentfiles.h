// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace sd {

// File > Open Recent: the last files opened, newest first, kept in QSettings ("recentFiles").
class RecentFiles : public QObject {
    Q_OBJECT
public:
    explicit RecentFiles(QWidget *parent);

    QMenu *menu() const { return m_menu; }
    // Puts `paths` (absolute) at the top of the list, in their order, and rebuilds the menu.
    void add(const QStringList &paths);
    void rebuildMenu();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    QMenu *m_menu;
};

} // namespace sd
