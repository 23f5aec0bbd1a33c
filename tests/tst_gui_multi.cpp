// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real desktop widgets offscreen with three or more versions: the all-versions
// table, a new base, blame, the timeline, the reading view (the exports: tst_gui_multi_export).
#include "multifixture.h"

#include "multi/allversionsview.h"
#include "multi/blameview.h"
#include "multi/collationview.h"
#include "multi/heatstrip.h"
#include "multi/readingview.h"
#include "multi/timelinebar.h"
#include "pair/changelist.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

using namespace sd;
using multitest::action;
using multitest::open;
using multitest::showAll;

class TestGuiMulti : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void allVersionsShowsColumns();
    void changingBaseRealigns();
    void blameTintsWords();
    void timelineSteps();
    void frankenstein();
    void wikipedia8();
    void twoVersionsShowContent();
    void baseColumnPinned();
    void columnsResizeFromTheHeader();
    void readingViewMarksVariants();
    void blameKeepsBoldAndLinks();
    void controlsShownAsPictures();
    void controlsInChangeListAndNames();
    void screenshot();

private:
    QString write(const QString &name, const QByteArray &bytes) {
        return multitest::write(m_dir, name, bytes);
    }
    void measure(const QString &name, const QStringList &files);
    QTemporaryDir m_dir;
    QStringList m_paths;
};

void TestGuiMulti::initTestCase() {
    multitest::initApp("tst_gui_multi");
    QVERIFY(m_dir.isValid());
    m_paths = multitest::writeDrafts(m_dir);
    for (const QString &p : m_paths)
        QVERIFY(!p.isEmpty());
}

void TestGuiMulti::allVersionsShowsColumns() {
    MainWindow w;
    open(w, m_paths);
    showAll(w);
    CollationView *t = w.allVersionsView()->collation();
    QCOMPARE(t->columnCount(), 3);
    QVERIFY(t->rowCount() >= 3);
    int variants = 0;
    int boardRow = -1;
    for (int r = 0; r < t->rowCount(); ++r) {
        if (!t->isVariant(r)) {
            for (int c = 0; c < 3; ++c)
                QVERIFY2(!t->cellColor(r, c).isValid(), "agreeing rows stay plain");
            continue;
        }
        ++variants;
        QVERIFY2(!t->cellColor(r, 0).isValid(), "the base's reading stays plain");
        if (t->cellText(r, 1).contains(QLatin1String("board")))
            boardRow = r;
    }
    QCOMPARE(variants, 3);
    QVERIFY(boardRow >= 0);
    // v2 and v3 read "board" alike: both get v2's colour, on screen too.
    QCOMPARE(t->cellColor(boardRow, 1), t->cellColor(boardRow, 2));
    QVERIFY(t->cellColor(boardRow, 1).isValid());
    QVERIFY(w.allVersionsView()->heatStrip()->markCount() == variants);

    t->setCurrentRow(boardRow);
    QApplication::processEvents();
    const QImage img = t->viewport()->grab().toImage();
    const QRect cell = t->cellRect(boardRow, 1);
    const QColor onScreen = img.pixelColor(cell.bottomRight() - QPoint(4, 4));
    // The current-row overlay darkens slightly; the hue must still be the version's tint.
    QVERIFY2(
        qAbs(onScreen.hue() - t->cellColor(boardRow, 1).hue()) < 12,
        qPrintable(onScreen.name() + QLatin1String(" vs ") + t->cellColor(boardRow, 1).name()));
    const QColor baseCell = img.pixelColor(t->cellRect(boardRow, 0).bottomRight() - QPoint(4, 4));
    QVERIFY(baseCell.saturation() < 30);

    // Clicking a variant cell lists every reading.
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, cell.center());
    const QString readings = w.allVersionsView()->readings()->toPlainText();
    QVERIFY2(readings.contains(QLatin1String("draft-1.txt (base)")), qPrintable(readings));
    QVERIFY(readings.contains(QLatin1String("draft-2.txt, draft-3.txt")));
    QVERIFY(readings.contains(QLatin1String("board")));
    QCOMPARE(w.allVersionsView()->similarity()->rowCount(), 3);
    // The matrix never rounds up to 100: a cell reads the whole percentage below its value.
    const auto &m = w.model()->multi()->result.similarity;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            if (i != j)
                QCOMPARE(w.allVersionsView()->similarity()->item(i, j)->text().toInt(),
                         m[i][j] >= 1.0 ? 100 : int(m[i][j] * 100));
    QCOMPARE(CollationView::percentShown(0.997), 99);
    QCOMPARE(CollationView::percentShown(1.0), 100);
}

