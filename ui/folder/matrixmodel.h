// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folder/foldercopies.h"

#include <QAbstractTableModel>

namespace sd {

// The similarity matrix as a table: a row per file with its cluster and whether it is the
// cluster's likely source, then its similarity with every file. Sort values are in SortRole.
class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, ClusterColumn, SourceColumn, FirstFileColumn };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit MatrixModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setCopies(const FolderCopies &copies);
    const FolderCopies &copies() const { return m_copies; }
    // The cluster (0-based into copies().clusters) of file row `row`.
    int clusterOf(int row) const { return m_clusterOf.value(row, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString name(int row) const; // the file name, with its folder's where two names collide
    FolderCopies m_copies;
    QList<int> m_clusterOf;
    QStringList m_names;
};

} // namespace sd
