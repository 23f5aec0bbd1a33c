// SPDX-License-Identifier: GPL-3.0-or-later
// Moving through a long text on real widgets, offscreen, at any window width: F7 brings the
// next change into view in both panes, and Find leaves the panes on the same pixel.
#include "panealignment.h"

#include "pair/sidebysideview.h"
#include "window/mainwindow.h"
#include "window/searchbar.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace sd;

Q_DECLARE_METATYPE(sd::Side)

namespace {

// A story of `paragraphs` paragraphs of 3 to 90 words (as prose has them, short and long);
// `edited` changes one word in every sixth.
QByteArray longStory(int paragraphs, bool edited) {
    static const char *words[] = {"river",  "mill",    "fox",    "bridge", "lantern", "orchard",
                                  "winter", "harbour", "letter", "violin", "garden",  "storm"};
    QByteArray text;
    quint32 x = 12345;
    for (int p = 0; p < paragraphs; ++p) {
        text += "Paragraph " + QByteArray::number(p) + " ";
        x = x * 1103515245u + 12345u;
        const int length = 3 + int((x >> 16) % 88);
        for (int w = 0; w < length; ++w) {
            x = x * 1103515245u + 12345u;
            text += words[(x >> 16) % 12];
            if (edited && p % 6 == 5 && w == length / 2)
                text += "-changed";
            text += w == length - 1 ? ".\n\n" : " ";
        }
    }
    return text;
}

// The largest distance between a row's top in the left pane and in the right one, over the
// rows on screen (1000 when the panes do not show the same top row).
qreal rowsApart(SideBySideView *v) {
    if (v->leftPane()->topBlock().blockNumber() != v->rightPane()->topBlock().blockNumber())
        return 1000;
    const auto [first, last] = v->visibleRows();
    qreal most = 0;
    for (int row = first; row <= last; ++row)
        most = qMax(most, qAbs(v->leftPane()->blockRect(v->rowBlock(row, Side::A)).top() -
                               v->rightPane()->blockRect(v->rowBlock(row, Side::B)).top()));
    return most;
}

// Whether a row's block is at least partly inside the pane's viewport.
bool rowOnScreen(SideBySideView *v, int row, Side side) {
    DiffPane *p = side == Side::A ? v->leftPane() : v->rightPane();
    const QRectF r = p->blockRect(v->rowBlock(row, side));
    return r.bottom() > 0 && r.top() < p->viewport()->height();
}

} // namespace

class TestGuiNav : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void f7AtAnyWidth_data();
    void f7AtAnyWidth();
    void findKeepsPanesOnThePixel_data();
    void findKeepsPanesOnThePixel();

private:
    bool open(MainWindow &w, int width);
    QTemporaryDir m_dir;
    QString m_a, m_b;
};

void TestGuiNav::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StoryDiffTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_nav"));
    QVERIFY(m_dir.isValid());
    for (auto [path, name, edited] :
         {std::tuple{&m_a, "long-a.txt", false}, std::tuple{&m_b, "long-b.txt", true}}) {
        QFile f(m_dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(longStory(240, edited)) > 0);
        *path = f.fileName();
    }
}

void TestGuiNav::init() {
    QSettings().clear(); // no geometry, zoom or options from another test
}

bool TestGuiNav::open(MainWindow &w, int width) {
    w.resize(width, 740);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        return false;
    w.openFiles({m_a, m_b});
    SideBySideView *v = w.sideBySideView();
    return QTest::qWaitFor(
        [&] { return w.model()->comparison() && !w.model()->isBusy() && v->isReady(); }, 60000);
}

void TestGuiNav::f7AtAnyWidth_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("scrolled"); // how far down the reader scrolled first (0..1)
    QTest::addColumn<int>("presses");
    for (int width : {683, 900, 1400}) {
        QTest::addRow("%d px, from the top", width) << width << 0.0 << 1;
        QTest::addRow("%d px, from the top, three times", width) << width << 0.0 << 3;
        QTest::addRow("%d px, from the middle", width) << width << 0.5 << 1;
        QTest::addRow("%d px, from near the end", width) << width << 0.85 << 2;
    }
}

