// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real desktop widgets offscreen: drops, navigation, filters, options, errors,
// and the colours that end up on screen.
#include "common/linkpolicy.h"
#include "common/translations.h"
#include "pair/changelist.h"
#include "pair/inlineview.h"
#include "pair/sidebysideview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QMimeData>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using namespace sd;

class TestGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dropAddsVersions();
    void nextPreviousChange();
    void filterHidesKind();
    void optionRecomputes();
    void badFilesShowError();
    void outOfMemoryInWorkerIsReported();
    void highlightColoursOnScreen();
    void darkDesktop();
    void inlineView();
    void linkPolicy();
    void sampleStory();
    void firstScreen100k();
    void screenshots();
    void labelsAndRecentFiles();

private:
    QString write(const QString &name, const QByteArray &bytes);
    void loadPair(MainWindow &w);
    void showSample(MainWindow &w);
    static QAction *action(MainWindow &w, const char *name);
    QTemporaryDir m_dir;
    QString m_a, m_b;
};

QString TestGui::write(const QString &name, const QByteArray &bytes) {
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

QAction *TestGui::action(MainWindow &w, const char *name) {
    return w.findChild<QAction *>(QLatin1String(name));
}

void TestGui::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StoryDiffTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui"));
    QVERIFY(m_dir.isValid());
    // 60 paragraphs; version B changes a word case in 3, inserts a paragraph after 30 and
    // replaces words in 50, so navigation has to scroll.
    QByteArray a, b;
    for (int i = 1; i <= 60; ++i) {
        const QByteArray p = "Paragraph " + QByteArray::number(i) +
                             " tells how the quick brown fox crossed the river near the old "
                             "mill, and how the miller watched it from the bridge.\n\n";
        a += p;
        if (i == 3)
            b += QByteArray(p).replace("quick", "Quick");
        else if (i == 50)
            b += QByteArray(p).replace("brown fox", "grey wolf");
        else
            b += p;
        if (i == 30)
            b += "A brand new paragraph appears here with several inserted words.\n\n";
    }
    m_a = write(QStringLiteral("a.txt"), a);
    m_b = write(QStringLiteral("b.txt"), b);
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
}

// The window as a person sees it: the bundled sample open, compared and settled.
void TestGui::showSample(MainWindow &w) {
    w.resize(1400, 860);
    w.show();
    w.openSample();
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->comparison() != nullptr, 10000);
    QTRY_VERIFY(!w.model()->isBusy());
    QTRY_VERIFY(w.sideBySideView()->isReady()); // the panes are built off the GUI thread
    QTest::qWait(900);
}

void TestGui::loadPair(MainWindow &w) {
    w.resize(1300, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_a), QUrl::fromLocalFile(m_b)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QTRY_COMPARE(w.model()->versionCount(), 2);
    QTRY_VERIFY(w.model()->comparison() != nullptr);
    QTRY_VERIFY(!w.model()->isBusy());
    QTRY_VERIFY(w.sideBySideView()->isReady());
}

void TestGui::dropAddsVersions() {
    MainWindow w;
    loadPair(w);
    const auto c = w.model()->comparison();
    QVERIFY(c->hasChanges());
    QCOMPARE(w.sideBySideView()->leftPane()->document()->blockCount(),
             w.sideBySideView()->rightPane()->document()->blockCount());
    // Rows line up: both panes have the same number of lines after alignment.
    QTRY_COMPARE(w.sideBySideView()->leftPane()->document()->lineCount(),
                 w.sideBySideView()->rightPane()->document()->lineCount());
    QVERIFY(w.changeList()->visibleChangeCount() > 0);
}

static bool visibleIn(DiffPane *pane, int pos) {
    QTextCursor c(pane->document());
    c.setPosition(pos);
    const QRect r = pane->cursorRect(c);
    return pane->viewport()->rect().contains(r.center());
}

