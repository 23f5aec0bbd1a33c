// SPDX-License-Identifier: GPL-3.0-or-later
// A batch's outputs opened in the window (issue 16), on real widgets offscreen: storydiff-cli
// --batch --candidates runs on a generated archive, and its results open by File > Open Batch
// Results and by dropping the output folder, the JSON lines or the clusters file. The groups
// shown are the batch's (its clusters file) and the generator's stories; a group opens as the
// all-versions view of its files, a pair side by side; a file that is gone is named, not
// opened; a large run's outputs are read off the GUI thread with one group in the matrix.
#include "archivegen.h"
#include "folder/clusterlistmodel.h"
#include "folder/folderview.h"
#include "folder/matrixmodel.h"
#include "testutil.h"
#include "window/comparisonpage.h"
#include "window/mainwindow.h"

#include "batch/batchplan.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>

using namespace sd;

namespace {

enum class OpenWay { MenuLines, MenuClusters, DropFolder, DropLines, DropClusters };

void drop(MainWindow &w, const QString &path) {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QDropEvent event(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &event);
}

// File > Open Batch Results, its file dialog answered with `file` once it is up.
void openByMenu(MainWindow &w, const QString &file) {
    auto *action = w.findChild<QAction *>(QStringLiteral("openBatchResultsAction"));
    QVERIFY(action);
    bool answered = false;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's accept, public through QDialog
        answered = true;
    });
    action->trigger();
    QVERIFY(answered);
}

// The groups of copies the clusters CSV holds (two or more members): sorted member paths.
QList<QStringList> groupsOfCsv(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::map<int, QStringList> byNumber;
    const QList<CsvRecord> records = parseCsv(QString::fromUtf8(f.readAll()));
    for (const CsvRecord &r : records.mid(1))
        byNumber[r.fields.value(1).toInt()] << r.fields.value(0);
    QList<QStringList> out;
    for (auto &[number, members] : byNumber)
        if (members.size() > 1) {
            members.sort();
            out << members;
        }
    std::sort(out.begin(), out.end());
    return out;
}

// The groups a view lists, each as the sorted paths of its matrix's rows.
QList<QStringList> groupsShown(FolderView *view) {
    QList<QStringList> out;
    QAbstractItemModel *list = view->clusterView()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
        view->clusterView()->setCurrentIndex(list->index(row, 0));
        QStringList members = view->matrix()->copies().table.files();
        members.sort();
        out << members;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

Q_DECLARE_METATYPE(OpenWay)

class TestGuiFolder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void opensBatchResults_data();
    void opensBatchResults();
    void opensPairSideBySide();
    void missingFileIsNamed();
    void largeResultsReadOffTheGuiThread();

private:
    FolderView *openResults(MainWindow &w, OpenWay way, const QString &outputs);
    QString runBatch(const QString &name); // an output folder for a copy of the archive
    QTemporaryDir m_dir;
    archivegen::Archive m_archive;
};

void TestGuiFolder::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StoryDiffTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_folder"));
    QVERIFY(m_dir.isValid());
    archivegen::ArchiveOptions o;
    // Whole copies with their paragraph breaks: each story's copies are one group for sure.
    o.seed = 21, o.stories = 5, o.minCopies = 2, o.maxCopies = 4, o.unrelated = 12;
    o.trimmed = 0, o.joined = 0, o.embedded = 0;
    m_archive = archivegen::generateArchive(o);
}

void TestGuiFolder::init() {
    QSettings().clear(); // no window geometry, options or recent list from another test
}

// The archive written to `name`/archive and the batch's outputs to `name`/out.
QString TestGuiFolder::runBatch(const QString &name) {
    const QString archive = m_dir.filePath(name + QStringLiteral("/archive"));
    const QString out = m_dir.filePath(name + QStringLiteral("/out"));
    if (!QDir().mkpath(archive) || !QDir().mkpath(out) ||
        !archivegen::writeArchive(m_archive, archive))
        return {};
    const auto run = testdata::runCli({"--batch", archive, "--candidates", "--output",
                                       out + QStringLiteral("/lines.jsonl"), "--clusters",
                                       out + QStringLiteral("/clusters.csv")});
    return run.code == 1 ? out : QString();
}

