// SPDX-License-Identifier: GPL-3.0-or-later
// The reports: the HTML report (self-contained, escaped, readable by an HTML reader, Qt's own
// here) and the JSON writer's strings.
#include "multi/session.h"
#include "output/htmlreport.h"
#include "output/jsonwriter.h"
#include "output/palette.h"
#include "readers/loader.h"
#include "testutil.h"

#include <QDir>
#include <QRegularExpression>
#include <QTextDocument>

using namespace sd;

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void hostileInputIsEscaped_data();
    void hostileInputIsEscaped();
    void selfContained();
    void qtReaderShowsEveryChange();
    void collationTable_data();
    void collationTable();
    void arabicChainReadsRightToLeft();
    void shadesAreTheApps_data();
    void shadesAreTheApps();
    void oneRowPerParagraph();
    void jsonStrings_data();
    void jsonStrings();
};

static Comparison compareTexts(const QString &a, const QString &b) {
    Comparison c = compareDocuments(testdata::doc(a, "a.md"), testdata::doc(b, "b.md"), {});
    c.toIndex = 1;
    return c;
}

void TestReport::hostileInputIsEscaped_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("path");
    QTest::newRow("script in the text") << "Plain words here." << "Plain <script>alert(1)</script> words here." << "b.md";
    QTest::newRow("attribute breakout in the text") << "A \"quoted\" word." << "A \"><img src=x onerror=alert(1)> word." << "b.md";
    QTest::newRow("javascript link") << "Click here now." << "Click [here](javascript:alert(1)) now." << "b.md";
    QTest::newRow("hostile href quotes") << "Click here now." << "Click [here](http://x/\"onmouseover=\"alert(1)) now." << "b.md";
    QTest::newRow("hostile file name") << "Same words." << "Other words." << "<script>x</script>\".md";
}

void TestReport::hostileInputIsEscaped() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, path);
    // Plain text keeps tags as words; Markdown is needed for the links.
    const QString ext = b.contains(QStringLiteral("](")) ? QStringLiteral(".md") : QStringLiteral(".txt");
    Document da = testdata::doc(a, "a" + ext), db = testdata::doc(b, "b" + ext);
    QCOMPARE(db.format, ext == QLatin1String(".md") ? Format::Markdown : Format::Text);
    db.path = path;
    db.title = QStringLiteral("<b onclick=x>");
    const Comparison c = compareDocuments(da, db, {});
    const QString html = QString::fromUtf8(htmlReport({da, db}, 0, {c}));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<b onclick")));
    QVERIFY(!html.contains(QStringLiteral("href=\"javascript"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\son\\w+=\"alert"))));
    // The hostile text is still there, as text.
    QTextDocument reader;
    reader.setHtml(html);
    const QString shown = reader.toPlainText();
    if (b.contains(QStringLiteral("<script>")))
        QVERIFY(shown.contains(QStringLiteral("<script>alert(1)</script>")));
    if (path.contains(QStringLiteral("<script>")))
        QVERIFY(shown.contains(path));
}

void TestReport::selfContained() {
    const Comparison c = compareTexts("One two three.", "One four three.");
    const QString html = QString::fromUtf8(htmlReport({c.a, c.b}, 0, {c}));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("src=|url\\("))));
    QVERIFY(html.contains(QStringLiteral("<style>")));
}

void TestReport::qtReaderShowsEveryChange() {
    const LoadResult a = loadDocument(QStringLiteral(":/samples/story-v1.txt"));
    const LoadResult b = loadDocument(QStringLiteral(":/samples/story-v2.md"));
    QVERIFY(a.ok() && b.ok());
    const Comparison c = compareDocuments(a.document, b.document, {});
    QTextDocument reader;
    reader.setHtml(QString::fromUtf8(htmlReport({a.document, b.document}, 0, {c})));
    const QString shown = reader.toPlainText();
    for (const Change &ch : c.changes) {
        const QString text = c.sideText(ch, ch.to.isValid() ? Side::B : Side::A);
        QVERIFY2(shown.contains(text.left(60)), qPrintable(text));
        QVERIFY(shown.contains(changeKindName(ch.kind)));
    }
    QVERIFY(shown.contains(QStringLiteral("similarity")));
}

