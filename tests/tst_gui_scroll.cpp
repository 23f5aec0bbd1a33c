// SPDX-License-Identifier: GPL-3.0-or-later
// The side-by-side panes on real widgets, offscreen: every way of moving a pane keeps the
// rows paired, zoom moves every pane at once, F7 steps from where the reader looks, overlong
// runs get break points, and a cancelled load leaves no worker computing (overlong paragraphs:
// tst_gui_bigword).
#include "casegen.h"
#include "panealignment.h"

#include "pair/changelist.h"
#include "pair/inlineview.h"
#include "pair/panebuilder.h"
#include "pair/panezoom.h"
#include "pair/sidebysideview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QWheelEvent>

#include <memory>

using namespace sd;

Q_DECLARE_METATYPE(sd::Side)

using panetest::misalignment;

namespace {

enum class Text { Seeds, Generated };

const QString kSeedA = QStringLiteral(STORYDIFF_SHARED_DIR "/seeds/000_ac96cbe5d64d4c8f.txt");
const QString kSeedB = QStringLiteral(STORYDIFF_SHARED_DIR "/seeds/001_c2777b46358987f3.txt");

DiffPane *pane(SideBySideView *v, Side side) {
    return side == Side::A ? v->leftPane() : v->rightPane();
}

void wheel(QWidget *target, int notches, Qt::KeyboardModifiers mods) {
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QWheelEvent e(at, target->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                  mods, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &e);
}

} // namespace

class TestGuiScroll : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void longRunBreaks_data();
    void longRunBreaks();
    void keysKeepRowsAligned_data();
    void keysKeepRowsAligned();
    void wheelBarAndRuler_data();
    void wheelBarAndRuler();
    void resizeKeepsRowsAligned();
    void zoomAllPanes_data();
    void zoomAllPanes();
    void f7StepsFromTheView_data();
    void f7StepsFromTheView();
    void f7StepsFromTheViewInline_data();
    void f7StepsFromTheViewInline();
    void currentChangeKeepsMarker();
    void paintLaysOutOnlyTheView_data();
    void paintLaysOutOnlyTheView();
    void cancelLeavesNoWorker();

private:
    bool open(MainWindow &w, Text text); // false (after QSKIP or a failure) when not shown
    bool openActive(MainWindow &w);      // the generated text, the window active for keys
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_longA, m_longB;
};

QString TestGuiScroll::write(const QString &name, const QByteArray &bytes) {
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

void TestGuiScroll::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StoryDiffTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_scroll"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // A long text from the bench generator: prose paragraphs of many heights, 2% edits with
    // moves, splits and merges, so rows differ in height between the sides.
    casegen::setSharedDir(QString()); // the built-in paragraphs: the same text everywhere
    casegen::CaseOptions o;
    o.format = QStringLiteral("txt");
    o.versions = 2;
    o.targetWords = 20000;
    o.editRate = 0.02;
    const casegen::GeneratedCase c = casegen::generateCase(20000 * 31 + 2, o);
    m_longA = write(QStringLiteral("long-a.txt"), c.files[0]);
    m_longB = write(QStringLiteral("long-b.txt"), c.files[1]);
    QVERIFY(!m_longA.isEmpty() && !m_longB.isEmpty());
}

bool TestGuiScroll::open(MainWindow &w, Text text) {
    QString a = m_longA, b = m_longB;
    if (text == Text::Seeds) {
        if (!QFile::exists(kSeedA) || !QFile::exists(kSeedB)) {
            QTest::qSkip("the seed pair (../shared/seeds) is not here", __FILE__, __LINE__);
            return false;
        }
        a = kSeedA;
        b = kSeedB;
    }
    w.resize(1400, 860);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    w.openFiles({a, b});
    SideBySideView *v = w.sideBySideView();
    const bool shown = QTest::qWaitFor(
        [&] { return w.model()->comparison() && !w.model()->isBusy() && v->isReady(); }, 60000);
    if (!shown)
        QTest::qFail("the comparison did not show", __FILE__, __LINE__);
    return shown;
}

bool TestGuiScroll::openActive(MainWindow &w) {
    if (!open(w, Text::Generated))
        return false;
    w.activateWindow();
    const bool active = QTest::qWaitForWindowActive(&w);
    if (!active)
        QTest::qFail("the window did not become active", __FILE__, __LINE__);
    return active;
}

