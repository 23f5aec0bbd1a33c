// SPDX-License-Identifier: GPL-3.0-or-later
// What changed, said in words, on real widgets offscreen: tooltips that name the swapped
// characters and the split point, the mark where a paragraph broke, the split and merge marks
// of the inline view, and italic Arabic drawn with a font that has its letters.
#include "pair/changewords.h"
#include "pair/inlineview.h"
#include "pair/sidebysideview.h"
#include "window/mainwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QGlyphRun>
#include <QHelpEvent>
#include <QRawFont>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QToolTip>

using namespace sd;

namespace {

// Paragraphs long enough for the engine to pair them: a typography change in the first, the
// second split after "after the storm.", the fourth and fifth merged.
const QByteArray kIntro = "An opening paragraph that stays the same in both versions of the story, "
                          "so that the others have something to stand next to.\n\n";
const QByteArray kQuotedA =
    "The keeper said \"quoted\" and nothing more about the lamp that night.\n\n";
const QByteArray kQuotedB = "The keeper said \xe2\x80\x9cquoted\xe2\x80\x9d and nothing more about "
                            "the lamp that night.\n\n";
const QByteArray kFirstHalf = "The ship sailed slowly into the old harbour at dawn with all of its "
                              "sails torn and its crew exhausted after the storm.";
const QByteArray kSecondHalf =
    "When the tide turned the crew went ashore and walked up the hill to "
    "the inn where the keeper waited with bread and soup.";
const QByteArray kMergeOne = "The lighthouse keeper counted the boats that came home each evening "
                             "and wrote their names into a thick book.";
const QByteArray kMergeTwo = "His daughter read the book aloud on Sundays to the children of the "
                             "village who gathered by the fire.";
const QByteArray kOutro = "A closing paragraph that also stays the same, the last words of this "
                          "small story about the harbour and its keeper.\n\n";

} // namespace

class TestGuiWords : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typographySwaps_data();
    void typographySwaps();
    void tooltipsSayWhatChanged_data();
    void tooltipsSayWhatChanged();
    void splitPointIsMarked();
    void inlineMarksSplitAndMerge();
    void italicArabicHasGlyphs();

private:
    bool open(MainWindow &w, const QString &a, const QString &b);
    QString write(const QString &name, const QByteArray &bytes);
    QString tooltipAt(DiffPane *pane, const QString &word);
    QTemporaryDir m_dir;
    QString m_a, m_b;
};

QString TestGuiWords::write(const QString &name, const QByteArray &bytes) {
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

void TestGuiWords::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StoryDiffTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_words"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_a =
        write(QStringLiteral("a.txt"), kIntro + kQuotedA + kFirstHalf + ' ' + kSecondHalf + "\n\n" +
                                           kMergeOne + "\n\n" + kMergeTwo + "\n\n" + kOutro);
    m_b =
        write(QStringLiteral("b.txt"), kIntro + kQuotedB + kFirstHalf + "\n\n" + kSecondHalf +
                                           "\n\n" + kMergeOne + ' ' + kMergeTwo + "\n\n" + kOutro);
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
}

bool TestGuiWords::open(MainWindow &w, const QString &a, const QString &b) {
    w.resize(1400, 860);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    w.openFiles({a, b});
    const bool shown = QTest::qWaitFor(
        [&] {
            return w.model()->comparison() && !w.model()->isBusy() && w.sideBySideView()->isReady();
        },
        30000);
    if (!shown)
        QTest::qFail("the comparison did not show", __FILE__, __LINE__);
    return shown;
}

// The tooltip the pane shows over the middle of `word` (its first occurrence).
QString TestGuiWords::tooltipAt(DiffPane *pane, const QString &word) {
    const int at = int(pane->document()->toPlainText().indexOf(word));
    if (at < 0)
        return QStringLiteral("(no %1 in the pane)").arg(word);
    QTextCursor c(pane->document());
    c.setPosition(at + int(word.size()) / 2);
    pane->ensureCursorVisible();
    pane->setTextCursor(c);
    pane->ensureCursorVisible();
    const QPoint pos = pane->cursorRect(c).center();
    QHelpEvent help(QEvent::ToolTip, pos, pane->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(pane->viewport(), &help);
    const QString text = QToolTip::text();
    QToolTip::hideText();
    return text;
}

// The swaps from texts whose truth is plain: each differing stretch once, in order.
void TestGuiWords::typographySwaps_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("swaps");
    QTest::newRow("straight to curly quotes")
        << QStringLiteral("\"word\"") << QStringLiteral("“word”")
        << QStringLiteral("\" → “, \" → ”");
    QTest::newRow("one apostrophe")
        << QStringLiteral("don't") << QStringLiteral("don’t") << QStringLiteral("' → ’");
    QTest::newRow("three dots to an ellipsis")
        << QStringLiteral("wait...") << QStringLiteral("wait…") << QStringLiteral("... → …");
    QTest::newRow("the same swap twice, named once")
        << QStringLiteral("'a' 'b'") << QStringLiteral("’a’ ’b’") << QStringLiteral("' → ’");
}

