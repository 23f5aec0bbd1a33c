// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QWidget>

class QToolButton;

namespace sd {

class ComparisonModel;

// The open versions in order: remove, reorder, pick the base, pick what is compared with it.
class VersionList : public QWidget {
    Q_OBJECT
public:
    explicit VersionList(ComparisonModel *model, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

private:
    void refresh();
    void updateButtons();
    int selected() const { return m_list->currentRow(); }

    ComparisonModel *m_model;
    QListWidget *m_list;
    QToolButton *m_base, *m_compare, *m_up, *m_down, *m_remove;
};

} // namespace sd
