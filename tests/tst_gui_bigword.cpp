// SPDX-License-Identifier: GPL-3.0-or-later
// Paragraphs too long to lay out at once (one unbroken word of a megabyte, a megabyte of prose
// without a paragraph break) on real widgets, offscreen: the panes show them in pieces of at
// most kPaneBlock characters, the rows of both panes stay paired, every change is marked on
// its own words, and copying gives the story's text back; the inline view cuts them too.
#include "panealignment.h"

#include "pair/inlineview.h"
#include "pair/panebuilder.h"
#include "pair/sidebysideview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QResizeEvent>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

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

private:
    QString write(const QString &name, const QByteArray &bytes);
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
    const QString fa = write(QStringLiteral("big-a.txt"), a);
    const QString fb = write(QStringLiteral("big-b.txt"), b);
    QVERIFY(!fa.isEmpty() && !fb.isEmpty());
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openFiles({fa, fb});
    SideBySideView *v = w.sideBySideView();
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->comparison() && !w.model()->isBusy() && v->isReady(),
                             120000);
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

QTEST_MAIN(TestGuiBigWord)
#include "tst_gui_bigword.moc"
