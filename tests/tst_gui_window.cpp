// SPDX-License-Identifier: GPL-3.0-or-later
// The window on real widgets, offscreen: tabs, opening (new tab, add, replace) by call and by
// drop, duplicates, recent comparisons, the half-screen layout, one version, each pane's format
// and encoding, reload on change (folder tabs: tst_gui_window_folders).
#include "windowfixture.h"

#include "common/translations.h"
#include "common/versionlist.h"
#include "folder/folderview.h"
#include "pair/sidebysideview.h"
#include "window/comparisonpage.h"
#include "window/diskwatch.h"
#include "window/mainwindow.h"
#include "window/recentfiles.h"
#include "window/versionbadges.h"
#include "window/viewmodeactions.h"

#include "util/parallel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace sd;
using windowtest::drop;
using windowtest::story;
using windowtest::waitIdle;

class TestGuiWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void newAndCloseTabs_data();
    void newAndCloseTabs();
    void closingCancelsWork();
    void openModes_data();
    void openModes();
    void duplicateRefused_data();
    void duplicateRefused();
    void recentComparisons();
    void halfScreenLayout_data();
    void halfScreenLayout();
    void singleVersion();
    void badgesAndEncoding_data();
    void badgesAndEncoding();
    void reloadOnChange();
    void screenshots();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestGuiWindow::write(const QString &name, const QByteArray &bytes) {
    return windowtest::write(m_dir, name, bytes);
}

void TestGuiWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StoryDiffTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_window"));
    QVERIFY(m_dir.isValid());
    QVERIFY(!write(QStringLiteral("a.txt"), story(1)).isEmpty());
    QByteArray b = story(1);
    b.replace("river", "stream");
    QVERIFY(!write(QStringLiteral("b.txt"), b).isEmpty());
    QVERIFY(!write(QStringLiteral("c.md"), "# Title\n\n" + story(2)).isEmpty());
}

void TestGuiWindow::init() {
    QSettings().clear(); // no window geometry, options or recent list from another test
}

// Ctrl+N opens a tab, Ctrl+W closes the current one; the last one closed leaves an empty one.
void TestGuiWindow::newAndCloseTabs_data() {
    QTest::addColumn<int>("news");
    QTest::addColumn<int>("closes");
    QTest::newRow("one new") << 1 << 0;
    QTest::newRow("new then close") << 1 << 1;
    QTest::newRow("close the only tab") << 0 << 1;
    QTest::newRow("three new, two closed") << 3 << 2;
    QTest::newRow("two new, five closed") << 2 << 5;
}

void TestGuiWindow::newAndCloseTabs() {
    QFETCH(int, news);
    QFETCH(int, closes);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.tabs()->count(), 1);
    for (int i = 0; i < news; ++i)
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(w.tabs()->count(), 1 + news);
    QCOMPARE(w.tabs()->currentIndex(), news); // the new tab is current
    for (int i = 0; i < closes; ++i)
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(w.tabs()->count(), qMax(1, 1 + news - closes));
    // Every tab is a page of its own, with its own model.
    QSet<ComparisonModel *> models;
    for (int i = 0; i < w.tabs()->count(); ++i)
        models.insert(qobject_cast<ComparisonPage *>(w.tabs()->widget(i))->model());
    QCOMPARE(models.size(), w.tabs()->count());
}

// Closing a tab while it compares: its model goes at once (it cancelled and waited for its
// work), the other tab keeps its comparison.
void TestGuiWindow::closingCancelsWork() {
    QByteArray big, bigB;
    for (int i = 0; i < 40; ++i)
        big += story(100 + i, 50);
    bigB = big;
    bigB.replace("orchard", "meadow");
    const QString a = write(QStringLiteral("big/a.txt"), big);
    const QString b = write(QStringLiteral("big/b.txt"), bigB);
    MainWindow w;
    w.show();
    w.openFiles({m_dir.filePath(QStringLiteral("a.txt")), m_dir.filePath(QStringLiteral("b.txt"))});
    waitIdle(w);
    ComparisonModel *first = w.model();
    w.openFiles({a, b}, {}, false, OpenMode::NewTab);
    QCOMPARE(w.tabs()->count(), 2);
    QPointer<ComparisonModel> busy = w.model();
    QVERIFY(busy != first);
    QTRY_VERIFY(busy->isBusy());
    w.closeTab(w.tabs()->currentIndex());
    QVERIFY(busy.isNull());
    QCOMPARE(w.tabs()->count(), 1);
    QCOMPARE(w.model(), first);
    QVERIFY(first->comparison() != nullptr);
}

