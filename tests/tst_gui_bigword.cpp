// SPDX-License-Identifier: GPL-3.0-or-later
// Paragraphs too long to lay out at once (one unbroken word of a megabyte, a megabyte of prose
// without a paragraph break) on real widgets, offscreen: the panes show them in pieces of at
// most kPaneBlock characters, the rows of both panes stay paired, every change is marked on
// its own words, and copying gives the story's text back; the inline view cuts them too.
#include "panealignment.h"

#include "export/exporter.h"
#include "pair/inlineview.h"
#include "pair/panebuilder.h"
#include "pair/sidebysideview.h"
#include "window/mainwindow.h"
#include "window/searchbar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QResizeEvent>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

#include <algorithm>

using namespace sd;

namespace {

// A pane's text between two positions as the story has it: without the zero-width spaces,
// the padding and the block breaks between pieces.
QString storyText(QTextDocument *doc, int start, int end) {
    QTextCursor cur(doc);
    cur.setPosition(start);
    cur.setPosition(end, QTextCursor::KeepAnchor);
    QString text = cur.selectedText();
    text.remove(QChar(0x200B));
    text.remove(QChar::LineSeparator);
    text.remove(QChar::ParagraphSeparator);
    return text;
}

// The most characters of text (without zero-width spaces and padding) in one block.
qsizetype longestBlock(QTextDocument *doc) {
    qsizetype longest = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.remove(QChar(0x200B));
        while (text.endsWith(QChar::LineSeparator))
            text.chop(1);
        longest = qMax(longest, text.size());
    }
    return longest;
}

// A block's text as the story has it: without zero-width spaces and the row's padding.
QString pieceText(const QTextBlock &block) {
    QString text = block.text();
    text.remove(QChar(0x200B));
    while (text.endsWith(QChar::LineSeparator))
        text.chop(1);
    return text;
}

// A paragraph of numbered words ("w00000 w00001 ..."): any seven characters of it in a row
// hold a whole word, so a needle of that length or more is found in one place only.
QByteArray numberedWords(int count) {
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += (i ? " w" : "w") + QByteArray::number(i).rightJustified(5, '0');
    return out;
}

// Counts the times a widget's width changes (each one lays both panes out afresh).
class WidthChanges : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::Resize) {
            const auto *r = static_cast<QResizeEvent *>(event);
            count += r->oldSize().width() != r->size().width();
        }
        return false;
    }
};

} // namespace

class TestGuiBigWord : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pieceCuts_data();
    void pieceCuts();
    void overlongParagraphOpens_data();
    void overlongParagraphOpens();
    void findAcrossCuts_data();
    void findAcrossCuts();
    void inlineCutsAsSideBySide_data();
    void inlineCutsAsSideBySide();
    void printKeepsParagraphsWhole();

private:
    QString write(const QString &name, const QByteArray &bytes);
    bool openPair(MainWindow &w, const QString &nameA, const QByteArray &a, const QString &nameB,
                  const QByteArray &b, int timeoutMs = 60000);
    QTemporaryDir m_dir;
};

void TestGuiBigWord::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StoryDiffTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_bigword"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

QString TestGuiBigWord::write(const QString &name, const QByteArray &bytes) {
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

// Writes the two versions, opens them in `w` (1200 x 800, shown) and waits until the
// side-by-side panes show them; false (the test failed) when they do not.
bool TestGuiBigWord::openPair(MainWindow &w, const QString &nameA, const QByteArray &a,
                              const QString &nameB, const QByteArray &b, int timeoutMs) {
    const QString fa = write(nameA, a);
    const QString fb = write(nameB, b);
    if (fa.isEmpty() || fb.isEmpty()) {
        QTest::qFail("the versions could not be written", __FILE__, __LINE__);
        return false;
    }
    w.resize(1200, 800);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) {
        QTest::qFail("the window was not exposed", __FILE__, __LINE__);
        return false;
    }
    w.openFiles({fa, fb});
    SideBySideView *v = w.sideBySideView();
    if (!QTest::qWaitFor(
            [&] { return w.model()->comparison() && !w.model()->isBusy() && v->isReady(); },
            timeoutMs)) {
        QTest::qFail("the comparison did not show", __FILE__, __LINE__);
        return false;
    }
    return true;
}