// F7 steps to the first change at or below the top of the view (then on, one by one) and brings
// it into view in both panes, the rows aligned, whatever the window's width.
void TestGuiNav::f7AtAnyWidth() {
    QFETCH(int, width);
    QFETCH(double, scrolled);
    QFETCH(int, presses);
    MainWindow w;
    QVERIFY(open(w, width));
    SideBySideView *v = w.sideBySideView();
    const auto c = w.model()->comparison();
    QVERIFY(c->changes.size() > 20);
    QScrollBar *bar = v->rightPane()->verticalScrollBar();
    bar->setValue(int(bar->maximum() * scrolled));
    QTest::qWait(20);
    const int top = v->visibleRows().first;
    int want = -1;
    for (int i = 0; i < c->changes.size() && want < 0; ++i)
        if (w.model()->isVisible(i) && v->rowOfChange(i) >= top)
            want = i;
    for (int k = 1; k < presses; ++k)
        want = w.model()->nextVisibleChange(want, +1);
    QVERIFY(want >= 0);
    for (int k = 0; k < presses; ++k) {
        QTest::keyClick(&w, Qt::Key_F7);
        QTest::qWait(20);
    }
    QCOMPARE(w.model()->currentChange(), want);
    const int row = v->rowOfChange(want);
    QVERIFY2(rowOnScreen(v, row, Side::A) && rowOnScreen(v, row, Side::B),
             qPrintable(QStringLiteral("change %1 in row %2, the panes show rows %3-%4 (bar %5)")
                            .arg(want)
                            .arg(row)
                            .arg(v->visibleRows().first)
                            .arg(v->visibleRows().second)
                            .arg(bar->value())));
    VERIFY_ALIGNED(v);
    QCOMPARE(rowsApart(v), 0.0);
}

void TestGuiNav::findKeepsPanesOnThePixel_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<Side>("pane"); // the one the reader worked in: searched first
    for (int width : {683, 1400}) {
        QTest::addRow("%d px, forwards", width) << width << false << Side::B;
        QTest::addRow("%d px, backwards", width) << width << true << Side::B;
        QTest::addRow("%d px, forwards, left pane", width) << width << false << Side::A;
    }
}

// Find scrolls the pane with the match; the other pane then shows every row at exactly the same
// height (0 px apart: a pane moved by keys, the wheel or the scroll bar is synced to the pixel
// too), after each of several searches down (or up) a long text.
void TestGuiNav::findKeepsPanesOnThePixel() {
    QFETCH(int, width);
    QFETCH(bool, backwards);
    QFETCH(Side, pane);
    MainWindow w;
    QVERIFY(open(w, width));
    SideBySideView *v = w.sideBySideView();
    DiffPane *first = pane == Side::A ? v->leftPane() : v->rightPane();
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    auto *bar = w.findChild<SearchBar *>(QStringLiteral("searchBar"));
    QVERIFY(bar);
    bar->open();
    auto *edit = bar->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(edit);
    if (backwards)
        for (DiffPane *p : {v->leftPane(), v->rightPane()}) {
            QTextCursor cur(p->document());
            cur.movePosition(QTextCursor::End);
            p->setTextCursor(cur);
        }
    QSignalSpy found(bar, &SearchBar::found);
    const QStringList needles{QStringLiteral("Paragraph 37 "),  QStringLiteral("Paragraph 61 "),
                              QStringLiteral("Paragraph 140 "), QStringLiteral("Paragraph 99 "),
                              QStringLiteral("Paragraph 201 "), QStringLiteral("Paragraph 12 ")};
    for (const QString &needle : needles) {
        edit->setText(needle);
        found.clear();
        bar->find(backwards);
        QCOMPARE(found.count(), 1);
        QTest::qWait(20); // the 0 ms alignment timers
        auto *hit = found.first().first().value<DiffPane *>();
        QCOMPARE(hit, first);
        QVERIFY(hit->viewport()->rect().contains(hit->cursorRect().center()));
        VERIFY_ALIGNED(v);
        QVERIFY2(rowsApart(v) == 0.0,
                 qPrintable(QStringLiteral("%1: rows %2 px apart").arg(needle).arg(rowsApart(v))));
    }
}

QTEST_MAIN(TestGuiNav)
#include "tst_gui_nav.moc"