void TestReport::collationTable_data() {
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("wanted"); // pieces of the report, each found as written
    const QStringList council{"the council met on Monday", "the council met on Tuesday",
                              "the board met on Monday"};
    QTest::newRow("variant cells tinted by their reading's version, the base plain")
        << council
        << QStringList{"<td class=\"\" dir=\"auto\"><p>council met on Monday</p></td>",
                       "<td class=\"variant g1\" dir=\"auto\"><p>council met on Tuesday</p></td>",
                       "<td class=\"variant g2\" dir=\"auto\"><p>board met on Monday</p></td>"};
    QTest::newRow("versions sharing a reading share its colour")
        << QStringList{"one two three four five six", "one two seven four five six",
                       "one two seven four five six"}
        << QStringList{"<td class=\"variant g1\" dir=\"auto\"><p>seven</p></td><td class=\"variant "
                       "g1\" dir=\"auto\"><p>seven</p></td>"};
    QTest::newRow("a reading over two paragraphs is two paragraphs")
        << QStringList{"alpha beta gamma.\n\nDelta epsilon zeta.", "alpha beta gamma. Delta epsilon zeta.",
                       "alpha beta gamma.\n\nDelta epsilon zeta."}
        << QStringList{"<td class=\"\" dir=\"auto\"><p>alpha beta gamma.</p><p>Delta epsilon zeta.</p></td>",
                       "<td class=\"variant g1\" dir=\"auto\"><p>alpha beta gamma. Delta epsilon zeta.</p></td>",
                       // the reading view: the base's two paragraphs
                       "<p><a class=\"rdg g0\" href=\"#row0\" title=\"v2.md: alpha beta gamma. Delta "
                       "epsilon zeta.\">alpha beta gamma.</a></p>\n<p><a class=\"rdg g0\" href=\"#row0\"",
                       "\">Delta epsilon zeta.</a>"};
    QTest::newRow("right-to-left versions read from the right")
        << QStringList{u"مرحبا بكم في عالم البرمجة"_qs, u"مرحبا بكم في عالم الويب"_qs,
                       u"JavaScript مرحبا بكم في عالم البرمجة"_qs}
        << QStringList{"<td class=\"\" dir=\"rtl\">", "<td class=\"variant g1\" dir=\"rtl\">",
                       // a cell opening with a Latin word still reads from the right
                       "<td class=\"variant g2\" dir=\"rtl\"><p>JavaScript",
                       "<div class=\"reading\" dir=\"rtl\">"};
    QTest::newRow("the reading view marks the base's variants, listing the others")
        << council
        << QStringList{"<h2>Reading v1.md</h2>",
                       "<p>the <a class=\"rdg g0\" href=\"#row1\" title=\"v2.md: council met on "
                       "Tuesday&#10;v3.md: board met on Monday\">council met on Monday</a></p>"};
}

void TestReport::collationTable() {
    QFETCH(QStringList, texts);
    QFETCH(QStringList, wanted);
    QList<Document> d;
    for (qsizetype k = 0; k < texts.size(); ++k)
        d << testdata::doc(texts[k], QStringLiteral("v%1.md").arg(k + 1));
    VersionSession session(d, 0, {});
    const SessionResult m = session.multi();
    QVERIFY(!m.result.incomplete);
    const QString html = QString::fromUtf8(htmlReport(d, 0, m.fromBase, &m.result));
    QVERIFY(html.contains(QStringLiteral("All versions aligned")));
    for (const QString &piece : wanted)
        QVERIFY2(html.contains(piece), qPrintable(piece));
    // One table row per collation row, each with its anchor for the reading view's links.
    for (qsizetype r = 0; r < m.result.collation.rows.size(); ++r)
        QVERIFY(html.contains(QStringLiteral("<tr id=\"row%1\"").arg(r)));
    QVERIFY(!html.contains(QStringLiteral("<tr id=\"row%1\"").arg(m.result.collation.rows.size())));
}

void TestReport::arabicChainReadsRightToLeft() {
    const QString dir = testdata::sharedDir() + QStringLiteral("/corpus/versions/jsinfo-ar-intro-md-revisions");
    if (testdata::sharedDir().isEmpty() || !QFileInfo(dir).isDir())
        QSKIP("the shared corpus is not here");
    QList<Document> d;
    for (const QString &f : QDir(dir).entryList({QStringLiteral("v*.md")}, QDir::Files, QDir::Name)) {
        const LoadResult r = loadDocument(dir + QLatin1Char('/') + f);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        d << r.document;
    }
    QVERIFY(d.size() >= 2);
    VersionSession session(d, 0, {});
    const SessionResult m = session.multi();
    const QString report = QString::fromUtf8(htmlReport(d, 0, m.fromBase, &m.result));
    const QString html = report.mid(report.indexOf(QStringLiteral("<h2>Reading ")));
    // Every cell of the collation and the reading view: right to left.
    const qsizetype cells = html.count(QStringLiteral("<td class=\""));
    QVERIFY(cells >= m.result.collation.rows.size() * d.size());
    QCOMPARE(html.count(QStringLiteral(" dir=\"rtl\">")), cells + 1);
    QCOMPARE(html.count(QStringLiteral(" dir=\"auto\"><p>")), 0);
}