// The break points: removing them gives the text back; no run without a break opportunity
// stays longer than kLongRun; no surrogate pair is split; short runs are left alone.
void TestGuiScroll::longRunBreaks_data() {
    QTest::addColumn<QString>("text");
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // one code point, two units
    QTest::newRow("prose")
        << QStringLiteral("Short words only, as a story has them. ").repeated(40);
    QTest::newRow("one 300 KB word") << QString(300000, QLatin1Char('x'));
    QTest::newRow("run just at the limit") << QString(kLongRun, QLatin1Char('y'));
    QTest::newRow("run one past the limit") << QString(kLongRun + 1, QLatin1Char('y'));
    QTest::newRow("emoji run") << emoji.repeated(1000);
    QTest::newRow("long url among words") << QStringLiteral("see https://example.org/") +
                                                 QString(5000, QLatin1Char('a')) +
                                                 QStringLiteral(" and more");
    QTest::newRow("long runs between words, space at the window's edge")
        << (QString(kLongRun, QLatin1Char('z')) + QStringLiteral(" a ") +
            QString(kLongRun + 1, QLatin1Char('w')) + QStringLiteral(" b"))
               .repeated(3);
    QTest::newRow("emoji at a chunk's end")
        << QString(kRunChunk - 1, QLatin1Char('q')) + emoji.repeated(300) + QStringLiteral(" end");
    QRandomGenerator rng(7);
    QString runs; // runs of every length around the limit, some with code points of two units
    for (int r = 0; r < 400; ++r) {
        const int length = int(kLongRun) - 4 + int(rng.bounded(9)) + (r % 7 == 0 ? 300 : 0);
        for (int c = 0; c < length; ++c)
            runs += rng.bounded(40) == 0 ? emoji : QStringLiteral("m");
        runs += rng.bounded(3) == 0 ? QStringLiteral("\n") : QStringLiteral(" ");
    }
    QTest::newRow("random runs around the limit") << runs;
}

namespace {
// The rule read one character at a time: what the skipping scan must give exactly.
QList<qint32> breaksOneByOne(QStringView text) {
    QList<qint32> out;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        for (qsizetype at = runStart + kRunChunk; i - runStart > kLongRun && at < i;
             at += kRunChunk) {
            at += text.at(at).isLowSurrogate() ? 1 : 0;
            if (at < i)
                out.append(qint32(at));
        }
        runStart = i + 1;
    }
    return out;
}
} // namespace

void TestGuiScroll::longRunBreaks() {
    QFETCH(QString, text);
    const QList<qint32> breaks = sd::longRunBreaks(text);
    QCOMPARE(breaks, breaksOneByOne(text));
    const QString broken = withBreaks(text, breaks);
    QString back = broken;
    back.remove(QChar(0x200B));
    QCOMPARE(back, text);
    qsizetype run = 0, longest = 0;
    for (qsizetype i = 0; i < broken.size(); ++i) {
        const QChar ch = broken.at(i);
        run = (ch.isSpace() || ch == QChar(0x200B)) ? 0 : run + 1;
        longest = qMax(longest, run);
        if (ch == QChar(0x200B)) {
            QVERIFY2(i == 0 || !broken.at(i - 1).isHighSurrogate(), "a surrogate pair was split");
        }
    }
    QVERIFY2(longest <= kLongRun, qPrintable(QString::number(longest)));
    // Runs that were short enough get no break at all.
    qsizetype original = 0, originalLongest = 0;
    for (QChar ch : text) {
        original = ch.isSpace() ? 0 : original + 1;
        originalLongest = qMax(originalLongest, original);
    }
    if (originalLongest <= kLongRun)
        QVERIFY(breaks.isEmpty());
}

