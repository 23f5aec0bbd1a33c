// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchresults.h"
#include "compare/options.h"
#include "folder/foldercopies.h"
#include "util/parallel.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace sd {

class ClusterListModel;
class MatrixModel;

// A tab that shows the copies among the files of one or two folders: the similarity matrix
// (sortable), each file's cluster and the likely source of each. The work runs on the WorkPool
// with progress and Cancel; closing the tab cancels it and waits for the worker.
// Opened on a batch's outputs instead, it compares nothing: it reads them (off the GUI thread)
// and lists the groups of copies, the matrix showing the current group's files.
class FolderView : public QWidget {
    Q_OBJECT
public:
    FolderView(const QStringList &folders, const CompareOptions &options,
               QWidget *parent = nullptr);
    explicit FolderView(const BatchOutputs &outputs, QWidget *parent = nullptr);
    ~FolderView() override;

    QStringList folders() const { return m_folders; }
    QString title() const;
    bool isRunning() const { return m_running; }
    // Workers of this view still on the pool (0 once a run has ended or been cancelled).
    int activeWorkers() const { return m_active->load(); }
    void cancel();
    QTableView *matrixView() const { return m_table; }
    MatrixModel *matrix() const { return m_model; }
    // The batch results' groups (null for a folder); its current row is the matrix's group.
    QTableView *clusterView() const { return m_clusterTable; }
    // What the view says of the last pair or group it could not open (its missing files).
    QString notice() const;
    // The files of the selected rows' pair, or of the cluster of the current row.
    QStringList selectedPair() const;
    QStringList currentCluster() const;

Q_SIGNALS:
    // Compare these files in a new tab (two: side by side; more: all versions).
    void compareRequested(const QStringList &paths);
    void finished();

private:
    FolderView(const QStringList &folders, const BatchOutputs &outputs, QWidget *parent);
    void build();
    void buildClusterList();
    void start(std::function<FolderCopies()> work);
    void showCopies(const FolderCopies &copies);
    void showCluster(const QModelIndex &current);
    void requestCompare(const QStringList &paths);
    void pollProgress();
    void updateButtons();

    QStringList m_folders;
    BatchOutputs m_outputs; // found(): the view shows these outputs
    FolderCopies m_all;     // the outputs' every file and group (the matrix holds one group)
    MatrixModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary, *m_notice;
    ClusterListModel *m_clusters = nullptr;
    QSortFilterProxyModel *m_clusterProxy = nullptr;
    QTableView *m_clusterTable = nullptr;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton, *m_pairButton, *m_clusterButton;
    QTimer *m_poll;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<CopyProgress> m_progress = std::make_shared<CopyProgress>();
    std::shared_ptr<ReadProgress> m_reading = std::make_shared<ReadProgress>();
    std::shared_ptr<std::atomic_int> m_active = std::make_shared<std::atomic_int>(0);
    bool m_running = false;
    TaskGroup m_tasks; // last member: waited for before the rest goes
};

} // namespace sd