void TestGuiWords::typographySwaps() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, swaps);
    QCOMPARE(sd::typographySwaps(from, to), swaps);
}

void TestGuiWords::tooltipsSayWhatChanged_data() {
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("says");
    QTest::newRow("typography, on the changed word")
        << int(Side::B) << QStringLiteral("quoted")
        << QStringList{QStringLiteral("Typography"), QStringLiteral("\" → “"),
                       QStringLiteral("in: "), QStringLiteral("“quoted")};
    // The split point named by the words either side, and the pieces by their words.
    QTest::newRow("split, in the base pane")
        << int(Side::A) << QStringLiteral("sailed")
        << QStringList{QStringLiteral("Split"),
                       QStringLiteral("after the storm."),
                       QStringLiteral("When the tide"),
                       QStringLiteral("into 2 paragraphs"),
                       QStringLiteral("1. “The ship sailed slowly"),
                       QStringLiteral("2. “When the tide turned")};
    QTest::newRow("merge, in the merged paragraph")
        << int(Side::B) << QStringLiteral("lighthouse")
        << QStringList{QStringLiteral("Merge"),
                       QStringLiteral("…thick book.”, before “His daughter"),
                       QStringLiteral("His daughter read"),
                       QStringLiteral("2 paragraphs merged"),
                       QStringLiteral("1. “The lighthouse keeper"),
                       QStringLiteral("2. “His daughter read")};
}

void TestGuiWords::tooltipsSayWhatChanged() {
    QFETCH(int, side);
    QFETCH(QString, word);
    QFETCH(QStringList, says);
    MainWindow w;
    if (!open(w, m_a, m_b))
        return;
    SideBySideView *v = w.sideBySideView();
    const QString tip = tooltipAt(Side(side) == Side::A ? v->leftPane() : v->rightPane(), word);
    // The tooltip is rich text; compare its plain words.
    QTextDocument plain;
    plain.setHtml(tip);
    const QString text = plain.toPlainText();
    for (const QString &s : says)
        QVERIFY2(text.contains(s), qPrintable(QStringLiteral("“%1” not in: %2").arg(s, text)));
}

// The place in A where the paragraph broke carries a bar in the split colour, several pixels
// wide and a line tall, right before the first word of the second piece.
void TestGuiWords::splitPointIsMarked() {
    MainWindow w;
    if (!open(w, m_a, m_b))
        return;
    SideBySideView *v = w.sideBySideView();
    DiffPane *left = v->leftPane();
    QCOMPARE(v->layout().joinsA.size(), 1);
    QVERIFY(v->layout().joinsB.size() == 1); // the merge, in B
    const PanePlace join = v->layout().joinsA.first();
    const QTextBlock block = left->document()->findBlockByNumber(join.paneBlock);
    QVERIFY(block.text().mid(join.offset).startsWith(QStringLiteral("When the tide")));
    QTextCursor c(left->document());
    c.setPosition(block.position() + join.offset);
    const QRect r = left->cursorRect(c);
    QVERIFY(left->viewport()->rect().contains(r.center()));
    const QImage shot = left->viewport()->grab().toImage();
    const QColor marker = v->theme().marker(Category::SplitMerge);
    const auto isMarker = [&](int x, int y) {
        const QColor px = shot.pixelColor(x * shot.width() / left->viewport()->width(),
                                          y * shot.height() / left->viewport()->height());
        return qAbs(px.red() - marker.red()) < 10 && qAbs(px.green() - marker.green()) < 10 &&
               qAbs(px.blue() - marker.blue()) < 10;
    };
    const int midY = r.top() + r.height() / 2;
    int wide = 0;
    for (int x = r.left() - 6; x <= r.left() + 6; ++x)
        wide += isMarker(x, midY);
    QVERIFY2(wide >= 3, qPrintable(QString::number(wide)));
    int tall = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        tall += isMarker(r.left() - 1, y);
    QVERIFY2(tall >= r.height() * 3 / 4, qPrintable(QString::number(tall)));
}