void TestGuiWindow::openModes_data() {
    QTest::addColumn<bool>("byDrop");
    QTest::addColumn<QString>("choice"); // the drop menu's action
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("tabs");
    QTest::addColumn<int>("versions"); // in the current tab afterwards
    for (bool byDrop : {false, true}) {
        const char *how = byDrop ? "drop: " : "open: ";
        QTest::newRow(QByteArray(how).append("new tab").constData())
            << byDrop << "openInNewTab" << int(OpenMode::NewTab) << 2 << 1;
        QTest::newRow(QByteArray(how).append("add").constData())
            << byDrop << "openAdd" << int(OpenMode::Add) << 1 << 3;
        QTest::newRow(QByteArray(how).append("replace").constData())
            << byDrop << "openReplace" << int(OpenMode::Replace) << 1 << 1;
    }
}

// Two versions open; then c.md is opened by call or dropped (the drop asks how).
void TestGuiWindow::openModes() {
    QFETCH(bool, byDrop);
    QFETCH(QString, choice);
    QFETCH(int, mode);
    QFETCH(int, tabs);
    QFETCH(int, versions);
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString a = m_dir.filePath(QStringLiteral("a.txt"));
    const QString b = m_dir.filePath(QStringLiteral("b.txt"));
    const QString c = m_dir.filePath(QStringLiteral("c.md"));
    drop(w, {a, b}); // an empty tab takes a drop without asking
    QVERIFY(!w.openChoiceMenu()->isVisible());
    QTRY_COMPARE(w.model()->versionCount(), 2);
    waitIdle(w);
    if (byDrop) {
        drop(w, {c});
        QTRY_VERIFY(w.openChoiceMenu()->isVisible());
        QAction *act = w.openChoiceMenu()->findChild<QAction *>(choice);
        QVERIFY(act);
        w.openChoiceMenu()->hide();
        act->trigger();
    } else {
        w.openFiles({c}, {}, true, OpenMode(mode));
    }
    QCOMPARE(w.tabs()->count(), tabs);
    QTRY_COMPARE(w.model()->versionCount(), versions);
    waitIdle(w);
    QCOMPARE(w.currentPage()->sources().last(), c);
}

void TestGuiWindow::duplicateRefused_data() {
    QTest::addColumn<QString>("again"); // the path given the second time
    QTest::addColumn<bool>("inOneRequest");
    const QString a = m_dir.filePath(QStringLiteral("a.txt"));
    QTest::newRow("same path") << a << false;
    QTest::newRow("through a dot folder") << m_dir.path() + QStringLiteral("/./a.txt") << false;
    QTest::newRow("twice in one request") << a << true;
}

void TestGuiWindow::duplicateRefused() {
    QFETCH(QString, again);
    QFETCH(bool, inOneRequest);
    const QString a = m_dir.filePath(QStringLiteral("a.txt"));
    const QString b = m_dir.filePath(QStringLiteral("b.txt"));
    MainWindow w;
    w.show();
    if (inOneRequest) {
        w.openFiles({a, b, again});
    } else {
        w.openFiles({a, b});
        waitIdle(w);
        w.openFiles({again});
    }
    waitIdle(w);
    QCOMPARE(w.model()->versionCount(), 2);
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("a.txt")),
             qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("not added")));
}

// Open Recent lists comparisons, with full paths where two files share a name, and an entry
// reopens its whole set.
void TestGuiWindow::recentComparisons() {
    const QString home = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QStringList one, two;
    for (const auto &[list, folder, other] :
         {std::tuple{&one, "draft1", "x.md"}, std::tuple{&two, "draft2", "y.md"}}) {
        for (const char *name : {"v6.md", other}) {
            const QString path = home + QLatin1Char('/') + QLatin1String(folder) +
                                 QLatin1Char('/') + QLatin1String(name);
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(story(int(list->size()) + 7)) > 0);
            *list << path;
        }
    }
    for (const QStringList &set : {one, two}) {
        MainWindow w;
        w.openFiles(set);
        waitIdle(w);
    }
    MainWindow w;
    w.show();
    auto *recent = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QStringList texts;
    for (QAction *a : recent->actions())
        if (!a->isSeparator())
            texts << a->text();
    const QString expectTwo = QDir::toNativeSeparators(two.at(0)) + QStringLiteral(" ↔ y.md");
    const QString expectOne = QDir::toNativeSeparators(one.at(0)) + QStringLiteral(" ↔ x.md");
    QCOMPARE(texts.value(0), expectTwo); // newest first
    QCOMPARE(texts.value(1), expectOne);
    recent->actions().at(1)->trigger(); // an empty window: no question, the set opens
    QTRY_COMPARE(w.model()->versionCount(), 2);
    waitIdle(w);
    QCOMPARE(w.currentPage()->sources(), one);
    QCOMPARE(RecentFiles::entryText({one.at(1)}, {one, two}), QStringLiteral("x.md"));
}