FolderView *TestGuiFolder::openResults(MainWindow &w, OpenWay way, const QString &outputs) {
    const QString lines = outputs + QStringLiteral("/lines.jsonl");
    const QString clusters = outputs + QStringLiteral("/clusters.csv");
    switch (way) {
    case OpenWay::MenuLines:
        openByMenu(w, lines);
        break;
    case OpenWay::MenuClusters:
        openByMenu(w, clusters);
        break;
    case OpenWay::DropFolder:
        drop(w, outputs);
        break;
    case OpenWay::DropLines:
        drop(w, lines);
        break;
    case OpenWay::DropClusters:
        drop(w, clusters);
        break;
    }
    FolderView *view = w.currentFolderView();
    const bool read = view && QTest::qWaitFor([&] { return !view->isRunning(); }, 30000);
    return read ? view : nullptr;
}

void TestGuiFolder::opensBatchResults_data() {
    QTest::addColumn<OpenWay>("way");
    QTest::newRow("File > Open Batch Results, the lines") << OpenWay::MenuLines;
    QTest::newRow("File > Open Batch Results, the clusters") << OpenWay::MenuClusters;
    QTest::newRow("drop the output folder") << OpenWay::DropFolder;
    QTest::newRow("drop the JSON lines") << OpenWay::DropLines;
    QTest::newRow("drop the clusters file") << OpenWay::DropClusters;
}

// The groups listed are the clusters file's and the generator's stories; the matrix holds the
// current group with its likely source; Compare Cluster opens all its versions, source first.
void TestGuiFolder::opensBatchResults() {
    QFETCH(OpenWay, way);
    const QString outputs = runBatch(QStringLiteral("open%1").arg(int(way)));
    QVERIFY(!outputs.isEmpty());
    MainWindow w;
    w.show();
    FolderView *view = openResults(w, way, outputs);
    QVERIFY(view);
    QCOMPARE(w.tabs()->count(), 1); // the empty comparison gave way
    QCOMPARE(view->clusterView()->model()->rowCount(), 5);
    const QList<QStringList> shown = groupsShown(view);
    QCOMPARE(shown, groupsOfCsv(outputs + QStringLiteral("/clusters.csv")));
    for (const QStringList &group : shown) {
        QSet<int> stories;
        for (const QString &path : group)
            for (const archivegen::Article &a : m_archive.articles)
                if (a.name == QFileInfo(path).fileName())
                    stories.insert(a.story);
        QCOMPARE(stories.size(), 1);
        QVERIFY(*stories.begin() >= 0);
    }

    // The first group (the most copies): its matrix, its source, then all its versions.
    view->clusterView()->setCurrentIndex(view->clusterView()->model()->index(0, 0));
    const FolderCopies &group = view->matrix()->copies();
    QCOMPARE(group.clusters.size(), 1);
    QCOMPARE(view->matrix()->rowCount(), group.table.files().size());
    const QString source = group.table.files().at(group.clusters.first().source);
    const QStringList cluster = view->currentCluster();
    QCOMPARE(cluster.first(), source);
    QCOMPARE(cluster.size(),
             view->clusterView()->model()->index(0, ClusterListModel::CopiesColumn).data().toInt());
    auto *compare = view->findChild<QPushButton *>(QStringLiteral("folderClusterButton"));
    QVERIFY(compare && compare->isEnabled());
    compare->click();
    QCOMPARE(w.tabs()->count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(w.model()->versionCount(), int(cluster.size()), 30000);
    QVERIFY(w.isAllVersionsMode());
    QCOMPARE(w.currentPage()->sources(), cluster);
    QTRY_VERIFY_WITH_TIMEOUT(!w.model()->isBusy(), 30000);
}

// A similarity cell of the group's matrix opens its two files side by side.
void TestGuiFolder::opensPairSideBySide() {
    const QString outputs = runBatch(QStringLiteral("pair"));
    QVERIFY(!outputs.isEmpty());
    MainWindow w;
    w.show();
    FolderView *view = openResults(w, OpenWay::DropFolder, outputs);
    QVERIFY(view);
    QSignalSpy spy(view, &FolderView::compareRequested);
    QTableView *matrix = view->matrixView();
    // The top row's cell in the column of another file of the group (sorting moves rows only).
    const auto *proxy = qobject_cast<QSortFilterProxyModel *>(matrix->model());
    const int row = proxy->mapToSource(proxy->index(0, 0)).row();
    const int other = row == 0 ? 1 : 0;
    const QModelIndex cell = proxy->index(0, MatrixModel::FirstFileColumn + other);
    const QStringList files = view->matrix()->copies().table.files();
    Q_EMIT matrix->doubleClicked(cell);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toStringList(), (QStringList{files.at(row), files.at(other)}));
    QTRY_COMPARE_WITH_TIMEOUT(w.model()->versionCount(), 2, 30000);
    QVERIFY(!w.isAllVersionsMode());
    QTRY_VERIFY_WITH_TIMEOUT(!w.model()->isBusy(), 30000);
}