// The cuts: pieces of at most kPaneBlock (the first of what room the row's block has left,
// at least a character), none shorter than half of that but the last, after a space where the
// piece's second half has one, never inside a surrogate pair; none for a text that fits.
void TestGuiBigWord::pieceCuts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("used");
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // one code point, two units
    QTest::newRow("prose that fits") << QStringLiteral("A short paragraph. ").repeated(40) << 0;
    QTest::newRow("just at the limit") << QString(kPaneBlock, QLatin1Char('x')) << 0;
    QTest::newRow("one past the limit") << QString(kPaneBlock + 1, QLatin1Char('x')) << 0;
    QTest::newRow("one 1 MB word") << QString(1000000, QLatin1Char('x')) << 0;
    QTest::newRow("a megabyte of prose")
        << QStringLiteral("The river ran on past the mill, ").repeated(32000) << 0;
    QTest::newRow("emoji, odd offset") << QStringLiteral("x") + emoji.repeated(20000) << 0;
    QTest::newRow("one space early in each piece")
        << (QStringLiteral("ab ") + QString(kPaneBlock, QLatin1Char('y'))).repeated(5) << 0;
    QTest::newRow("after half a piece") << QString(20000, QLatin1Char('x')) << int(kPaneBlock / 2);
    QTest::newRow("after a full piece") << QStringLiteral("Short.") << int(kPaneBlock);
    QTest::newRow("a pair after a full piece") << emoji << int(kPaneBlock + 3);
    QTest::newRow("emoji after a full piece") << emoji.repeated(9000) << int(kPaneBlock);
}

void TestGuiBigWord::pieceCuts() {
    QFETCH(QString, text);
    QFETCH(int, used);
    const QList<qint32> cuts = sd::pieceCuts(text, used);
    qsizetype room = qMax(qsizetype(1), kPaneBlock - used);
    if (text.size() <= room)
        QVERIFY(cuts.isEmpty());
    qsizetype from = 0;
    for (qsizetype i = 0; i <= cuts.size(); ++i, room = kPaneBlock) {
        const qsizetype to = i < cuts.size() ? cuts.at(i) : text.size();
        const bool pair = to - from == 2 && text.at(from).isHighSurrogate();
        QVERIFY2(to - from <= room || (room == 1 && pair),
                 qPrintable(QStringLiteral("piece %1: %2").arg(i).arg(to - from)));
        QVERIFY(to > from);
        if (i == cuts.size())
            break;
        QVERIFY2(!text.at(to).isLowSurrogate(), "a surrogate pair was split");
        QVERIFY(to - from >= room / 2 - 1);
        const QStringView secondHalf = QStringView(text).mid(from + room / 2 + 1, room / 2 - 1);
        if (secondHalf.contains(QLatin1Char(' '))) {
            QCOMPARE(text.at(to - 1), QLatin1Char(' ')); // after the last space there
            QVERIFY(!QStringView(text).mid(to, from + room - to).contains(QLatin1Char(' ')));
        }
        from = to;
    }
}

void TestGuiBigWord::overlongParagraphOpens_data() {
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    const QByteArray word300(300000, 'x'), word1m(1000000, 'x');
    QTest::newRow("300 KB word") << "A first paragraph.\n\n" + word300 + "\n"
                                 << "A first paragraph, changed.\n\n" + word300 + "y\n";
    // The benchmark's case (bench/gui_bench --long-word).
    QTest::newRow("1 MB word") << word1m + "\n"
                               << "Some words.\n\n" + word1m + "y\n";
    const QByteArray prose = QByteArray("The river ran on past the mill, ").repeated(16000);
    const QByteArray same = QByteArray("A wind came over the hill, ").repeated(4000) + "still.";
    QTest::newRow("1 MB paragraph of words")
        << "Before.\n\n" + prose + "and the barn." + prose + "\n\n" + same + "\n\nAfter.\n"
        << "Before.\n\n" + prose + "and the byre." + prose + "\n\n" + same +
               "\n\nAfter, changed.\n";
    // One paragraph of A split into many in B: a row of short paragraphs longer than a piece.
    QByteArray whole, split;
    for (int i = 0; i < 400; ++i) {
        const QByteArray sentence = "Sentence " + QByteArray::number(i) + " of the long one. ";
        whole += sentence;
        split += sentence + (i % 5 == 4 ? "\n\n" : "");
    }
    QTest::newRow("one paragraph split into eighty") << whole + "\n" << split + "\n";
    const QByteArray emoji("\xF0\x9F\x98\x80");
    QTest::newRow("emoji word") << "x" + emoji.repeated(60000) + "\n"
                                << "x" + emoji.repeated(60000) + "y\n";
}

