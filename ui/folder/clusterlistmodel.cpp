// SPDX-License-Identifier: GPL-3.0-or-later
#include "folder/clusterlistmodel.h"

#include <QFileInfo>

namespace sd {

void ClusterListModel::setCopies(const FolderCopies &copies) {
    beginResetModel();
    m_rows.clear();
    for (qsizetype c = 0; c < copies.clusters.size(); ++c) {
        const Cluster &cluster = copies.clusters.at(c);
        if (cluster.members.size() > 1)
            m_rows.append(
                {int(c), int(cluster.members.size()), copies.table.files().at(cluster.source)});
    }
    endResetModel();
}

int ClusterListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ClusterRole)
        return row.cluster;
    if (role == Qt::ToolTipRole)
        return tr("Cluster %1: %n copies, likely source %2", nullptr, row.copies)
            .arg(row.cluster + 1)
            .arg(row.source);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn:
        return row.cluster + 1;
    case CopiesColumn:
        return row.copies;
    case SourceColumn:
        return role == SortRole ? row.source : QFileInfo(row.source).fileName();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClusterListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("Cluster");
    case CopiesColumn:
        return tr("Copies");
    case SourceColumn:
        return tr("Likely source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sd