void TestGuiMulti::changingBaseRealigns() {
    MainWindow w;
    open(w, m_paths);
    showAll(w);
    CollationView *t = w.allVersionsView()->collation();
    auto snapshot = [t] {
        QStringList rows;
        for (int r = 0; r < t->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < t->columnCount(); ++c)
                cells << t->cellText(r, c) + QLatin1Char('#') + t->cellColor(r, c).name();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QStringList before = snapshot();
    const auto evolutionBefore = w.model()->multi()->result.evolution.words.constData();
    QComboBox *box = w.allVersionsView()->baseSelector();
    box->setCurrentIndex(2);
    Q_EMIT box->activated(2);
    QTRY_COMPARE(w.model()->baseIndex(), 2);
    QTRY_VERIFY(w.model()->isMultiCurrent());
    QTRY_COMPARE(w.model()->multi()->base, 2);
    const QStringList after = snapshot();
    QVERIFY(before != after);
    // The new base's column is the plain one now.
    for (int r = 0; r < t->rowCount(); ++r)
        QVERIFY(!t->cellColor(r, 2).isValid());
    // A new base only re-aligns: the evolution is handed on, not recomputed.
    QCOMPARE(w.model()->multi()->result.evolution.words.constData(), evolutionBefore);
}

void TestGuiMulti::blameTintsWords() {
    MainWindow w;
    open(w, m_paths);
    showAll(w);
    w.allVersionsView()->setBlameMode(true);
    BlameView *b = w.allVersionsView()->blame();
    QTRY_VERIFY(b->isVisible());
    QTextDocument *doc = b->text()->document();
    QVERIFY(doc->toPlainText().contains(QLatin1String("Tuesday evening")));
    // Walk the fragments: "Tuesday" came with v3, "board" and the mayor with v2, the rest v1.
    QHash<QString, QColor> bg;
    for (QTextBlock blk = doc->begin(); blk.isValid(); blk = blk.next())
        for (auto it = blk.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            for (const QString &word : {QStringLiteral("Tuesday"), QStringLiteral("board"),
                                        QStringLiteral("mayor"), QStringLiteral("lamps")})
                if (f.text().contains(word) && !bg.contains(word))
                    bg[word] = f.charFormat().hasProperty(QTextFormat::BackgroundBrush)
                                   ? f.charFormat().background().color()
                                   : QColor();
        }
    const Theme theme = Theme::fromPalette(w.palette());
    QCOMPARE(bg.value(QStringLiteral("Tuesday")), theme.versionTint(2));
    QCOMPARE(bg.value(QStringLiteral("board")), theme.versionTint(1));
    QCOMPARE(bg.value(QStringLiteral("mayor")), theme.versionTint(1));
    QVERIFY(!bg.value(QStringLiteral("lamps")).isValid());
    QVERIFY(b->legend()->text().contains(QLatin1String("draft-3.txt")));

    // On screen: some pixels carry v3's tint.
    QApplication::processEvents();
    const QImage img = b->text()->viewport()->grab().toImage();
    const QColor want = theme.versionTint(2);
    bool found = false;
    for (int y = 0; y < img.height() && !found; y += 2)
        for (int x = 0; x < img.width() && !found; x += 2)
            found = qAbs(img.pixelColor(x, y).red() - want.red()) <= 2 &&
                    qAbs(img.pixelColor(x, y).green() - want.green()) <= 2 &&
                    qAbs(img.pixelColor(x, y).blue() - want.blue()) <= 2;
    if (!found)
        img.save(m_dir.filePath(QStringLiteral("blame-fail.png")));
    QVERIFY2(found, qPrintable(want.name() + QLatin1Char(' ') + img.pixelColor(40, 40).name()));
}

void TestGuiMulti::timelineSteps() {
    MainWindow w;
    open(w, m_paths);
    action(w, "timelineAction")->trigger();
    QVERIFY(w.timelineBar()->isVisible());
    QVERIFY(!w.isAllVersionsMode());
    QTRY_VERIFY(w.model()->comparison() && w.model()->comparison()->fromIndex == 0 &&
                w.model()->comparison()->toIndex == 1);
    auto *next = w.timelineBar()->findChild<QToolButton *>(QStringLiteral("timelineNext"));
    QVERIFY(next && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(w.timelineBar()->step(), 1);
    QCOMPARE(w.model()->baseIndex(), 1);
    QCOMPARE(w.model()->otherIndex(), 2);
    QTRY_VERIFY(w.model()->comparison()->fromIndex == 1 && w.model()->comparison()->toIndex == 2);
    QTRY_VERIFY(!w.model()->isBusy());
    QVERIFY(!next->isEnabled()); // the last step
    // v2 -> v3 changed Monday into Tuesday evening only.
    QVERIFY(w.model()->comparison()->hasChanges());
    QVERIFY(w.model()->comparison()->stats.insertedWords +
                w.model()->comparison()->stats.replacedWords >
            0);
}

// Opens `files` in the all-versions view and reports how long until the table shows, how long
// the GUI thread ever stalls meanwhile, a new base, scrolling and the blame.
void TestGuiMulti::measure(const QString &name, const QStringList &files) {
    for (const QString &f : files)
        if (!QFileInfo::exists(f))
            QSKIP("the shared corpus is not here");
    MainWindow w;
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    action(w, "allVersionsAction")->trigger();
    qint64 worstStall = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, &ticker,
            [&] { worstStall = std::max(worstStall, sinceTick.restart()); });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start();
    w.openFiles(files);
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->isMultiCurrent(), 300000);
    const qint64 computed = clock.elapsed();
    QTRY_VERIFY(w.allVersionsView()->collation()->rowCount() > 0);
    QApplication::processEvents();
    const qint64 shown = clock.elapsed();
    const qint64 computeStall = worstStall;
    // Re-basing on the last version: only the collation is redone.
    clock.restart();
    w.model()->setBaseIndex(int(files.size()) - 1);
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->isMultiCurrent(), 300000);
    QApplication::processEvents();
    const qint64 rebased = clock.elapsed();
    // Scrolling through the table paints only what is on screen.
    CollationView *t = w.allVersionsView()->collation();
    clock.restart();
    for (int i = 0; i < 20; ++i) {
        t->verticalScrollBar()->setValue(t->verticalScrollBar()->maximum() * i / 20);
        t->viewport()->repaint();
    }
    const qint64 scroll = clock.elapsed();
    clock.restart();
    w.allVersionsView()->setBlameMode(true);
    QApplication::processEvents();
    const qint64 blame = clock.elapsed();
    ticker.stop();
    qInfo("%s: %d rows; shown after %lld ms (computed %lld ms), worst GUI stall %lld ms while "
          "computing; new base %lld ms; 20 scroll repaints %lld ms; blame built in %lld ms",
          qPrintable(name), t->rowCount(), shown, computed, computeStall, rebased, scroll, blame);
    // The GUI thread only publishes and measures; the bound leaves room for a slow machine.
    QVERIFY2(computeStall < 3000, qPrintable(QString::number(computeStall)));
}

