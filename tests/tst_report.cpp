// SPDX-License-Identifier: GPL-3.0-or-later
// The reports: the HTML report (self-contained, escaped, readable by an HTML reader, Qt's own
// here) and the JSON writer's strings.
#include "multi/session.h"
#include "output/htmlreport.h"
#include "output/jsonwriter.h"
#include "testutil.h"

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
    void collationTable();
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

void TestReport::collationTable() {
    QList<Document> d{testdata::doc("the council met on Monday"), testdata::doc("the council met on Tuesday"),
                      testdata::doc("the board met on Monday")};
    VersionSession session(d, 0, {});
    const SessionResult m = session.multi();
    const QString html = QString::fromUtf8(htmlReport(d, 0, m.fromBase, &m.result));
    QVERIFY(html.contains(QStringLiteral("All versions aligned")));
    // Phrases: the words after "the" differ somewhere in every version's reading.
    QVERIFY(html.contains(QStringLiteral("<td class=\"variant\">council met on Tuesday</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"\">council met on Monday</td>")));
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