void TestGuiBigWord::overlongParagraphOpens() {
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    MainWindow w;
    if (!openPair(w, QStringLiteral("big-a.txt"), a, QStringLiteral("big-b.txt"), b, 120000))
        return;
    SideBySideView *v = w.sideBySideView();
    const Comparison *c = v->comparison();
    QVERIFY(!c->changes.isEmpty());
    // No QTextBlock holds more than a piece (and its prefix).
    QVERIFY(longestBlock(v->leftPane()->document()) <= kPaneBlock + 8);
    QVERIFY(longestBlock(v->rightPane()->document()) <= kPaneBlock + 8);
    // The rows stay paired at the top, through the pieces and at the end.
    QScrollBar *bar = v->rightPane()->verticalScrollBar();
    VERIFY_ALIGNED(v);
    for (const auto action :
         {QAbstractSlider::SliderPageStepAdd, QAbstractSlider::SliderPageStepAdd,
          QAbstractSlider::SliderToMaximum, QAbstractSlider::SliderPageStepSub}) {
        bar->triggerAction(action);
        QTest::qWait(10);
        VERIFY_ALIGNED(v);
    }
    bar->setValue(bar->maximum() / 2);
    QTest::qWait(10);
    VERIFY_ALIGNED(v);
    // Every change is marked on its own words, in both panes, wherever the pieces fall; and
    // showing it brings it on screen with the rows still paired.
    for (qsizetype i = 0; i < c->changes.size(); ++i) {
        const Change &ch = c->changes.at(i);
        for (Side side : {Side::A, Side::B}) {
            const Document &d = c->document(side);
            QStringList want;
            forEachBlockSpan(d, ch.side(side), [&](const BlockSpan &span) {
                const Block &block = d.blocks.at(span.block);
                if (span.tokenBegin < span.tokenEnd && span.tokenEnd <= block.tokens.size()) {
                    const qsizetype from = block.tokens.at(span.tokenBegin).start;
                    want << block.text.mid(from, block.tokens.at(span.tokenEnd - 1).end() - from);
                }
            });
            QTextDocument *doc = (side == Side::A ? v->leftPane() : v->rightPane())->document();
            QStringList shown;
            for (const auto &[start, end] : v->paneRanges(ch, side)) {
                if (start == end)
                    continue;
                shown << storyText(doc, start, end);
                for (int at : {start + 1, end}) { // the format of the first and last character
                    QTextCursor cur(doc);
                    cur.setPosition(at);
                    QCOMPARE(cur.charFormat().intProperty(ChangeIndexProperty), int(i));
                }
            }
            QCOMPARE(shown, want);
        }
        v->showChange(int(i), false);
        QTest::qWait(10);
        VERIFY_ALIGNED(v);
        const auto ranges = v->paneRanges(ch, ch.to.isValid() ? Side::B : Side::A);
        DiffPane *pane = ch.to.isValid() ? v->rightPane() : v->leftPane();
        if (!ranges.isEmpty()) {
            const int row = pane->document()->findBlock(ranges.first().first).blockNumber() / 2;
            const auto [first, last] = v->visibleRows();
            QVERIFY2(row >= first && row <= last,
                     qPrintable(QStringLiteral("change %1 in row %2, shown %3-%4")
                                    .arg(i)
                                    .arg(row)
                                    .arg(first)
                                    .arg(last)));
        }
    }
    // Copying the longest paragraph of B, from its start to its end across all its pieces, gives
    // it back whole.
    qint32 longest = 0;
    for (qint32 bi = 0; bi < c->b.blocks.size(); ++bi)
        if (c->b.blocks.at(bi).text.size() > c->b.blocks.at(longest).text.size())
            longest = bi;
    const PanePlace end =
        v->layout().placeOf(Side::B, longest, qint32(c->b.blocks.at(longest).text.size()), true);
    QTextDocument *right = v->rightPane()->document();
    QTextCursor sel(right);
    sel.setPosition(v->panePosition(longest, Side::B));
    sel.setPosition(right->findBlockByNumber(end.paneBlock).position() + end.offset,
                    QTextCursor::KeepAnchor);
    v->rightPane()->setTextCursor(sel);
    v->rightPane()->copy();
    QCOMPARE(QApplication::clipboard()->text(), c->b.blocks.at(longest).text);
    // The inline view shows it in pieces too, and copies it whole.
    auto *inlineAction = w.findChild<QAction *>(QStringLiteral("inlineAction"));
    QVERIFY(inlineAction);
    inlineAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.isInlineMode() && w.inlineView()->isReady(), 120000);
    QVERIFY(longestBlock(w.inlineView()->document()) <= kPaneBlock + 8);
    w.inlineView()->selectAll();
    w.inlineView()->copy();
    const QString copied = QApplication::clipboard()->text();
    for (qint32 bi = 0; bi < c->b.blocks.size(); ++bi) {
        const bool touched =
            std::any_of(c->changes.cbegin(), c->changes.cend(), [bi](const Change &ch) {
                return (ch.to.isValid() && bi >= ch.to.blockBegin && bi < ch.to.blockEnd) ||
                       ch.anchorB.block == bi;
            });
        const QString &text = c->b.blocks.at(bi).text;
        if (!touched && text.size() > kPaneBlock) // inline, changes stand among the words
            QVERIFY2(copied.contains(text), qPrintable(QStringLiteral("paragraph %1").arg(bi)));
    }
    // Back to side by side, and an option toggled: the panes keep their width (a scroll bar
    // that went with the old documents and came back with the new ones laid both out again),
    // the reading position and their rows paired.
    WidthChanges widths;
    v->rightPane()->viewport()->installEventFilter(&widths);
    w.findChild<QAction *>(QStringLiteral("sideBySideAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!w.isInlineMode() && v->isReady(), 120000);
    VERIFY_ALIGNED(v);
    const int top = v->visibleRows().first;
    auto *ignoreCase = w.findChild<QAction *>(QStringLiteral("ignoreCaseAction"));
    const auto before = w.model()->comparison();
    ignoreCase->trigger();
    auto restore = qScopeGuard([&] { ignoreCase->trigger(); }); // the settings are shared
    QTRY_VERIFY_WITH_TIMEOUT(
        w.model()->comparison() != before && !w.model()->isBusy() && v->isReady(), 120000);
    QTest::qWait(10);
    VERIFY_ALIGNED(v);
    QCOMPARE(v->visibleRows().first, top);
    QCOMPARE(widths.count, 0);
}

// Search reads a cut paragraph as the story does: a match across the blank line between two
// pieces is found, selected whole and brought on screen with the rows still paired; matches
// ending or starting right at a cut too, forwards and backwards, case-insensitive as before.
void TestGuiBigWord::findAcrossCuts_data() {
    QTest::addColumn<bool>("inlineView");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<bool>("upper");
    for (const bool inlineView : {false, true}) {
        const char *view = inlineView ? "inline" : "side by side";
        QTest::addRow("%s, across a cut", view) << inlineView << "across" << false << false;
        QTest::addRow("%s, previous, across a cut", view)
            << inlineView << "across" << true << false;
        QTest::addRow("%s, ends at a cut", view) << inlineView << "ends" << false << false;
        QTest::addRow("%s, starts at a cut", view) << inlineView << "starts" << false << false;
        QTest::addRow("%s, previous, starts at a cut", view)
            << inlineView << "starts" << true << false;
        QTest::addRow("%s, across a cut, other case", view)
            << inlineView << "across" << false << true;
    }
}

void TestGuiBigWord::findAcrossCuts() {
    QFETCH(bool, inlineView);
    QFETCH(QString, where);
    QFETCH(bool, backwards);
    QFETCH(bool, upper);
    const QByteArray words = numberedWords(3000); // 21,000 characters: three pieces
    MainWindow w;
    if (!openPair(w, QStringLiteral("find-a.txt"), "Before.\n\n" + words + "\n\nAfter.\n",
                  QStringLiteral("find-b.txt"), "Before, changed.\n\n" + words + "\n\nAfter.\n"))
        return;
    SideBySideView *v = w.sideBySideView();
    DiffPane *pane = v->rightPane();
    if (inlineView) {
        w.findChild<QAction *>(QStringLiteral("inlineAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.isInlineMode() && w.inlineView()->isReady(), 60000);
        pane = w.inlineView();
    }
    // The first cut of the pane: the pieces either side of its first join.
    QVERIFY(!pane->pieceJoins().isEmpty());
    const QTextBlock join = pane->document()->findBlockByNumber(pane->pieceJoins().first());
    const QString before = pieceText(join.previous()), after = pieceText(join.next());
    QVERIFY(before.size() > 100 && after.size() > 100);
    QString needle = where == QLatin1String("across") ? before.right(10) + after.left(10)
                     : where == QLatin1String("ends") ? before.right(20)
                                                      : after.left(20);
    if (upper)
        needle = needle.toUpper();
    QVERIFY(QString::fromLatin1(words).contains(needle, Qt::CaseInsensitive));
    // From the start of every pane searched (from the end, backwards).
    for (DiffPane *p : {v->leftPane(), v->rightPane(), static_cast<DiffPane *>(w.inlineView())}) {
        QTextCursor c(p->document());
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        p->setTextCursor(c);
    }
    auto *bar = w.findChild<SearchBar *>(QStringLiteral("searchBar"));
    QVERIFY(bar);
    bar->open();
    bar->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(needle);
    QSignalSpy found(bar, &SearchBar::found);
    bar->find(backwards);
    QCOMPARE(found.count(), 1);
    auto *hit = found.first().first().value<DiffPane *>();
    QVERIFY(hit);
    const QTextCursor sel = hit->textCursor();
    QCOMPARE(storyText(hit->document(), sel.selectionStart(), sel.selectionEnd()).toUpper(),
             needle.toUpper());
    // Its pieces either side of the cut are selected, not only one of them.
    if (where == QLatin1String("across"))
        QVERIFY(hit->document()->findBlock(sel.selectionStart()) !=
                hit->document()->findBlock(sel.selectionEnd()));
    QTest::qWait(20);
    for (const int at : {sel.selectionStart(), sel.selectionEnd()}) {
        QTextCursor c(hit->document());
        c.setPosition(at);
        QVERIFY2(hit->viewport()->rect().contains(hit->cursorRect(c).center()),
                 "the match is not on screen");
    }
    if (inlineView)
        return;
    // The rows are aligned from 0 ms timers once the pane has scrolled, to the pixel: the sync
    // also evens out the sub-pixel remainder QPlainTextEdit keeps of each scroll.
    const auto offBy = [v] {
        const auto [first, last] = v->visibleRows();
        qreal most =
            v->leftPane()->topBlock().blockNumber() == v->rightPane()->topBlock().blockNumber()
                ? 0
                : 1000;
        for (int row = first; row <= last; ++row)
            most = qMax(most, qAbs(v->leftPane()->blockRect(v->rowBlock(row, Side::A)).top() -
                                   v->rightPane()->blockRect(v->rowBlock(row, Side::B)).top()));
        return most;
    };
    QTRY_VERIFY2(offBy() == 0.0, qPrintable(QStringLiteral("rows %1 px apart").arg(offBy())));
}

// The inline view cuts a long paragraph where the side-by-side panes cut it (pieceCuts): after
// a space where the piece's second half has one, never inside a surrogate pair, the zero-width
// spaces of long runs not counted.
void TestGuiBigWord::inlineCutsAsSideBySide_data() {
    QTest::addColumn<QByteArray>("paragraph");
    QTest::addColumn<QString>("suffix");
    const QByteArray emoji("\xF0\x9F\x98\x80");
    QTest::newRow("prose") << numberedWords(3000) << "txt";
    QTest::newRow("one long word") << QByteArray(20000, 'x') << "txt";
    QTest::newRow("emoji word, odd offset") << "x" + emoji.repeated(12000) << "txt";
    QTest::newRow("one space early in each piece")
        << ("ab " + QByteArray(int(kPaneBlock), 'y')).repeated(3) << "txt";
    QTest::newRow("list item (a prefix)") << "- " + numberedWords(3000) << "md";
}

void TestGuiBigWord::inlineCutsAsSideBySide() {
    QFETCH(QByteArray, paragraph);
    QFETCH(QString, suffix);
    MainWindow w;
    if (!openPair(w, QStringLiteral("cuts-a.") + suffix, "Before.\n\n" + paragraph + "\n\nAfter.\n",
                  QStringLiteral("cuts-b.") + suffix,
                  "Before, changed.\n\n" + paragraph + "\n\nAfter.\n"))
        return;
    SideBySideView *v = w.sideBySideView();
    const Comparison *c = v->comparison();
    qint32 longest = 0;
    for (qint32 bi = 0; bi < c->b.blocks.size(); ++bi)
        if (c->b.blocks.at(bi).text.size() > c->b.blocks.at(longest).text.size())
            longest = bi;
    // Its pieces in the right pane: its first display row and those that continue it.
    QStringList sideBySide;
    const int first = v->layout().rowOfB.at(longest);
    for (int r = first; r == first || (r < v->layout().rows.size() && v->layout().continues(r));
         ++r)
        if (!v->layout().rows.at(r).emptyB)
            sideBySide << pieceText(v->rowBlock(r, Side::B));
    QVERIFY(sideBySide.size() >= 2);
    w.findChild<QAction *>(QStringLiteral("inlineAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.isInlineMode() && w.inlineView()->isReady(), 60000);
    InlineView *pane = w.inlineView();
    QTextBlock block = pane->document()->begin();
    while (block.isValid() && pieceText(block) != sideBySide.first())
        block = block.next();
    QVERIFY2(block.isValid(), "the first piece is not a block of the inline view");
    QStringList inlined{pieceText(block)};
    const QList<qint32> &joins = pane->pieceJoins();
    while (std::binary_search(joins.cbegin(), joins.cend(), qint32(block.blockNumber() + 1))) {
        block = block.next().next();
        inlined << pieceText(block);
    }
    QCOMPARE(inlined, sideBySide);
}

// Paper needs no pieces: the printed side-by-side table has a row per aligned row, and a
// paragraph the panes cut is whole in its cell.
void TestGuiBigWord::printKeepsParagraphsWhole() {
    const QByteArray words = numberedWords(3000);
    const QString fa = write(QStringLiteral("print-a.txt"), "Before.\n\n" + words + "\n\nAfter.\n");
    const QString fb =
        write(QStringLiteral("print-b.txt"), "Before, changed.\n\n" + words + "\n\nAfter.\n");
    QVERIFY(!fa.isEmpty() && !fb.isEmpty());
    MainWindow w;
    w.openFiles({fa, fb});
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->comparison() && !w.model()->isBusy(), 60000);
    exporter::PrintSource src;
    src.comparison = w.model()->comparison();
    const Comparison &c = *src.comparison;
    const auto doc = exporter::printDocument(src, exporter::printTheme());
    QTextTable *table = nullptr;
    for (QTextFrame *f : doc->rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(f))
            table = t;
    QVERIFY(table);
    QCOMPARE(table->rows(), int(c.rows.size()) + 1);
    int found = 0;
    for (int r = 0; r < c.rows.size(); ++r) {
        for (const Side side : {Side::A, Side::B}) {
            const AlignedRow &row = c.rows.at(r);
            if (row.end(side) - row.begin(side) != 1 ||
                c.document(side).blocks.at(row.begin(side)).text != QString::fromLatin1(words))
                continue;
            const QTextTableCell cell = table->cellAt(r + 1, side == Side::A ? 0 : 1);
            QCOMPARE(storyText(doc.get(), cell.firstPosition(), cell.lastPosition()),
                     QString::fromLatin1(words));
            ++found;
        }
    }
    QCOMPARE(found, 2);
}

QTEST_MAIN(TestGuiBigWord)
#include "tst_gui_bigword.moc"