// The three Frankenstein editions, about 75,000 words each.
void TestGuiMulti::frankenstein() {
    const QString dir = QStringLiteral(STORYDIFF_SHARED_DIR
                                       "/corpus/versions/frankenstein-1818-1823-1831-fulltext/");
    measure(QStringLiteral("Frankenstein"),
            {dir + QStringLiteral("v1-1818.txt"), dir + QStringLiteral("v2-1823.txt"),
             dir + QStringLiteral("v3-1831.txt")});
}

// Eight revisions of a Wikipedia article that grows, is reordered and is cut back.
void TestGuiMulti::wikipedia8() {
    const QString dir =
        QStringLiteral(STORYDIFF_SHARED_DIR "/corpus/versions/wikipedia-hate-speech-8revs/");
    QStringList files;
    for (int i = 1; i <= 8; ++i)
        files << dir + QStringLiteral("v%1.txt").arg(i);
    measure(QStringLiteral("Wikipedia, 8 revisions"), files);
}

// Two versions are aligned too: All versions and Blame show them, never a placeholder, so a
// remembered mode opens a pair onto its content.
void TestGuiMulti::twoVersionsShowContent() {
    MainWindow w;
    open(w, m_paths.mid(0, 2));
    showAll(w);
    CollationView *t = w.allVersionsView()->collation();
    QTRY_VERIFY(t->rowCount() > 0);
    QCOMPARE(t->columnCount(), 2);
    QVERIFY(t->isVisible());
    bool board = false;
    for (int r = 0; r < t->rowCount(); ++r)
        board = board || t->cellText(r, 1).contains(QLatin1String("board"));
    QVERIFY(board);
    w.allVersionsView()->setBlameMode(true);
    QTRY_VERIFY(w.allVersionsView()->blame()->isVisible());
    QVERIFY(w.allVersionsView()->blame()->text()->toPlainText().contains(QLatin1String("board")));
}