void TestGui::nextPreviousChange() {
    MainWindow w;
    loadPair(w);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    SideBySideView *v = w.sideBySideView();
    const auto c = w.model()->comparison();
    // Go to the last change (in paragraph 50), which needs scrolling in both panes.
    int last = -1;
    for (int i = 0; i < c->changes.size(); ++i)
        if (c->changes.at(i).kind == ChangeKind::Replace)
            last = i;
    QVERIFY(last >= 0);
    for (int guard = 0; w.model()->currentChange() != last && guard < 20; ++guard)
        QTest::keyClick(&w, Qt::Key_F7);
    QCOMPARE(w.model()->currentChange(), last);
    const Change &ch = c->changes.at(last);
    const auto right = v->paneRanges(ch, Side::B);
    const auto left = v->paneRanges(ch, Side::A);
    QVERIFY(!right.isEmpty() && !left.isEmpty());
    QVERIFY(v->rightPane()->verticalScrollBar()->value() > 0);
    QVERIFY(visibleIn(v->rightPane(), right.first().first));
    QVERIFY(visibleIn(v->leftPane(), left.first().first));
    QCOMPARE(v->leftPane()->verticalScrollBar()->value(),
             v->rightPane()->verticalScrollBar()->value());
    // And back with Shift+F7.
    QTest::keyClick(&w, Qt::Key_F7, Qt::ShiftModifier);
    QVERIFY(w.model()->currentChange() < last);
    const Change &prev = c->changes.at(w.model()->currentChange());
    const auto pr = v->paneRanges(prev, prev.to.isValid() ? Side::B : Side::A);
    QVERIFY(!pr.isEmpty());
    QVERIFY(visibleIn(prev.to.isValid() ? v->rightPane() : v->leftPane(), pr.first().first));
}

void TestGui::filterHidesKind() {
    MainWindow w;
    loadPair(w);
    const auto c = w.model()->comparison();
    int insert = -1;
    for (int i = 0; i < c->changes.size(); ++i)
        if (c->changes.at(i).kind == ChangeKind::Insert)
            insert = i;
    QVERIFY(insert >= 0);
    SideBySideView *v = w.sideBySideView();
    auto formatAt = [&] {
        const int pos = v->paneRanges(c->changes.at(insert), Side::B).first().first;
        QTextCursor cur(v->rightPane()->document());
        cur.setPosition(pos + 1);
        return cur.charFormat();
    };
    QVERIFY(formatAt().hasProperty(ChangeIndexProperty));
    const int before = w.changeList()->visibleChangeCount();
    QAction *hideInserted = action(w, "filter_0");
    QVERIFY(hideInserted);
    hideInserted->trigger(); // unchecks: inserted words are hidden
    QVERIFY(!w.model()->filter().shows(Category::Inserted));
    QTRY_VERIFY(v->isReady());
    QVERIFY(!formatAt().hasProperty(ChangeIndexProperty));
    QCOMPARE(w.changeList()->visibleChangeCount(), before - 1);
    // Navigation skips the hidden kind.
    for (int i = w.model()->nextVisibleChange(-1, 1); i >= 0;
         i = w.model()->nextVisibleChange(i, 1))
        QVERIFY(c->changes.at(i).kind != ChangeKind::Insert);
    hideInserted->trigger();
    QTRY_VERIFY(v->isReady());
    QVERIFY(formatAt().hasProperty(ChangeIndexProperty));
}

void TestGui::optionRecomputes() {
    MainWindow w;
    loadPair(w);
    const auto before = w.model()->comparison();
    QAction *ignoreCase = action(w, "ignoreCaseAction");
    QVERIFY(ignoreCase && !ignoreCase->isChecked());
    QSignalSpy ready(w.model(), &ComparisonModel::comparisonReady);
    ignoreCase->trigger();
    QVERIFY(ready.wait(10000));
    const auto after = w.model()->comparison();
    QVERIFY(after->options.ignoreCase);
    QVERIFY(after->changes.size() < before->changes.size());
    ignoreCase->trigger(); // settings are shared by the tests: leave it as found
    QVERIFY(ready.wait(10000));
}

void TestGui::badFilesShowError() {
    MainWindow w;
    loadPair(w);
    const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) & 0xff);
    const QString bin = write(QStringLiteral("picture.bin"), binary);
    QSignalSpy failed(w.model(), &ComparisonModel::loadFailed);
    w.openFiles({missing, bin});
    QTRY_COMPARE(failed.count(), 2);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("loadErrorBox"))) != nullptr);
    QVERIFY(box->isVisible());
    const QString text = box->informativeText();
    QVERIFY2(text.contains(missing) && text.contains(bin), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not found")), qPrintable(text));
    QCOMPARE(w.model()->versionCount(), 2); // the good versions stay open
    QVERIFY(w.model()->comparison() != nullptr);
    box->close();
}

