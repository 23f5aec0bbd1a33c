// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/copysearch.h"

#include <QAbstractTableModel>

namespace sd {

// The groups of copies of a batch's results, one row each (files alone are left out): its
// number, how many copies, and its likely source. Sort values are in SortRole.
class ClusterListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, CopiesColumn, SourceColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ClusterRole = Qt::UserRole + 1; // index into the copies' clusters

    explicit ClusterListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setCopies(const FolderCopies &copies);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        int cluster = 0;
        int copies = 0;
        QString source; // its path
    };
    QList<Row> m_rows;
};

} // namespace sd