void TestGuiScroll::keysKeepRowsAligned_data() {
    QTest::addColumn<Text>("text");
    QTest::addColumn<Side>("side");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("presses");
    QTest::addColumn<bool>("moves"); // the view must move (from the top)
    const struct {
        const char *name;
        int key;
        int mods;
        int presses;
        bool moves;
    } keys[] = {
        {"Down x40", Qt::Key_Down, Qt::NoModifier, 40, true},
        {"Page Down x3", Qt::Key_PageDown, Qt::NoModifier, 3, true},
        {"Page Down x3 then Page Up", Qt::Key_PageUp, Qt::NoModifier, 1, true},
        {"Ctrl+End", Qt::Key_End, Qt::ControlModifier, 1, true},
        {"End", Qt::Key_End, Qt::NoModifier, 1, true},
        {"Ctrl+End then Up x5", Qt::Key_Up, Qt::NoModifier, 5, true},
        {"Ctrl+End then Ctrl+Home", Qt::Key_Home, Qt::ControlModifier, 1, false},
        {"Page Down x3 then Home", Qt::Key_Home, Qt::NoModifier, 1, false},
    };
    for (Text text : {Text::Seeds, Text::Generated})
        for (Side side : {Side::A, Side::B})
            for (const auto &k : keys)
                QTest::addRow("%s, %s pane, %s", text == Text::Seeds ? "seeds" : "long text",
                              side == Side::A ? "left" : "right", k.name)
                    << text << side << k.key << k.mods << k.presses << k.moves;
}

void TestGuiScroll::keysKeepRowsAligned() {
    QFETCH(Text, text);
    QFETCH(Side, side);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, presses);
    QFETCH(bool, moves);
    MainWindow w;
    if (!open(w, text))
        return;
    SideBySideView *v = w.sideBySideView();
    DiffPane *p = pane(v, side);
    p->setFocus();
    // Rows whose names say "then" start elsewhere first.
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row.contains(QLatin1String("Page Down x3 then")))
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(p, Qt::Key_PageDown);
    if (row.contains(QLatin1String("Ctrl+End then")))
        QTest::keyClick(p, Qt::Key_End, Qt::ControlModifier);
    VERIFY_ALIGNED(v);
    const int before = v->rightPane()->verticalScrollBar()->value();
    for (int i = 0; i < presses; ++i)
        QTest::keyClick(p, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTest::qWait(20);
    const int after = v->rightPane()->verticalScrollBar()->value();
    if (moves)
        QVERIFY2(after != before, qPrintable(QStringLiteral("still at line %1").arg(after)));
    else
        QCOMPARE(after, 0);
    VERIFY_ALIGNED(v);
}

void TestGuiScroll::wheelBarAndRuler_data() {
    QTest::addColumn<Text>("text");
    QTest::addColumn<QString>("how");
    for (Text text : {Text::Seeds, Text::Generated}) {
        const char *t = text == Text::Seeds ? "seeds" : "long text";
        for (const char *how : {"wheel left", "wheel right", "scroll bar to the middle",
                                "scroll bar dragged", "ruler click", "search"})
            QTest::addRow("%s, %s", t, how) << text << QString::fromLatin1(how);
    }
}

