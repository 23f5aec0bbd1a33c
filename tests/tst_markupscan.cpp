// SPDX-License-Identifier: GPL-3.0-or-later
// The markup signals' hand-written scans (readers/markupscan.h) against the regular expressions
// they replaced, kept here as the reference: same counts on named edge cases, on generated
// strings of markup characters and on the shared corpus' files.
#include "readers/markupscan.h"
#include "testutil.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using namespace sd;

namespace {

struct Counts {
    bool skeleton = false;
    int tags = 0, lines = 0, inlines = 0;
    friend bool operator==(const Counts &, const Counts &) = default;
};

int count(const QRegularExpression &re, QStringView t, int limit) {
    int n = 0;
    for (auto it = re.globalMatch(t); it.hasNext() && n < limit; it.next())
        ++n;
    return n;
}

// The expressions sniffTextFormat used before the scans, word for word.
Counts byRegex(QStringView head) {
    static const QRegularExpression skeleton(
        QStringLiteral(
            R"(^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(
        QStringLiteral(R"(</(p|div|a|span|li|h[1-6]|article|section|em|strong|td|b|i)>|<br\s*/?>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lineSignals(
        QStringLiteral(
            R"(^(#{1,6}\s+\S|>\s|```|~~~|(\*\s*){3,}$|(-\s*){3,}$|(_\s*){3,}$|[-*+]\s+\S|\d{1,9}[.)]\s+\S|={3,}\s*$))"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression inlineSignals(QStringLiteral(
        R"(\[[^\]\n]+\]\([^)\s]*\)|\*\*[^*\n]+\*\*|(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])|(?<!\w)_[^_\s][^_\n]*_(?!\w)|`[^`\n]+`|<https?://[^>\s]+>|!\[[^\]\n]*\]\()"));
    return {skeleton.match(head).hasMatch(), count(tags, head, 5), count(lineSignals, head, 50),
            count(inlineSignals, head, 50)};
}

// The four scans one by one, and at once as sniffTextFormat runs them (markupSignals, the text
// checked once): a disagreement reads as counts of -1.
Counts byScan(QStringView head) {
    const Counts apart{hasHtmlSkeleton(head), countHtmlTags(head, 5), countMarkdownLines(head, 50),
                       countMarkdownInlines(head, 50)};
    const MarkupSignals m = markupSignals(head, 5, 50, 50);
    const Counts together{m.htmlSkeleton, m.htmlTags, m.markdownLines, m.markdownInlines};
    return together == apart ? apart : Counts{apart.skeleton, -1, -1, -1};
}

QString describe(const Counts &c) {
    return QStringLiteral("skeleton %1, tags %2, lines %3, inlines %4")
        .arg(c.skeleton)
        .arg(c.tags)
        .arg(c.lines)
        .arg(c.inlines);
}

// A string of the characters the expressions look at, a few letters and line ends.
QString generated(QRandomGenerator &rng) {
    static const QStringList pieces{"*",
                                    "**",
                                    "_",
                                    "-",
                                    "+",
                                    "#",
                                    "###",
                                    ">",
                                    "=",
                                    "~",
                                    "`",
                                    "```",
                                    "[",
                                    "]",
                                    "(",
                                    ")",
                                    "!",
                                    "<",
                                    ">",
                                    "/",
                                    ".",
                                    "1",
                                    "12",
                                    "a",
                                    "word",
                                    " ",
                                    "  ",
                                    "\t",
                                    "\n",
                                    "\n",
                                    "\r\n",
                                    "\r",
                                    "\v",
                                    "\f",
                                    "http://x",
                                    "https://",
                                    "<!--",
                                    "-->",
                                    "<html",
                                    "<head>",
                                    "<body ",
                                    "<br",
                                    "</p>",
                                    "</span>",
                                    "</h3>",
                                    "</H7>",
                                    "<!DOCTYPE ",
                                    "html",
                                    QString(QChar(0x017F)),
                                    QString(QChar(0x212A)),
                                    QString(QChar(0xA0)),
                                    QStringLiteral("\u00e9"),
                                    QString::fromUtf8("\xF0\x9F\x98\x80"),
                                    QString(QChar(0))};
    QString s;
    const int n = int(rng.bounded(1, 40));
    for (int i = 0; i < n; ++i)
        s += pieces.at(int(rng.bounded(qsizetype(pieces.size()))));
    return s;
}

} // namespace

class TestMarkupScan : public QObject {
    Q_OBJECT
private slots:
    void sameAsRegex_data();
    void sameAsRegex();
    void generatedSameAsRegex();
    void corpusSameAsRegex();
};

void TestMarkupScan::sameAsRegex_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tags"); // the scan's count, which must also be the regex's
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("inlines");
    QTest::newRow("plain prose") << "Just words.\n\nMore words." << 0 << 0 << 0;
    QTest::newRow("heading levels") << "# a\n###### b\n####### c\n#\nd" << 0 << 3 << 0;
    QTest::newRow("rule spans lines") << "* *\n*\nx" << 0 << 1 << 0;
    // "* * * x" is no rule, but "* *" is a bullet with text.
    QTest::newRow("rule then text") << "* * * x\n- - -\n___\n===\n==" << 0 << 4 << 0;
    QTest::newRow("bullets and numbers")
        << "- a\n+ b\n* c\n1. d\n1234567890. e\n12) f\n3.x" << 0 << 5 << 0;
    QTest::newRow("quote takes its line end") << ">\n> a\n>b" << 0 << 2 << 0;
    QTest::newRow("fences") << "```\n~~~\n``" << 0 << 2 << 0;
    QTest::newRow("carriage returns") << "a\r# b\r\n- c\r\n" << 0 << 1 << 0;
    QTest::newRow("links and images")
        << "[a](b) [](c) [a] (b) ![](x ![y](z [a\nb](c) [a](b c)" << 0 << 0 << 3;
    QTest::newRow("emphasis") << "**b** *i* a*b*c *i*x ** * x* *y *z**" << 0 << 0 << 2;
    QTest::newRow("underscores") << "_a_ a_b_c _a_b _ a_ __" << 0 << 0 << 1;
    QTest::newRow("code and autolinks")
        << "`c` `` <http://x> <https://y> <http:// x> <ftp://z>" << 0 << 0 << 3;
    QTest::newRow("html tags") << "</p></SPAN><br><br /><br/ ></h1></h7></div >" << 5 << 0 << 0;
    QTest::newRow("long s in a tag")
        << QString::fromUtf8("</\u017Fpan> </\u017Ftrong>") << 2 << 0 << 0;
    QTest::newRow("surrogate pairs")
        << QString::fromUtf8("*\xF0\x9F\x98\x80* _\xF0\x9F\x98\x80_\n# \xF0\x9F\x98\x80") << 0 << 1
        << 2;
    QTest::newRow("cut surrogate pair matches nothing")
        << QString(QStringLiteral("# a *b* </p>") + QChar(0xD83D)) << 0 << 0 << 0;
}

void TestMarkupScan::sameAsRegex() {
    QFETCH(QString, text);
    QFETCH(int, tags);
    QFETCH(int, lines);
    QFETCH(int, inlines);
    const Counts scan = byScan(text);
    QCOMPARE(describe(scan), describe(byRegex(text)));
    QCOMPARE(scan.tags, tags);
    QCOMPARE(scan.lines, lines);
    QCOMPARE(scan.inlines, inlines);
}

void TestMarkupScan::generatedSameAsRegex() {
    QRandomGenerator rng(20);
    for (int i = 0; i < 20000; ++i) {
        const QString s = generated(rng);
        QCOMPARE(describe(byScan(s)) + QStringLiteral(" for ") + s,
                 describe(byRegex(s)) + QStringLiteral(" for ") + s);
    }
    // The skeleton behind comments, and the limits.
    for (const QString &s :
         {QStringLiteral("  <!-- a --> x --> <html>"), QStringLiteral("<!-- a -->\n<!--b--><BODY>"),
          QStringLiteral("<!---->\t<!doctype  HTML"), QStringLiteral("<!-->-->\n<head\n"),
          QStringLiteral("<!-- --> x <html>"), QString(QStringLiteral("</p>")).repeated(9),
          QString(QStringLiteral("# h\n")).repeated(60),
          QString(QStringLiteral("*a* ")).repeated(60),
          QString(QStringLiteral("[")).repeated(5000)})
        QCOMPARE(describe(byScan(s)), describe(byRegex(s)));
}

void TestMarkupScan::corpusSameAsRegex() {
    if (testdata::sharedDir().isEmpty())
        QSKIP("../shared is not here");
    int files = 0;
    QDirIterator it(testdata::sharedDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && files < 400) {
        QFile f(it.next());
        if (f.size() > (4 << 20) || !f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll()).left(200000);
        QCOMPARE(describe(byScan(text)) + QStringLiteral(" in ") + f.fileName(),
                 describe(byRegex(text)) + QStringLiteral(" in ") + f.fileName());
        ++files;
    }
    QVERIFY(files > 0);
}

QTEST_APPLESS_MAIN(TestMarkupScan)
#include "tst_markupscan.moc"