// Eight versions with the last as base: the base is the pinned first column on screen, and
// scrolling reaches the other columns without moving it.
void TestGuiMulti::baseColumnPinned() {
    QStringList paths;
    for (int v = 0; v < 8; ++v)
        paths << write(QStringLiteral("pin-%1.txt").arg(v + 1),
                       "One two three four five six seven " + QByteArray::number(v) + ".\n");
    MainWindow w;
    open(w, paths);
    showAll(w);
    QComboBox *box = w.allVersionsView()->baseSelector();
    box->setCurrentIndex(7);
    Q_EMIT box->activated(7);
    QTRY_COMPARE(w.model()->multi()->base, 7);
    CollationView *t = w.allVersionsView()->collation();
    QTRY_VERIFY(t->rowCount() > 0);
    const int left = t->cellRect(0, 7).left();
    QVERIFY(left < t->cellRect(0, 0).left());
    QCOMPARE(t->columnAt(left + 10), 7);
    QScrollBar *h = t->horizontalScrollBar();
    QVERIFY(h->maximum() > 0);
    h->setValue(h->maximum());
    QCOMPARE(t->cellRect(0, 7).left(), left);
    QVERIFY(t->cellRect(0, 6).right() <= t->viewport()->width() + 1);
    QCOMPARE(t->columnAt(t->cellRect(0, 6).center().x()), 6);
}

// Dragging the right edge of a column's header resizes that column alone: the columns after it
// move along, the table scrolls further, the base stays pinned, a narrow column makes its
// wrapped rows taller, and a double click gives the column back its share.
void TestGuiMulti::columnsResizeFromTheHeader() {
    QStringList paths;
    for (int v = 0; v < 8; ++v) {
        QByteArray text = "Version " + QByteArray::number(v) + " reads";
        for (int i = 0; i < 40; ++i)
            text += " word" + QByteArray::number(i * (v + 1));
        paths << write(QStringLiteral("wide-%1.txt").arg(v + 1), text + ".\n");
    }
    MainWindow w;
    open(w, paths);
    showAll(w);
    CollationView *t = w.allVersionsView()->collation();
    QTRY_VERIFY(t->rowCount() > 0);
    QWidget *vp = t->viewport();
    const int y = t->headerHeight() / 2;
    auto drag = [&](int column, int by) {
        const int edge = t->cellRect(0, column).right() + 1;
        QTest::mousePress(vp, Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(vp, QPoint(edge + by / 2, y));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, QPoint(edge + by, y));
    };
    QScrollBar *h = t->horizontalScrollBar();
    const int share = t->columnWidth(3), range = h->maximum();
    const int baseLeft = t->cellRect(0, 0).left(), nextLeft = t->cellRect(0, 4).left();
    drag(3, 120);
    QCOMPARE(t->columnWidth(3), share + 120);
    QCOMPARE(t->columnWidth(2), share);
    QCOMPARE(t->cellRect(0, 3).width(), share + 120);
    QCOMPARE(t->cellRect(0, 4).left(), nextLeft + 120);
    QCOMPARE(h->maximum(), range + 120);
    h->setValue(h->maximum()); // scrolled to the end: the base still at the left
    QCOMPARE(t->cellRect(0, 0).left(), baseLeft);
    QCOMPARE(t->columnAt(t->cellRect(0, 7).center().x()), 7);
    h->setValue(0);
    // Narrowed as far as it goes: its long reading wraps onto more lines.
    const int tall = t->rowHeight(0);
    drag(2, -150); // past the narrowest
    QCOMPARE(t->columnWidth(2), CollationView::minimumColumnWidth());
    QVERIFY(t->rowHeight(0) > tall);
    // The pinned base column widens too, and the others start where it ends.
    drag(0, 100);
    QCOMPARE(t->columnWidth(0), share + 100);
    QCOMPARE(t->cellRect(0, 1).left(), t->cellRect(0, 0).right() + 1);
    // A double click on the edge: its share again.
    const int edge = t->cellRect(0, 3).right() + 1;
    QTest::mouseDClick(vp, Qt::LeftButton, {}, QPoint(edge, y));
    QCOMPARE(t->columnWidth(3), share);
}