// Inline, a pilcrow stands where the paragraph was split (the second piece starts with it) and
// a struck-through one where two were merged, each carrying its change.
void TestGuiWords::inlineMarksSplitAndMerge() {
    MainWindow w;
    if (!open(w, m_a, m_b))
        return;
    w.findChild<QAction *>(QStringLiteral("inlineAction"))->trigger();
    QVERIFY(w.isInlineMode());
    QTRY_VERIFY(w.inlineView()->isReady());
    QTextDocument *doc = w.inlineView()->document();
    const QString text = doc->toPlainText();
    const auto c = w.model()->comparison();
    const auto markAt = [&](const QString &before, const QString &after) -> QTextCharFormat {
        const int at = int(text.indexOf(QStringLiteral("¶ ") + after));
        if (at < 0 || !text.left(at).trimmed().endsWith(before))
            return {};
        QTextCursor cur(doc);
        cur.setPosition(at + 1);
        return cur.charFormat();
    };
    const QTextCharFormat split =
        markAt(QStringLiteral("the storm."), QStringLiteral("When the tide"));
    QVERIFY2(split.hasProperty(ChangeIndexProperty), qPrintable(text));
    QCOMPARE(c->changes.at(split.intProperty(ChangeIndexProperty)).kind, ChangeKind::Split);
    QVERIFY(!split.fontStrikeOut());
    const QTextCharFormat merge =
        markAt(QStringLiteral("thick book."), QStringLiteral("His daughter"));
    QVERIFY2(merge.hasProperty(ChangeIndexProperty), qPrintable(text));
    QCOMPARE(c->changes.at(merge.intProperty(ChangeIndexProperty)).kind, ChangeKind::Merge);
    QVERIFY(merge.fontStrikeOut());
    const Theme theme = Theme::fromPalette(w.inlineView()->palette());
    QCOMPARE(merge.background().color(), theme.highlight(ChangeKind::Merge));
    QCOMPARE(split.background().color(), theme.highlight(ChangeKind::Split));
}

// An italic Arabic run is drawn with glyphs, not boxes: every glyph of it comes from a font
// that has the character (glyph 0 is the missing-glyph box).
void TestGuiWords::italicArabicHasGlyphs() {
    const QString arabic = QStringLiteral("مرحبا بالعالم الجميل");
    const QByteArray md = "# A story\n\nThe greeting was *" + arabic.toUtf8() +
                          "* and then silence.\n\nAnother paragraph follows here.\n";
    const QString a = write(QStringLiteral("arabic-a.md"), md);
    const QString b =
        write(QStringLiteral("arabic-b.md"), QByteArray(md).replace("silence", "a long silence"));
    MainWindow w;
    if (!open(w, a, b))
        return;
    DiffPane *pane = w.sideBySideView()->rightPane();
    QTextDocument *doc = pane->document();
    const int at = int(doc->toPlainText().indexOf(arabic));
    QVERIFY(at >= 0);
    QTextCursor cur(doc);
    cur.setPosition(at + 1);
    const QFont shown = cur.charFormat().font();
    const QTextBlock block = doc->findBlock(at);
    doc->documentLayout()->blockBoundingRect(block); // laid out
    QTextLayout *layout = block.layout();
    QVERIFY(layout && layout->lineCount() > 0);
    const QList<QGlyphRun> runs = layout->glyphRuns(at - block.position(), int(arabic.size()));
    QVERIFY(!runs.isEmpty());
    for (const QGlyphRun &run : runs) {
        for (quint32 glyph : run.glyphIndexes())
            QVERIFY2(glyph != 0,
                     qPrintable(QStringLiteral("a box in %1 (%2)")
                                    .arg(run.rawFont().familyName(), run.rawFont().styleName())));
    }
    // The letters themselves are in the font that draws them.
    QFont drawn = pane->font();
    drawn.setItalic(shown.italic());
    const QFontMetrics metrics(drawn);
    for (QChar ch : arabic)
        if (!ch.isSpace())
            QVERIFY2(metrics.inFont(ch), qPrintable(QString(ch)));
}

QTEST_MAIN(TestGuiWords)
#include "tst_gui_words.moc"
