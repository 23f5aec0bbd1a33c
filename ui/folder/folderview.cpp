// SPDX-License-Identifier: GPL-3.0-or-later
#include "folder/folderview.h"

#include "folder/clusterlistmodel.h"
#include "folder/matrixmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sd {

namespace {
constexpr double kCopyThreshold = 0.5; // as storydiff-cli --batch --threshold's default
}

FolderView::FolderView(const QStringList &folders, const BatchOutputs &outputs, QWidget *parent)
    : QWidget(parent), m_folders(folders), m_outputs(outputs), m_model(new MatrixModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)), m_notice(new QLabel(this)),
      m_progressBar(new QProgressBar(this)), m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_pairButton(new QPushButton(tr("Compare Pair"), this)),
      m_clusterButton(new QPushButton(tr("Compare Cluster"), this)), m_poll(new QTimer(this)) {
    if (m_outputs.found())
        buildClusterList();
    build();
}

FolderView::FolderView(const QStringList &folders, const CompareOptions &options, QWidget *parent)
    : FolderView(folders, BatchOutputs(), parent) {
    m_summary->setText(tr("Reading %1…").arg(m_folders.join(QStringLiteral(", "))));
    start([folders = m_folders, options, cancel = m_cancel, progress = m_progress] {
        return findFolderCopies(folders, options, kCopyThreshold, *cancel, *progress);
    });
}

FolderView::FolderView(const BatchOutputs &outputs, QWidget *parent)
    : FolderView(QStringList(), outputs, parent) {
    m_summary->setText(tr("Reading %1…").arg(m_outputs.lines.join(QStringLiteral(", "))));
    start([outputs, cancel = m_cancel, progress = m_reading] {
        return readBatchOutputs(outputs, kCopyThreshold, *cancel, *progress);
    });
}

// The groups of a batch's results, left of the matrix: the current one is the matrix's.
void FolderView::buildClusterList() {
    m_clusters = new ClusterListModel(this);
    m_clusterProxy = new QSortFilterProxyModel(this);
    m_clusterProxy->setSourceModel(m_clusters);
    m_clusterProxy->setSortRole(ClusterListModel::SortRole);
    m_clusterTable = new QTableView(this);
    m_clusterTable->setObjectName(QStringLiteral("clusterList"));
    m_clusterTable->setAccessibleName(tr("Groups of copies"));
    m_clusterTable->setModel(m_clusterProxy);
    m_clusterTable->setSortingEnabled(true);
    m_clusterTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clusterTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clusterTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clusterTable->verticalHeader()->hide();
    m_clusterTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_clusterTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FolderView::showCluster);
    connect(m_clusterTable, &QTableView::doubleClicked, this,
            [this] { requestCompare(currentCluster()); });
}