// The reading view reads one version as prose: every word of it, the variant places linked to
// their rows, and a click there selects the row in the table.
void TestGuiMulti::readingViewMarksVariants() {
    MainWindow w;
    open(w, m_paths);
    showAll(w);
    w.allVersionsView()->setReadingMode();
    ReadingView *rv = w.allVersionsView()->reading();
    QTRY_VERIFY(rv->isVisible());
    QCOMPARE(rv->version(), 0);
    const QString text = rv->text()->toPlainText();
    QVERIFY(text.contains(QLatin1String("Paragraph 12 says that the council met on Monday")));
    QVERIFY(!text.contains(QLatin1String("board")));
    QStringList anchors;
    for (QTextBlock b = rv->text()->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor())
                anchors << it.fragment().charFormat().anchorHref();
    QCOMPARE(anchors.size(), 3); // the three places where the drafts differ
    QSignalSpy spy(rv, &ReadingView::rowActivated);
    Q_EMIT rv->text()->anchorClicked(QUrl(anchors.first()));
    QCOMPARE(spy.count(), 1);
    QTRY_VERIFY(w.allVersionsView()->collation()->isVisible());
    QCOMPARE(w.allVersionsView()->collation()->currentRow(), spy.first().first().toInt());
    // Reading another version: its own words.
    Q_EMIT rv->versionSelector()->activated(1);
    QVERIFY(rv->text()->toPlainText().contains(QLatin1String("board")));
}

// Blame keeps the latest version's bold and links.
void TestGuiMulti::blameKeepsBoldAndLinks() {
    const QStringList paths{write(QStringLiteral("b1.md"), "The council met on Monday.\n"),
                            write(QStringLiteral("b2.md"),
                                  "The **council** met on [Monday](https://example.org/m).\n")};
    MainWindow w;
    open(w, paths);
    showAll(w);
    w.allVersionsView()->setBlameMode(true);
    QTextBrowser *b = w.allVersionsView()->blame()->text();
    QTRY_VERIFY(b->toPlainText().contains(QLatin1String("council")));
    bool bold = false, link = false;
    for (QTextBlock blk = b->document()->begin(); blk.isValid(); blk = blk.next())
        for (auto it = blk.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            bold = bold || (it.fragment().text().contains(QLatin1String("council")) &&
                            f.fontWeight() >= QFont::Bold);
            link =
                link || (f.isAnchor() && f.anchorHref() == QLatin1String("https://example.org/m"));
        }
    QVERIFY(bold);
    QVERIFY(link);
}

// A control character in a story is shown as its picture in the table, the reading view and
// blame, never sent to the screen as it is.
void TestGuiMulti::controlsShownAsPictures() {
    const QStringList paths{write(QStringLiteral("c1.txt"), "A bell \x07 rings here.\n"),
                            write(QStringLiteral("c2.txt"), "A bell \x07 rings there.\n")};
    MainWindow w;
    open(w, paths);
    showAll(w);
    CollationView *t = w.allVersionsView()->collation();
    QTRY_VERIFY(t->rowCount() > 0);
    QString all;
    for (int r = 0; r < t->rowCount(); ++r)
        all += t->cellText(r, 0);
    QVERIFY2(all.contains(QChar(0x2407)) && !all.contains(QChar(7)), qPrintable(all));
    w.allVersionsView()->setReadingMode();
    QTRY_VERIFY(w.allVersionsView()->reading()->isVisible());
    QVERIFY(!w.allVersionsView()->reading()->text()->toPlainText().contains(QChar(7)));
    w.allVersionsView()->setBlameMode(true);
    QTRY_VERIFY(w.allVersionsView()->blame()->isVisible());
    QVERIFY(!w.allVersionsView()->blame()->text()->toPlainText().contains(QChar(7)));
}

