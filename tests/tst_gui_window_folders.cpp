// SPDX-License-Identifier: GPL-3.0-or-later
// Folder tabs in the window on real widgets, offscreen: a folder (or two) dropped shows the
// similarity matrix and the clusters of copies, a long run cancels, a cluster or a pair opens
// in a tab of its own (the window's other tests: tst_gui_window).
#include "windowfixture.h"

#include "folder/folderview.h"
#include "folder/matrixmodel.h"
#include "window/comparisonpage.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using windowtest::drop;
using windowtest::story;
using windowtest::waitIdle;

class TestGuiWindowFolders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void folderMatrix_data();
    void folderMatrix();
    void folderCancel_data();
    void folderCancel();
    void folderOpensCluster();

private:
    QString write(const QString &name, const QByteArray &bytes) {
        return windowtest::write(m_dir, name, bytes);
    }
    QTemporaryDir m_dir;
};

void TestGuiWindowFolders::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StoryDiffTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_window_folders"));
    QVERIFY(m_dir.isValid());
}

void TestGuiWindowFolders::init() {
    QSettings().clear(); // no window geometry, options or recent list from another test
}

void TestGuiWindowFolders::folderMatrix_data() {
    QTest::addColumn<QList<int>>("seeds"); // one file per seed; equal seeds are copies
    QTest::addColumn<bool>("twoFolders");  // the files split over two folders
    QTest::newRow("three copies and one other") << QList<int>{20, 20, 20, 21} << false;
    QTest::newRow("two pairs") << QList<int>{30, 31, 30, 31} << false;
    QTest::newRow("two folders") << QList<int>{40, 41, 40} << true;
    QTest::newRow("one file") << QList<int>{50} << false;
}

// A folder (or two) dropped: a tab with the matrix, a row per file, and its clusters: copies
// together, each cluster's source the member the others share most with.
void TestGuiWindowFolders::folderMatrix() {
    QFETCH(QList<int>, seeds);
    QFETCH(bool, twoFolders);
    const QString base = m_dir.filePath(QStringLiteral("folders/%1").arg(QTest::currentDataTag()));
    QStringList folders{base + QStringLiteral("/one")};
    if (twoFolders)
        folders << base + QStringLiteral("/two");
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        QByteArray text = story(seeds.at(i));
        // Copies differ a little (one word per copy), so that they are not all the same.
        for (qsizetype k = 0; k < i; ++k)
            text.replace(text.indexOf("fox"), 3, "cat");
        const QString folder = folders.at(i % folders.size());
        QVERIFY(
            !write(QDir(m_dir.path()).relativeFilePath(folder) + QStringLiteral("/f%1.txt").arg(i),
                   text)
                 .isEmpty());
    }
    MainWindow w;
    w.show();
    drop(w, folders);
    FolderView *view = w.currentFolderView();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 30000);
    const MatrixModel *m = view->matrix();
    QCOMPARE(view->matrixView()->model()->rowCount(), int(seeds.size()));
    QCOMPARE(m->columnCount(), MatrixModel::FirstFileColumn + int(seeds.size()));
    const FolderCopies &copies = m->copies();
    const auto seedOf = [](const QString &path) {
        return QFileInfo(path).baseName().mid(1).toInt();
    };
    for (int r = 0; r < m->rowCount(); ++r)
        for (int s = 0; s < m->rowCount(); ++s) {
            const int seedR = seeds.at(seedOf(copies.table.files().at(r)));
            const int seedS = seeds.at(seedOf(copies.table.files().at(s)));
            QCOMPARE(m->clusterOf(r) == m->clusterOf(s), seedR == seedS);
        }
    for (const Cluster &c : copies.clusters) {
        auto mean = [&](qint32 who) {
            double sum = 0;
            for (qint32 o : c.members)
                if (o != who)
                    sum += qMax(0.0, copies.table.value(who, o));
            return sum;
        };
        for (qint32 member : c.members)
            QVERIFY(mean(member) <= mean(c.source));
        const int row = int(c.source);
        QCOMPARE(m->data(m->index(row, MatrixModel::SourceColumn), Qt::DisplayRole).toString(),
                 c.members.size() > 1 ? QStringLiteral("source") : QString());
    }
    // Sorting by a column orders the rows by its values.
    view->matrixView()->sortByColumn(MatrixModel::FirstFileColumn, Qt::DescendingOrder);
    const QAbstractItemModel *shown = view->matrixView()->model();
    for (int r = 1; r < shown->rowCount(); ++r)
        QVERIFY(
            shown->index(r - 1, MatrixModel::FirstFileColumn)
                .data(MatrixModel::SortRole)
                .toDouble() >=
            shown->index(r, MatrixModel::FirstFileColumn).data(MatrixModel::SortRole).toDouble());
}

void TestGuiWindowFolders::folderCancel_data() {
    QTest::addColumn<bool>("byKey");
    QTest::newRow("Cancel button") << false;
    QTest::newRow("Esc") << true;
}

// Cancel during a long folder run: the run ends, no worker of it is left, nothing is shown.
void TestGuiWindowFolders::folderCancel() {
    QFETCH(bool, byKey);
    const QString folder = m_dir.filePath(QStringLiteral("long"));
    for (int i = 0; i < 14; ++i)
        QVERIFY(!write(QStringLiteral("long/f%1.txt").arg(i, 2, 10, QLatin1Char('0')),
                       story(60 + i % 2, 400))
                     .isEmpty());
    MainWindow w;
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.openFolders({folder});
    FolderView *view = w.currentFolderView();
    QVERIFY(view && view->isRunning());
    QTRY_VERIFY(view->activeWorkers() == 1);
    if (byKey) {
        view->matrixView()->setFocus();
        QTest::keyClick(view->matrixView(), Qt::Key_Escape);
    } else {
        view->findChild<QPushButton *>(QStringLiteral("folderCancelButton"))->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 5000);
    QCOMPARE(view->activeWorkers(), 0);
    QCOMPARE(view->matrix()->rowCount(), 0);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("folderSummary"))
                ->text()
                .contains(QStringLiteral("Cancelled")));
}

// A cluster opens as a new tab of all its members, source first, in the all-versions view; a
// pair side by side.
void TestGuiWindowFolders::folderOpensCluster() {
    for (int i = 0; i < 3; ++i)
        QVERIFY(!write(QStringLiteral("cluster/f%1.txt").arg(i),
                       story(70) + QByteArray::number(i) + " last words.\n")
                     .isEmpty());
    MainWindow w;
    w.show();
    w.openFolders({m_dir.filePath(QStringLiteral("cluster"))});
    FolderView *view = w.currentFolderView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 30000);
    view->matrixView()->setCurrentIndex(view->matrixView()->model()->index(0, 0));
    const QStringList cluster = view->currentCluster();
    QCOMPARE(cluster.size(), 3);
    Q_EMIT view->compareRequested(cluster);
    QCOMPARE(w.tabs()->count(), 2);
    QTRY_COMPARE(w.model()->versionCount(), 3);
    QVERIFY(w.isAllVersionsMode());
    QCOMPARE(w.currentPage()->sources(), cluster);
    const FolderCopies &copies = view->matrix()->copies();
    QCOMPARE(cluster.first(), copies.table.files().at(copies.clusters.first().source));
    waitIdle(w);
}

QTEST_MAIN(TestGuiWindowFolders)
#include "tst_gui_window_folders.moc"