// A comparison that runs out of memory in its worker (simulated: the model's test hook throws
// std::bad_alloc there) leaves the window idle and says so; the process does not abort.
void TestGui::outOfMemoryInWorkerIsReported() {
    qputenv("STORYDIFF_TEST_OOM_IN_WORKER", "1");
    const auto unset = qScopeGuard([] { qunsetenv("STORYDIFF_TEST_OOM_IN_WORKER"); });
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy failed(w.model(), &ComparisonModel::workFailed);
    w.openFiles({m_a, m_b});
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("out of memory while comparing")),
             qPrintable(message));
    QTRY_VERIFY(!w.model()->isBusy());
    QVERIFY(w.model()->comparison() == nullptr);
    QCOMPARE(w.statusBar()->currentMessage(), message);
    QTRY_COMPARE(w.model()->hasRunningWork(), false);
}

void TestGui::highlightColoursOnScreen() {
    MainWindow w;
    loadPair(w);
    SideBySideView *v = w.sideBySideView();
    const auto c = w.model()->comparison();
    int insert = -1;
    for (int i = 0; i < c->changes.size(); ++i)
        if (c->changes.at(i).kind == ChangeKind::Insert)
            insert = i;
    QVERIFY(insert >= 0);
    w.model()->setCurrentChange(insert);
    QTest::qWait(900); // let the flash fade to the resting mark
    const auto range = v->paneRanges(c->changes.at(insert), Side::B).first();
    QTextCursor cur(v->rightPane()->document());
    cur.setPosition(range.first);
    const QRect r0 = v->rightPane()->cursorRect(cur);
    cur.setPosition(range.first + 10);
    const QRect r1 = v->rightPane()->cursorRect(cur);
    QRect area = QRect(r0.topLeft(), r1.bottomRight()).adjusted(0, 1, 0, -1);
    area.moveTopLeft(v->rightPane()->viewport()->mapTo(&w, area.topLeft()));
    const QImage shot = w.grab().toImage();
    if (qEnvironmentVariableIsSet("STORYDIFF_SAVE_GRAB"))
        shot.save(qEnvironmentVariable("STORYDIFF_SAVE_GRAB"));
    const Theme theme = Theme::fromPalette(w.palette());
    const QColor want = theme.highlight(ChangeKind::Insert);
    int close = 0, total = 0;
    const qreal dpr = shot.devicePixelRatio();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x, ++total) {
            const QColor px = shot.pixelColor(int(x * dpr), int(y * dpr));
            // The resting current-change mark blends a little over the highlight.
            if (qAbs(px.red() - want.red()) < 40 && qAbs(px.green() - want.green()) < 40 &&
                qAbs(px.blue() - want.blue()) < 40)
                ++close;
        }
    QVERIFY2(total > 0 && close > total / 3,
             qPrintable(QStringLiteral("%1 of %2 pixels").arg(close).arg(total)));
    // The deleted side of the replaced words is red-ish on the left.
    int replace = -1;
    for (int i = 0; i < c->changes.size(); ++i)
        if (c->changes.at(i).kind == ChangeKind::Replace)
            replace = i;
    w.model()->setCurrentChange(replace);
    QTest::qWait(900);
    const auto lr = v->paneRanges(c->changes.at(replace), Side::A).first();
    cur = QTextCursor(v->leftPane()->document());
    cur.setPosition(lr.first);
    QRect lrect = v->leftPane()->cursorRect(cur).adjusted(2, 1, 6, -1);
    lrect.moveTopLeft(v->leftPane()->viewport()->mapTo(&w, lrect.topLeft()));
    const QImage shot2 = w.grab().toImage();
    const QColor rep = theme.highlight(ChangeKind::Replace);
    int hits = 0;
    for (int y = lrect.top(); y <= lrect.bottom(); ++y)
        for (int x = lrect.left(); x <= lrect.right(); ++x) {
            const QColor px = shot2.pixelColor(int(x * dpr), int(y * dpr));
            if (qAbs(px.red() - rep.red()) < 40 && qAbs(px.green() - rep.green()) < 40 &&
                qAbs(px.blue() - rep.blue()) < 40)
                ++hits;
        }
    QVERIFY(hits > 0);
}