void TestGuiScroll::wheelBarAndRuler() {
    QFETCH(Text, text);
    QFETCH(QString, how);
    MainWindow w;
    if (!open(w, text))
        return;
    SideBySideView *v = w.sideBySideView();
    QScrollBar *bar = v->rightPane()->verticalScrollBar();
    if (how == QLatin1String("wheel left")) {
        wheel(v->leftPane()->viewport(), -5, Qt::NoModifier);
    } else if (how == QLatin1String("wheel right")) {
        wheel(v->rightPane()->viewport(), -5, Qt::NoModifier);
    } else if (how == QLatin1String("scroll bar to the middle")) {
        bar->setValue(bar->maximum() / 2);
    } else if (how == QLatin1String("scroll bar dragged")) {
        bar->setSliderDown(true);
        for (int i = 1; i <= 10; ++i)
            bar->setSliderPosition(bar->maximum() * i / 20);
        bar->setSliderDown(false);
    } else if (how == QLatin1String("ruler click")) {
        QWidget *ruler = v->findChild<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
        for (QWidget *child : v->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (child->accessibleName() == SideBySideView::tr("Overview of changes"))
                ruler = child;
        QVERIFY(ruler);
        QTest::mouseClick(ruler, Qt::LeftButton, {}, QPoint(5, ruler->height() * 2 / 3));
    } else {
        // The last word of the base: the left pane scrolls to it through its cursor, as a
        // search that finds it does.
        const QString base = v->leftPane()->document()->toPlainText();
        const qsizetype at = base.trimmed().lastIndexOf(QLatin1Char(' '));
        QVERIFY(at > 0);
        const QString word = base.mid(at + 1).trimmed();
        QTextCursor c(v->leftPane()->document());
        c.setPosition(int(at));
        v->leftPane()->setTextCursor(c);
        QVERIFY(v->leftPane()->find(word));
        QVERIFY(v->leftPane()->textCursor().position() > base.size() / 2);
    }
    QTest::qWait(20);
    QVERIFY2(bar->value() > 0,
             qPrintable(QStringLiteral("the view did not move (%1 lines)").arg(bar->maximum())));
    VERIFY_ALIGNED(v);
}

void TestGuiScroll::resizeKeepsRowsAligned() {
    MainWindow w;
    if (!open(w, Text::Generated))
        return;
    SideBySideView *v = w.sideBySideView();
    v->rightPane()->verticalScrollBar()->setValue(v->rightPane()->verticalScrollBar()->maximum() /
                                                  3);
    for (int width : {900, 1600, 1100}) {
        w.resize(width, 800);
        QTest::qWait(60);
        QVERIFY2(misalignment(v).isEmpty(),
                 qPrintable(QStringLiteral("%1 px: ").arg(width) + misalignment(v)));
    }
}

void TestGuiScroll::zoomAllPanes_data() {
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("steps"); // the zoom it must end at
    QTest::newRow("Ctrl+wheel up on the left pane") << QStringLiteral("wheel left") << 2;
    QTest::newRow("Ctrl+wheel down on the right pane") << QStringLiteral("wheel right") << -1;
    QTest::newRow("Ctrl++") << QStringLiteral("plus") << 1;
    QTest::newRow("Ctrl+=") << QStringLiteral("equal") << 1;
    QTest::newRow("Ctrl+-") << QStringLiteral("minus") << -1;
    QTest::newRow("Ctrl++ twice, then Ctrl+0") << QStringLiteral("reset") << 0;
}

void TestGuiScroll::zoomAllPanes() {
    QFETCH(QString, how);
    QFETCH(int, steps);
    QSettings().remove(QStringLiteral("view/zoom"));
    MainWindow w;
    if (!openActive(w))
        return;
    SideBySideView *v = w.sideBySideView();
    v->rightPane()->verticalScrollBar()->setValue(v->rightPane()->verticalScrollBar()->maximum() /
                                                  2);
    const int rowBefore = v->visibleRows().first;
    const qreal size = v->leftPane()->font().pointSizeF();
    v->rightPane()->setFocus();
    if (how == QLatin1String("wheel left"))
        wheel(v->leftPane()->viewport(), 2, Qt::ControlModifier);
    else if (how == QLatin1String("wheel right"))
        wheel(v->rightPane()->viewport(), -1, Qt::ControlModifier);
    else if (how == QLatin1String("plus"))
        QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
    else if (how == QLatin1String("equal"))
        QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
    else if (how == QLatin1String("minus"))
        QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
    else {
        QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    }
    QTest::qWait(30);
    QCOMPARE(w.zoom()->steps(), steps);
    for (QWidget *p :
         {static_cast<QWidget *>(v->leftPane()), static_cast<QWidget *>(v->rightPane()),
          static_cast<QWidget *>(w.inlineView())})
        QCOMPARE(p->font().pointSizeF(), size + steps);
    VERIFY_ALIGNED(v);
    // The reading position stays (within the row it was in, give or take the one at the top).
    QVERIFY(qAbs(v->visibleRows().first - rowBefore) <= 1);
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), steps);
    // Remembered: a new window starts at that zoom.
    MainWindow again;
    QCOMPARE(again.zoom()->steps(), steps);
    QCOMPARE(again.sideBySideView()->leftPane()->font().pointSizeF(), size + steps);
    QSettings().remove(QStringLiteral("view/zoom"));
}

void TestGuiScroll::f7StepsFromTheView_data() {
    QTest::addColumn<int>("direction");
    QTest::newRow("F7") << 1;
    QTest::newRow("Shift+F7") << -1;
}