// The outputs name files that are gone: the group does not open, and the notice names them.
void TestGuiFolder::missingFileIsNamed() {
    const QString outputs = runBatch(QStringLiteral("missing"));
    QVERIFY(!outputs.isEmpty());
    MainWindow w;
    w.show();
    FolderView *view = openResults(w, OpenWay::DropLines, outputs);
    QVERIFY(view);
    view->clusterView()->setCurrentIndex(view->clusterView()->model()->index(0, 0));
    const QStringList cluster = view->currentCluster();
    QVERIFY(cluster.size() > 1);
    QVERIFY(QFile::remove(cluster.last()));
    QSignalSpy spy(view, &FolderView::compareRequested);
    Q_EMIT view->clusterView()->doubleClicked(view->clusterView()->currentIndex());
    QCOMPARE(spy.size(), 0);
    QCOMPARE(w.tabs()->count(), 1);
    QVERIFY2(view->notice().contains(cluster.last()), qPrintable(view->notice()));
    QVERIFY(!view->notice().contains(cluster.first()));
}

// Outputs the size of a 20,000-article run (20,000 rows, 30,000 lines of heads): opening
// returns before they are read (the GUI thread keeps its events), and the matrix holds one
// group, never 20,000 columns.
void TestGuiFolder::largeResultsReadOffTheGuiThread() {
    const QString out = m_dir.filePath(QStringLiteral("large"));
    QVERIFY(QDir().mkpath(out));
    constexpr int kFiles = 20000, kGroup = 4;
    QFile clusters(out + QStringLiteral("/clusters.csv"));
    QFile lines(out + QStringLiteral("/lines.jsonl"));
    QVERIFY(clusters.open(QIODevice::WriteOnly) && lines.open(QIODevice::WriteOnly));
    QByteArray csv = "path,cluster,source\n", jsonl;
    int pairs = 0;
    auto name = [](int i) { return QByteArray("/nowhere/a") + QByteArray::number(i) + ".txt"; };
    for (int i = 0; i < kFiles; ++i) {
        csv += name(i) + ',' + QByteArray::number(i / kGroup + 1) + (i % kGroup ? ",0\n" : ",1\n");
        for (int j = i + 1; j < (i / kGroup + 1) * kGroup; ++j, ++pairs)
            jsonl += "{\"a\":\"" + name(i) + "\",\"b\":\"" + name(j) +
                     "\",\"similarity\":0.9,\"stats\":{},\"changes\":[{}]}\n";
    }
    QVERIFY(clusters.write(csv) == csv.size() && lines.write(jsonl) == jsonl.size());
    clusters.close();
    lines.close();
    MainWindow w;
    w.show();
    drop(w, out);
    FolderView *view = w.currentFolderView();
    QVERIFY(view);
    QVERIFY(view->isRunning()); // the drop returned with the reading still to do
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 60000);
    QCOMPARE(view->clusterView()->model()->rowCount(), kFiles / kGroup);
    QCOMPARE(view->matrix()->rowCount(), kGroup);
    QCOMPARE(view->matrix()->columnCount(), MatrixModel::FirstFileColumn + kGroup);
    QCOMPARE(view->matrix()->copies().table.pairCount(), qsizetype(kGroup * (kGroup - 1) / 2));
    QCOMPARE(pairs, kFiles / kGroup * kGroup * (kGroup - 1) / 2);
}

QTEST_MAIN(TestGuiFolder)
#include "tst_gui_folder.moc"