// On a dark desktop the panes turn dark with light text, and the change highlights still show
// in the theme's dark colours (STORYDIFF_GUI_SHOTS=dir saves what it looks like).
void TestGui::darkDesktop() {
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    auto restore = qScopeGuard([&] { QApplication::setPalette(light); });

    MainWindow w;
    showSample(w);
    if (QTest::currentTestFailed())
        return;
    const Theme theme = Theme::fromPalette(w.palette());
    QVERIFY(theme.isDark());
    QWidget *pane = w.sideBySideView()->rightPane()->viewport();
    const QImage shot = pane->grab().toImage();
    const QString out = qEnvironmentVariable("STORYDIFF_GUI_SHOTS");
    if (!out.isEmpty())
        w.grab().save(out + QStringLiteral("/dark.png"));
    // Mostly dark background, some light text, and the inserted words' highlight somewhere.
    qint64 darkPixels = 0, lightPixels = 0, insertPixels = 0, total = 0;
    const QColor insert = theme.highlight(ChangeKind::Insert);
    for (int y = 0; y < shot.height(); y += 2)
        for (int x = 0; x < shot.width(); x += 2, ++total) {
            const QColor px = shot.pixelColor(x, y);
            darkPixels += px.lightness() < 80;
            lightPixels += px.lightness() > 170;
            insertPixels += qAbs(px.red() - insert.red()) < 12 &&
                            qAbs(px.green() - insert.green()) < 12 &&
                            qAbs(px.blue() - insert.blue()) < 12;
        }
    QVERIFY2(darkPixels > total / 2,
             qPrintable(QStringLiteral("%1 of %2 dark").arg(darkPixels).arg(total)));
    QVERIFY(lightPixels > total / 200);
    QVERIFY2(insertPixels > 20, qPrintable(QStringLiteral("%1 insert-coloured").arg(insertPixels)));
    // Text on a highlight stays readable: the highlight is far from the text colour. Links
    // read on the dark background even when the palette kept the default (pure blue) link.
    QVERIFY(qAbs(insert.lightness() - w.palette().color(QPalette::Text).lightness()) > 60);
    auto brightness = [](const QColor &c) {
        return (299 * c.red() + 587 * c.green() + 114 * c.blue()) / 1000;
    };
    QVERIFY2(brightness(theme.link()) > 110, qPrintable(theme.link().name()));
}

void TestGui::inlineView() {
    MainWindow w;
    loadPair(w);
    action(w, "inlineAction")->trigger();
    QVERIFY(w.isInlineMode());
    QTRY_VERIFY(w.inlineView()->isReady());
    QTextDocument *doc = w.inlineView()->document();
    const QString text = doc->toPlainText();
    QVERIFY(text.contains(QStringLiteral("brown fox"))); // deleted words put back...
    QVERIFY(text.contains(QStringLiteral("grey wolf")));
    const int wolf = int(text.indexOf(QStringLiteral("grey wolf")));
    const int fox = int(text.lastIndexOf(QStringLiteral("brown fox"), wolf));
    QVERIFY(fox >= 0 && wolf - fox < 20);
    QTextCursor cur(doc);
    cur.setPosition(fox + 1);
    QVERIFY(cur.charFormat().fontStrikeOut()); // ...struck through
    cur.setPosition(wolf + 1);
    QVERIFY(cur.charFormat().fontUnderline());
    QTest::keyClick(&w, Qt::Key_F7);
    QVERIFY(w.model()->currentChange() >= 0);
    action(w, "sideBySideAction")->trigger();
    QVERIFY(!w.isInlineMode());
}

void TestGui::linkPolicy() {
    QVERIFY(isOpenableLink(QStringLiteral("https://example.org/a")));
    QVERIFY(isOpenableLink(QStringLiteral("http://example.org")));
    QVERIFY(!isOpenableLink(QStringLiteral("javascript:alert(1)")));
    QVERIFY(!isOpenableLink(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!isOpenableLink(QStringLiteral("#")));
    QVERIFY(!isOpenableLink(QStringLiteral("data:text/html,hi")));
}

void TestGui::sampleStory() {
    if (!QFile::exists(QStringLiteral(":/samples/story-v1.txt")))
        QSKIP("the sample story is not bundled yet");
    MainWindow w;
    w.show();
    w.openSample();
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->versionCount() >= 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->comparison() != nullptr, 10000);
    QVERIFY(w.model()->comparison()->hasChanges());
}