// Current change at the top, then the reader scrolls to the middle: F7 goes to the first
// change below the top of the view, Shift+F7 to the last one above it.
void TestGuiScroll::f7StepsFromTheView() {
    QFETCH(int, direction);
    MainWindow w;
    if (!openActive(w))
        return;
    SideBySideView *v = w.sideBySideView();
    const auto c = w.model()->comparison();
    QVERIFY(c->changes.size() > 10);
    QTest::keyClick(&w, Qt::Key_F7);
    QCOMPARE(w.model()->currentChange(), 0);
    QScrollBar *bar = v->rightPane()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QTest::qWait(20);
    const int top = v->visibleRows().first;
    QVERIFY(v->rowOfChange(0) < top);
    QTest::keyClick(&w, Qt::Key_F7, direction > 0 ? Qt::NoModifier : Qt::ShiftModifier);
    const int now = w.model()->currentChange();
    QVERIFY(now > 0);
    // The truth from the rows alone: the change with the smallest index at or below the top
    // (F7), or the largest index above it (Shift+F7), among the shown kinds.
    int want = -1;
    for (int i = 0; i < c->changes.size(); ++i) {
        if (!w.model()->isVisible(i))
            continue;
        const int row = v->rowOfChange(i);
        if (direction > 0 && row >= top) {
            want = i;
            break;
        }
        if (direction < 0 && row < top)
            want = i;
    }
    QCOMPARE(now, want);
    const auto [first, last] = v->visibleRows();
    QVERIFY(v->rowOfChange(now) >= first && v->rowOfChange(now) <= last);
    VERIFY_ALIGNED(v);
}

void TestGuiScroll::f7StepsFromTheViewInline_data() {
    f7StepsFromTheView_data();
}

// The same in the inline view: the truth from the document alone, where each change's words
// first carry its number.
void TestGuiScroll::f7StepsFromTheViewInline() {
    QFETCH(int, direction);
    MainWindow w;
    if (!openActive(w))
        return;
    w.findChild<QAction *>(QStringLiteral("inlineAction"))->trigger();
    InlineView *view = w.inlineView();
    QTRY_VERIFY(view->isReady());
    const auto c = w.model()->comparison();
    QList<int> firstAt(c->changes.size(), -1);
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.hasProperty(ChangeIndexProperty))
                continue;
            int &at = firstAt[f.intProperty(ChangeIndexProperty)];
            if (at < 0)
                at = it.fragment().position();
        }
    QTest::keyClick(&w, Qt::Key_F7);
    QCOMPARE(w.model()->currentChange(), 0);
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QTest::qWait(20);
    const int top = view->cursorForPosition(QPoint(0, 0)).position();
    QVERIFY(firstAt.at(0) < top);
    QTest::keyClick(&w, Qt::Key_F7, direction > 0 ? Qt::NoModifier : Qt::ShiftModifier);
    const int now = w.model()->currentChange();
    int want = -1;
    for (int i = 0; i < c->changes.size(); ++i) {
        if (!w.model()->isVisible(i) || firstAt.at(i) < 0)
            continue;
        if (direction > 0 && firstAt.at(i) >= top) {
            want = i;
            break;
        }
        if (direction < 0 && firstAt.at(i) < top)
            want = i;
    }
    QVERIFY(want > 0);
    QCOMPARE(now, want);
    // And it is on screen now.
    const int shownTop = view->cursorForPosition(QPoint(0, 0)).position();
    const int shownEnd = view->cursorForPosition(view->viewport()->rect().bottomRight()).position();
    QVERIFY(firstAt.at(now) >= shownTop && firstAt.at(now) <= shownEnd);
}

// After the flash the current change still shows: a frame in the pane's highlight colour
// where the change is, and its line in the change list.
void TestGuiScroll::currentChangeKeepsMarker() {
    MainWindow w;
    if (!open(w, Text::Generated))
        return;
    SideBySideView *v = w.sideBySideView();
    const auto c = w.model()->comparison();
    int change = -1;
    for (int i = 0; i < c->changes.size() && change < 0; ++i)
        if (c->changes.at(i).kind == ChangeKind::Insert)
            change = i;
    QVERIFY(change >= 0);
    w.model()->setCurrentChange(change);
    QTest::qWait(900); // the flash is over
    const auto range = v->paneRanges(c->changes.at(change), Side::B).first();
    QTextCursor cur(v->rightPane()->document());
    cur.setPosition(range.first);
    const QRect at = v->rightPane()->cursorRect(cur);
    const QImage shot = v->rightPane()->viewport()->grab().toImage();
    const QColor frame = v->rightPane()->palette().color(QPalette::Highlight);
    int hits = 0;
    // The bar in the margin, left of the text, on the change's first line.
    for (int y = at.top(); y <= at.bottom(); ++y)
        for (int x = 0; x < 3; ++x) {
            const QColor px =
                shot.pixelColor(int(x * shot.devicePixelRatio()), int(y * shot.devicePixelRatio()));
            hits += qAbs(px.red() - frame.red()) < 30 && qAbs(px.green() - frame.green()) < 30 &&
                    qAbs(px.blue() - frame.blue()) < 30;
        }
    QVERIFY2(hits > at.height(), qPrintable(QStringLiteral("%1 marker pixels").arg(hits)));
    const auto selected = w.changeList()->selectedChanges();
    QCOMPARE(selected, QList<int>{change});
}