void FolderView::build() {
    setObjectName(QStringLiteral("folderView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MatrixModel::SortRole);
    m_table->setObjectName(QStringLiteral("similarityMatrix"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Similarity matrix"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMaximumSectionSize(260); // long names elide (tooltips)
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("folderSummary"));
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("folderNotice"));
    m_notice->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_notice->hide();
    m_cancelButton->setObjectName(QStringLiteral("folderCancelButton"));
    m_pairButton->setObjectName(QStringLiteral("folderPairButton"));
    m_clusterButton->setObjectName(QStringLiteral("folderClusterButton"));
    m_pairButton->setToolTip(tr("Compare the two selected files side by side in a new tab"));
    m_clusterButton->setToolTip(
        tr("Compare every file of the current row's cluster in a new tab, source first"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_progressBar);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_pairButton);
    bar->addWidget(m_clusterButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    if (m_clusterTable) {
        auto *split = new QSplitter(this);
        split->addWidget(m_clusterTable);
        split->addWidget(m_table);
        split->setStretchFactor(1, 3);
        layout->addWidget(split, 1);
    } else {
        layout->addWidget(m_table, 1);
    }

    connect(m_cancelButton, &QPushButton::clicked, this, &FolderView::cancel);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &FolderView::cancel);
    connect(m_pairButton, &QPushButton::clicked, this, [this] { requestCompare(selectedPair()); });
    connect(m_clusterButton, &QPushButton::clicked, this,
            [this] { requestCompare(currentCluster()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // A similarity cell opens its pair; the file's own columns open its cluster.
        const int row = m_proxy->mapToSource(index).row();
        const int other = m_proxy->mapToSource(index).column() - MatrixModel::FirstFileColumn;
        const QStringList &files = m_model->copies().table.files();
        if (other >= 0 && other != row)
            requestCompare({files.at(row), files.at(other)});
        else if (other < 0)
            requestCompare(currentCluster());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FolderView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FolderView::updateButtons);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &FolderView::pollProgress);
}

FolderView::~FolderView() {
    m_cancel->store(true);
    m_tasks.wait();
}

QString FolderView::title() const {
    if (m_outputs.found())
        return tr("Batch %1").arg(QFileInfo(m_outputs.lines.first()).fileName());
    QStringList names;
    for (const QString &f : m_folders)
        names << QDir(f).dirName();
    return names.join(QStringLiteral(" + "));
}

void FolderView::start(std::function<FolderCopies()> work) {
    m_running = true;
    m_progressBar->setRange(0, 0);
    m_poll->start();
    updateButtons();
    m_active->fetch_add(1);
    m_tasks.post([this, work = std::move(work), active = m_active] {
        FolderCopies copies;
        try {
            copies = work();
        } catch (const std::exception &e) {
            copies.problems << QString::fromLocal8Bit(e.what());
            copies.cancelled = true;
        }
        // Queued to the view; if it is gone by then, Qt drops the call.
        QMetaObject::invokeMethod(
            this, [this, copies] { showCopies(copies); }, Qt::QueuedConnection);
        active->fetch_sub(1);
    });
}

void FolderView::cancel() {
    if (!m_running)
        return;
    m_cancel->store(true);
    m_summary->setText(tr("Cancelling…"));
}

void FolderView::pollProgress() {
    // Bytes of the outputs, or pairs of the folder: in thousandths, as bytes overflow an int.
    const qint64 total = m_outputs.found() ? m_reading->total.load() : m_progress->total.load();
    const qint64 done = m_outputs.found() ? m_reading->done.load() : m_progress->done.load();
    if (total <= 0)
        return;
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(int(std::min<qint64>(done, total) * 1000 / total));
}

void FolderView::showCopies(const FolderCopies &copies) {
    m_running = false;
    m_poll->stop();
    m_progressBar->hide();
    m_cancelButton->hide();
    if (copies.cancelled) {
        m_summary->setText(m_outputs.found()
                               ? tr("Cancelled; the results were not read to the end.")
                               : tr("Cancelled; nothing was compared to the end."));
        updateButtons();
        Q_EMIT finished();
        return;
    }
    qsizetype groups = 0;
    for (const Cluster &c : copies.clusters)
        groups += c.members.size() > 1 ? 1 : 0;
    QString text = tr("%n file(s)", nullptr, int(copies.table.files().size())) +
                   tr(", %n group(s) of copies", nullptr, int(groups));
    if (m_outputs.found()) {
        m_all = copies;
        m_clusters->setCopies(copies);
        m_clusterTable->sortByColumn(ClusterListModel::CopiesColumn, Qt::DescendingOrder);
        m_clusterTable->resizeColumnsToContents();
        m_table->setColumnHidden(MatrixModel::ClusterColumn, true); // the group picked left
        text += tr(" from the batch's %n compared pair(s)", nullptr, int(copies.table.pairCount()));
        text += m_outputs.clusters.isEmpty()
                    ? tr(" (no clusters file: grouped above %1% similarity)")
                          .arg(qRound(kCopyThreshold * 100))
                    : tr(" (clusters: %1)").arg(QFileInfo(m_outputs.clusters).fileName());
        text += tr(". Pick a group for its matrix; double-click a group or a name to compare its "
                   "copies, a cell to compare its pair.");
        if (m_clusters->rowCount() > 0)
            m_clusterTable->selectRow(0);
    } else {
        m_model->setCopies(copies);
        m_table->sortByColumn(MatrixModel::ClusterColumn, Qt::AscendingOrder);
        text += tr(" (similarity above %1%). Double-click a cell to compare its pair, a "
                   "name to compare its cluster.")
                    .arg(qRound(kCopyThreshold * 100));
        if (copies.candidates)
            text += tr(" Over %n files only the pairs that share a passage are compared; empty "
                       "cells were not.",
                       nullptr, int(kAllPairsUpTo));
    }
    if (!copies.problems.isEmpty())
        text +=
            QLatin1Char('\n') + tr("Not read: %1").arg(copies.problems.join(QStringLiteral("; ")));
    m_summary->setText(text);
    updateButtons();
    Q_EMIT finished();
}

// The matrix of the batch results' current group.
void FolderView::showCluster(const QModelIndex &current) {
    if (!current.isValid())
        return;
    const int cluster = current.data(ClusterListModel::ClusterRole).toInt();
    m_model->setCopies(clusterCopies(m_all, cluster));
    m_table->sortByColumn(-1, Qt::AscendingOrder); // its order: the source on top
    updateButtons();
}

// Opens the files in a new tab, unless some are gone: a batch's outputs may outlive them.
void FolderView::requestCompare(const QStringList &paths) {
    if (paths.size() < 2)
        return;
    QStringList missing;
    for (const QString &p : paths)
        if (!QFileInfo(p).isFile())
            missing << p;
    m_notice->setVisible(!missing.isEmpty());
    if (!missing.isEmpty()) {
        m_notice->setText(tr("Not compared: %n file(s) not found: %1", nullptr, int(missing.size()))
                              .arg(missing.join(QStringLiteral(", "))));
        return;
    }
    Q_EMIT compareRequested(paths);
}

QString FolderView::notice() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QStringList FolderView::selectedPair() const {
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    if (rows.size() != 2)
        return {};
    const QStringList &files = m_model->copies().table.files();
    std::sort(rows.begin(), rows.end());
    return {files.at(rows.at(0)), files.at(rows.at(1))};
}

QStringList FolderView::currentCluster() const {
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    // A batch's matrix holds its current group only.
    const int cluster = m_outputs.found()   ? (m_model->rowCount() > 0 ? 0 : -1)
                        : current.isValid() ? m_model->clusterOf(current.row())
                                            : -1;
    if (cluster < 0)
        return {};
    const Cluster &c = m_model->copies().clusters.at(cluster);
    const QStringList &files = m_model->copies().table.files();
    QStringList paths{files.at(c.source)}; // the source first: the base of all versions
    for (qint32 m : c.members)
        if (m != c.source)
            paths << files.at(m);
    return paths;
}

void FolderView::updateButtons() {
    m_pairButton->setEnabled(!m_running && selectedPair().size() == 2);
    m_clusterButton->setEnabled(!m_running && currentCluster().size() > 1);
}

} // namespace sd