// VmRSS of this process, in KB (the test harness and Qt included).
static qint64 residentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// Timing of the first screen for two 100k-word versions; run with STORYDIFF_GUI_BENCH=1.
void TestGui::firstScreen100k() {
    if (!qEnvironmentVariableIsSet("STORYDIFF_GUI_BENCH"))
        QSKIP("set STORYDIFF_GUI_BENCH=1 to time two 100k-word versions");
    const char *words[] = {"river",  "mill",  "fox",    "quiet", "morning", "letter", "window",
                           "garden", "stone", "winter", "voice", "harbour", "lamp",   "road"};
    QByteArray a, b;
    quint32 seed = 12345;
    auto rnd = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
    for (int p = 0; p < 5000; ++p) {
        QByteArray pa, pb;
        for (int w = 0; w < 20; ++w) {
            const QByteArray word = words[rnd() % 14];
            pa += word + ' ';
            const quint32 r = rnd() % 100;
            if (r < 2)
                pb += "changed ";
            else if (r < 3)
                pb += word + " inserted ";
            else if (r > 3)
                pb += word + ' ';
        }
        a += pa.trimmed() + ".\n\n";
        if (rnd() % 200 != 0)
            b += pb.trimmed() + ".\n\n";
        if (rnd() % 300 == 0)
            b += "A whole new paragraph arrives here.\n\n";
    }
    const QString fa = write(QStringLiteral("big-a.txt"), a);
    const QString fb = write(QStringLiteral("big-b.txt"), b);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 rssBeforeKb = residentKb();
    QElapsedTimer total;
    total.start();
    QSignalSpy ready(w.model(), &ComparisonModel::comparisonReady);
    QElapsedTimer view;
    qint64 engineMs = 0;
    // progress("") is emitted just before comparisonReady, whose first receiver builds the view.
    connect(w.model(), &ComparisonModel::progress, this, [&](const QString &text) {
        if (text.isEmpty() && engineMs == 0) {
            engineMs = total.elapsed();
            view.start();
        }
    });
    w.openFiles({fa, fb});
    QVERIFY(ready.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(w.sideBySideView()->isReady(), 60000);
    const qint64 viewMs = view.elapsed(); // built off the GUI thread, aligned lazily
    QApplication::processEvents();
    qInfo("100k words: load+compare %lld ms, build+align panes %lld ms, first screen %lld ms, "
          "%lld changes",
          engineMs, viewMs, total.elapsed(), qint64(w.model()->comparison()->changes.size()));
    // Scrolling: each step moves both panes a page and repaints the visible part at once; the
    // slowest repaint is what a person would feel (16 ms is one frame at 60 Hz).
    QPlainTextEdit *left = w.sideBySideView()->leftPane();
    QPlainTextEdit *right = w.sideBySideView()->rightPane();
    QList<qint64> paintUs;
    for (int step = 1; step <= 60; ++step) {
        left->verticalScrollBar()->setValue(left->verticalScrollBar()->maximum() * step / 60);
        QElapsedTimer paint;
        paint.start();
        left->viewport()->repaint();
        right->viewport()->repaint();
        paintUs << paint.nsecsElapsed() / 1000;
    }
    std::sort(paintUs.begin(), paintUs.end());
    const qint64 rssAfterKb = residentKb();
    qInfo("scrolling: repaint of both panes median %lld us, slowest %lld us; memory %lld MB "
          "(%lld MB before the files) for %lld KB of files",
          paintUs.at(paintUs.size() / 2), paintUs.last(), rssAfterKb / 1024, rssBeforeKb / 1024,
          qint64(a.size() + b.size()) / 1024);
    QElapsedTimer t;
    t.start();
    w.sideBySideView()->realign();
    qInfo("realign alone: %lld ms", t.elapsed());
    t.restart();
    action(w, "filter_0")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.sideBySideView()->isReady(), 60000);
    qInfo("filter toggle (rebuild): %lld ms", t.elapsed());
    t.restart();
    action(w, "inlineAction")->trigger();
    qInfo("inline view build: %lld ms", t.elapsed());
}