// Painting lays out what is on screen, not the rows below it (the split marks asked where the next
// one below was, which laid out up to two screens of rows on every paint): scrolled down the text
// a step at a time, no row well below the view is laid out in either pane (the last screens are,
// for the scroll range).
void TestGuiScroll::paintLaysOutOnlyTheView_data() {
    QTest::addColumn<Side>("side");
    QTest::newRow("left pane (splits)") << Side::A;
    QTest::newRow("right pane (merges)") << Side::B;
}

void TestGuiScroll::paintLaysOutOnlyTheView() {
    QFETCH(Side, side);
    MainWindow w;
    if (!open(w, Text::Generated))
        return;
    SideBySideView *v = w.sideBySideView();
    DiffPane *p = pane(v, side);
    QScrollBar *bar = v->rightPane()->verticalScrollBar();
    const int tail = p->document()->blockCount() - 8 * (p->visibleLineCount() + 2);
    for (int step = 1; step <= 12; ++step) {
        bar->setValue(bar->maximum() * step / 16);
        QApplication::processEvents();
        v->leftPane()->viewport()->repaint();
        v->rightPane()->viewport()->repaint();
        VERIFY_ALIGNED(v);
        int laidOut = 0;
        for (QTextBlock b = p->document()->findBlockByNumber(p->lastVisibleBlock() + 10);
             b.isValid() && b.blockNumber() < tail; b = b.next())
            laidOut += b.layout()->lineCount() > 0;
        QVERIFY2(
            laidOut == 0,
            qPrintable(QStringLiteral("step %1: %2 blocks below the view").arg(step).arg(laidOut)));
    }
}

// Esc (the status bar's Cancel) during a long comparison: the model is idle at once and no
// worker of the model or the panes computes soon after; closing the window then does not wait
// for the comparison it abandoned.
void TestGuiScroll::cancelLeavesNoWorker() {
    // The model's test hook holds the comparison until it is cancelled: the test sees it
    // running for certain, however fast the machine.
    qputenv("STORYDIFF_TEST_HOLD_COMPARISON", "1");
    auto unhold = qScopeGuard([] { qunsetenv("STORYDIFF_TEST_HOLD_COMPARISON"); });
    const QString fa = write(QStringLiteral("held-a.txt"), "The fox crossed the river.\n");
    const QString fb = write(QStringLiteral("held-b.txt"), "The fox swam the river.\n");
    auto w = std::make_unique<MainWindow>();
    w->resize(1200, 800);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    w->openFiles({fa, fb});
    QTRY_VERIFY_WITH_TIMEOUT(w->model()->comparisonProgress() >= 0, 30000);
    QVERIFY(w->model()->hasRunningWork());
    QToolButton *cancel = nullptr;
    for (QToolButton *b : w->findChildren<QToolButton *>())
        if (b->accessibleName() == QLatin1String("Cancel comparison"))
            cancel = b;
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isVisible());
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QVERIFY(!w->model()->isBusy());
    QVERIFY(w->model()->comparison() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!w->model()->hasRunningWork(), 5000);
    QCOMPARE(w->sideBySideView()->buildWorkers(), 0);
    QElapsedTimer closing;
    closing.start();
    w.reset();
    QVERIFY2(closing.elapsed() < 2000, qPrintable(QString::number(closing.elapsed())));
}

QTEST_MAIN(TestGuiScroll)
#include "tst_gui_scroll.moc"