void TestGuiWindow::halfScreenLayout_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("versions");
    QTest::newRow("side by side, two") << int(ViewMode::SideBySide) << 2;
    QTest::newRow("inline, two") << int(ViewMode::Inline) << 2;
    QTest::newRow("all versions, three") << int(ViewMode::AllVersions) << 3;
    QTest::newRow("side by side, one") << int(ViewMode::SideBySide) << 1;
}

// The window tiles on half of a 1,366 px screen, and at the default size the toolbar shows
// everything (no » extension button).
void TestGuiWindow::halfScreenLayout() {
    QFETCH(int, mode);
    QFETCH(int, versions);
    const QStringList all{m_dir.filePath(QStringLiteral("a.txt")),
                          m_dir.filePath(QStringLiteral("b.txt")),
                          m_dir.filePath(QStringLiteral("c.md"))};
    MainWindow w;
    w.findChild<ViewModeActions *>()->setMode(ViewMode(mode));
    w.resize(1280, 820); // the default where the screen has room
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openFiles(all.mid(0, versions));
    QTRY_COMPARE(w.model()->versionCount(), versions);
    waitIdle(w);
    QTest::qWait(100);
    auto *ext = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"))
                    ->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(!ext || !ext->isVisible());
    qInfo("minimum width %d px; the toolbar shows everything from %d px",
          w.minimumSizeHint().width(),
          w.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->sizeHint().width());
    QVERIFY2(w.minimumSizeHint().width() <= 683,
             qPrintable(QString::number(w.minimumSizeHint().width())));
    w.resize(683, 700);
    QTRY_COMPARE(w.width(), 683);
}

// One version: its text is shown, with a hint to add another; a second brings the panes.
void TestGuiWindow::singleVersion() {
    MainWindow w;
    w.show();
    w.openFiles({m_dir.filePath(QStringLiteral("c.md"))});
    waitIdle(w);
    ComparisonPage *page = w.currentPage();
    QTRY_VERIFY(page->isSingleShown());
    QVERIFY(page->singleView()->isVisible());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("singleVersionHint"))->isVisible());
    const QString first = page->model()->version(0).document.blocks.at(1).text;
    QVERIFY(!first.isEmpty());
    QVERIFY(page->singleView()->toPlainText().contains(first));
    w.openFiles({m_dir.filePath(QStringLiteral("a.txt"))});
    QTRY_VERIFY(!page->isSingleShown());
    waitIdle(w);
    QVERIFY(w.model()->comparison() != nullptr);
}

void TestGuiWindow::badgesAndEncoding_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("encoding"); // reopened in this one
    QTest::addColumn<QString>("word");     // which then reads right
    QTest::newRow("latin-1 café") << QByteArray("Un caf\xe9 noir et une cr\xe8me.\n\n") + story(3)
                                  << "cafe.txt"
                                  << "ISO-8859-1" << QStringLiteral("café");
    QTest::newRow("cp1251 Russian")
        << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0.\n\n") + story(4) << "ru.md"
        << "windows-1251" << QStringLiteral("Привет");
    QTest::newRow("utf-8 as it is")
        << QByteArray("Caf\xc3\xa9 au lait.\n\n") + story(5) << "utf8.txt"
        << "UTF-8" << QStringLiteral("Café");
}

// Each pane says its format and encoding; the badge's menu reads the version again in another.
void TestGuiWindow::badgesAndEncoding() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, encoding);
    QFETCH(QString, word);
    const QString path = write(QStringLiteral("enc/") + name, bytes);
    MainWindow w;
    w.show();
    w.openFiles({m_dir.filePath(QStringLiteral("a.txt")), path});
    waitIdle(w);
    VersionBadges *badges = w.currentPage()->badges();
    const Document &before = w.model()->version(1).document;
    QVERIFY(badges->otherBadge()->text().contains(formatName(before.format)));
    QVERIFY(badges->otherBadge()->text().contains(before.encoding));
    QVERIFY(badges->otherBadge()->text().contains(name));
    QAction *act =
        badges->otherBadge()->menu()->findChild<QAction *>(QStringLiteral("encoding_") + encoding);
    QVERIFY(act);
    act->trigger();
    QTRY_COMPARE(w.model()->version(1).encoding, encoding);
    waitIdle(w);
    const Document &after = w.model()->version(1).document;
    QCOMPARE(after.encoding, encoding);
    QVERIFY(after.blocks.at(0).text.contains(word));
    QVERIFY(badges->otherBadge()->text().contains(encoding));
    QVERIFY(w.model()->comparison() != nullptr);
}

