// SPDX-License-Identifier: GPL-3.0-or-later
#include "folder/matrixmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace sd {

void MatrixModel::setCopies(const FolderCopies &copies) {
    beginResetModel();
    m_copies = copies;
    const QStringList &files = m_copies.table.files();
    m_clusterOf = QList<int>(files.size(), -1);
    for (qsizetype c = 0; c < m_copies.clusters.size(); ++c)
        for (qint32 member : m_copies.clusters.at(c).members)
            m_clusterOf[member] = int(c);
    QHash<QString, int> seen;
    for (const QString &f : files)
        ++seen[QFileInfo(f).fileName()];
    m_names.clear();
    for (const QString &f : files)
        m_names << (seen.value(QFileInfo(f).fileName()) > 1
                        ? QFileInfo(f).dir().dirName() + QLatin1Char('/') + QFileInfo(f).fileName()
                        : QFileInfo(f).fileName());
    endResetModel();
}

int MatrixModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_copies.table.files().size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : FirstFileColumn + rowCount();
}

QString MatrixModel::name(int row) const {
    return m_names.value(row);
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int cluster = clusterOf(row);
    if (role == PathRole)
        return m_copies.table.files().value(row);
    if (index.column() == FileColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return name(row);
        if (role == Qt::ToolTipRole)
            return m_copies.table.files().value(row);
        return {};
    }
    if (index.column() == ClusterColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return cluster + 1;
        return {};
    }
    // A file alone is its own source; only a group of copies names one.
    const bool isSource = cluster >= 0 && m_copies.clusters.at(cluster).source == row &&
                          m_copies.clusters.at(cluster).members.size() > 1;
    if (index.column() == SourceColumn) {
        if (role == Qt::DisplayRole)
            return isSource ? tr("source") : QString();
        if (role == SortRole)
            return isSource ? 1 : 0;
        if (role == Qt::ToolTipRole && isSource)
            return tr("Likely source of cluster %1: the member the others share most with")
                .arg(cluster + 1);
        return {};
    }
    const int other = index.column() - FirstFileColumn;
    const double value = other == row ? 1.0 : m_copies.table.value(row, other);
    if (role == SortRole)
        return value;
    if (role == Qt::DisplayRole)
        return value < 0 ? QStringLiteral("–") : QStringLiteral("%1%").arg(qRound(value * 100));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1 and %2").arg(name(row), name(other));
    return {};
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case ClusterColumn:
        return tr("Cluster");
    case SourceColumn:
        return tr("Likely source");
    default:
        return name(section - FirstFileColumn);
    }
}

} // namespace sd
