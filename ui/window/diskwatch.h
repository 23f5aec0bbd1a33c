// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QSet>

class QFileSystemWatcher;
class QLabel;
class QPushButton;

namespace sd {

class ComparisonModel;

// Watches the files of the open versions; when one changes on disk a bar says so ("v2.md
// changed on disk") with Reload, which reads the changed versions again (in their encoding).
class DiskWatch : public QFrame {
    Q_OBJECT
public:
    explicit DiskWatch(ComparisonModel *model, QWidget *parent = nullptr);
    QPushButton *reloadButton() const { return m_reload; }
    QStringList changedFiles() const { return QStringList(m_changed.cbegin(), m_changed.cend()); }
    void reload();

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    void watchVersions();
    void onFileChanged(const QString &path);

    ComparisonModel *m_model;
    QFileSystemWatcher *m_watcher;
    QLabel *m_label;
    QPushButton *m_reload;
    QSet<QString> m_changed; // sources, as the model has them
};

} // namespace sd