// A version changed on disk: a bar names it, Reload reads it again and compares again.
void TestGuiWindow::reloadOnChange() {
    const QString a = write(QStringLiteral("watch/a.txt"), story(9));
    const QString b = write(QStringLiteral("watch/v2.md"), story(9));
    MainWindow w;
    w.show();
    w.openFiles({a, b});
    waitIdle(w);
    QVERIFY(!w.model()->comparison()->hasChanges());
    DiskWatch *bar = w.currentPage()->diskWatch();
    QVERIFY(!bar->isVisible());
    QTest::qWait(50);
    QVERIFY(!write(QStringLiteral("watch/v2.md"), "A new opening line.\n\n" + story(9)).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
    QVERIFY(bar->findChild<QLabel *>()->text().contains(QStringLiteral("v2.md")));
    QCOMPARE(bar->changedFiles(), QStringList{b});
    bar->reloadButton()->click();
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->comparison() && w.model()->comparison()->hasChanges(),
                             10000);
    QCOMPARE(w.model()->comparison()->b.blocks.at(0).text, QStringLiteral("A new opening line."));
}

// What a person sees: half a screen, a folder of copies, one version, a file changed on disk.
// STORYDIFF_GUI_SHOTS=dir saves them there.
void TestGuiWindow::screenshots() {
    const QString out = qEnvironmentVariable("STORYDIFF_GUI_SHOTS");
    if (out.isEmpty())
        QSKIP("set STORYDIFF_GUI_SHOTS=<dir> to save screenshots");
    const QString corpus = QStringLiteral(STORYDIFF_SHARED_DIR "/corpus/versions/");
    const QString howWeWrite = corpus + QStringLiteral("18f-how-we-write-md-revisions");
    if (!QFileInfo::exists(howWeWrite + QStringLiteral("/v1.md")))
        QSKIP("the shared corpus is not here");
    const Translations english(QLocale(QLocale::English)); // "14 words", as the app says
    const auto shoot = [&](MainWindow &w, const char *name) {
        QTest::qWait(900);
        QVERIFY(w.grab().save(out + QLatin1Char('/') + QLatin1String(name)));
    };
    {
        MainWindow w;
        w.resize(683, 740);
        w.show();
        // Active, or F7 (a window shortcut) never reaches the action under a bare X server.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.openFiles({howWeWrite + QStringLiteral("/v1.md"), howWeWrite + QStringLiteral("/v2.md")});
        waitIdle(w);
        QTRY_VERIFY(w.sideBySideView()->isReady());
        QTest::keyClick(&w, Qt::Key_F7);
        QCOMPARE(w.model()->currentChange(), 0);
        shoot(w, "half-screen.png");
    }
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        w.openFolders({howWeWrite, corpus + QStringLiteral("wikipedia-hate-speech-8revs")});
        QTRY_VERIFY_WITH_TIMEOUT(!w.currentFolderView()->isRunning(), 60000);
        shoot(w, "folder-copies.png");
    }
    {
        MainWindow w;
        w.resize(1000, 700);
        w.show();
        const auto read = [&](const char *name) {
            QFile f(howWeWrite + QLatin1Char('/') + QLatin1String(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray v2Text = read("v2.md");
        const QString v2 = write(QStringLiteral("shots/v2.md"), v2Text);
        w.openFiles({write(QStringLiteral("shots/v1.md"), read("v1.md"))});
        waitIdle(w);
        shoot(w, "single-version.png");
        w.openFiles({v2});
        waitIdle(w);
        QTest::qWait(50);
        write(QStringLiteral("shots/v2.md"), QByteArray(v2Text).replace("blog", "journal"));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->diskWatch()->isVisible(), 5000);
        shoot(w, "changed-on-disk.png");
    }
}

QTEST_MAIN(TestGuiWindow)
#include "tst_gui_window.moc"