// The change list and the versions' names (from file names, which may hold ESC too) show control
// pictures: an ESC[2J in a story or a name never reaches the screen as it is.
void TestGuiMulti::controlsInChangeListAndNames() {
    const QStringList paths{
        write(QStringLiteral("esc1\x1b[2J.txt"), "A calm story here.\n"),
        write(QStringLiteral("esc2.txt"), "A calm \x1b[8mhidden story here.\n")};
    MainWindow w;
    open(w, paths);
    QTRY_VERIFY(w.model()->comparison() != nullptr);
    QString names;
    for (int i = 0; i < w.model()->versionCount(); ++i)
        names += w.model()->versionLabel(i);
    QVERIFY2(!names.contains(QChar(0x1b)) && names.contains(QChar(0x241b)), qPrintable(names));
    QString listed;
    QTreeWidget *list = w.changeList();
    QTRY_VERIFY(list->topLevelItemCount() > 0);
    for (int g = 0; g < list->topLevelItemCount(); ++g)
        for (int k = 0; k < list->topLevelItem(g)->childCount(); ++k)
            listed += list->topLevelItem(g)->child(k)->text(0);
    QVERIFY2(!listed.contains(QChar(0x1b)) && listed.contains(QChar(0x241b)), qPrintable(listed));
}

// Opt-in: STORYDIFF_SCREENSHOT_DIR=/tmp/shots writes the all-versions view as a PNG.
void TestGuiMulti::screenshot() {
    const QString out = qEnvironmentVariable("STORYDIFF_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set STORYDIFF_SCREENSHOT_DIR to write screenshots");
    MainWindow w;
    w.resize(1400, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openSample();
    QTRY_COMPARE(w.model()->versionCount(), 3);
    showAll(w);
    // The second place where they differ, with its readings listed.
    w.allVersionsView()->step(1);
    w.allVersionsView()->step(1);
    QApplication::processEvents();
    QVERIFY(w.grab().save(out + QStringLiteral("/all-versions-test.png")));
    QString error;
    QVERIFY2(w.exportActions()->exportPdfTo(out + QStringLiteral("/all-versions.pdf"), &error),
             qPrintable(error));
    w.allVersionsView()->setReadingMode();
    QApplication::processEvents();
    QVERIFY(w.grab().save(out + QStringLiteral("/reading-test.png")));
    w.allVersionsView()->setBlameMode(true);
    QApplication::processEvents();
    QVERIFY(w.grab().save(out + QStringLiteral("/blame-test.png")));
    action(w, "sideBySideAction")->trigger();
    QVERIFY2(w.exportActions()->exportPdfTo(out + QStringLiteral("/side-by-side.pdf"), &error),
             qPrintable(error));
    // Darwin's six editions, the last as base: the table, then the reading view.
    const QString darwin =
        QStringLiteral(STORYDIFF_SHARED_DIR "/corpus/versions/darwin-origin-ch1-6-editions/");
    if (!QFileInfo::exists(darwin))
        return;
    QStringList editions;
    for (const QString &f :
         QDir(darwin).entryList({QStringLiteral("v*.txt")}, QDir::Files, QDir::Name))
        editions << darwin + f;
    MainWindow d;
    d.resize(1600, 1000);
    open(d, editions);
    showAll(d);
    QComboBox *box = d.allVersionsView()->baseSelector();
    box->setCurrentIndex(5);
    Q_EMIT box->activated(5);
    QTRY_COMPARE(d.model()->multi()->base, 5);
    d.allVersionsView()->step(1);
    d.allVersionsView()->step(1);
    QApplication::processEvents();
    QVERIFY(d.grab().save(out + QStringLiteral("/darwin-aligned.png")));
    d.allVersionsView()->collation()->horizontalScrollBar()->setValue(10000);
    QApplication::processEvents();
    QVERIFY(d.grab().save(out + QStringLiteral("/darwin-scrolled.png")));
    d.allVersionsView()->setReadingMode();
    QApplication::processEvents();
    QVERIFY(d.grab().save(out + QStringLiteral("/darwin-reading.png")));
}

QTEST_MAIN(TestGuiMulti)
#include "tst_gui_multi.moc"