// Saves what a person sees (sample, seeds stepped with F7, inline); STORYDIFF_GUI_SHOTS=dir.
void TestGui::screenshots() {
    const QString out = qEnvironmentVariable("STORYDIFF_GUI_SHOTS");
    if (out.isEmpty())
        QSKIP("set STORYDIFF_GUI_SHOTS=<dir> to save screenshots");
    const Translations english(QLocale(QLocale::English)); // "14 words", as the app says
    auto settle = [] { QTest::qWait(900); };
    {
        MainWindow w;
        showSample(w);
        if (QTest::currentTestFailed())
            return;
        w.grab().save(out + QStringLiteral("/sample.png"));
    }
    const QString seeds = QStringLiteral(STORYDIFF_SHARED_DIR "/seeds/");
    if (!QFile::exists(seeds + QStringLiteral("000_ac96cbe5d64d4c8f.txt")))
        return;
    MainWindow w;
    w.resize(1400, 860);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.openFiles({seeds + QStringLiteral("000_ac96cbe5d64d4c8f.txt"),
                 seeds + QStringLiteral("001_c2777b46358987f3.txt")});
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->comparison() != nullptr, 10000);
    QTRY_VERIFY(!w.model()->isBusy());
    QTRY_VERIFY(w.sideBySideView()->isReady());
    for (int i = 1; i <= 4; ++i) {
        QTest::keyClick(&w, Qt::Key_F7);
        QTest::qWait(200);
        w.grab().save(out + QStringLiteral("/seeds-f7-%1.png").arg(i));
    }
    action(w, "inlineAction")->trigger();
    QTRY_VERIFY(w.inlineView()->isReady());
    settle();
    w.grab().save(out + QStringLiteral("/seeds-inline.png"));
}

// storydiff --label A --label B names the versions in titles; git difftool's temporary copies
// (and files opened with --no-recent) stay out of Open Recent, other files go in.
void TestGui::labelsAndRecentFiles() {
    QSettings().remove(QStringLiteral("recentComparisons"));
    const auto recent = [] {
        return QSettings().value(QStringLiteral("recentComparisons")).toStringList();
    };
    {
        MainWindow w;
        w.openFiles({m_a, m_b}, {QStringLiteral("a/story.txt"), QStringLiteral("b/story.txt")});
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->comparison() != nullptr, 10000);
        QCOMPARE(w.model()->comparison()->a.path, QStringLiteral("a/story.txt"));
        QCOMPARE(w.model()->comparison()->b.path, QStringLiteral("b/story.txt"));
        QVERIFY(recent().isEmpty()); // m_a and m_b are under the temporary folder
    }
    {
        // git difftool's side of an added file: /dev/null, an empty version.
        MainWindow w;
        w.openFiles({QStringLiteral("/dev/null"), m_b});
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->comparison() != nullptr, 10000);
        const auto c = w.model()->comparison();
        QVERIFY(c->a.blocks.isEmpty());
        QCOMPARE(c->stats.insertedWords, c->b.wordCount());
        QVERIFY(recent().isEmpty());
    }
    const QString home = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir().mkpath(home));
    QStringList kept;
    for (const char *name : {"/kept-a.txt", "/kept-b.txt"}) {
        QFile f(home + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("Some words.\n") > 0);
        kept << f.fileName();
    }
    {
        MainWindow w;
        w.openFiles(kept, {}, false);
        QTRY_VERIFY_WITH_TIMEOUT(!w.model()->isBusy() && w.model()->versionCount() == 2, 10000);
        QVERIFY(recent().isEmpty());
    }
    {
        MainWindow w;
        w.openFiles(kept);
        QTRY_VERIFY_WITH_TIMEOUT(!w.model()->isBusy() && w.model()->versionCount() == 2, 10000);
        // One entry: the comparison, its files in order.
        QCOMPARE(recent(), QStringList{kept.join(QLatin1Char('\n'))});
    }
    QSettings().remove(QStringLiteral("recentComparisons"));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