// The report's change colours are the app's: for the page and text colours it sets, light and
// (for a browser that asks for it) dark, every kind's highlight and its text are what
// pageShades gives the app's theme, so they stand out by 3:1 there too.
void TestReport::shadesAreTheApps_data() {
    QTest::addColumn<bool>("dark");
    QTest::newRow("light page") << false;
    QTest::newRow("dark page") << true;
}

void TestReport::shadesAreTheApps() {
    QFETCH(bool, dark);
    const Comparison c = compareTexts("One two three.", "One four three.");
    const QString html = QString::fromUtf8(htmlReport({c.a, c.b}, 0, {c}));
    const QString media = QStringLiteral("@media (prefers-color-scheme: dark){");
    const qsizetype at = html.indexOf(media), end = html.indexOf(QStringLiteral("</style>"));
    QVERIFY(at > 0 && end > at);
    QVERIFY(html.contains(QStringLiteral("<meta name=\"color-scheme\" content=\"light dark\">")));
    const QString css = dark ? html.mid(at, end - at) : html.left(at);
    const QRegularExpression body(
        QStringLiteral("body\\{[^}]*color:#([0-9a-f]{6});background:#([0-9a-f]{6})"));
    const QRegularExpressionMatch m = body.match(css);
    QVERIFY2(m.hasMatch(), "no page colours");
    const quint32 text = m.captured(1).toUInt(nullptr, 16),
                  page = m.captured(2).toUInt(nullptr, 16);
    QCOMPARE(relativeLuminance(page) < 0.2, dark);
    const PageShades shades = pageShades(page, text, dark);
    for (int k = 0; k < kChangeKindCount; ++k) {
        const QString rule = QStringLiteral(".k-%1{background:%2;color:%3}")
                                 .arg(changeKindName(ChangeKind(k)), cssColor(shades.highlight[k]),
                                      cssColor(shades.highlightText[k]));
        QVERIFY2(css.contains(rule), qPrintable(rule));
        QVERIFY(contrastRatio(shades.highlight[k], page) >= kMinHighlightContrast);
        QVERIFY(contrastRatio(shades.highlightText[k], shades.highlight[k]) >= kMinTextContrast);
    }
}

// A browser lays out a paragraph of any length: one row per aligned row, the paragraph whole
// in its cell, where the app's panes show it in pieces of kPaneBlock characters.
void TestReport::oneRowPerParagraph() {
    QStringList words;
    for (int i = 0; i < 3000; ++i)
        words << QStringLiteral("w%1").arg(i, 5, 10, QLatin1Char('0'));
    const QString paragraph = words.join(QLatin1Char(' ')); // 21,000 characters
    const Comparison c = compareTexts("Before.\n\n" + paragraph + "\n\nAfter.",
                                      "Before, changed.\n\n" + paragraph + "\n\nAfter.");
    const QString html = QString::fromUtf8(htmlReport({c.a, c.b}, 0, {c}));
    const qsizetype at = html.indexOf(QStringLiteral("<table class=\"sbs\">"));
    QVERIFY(at > 0);
    const QString table = html.mid(at, html.indexOf(QStringLiteral("</table>"), at) - at);
    QCOMPARE(table.count(QStringLiteral("<tr")), c.rows.size() + 1);
    QCOMPARE(table.count(paragraph), 2); // on each side, whole
}

void TestReport::jsonStrings_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plain") << u"abc"_qs << QByteArray("\"abc\"");
    QTest::newRow("empty") << QString() << QByteArray("\"\"");
    QTest::newRow("quote and backslash") << u"a\"b\\c"_qs << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("controls") << u"a\nb\tc\u0001"_qs << QByteArray("\"a\\nb\\tc\\u0001\"");
    QTest::newRow("two-byte UTF-8") << u"caf\u00e9"_qs << QByteArray("\"caf\xc3\xa9\"");
    QTest::newRow("three-byte UTF-8") << u"\u201cq\u201d"_qs << QByteArray("\"\xe2\x80\x9cq\xe2\x80\x9d\"");
    QTest::newRow("surrogate pair") << u"\U0001F600"_qs << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QByteArray("\"\xef\xbf\xbd\"");
    // Long texts are written in pieces of 65,536 units: a pair across that line stays whole.
    const QString longText = QString(65535, u'x') + u"\U0001F600"_qs + QString(70000, u'y');
    QTest::newRow("pair across a piece") << longText << ("\"" + longText.toUtf8() + "\"");
}

void TestReport::jsonStrings() {
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QByteArray out("[");
    appendJsonString(out, text);
    QCOMPARE(out, "[" + json);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
