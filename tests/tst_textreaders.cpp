// SPDX-License-Identifier: GPL-3.0-or-later
// Plain-text and Markdown readers, format sniffing and the loader's bad-input messages.
#include "readers/markdownreader.h"
#include "readers/sniff.h"
#include "readers/textreader.h"
#include "testutil.h"

#include <QStringEncoder>
#include <QTemporaryDir>

using namespace sd;

class TestTextReaders : public QObject {
    Q_OBJECT
private slots:
    void plainText_data();
    void plainText();
    void encodings_data();
    void encodings();
    void markdown_data();
    void markdown();
    void markdownLinksAndStyles();
    void markdownSpansEndWithTheirBlock();
    void markdownTitle();
    void sniffing_data();
    void sniffing();
    void seedsSniffed();
    void badInput_data();
    void badInput();
    void sourceOffsets_data();
    void sourceOffsets();
    void blockSourceRuns_data();
    void blockSourceRuns();
};

static QString blockTexts(const QList<Block> &blocks) {
    QStringList out;
    for (const Block &b : blocks)
        out << b.text;
    return out.join(QStringLiteral(" || "));
}

void TestTextReaders::plainText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("blocks");
    QTest::newRow("blank lines separate paragraphs") << "One two.\n\nThree four." << "One two. || Three four.";
    QTest::newRow("hard-wrapped lines join")
        << "The sides agreed to continue cooperation\nto solve international problems in\nthe region.\n\nA dateline\nThe next paragraph starts after a short line."
        << "The sides agreed to continue cooperation to solve international problems in the region. || A dateline || The next paragraph starts after a short line.";
    QTest::newRow("unwrapped lines are paragraphs")
        << QString("date 2017-05-11 Global Look Press\n" + QString("Meeting by the minister ").repeated(8) +
                   "\n" + QString("US President said ").repeated(9) + "\n")
        << QString("date 2017-05-11 Global Look Press || " + QString("Meeting by the minister ").repeated(8).trimmed() +
                   " || " + QString("US President said ").repeated(9).trimmed());
    QTest::newRow("CRLF line ends") << "The sides agreed to continue cooperation\r\nto solve problems.\r\n\r\nthree" << "The sides agreed to continue cooperation to solve problems. || three";
    QTest::newRow("old Mac CR line ends") << "The sides agreed to continue cooperation\rto solve problems.\r\rthree" << "The sides agreed to continue cooperation to solve problems. || three";
    QTest::newRow("runs of spaces fold") << "a   b \t c" << "a b c";
    QTest::newRow("whitespace-only lines separate") << "a\n   \nb" << "a || b";
}

void TestTextReaders::plainText() {
    QFETCH(QString, text);
    QFETCH(QString, blocks);
    QCOMPARE(blockTexts(TextReader::blocksFromText(text)), blocks);
}

void TestTextReaders::encodings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    const QString s = u"Café “déjà vu”"_qs;
    QTest::newRow("utf-8") << s.toUtf8() << "UTF-8" << s;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + s.toUtf8() << "UTF-8" << s;
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16le with BOM") << QByteArray(le.encode(s)) << "UTF-16LE" << s;
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16be with BOM") << QByteArray(be.encode(s)) << "UTF-16BE" << s;
}

void TestTextReaders::encodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const LoadResult r = readDocument(bytes, QStringLiteral("e.txt"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.encoding, encoding);
    QCOMPARE(r.document.blocks.size(), 1);
    QCOMPARE(r.document.blocks.first().text, text);
}

void TestTextReaders::markdown_data() {
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("blocks");
    QTest::addColumn<QString>("kinds");
    QTest::newRow("heading and paragraph") << "# Title\n\nBody text." << "Title || Body text." << "heading paragraph";
    QTest::newRow("soft breaks join") << "one\ntwo" << "one two" << "paragraph";
    QTest::newRow("list items") << "- a\n- b\n\n1. c" << "a || b || c" << "list-item list-item list-item";
    QTest::newRow("block quote") << "> quoted words" << "quoted words" << "quote";
    QTest::newRow("thematic break gives no block") << "a\n\n---\n\nb" << "a || b" << "paragraph paragraph";
    QTest::newRow("markup never becomes words") << "**bold** and *it* and `code` and ~~gone~~"
                                                << "bold and it and code and gone" << "paragraph";
    QTest::newRow("entities decoded") << "Tom &amp; Jerry &mdash; &#x41;" << u"Tom & Jerry \u2014 A"_qs << "paragraph";
    QTest::newRow("image alt text dropped") << "See ![a photo](p.jpg) here" << "See here" << "paragraph";
    QTest::newRow("raw html tags dropped") << "<div>inside</div>\n\ntext <b>x</b>" << "inside || text x" << "paragraph paragraph";
    QTest::newRow("code block") << "```\nint x;\n```" << "int x;" << "preformatted";
    QTest::newRow("table cells") << "| a | b |\n|---|---|\n| c | d |" << "a || b || c || d"
                                 << "table-cell table-cell table-cell table-cell";
}

void TestTextReaders::markdown() {
    QFETCH(QString, markdown);
    QFETCH(QString, blocks);
    QFETCH(QString, kinds);
    const QList<Block> got = MarkdownReader::blocksFromMarkdown(markdown);
    QCOMPARE(blockTexts(got), blocks);
    QStringList k;
    for (const Block &b : got)
        k << blockKindName(b.kind);
    QCOMPARE(k.join(QLatin1Char(' ')), kinds);
}

void TestTextReaders::markdownLinksAndStyles() {
    const QList<Block> b = MarkdownReader::blocksFromMarkdown(QStringLiteral(
        "Lavrov held [talks](#) with *Tillerson* and **others**, see <https://rt.example/x>."));
    QCOMPARE(b.size(), 1);
    const Block &blk = b.first();
    QCOMPARE(blk.text, QStringLiteral("Lavrov held talks with Tillerson and others, see https://rt.example/x."));
    auto tokenAt = [&](const QString &word) -> const Token & {
        for (const Token &t : blk.tokens)
            if (blk.tokenText(t) == word)
                return t;
        qFatal("no token %s", qPrintable(word));
    };
    QCOMPARE(blk.links.at(tokenAt(QStringLiteral("talks")).link).href, QStringLiteral("#"));
    QCOMPARE(tokenAt(QStringLiteral("held")).link, -1);
    QCOMPARE(tokenAt(QStringLiteral("Tillerson")).style, Styles(Italic));
    QCOMPARE(tokenAt(QStringLiteral("others")).style, Styles(Bold));
    QCOMPARE(blk.links.at(tokenAt(QStringLiteral("https")).link).href, QStringLiteral("https://rt.example/x"));
}

// md4c can leave an autolink open at a table cell's edge (the fuzzer found it): the link must
// end with its cell, never carry its index into the next block, which has no links.
void TestTextReaders::markdownSpansEndWithTheirBlock() {
    const QList<Block> b = MarkdownReader::blocksFromMarkdown(QStringLiteral("a\n:-:|\nhttp://.-|\nnext\n"));
    QVERIFY(!b.isEmpty());
    for (const Block &blk : b)
        for (const Token &t : blk.tokens)
            QVERIFY2(t.link >= -1 && t.link < blk.links.size(), qPrintable(blk.text));
    QCOMPARE(b.last().text, QStringLiteral("next"));
    QCOMPARE(b.last().tokens.first().link, -1);
}

void TestTextReaders::markdownTitle() {
    QString title;
    MarkdownReader::blocksFromMarkdown(QStringLiteral("Intro\n\n# The Title\n\n## Sub"), &title);
    QCOMPARE(title, QStringLiteral("The Title"));
}

void TestTextReaders::sniffing_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Format>("format");
    QTest::newRow("plain prose") << "Just words.\n\nMore words." << "a.txt" << Format::Text;
    QTest::newRow("markdown despite .txt") << "# Head\n\nSome *italic* and a [link](#).\n\n---\n" << "a.txt" << Format::Markdown;
    QTest::newRow("html document") << "<!DOCTYPE html><html><body><p>x</p></body></html>" << "a.txt" << Format::Html;
    QTest::newRow("html fragment by tags") << "<p>one</p><p>two</p><div>three</div>" << "x" << Format::Html;
    QTest::newRow("weak signals: extension .md breaks the tie") << "Just words." << "a.md" << Format::Markdown;
    QTest::newRow("weak signals: .txt stays text") << "A list:\n- one" << "a.txt" << Format::Text;
    QTest::newRow("a lone asterisk is not markdown") << "5 * 3 = 15" << "a" << Format::Text;
}

void TestTextReaders::sniffing() {
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(Format, format);
    QCOMPARE(sniffTextFormat(text, path), format);
}

void TestTextReaders::seedsSniffed() {
    if (testdata::sharedDir().isEmpty())
        QSKIP("../shared is not here");
    const LoadResult a = loadDocument(testdata::seedA());
    const LoadResult b = loadDocument(testdata::seedB());
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.message() + b.message()));
    QCOMPARE(a.document.format, Format::Text);
    QCOMPARE(b.document.format, Format::Markdown);
    // The first seed is not wrapped: its first three lines are three paragraphs.
    QVERIFY(a.document.blocks.at(0).text.startsWith(QStringLiteral("date 2017-05-11")));
    QVERIFY(a.document.blocks.at(1).text.startsWith(QStringLiteral("Meeting by Russian")));
    QCOMPARE(b.document.title, QString());
}

void TestTextReaders::badInput_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("cause");
    QTest::newRow("missing file") << "missing" << "not found";
    QTest::newRow("directory") << "directory" << "is a directory, not a file";
    QTest::newRow("empty file") << "empty" << "empty file";
    QTest::newRow("binary file") << "binary" << "not a text file (binary data)";
    QTest::newRow("too large") << "large" << "too large";
    QTest::newRow("unreadable") << "unreadable" << "unreadable";
    QTest::newRow("whitespace only") << "blank" << "no text found";
}

void TestTextReaders::badInput() {
    QFETCH(QString, kind);
    QFETCH(QString, cause);
    QTemporaryDir dir;
    QString path = dir.filePath(kind);
    LoadOptions options;
    auto write = [&](const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    if (kind == QLatin1String("directory"))
        QVERIFY(QDir(dir.path()).mkdir(kind));
    else if (kind == QLatin1String("empty"))
        write({});
    else if (kind == QLatin1String("binary"))
        write(QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00", 11));
    else if (kind == QLatin1String("large")) {
        write(QByteArray(4096, 'a'));
        options.maxSize = 1024;
    } else if (kind == QLatin1String("unreadable")) {
        write("words");
        QFile::setPermissions(path, QFileDevice::Permissions());
        if (QFile(path).open(QIODevice::ReadOnly))
            QSKIP("running as root: permissions do not stop reading");
    } else if (kind == QLatin1String("blank"))
        write("  \n\n \t \n");
    const LoadResult r = loadDocument(path, options);
    QVERIFY(!r.ok());
    QVERIFY2(r.cause.startsWith(cause), qPrintable(r.cause));
    QVERIFY(r.message().startsWith(path + QStringLiteral(": ")));
}

void TestTextReaders::sourceOffsets_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("source");
    QTest::newRow("markdown emphasis") << "s.md" << "# Head\n\nSome *word* here.";
    QTest::newRow("markdown link and bold")
        << "s.md" << "See [the page](http://x.org/) now, **bold** too.\n\nNext   one.";
    QTest::newRow("text, CRLF and folded spaces")
        << "s.txt"
        << "The sides agreed to continue cooperation\r\nto solve problems in the  region.\r\n\r\n"
           "three  four\tfive";
    QTest::newRow("text, no-break space") << "s.txt" << QString::fromUtf16(u"a\u00A0b  c d");
}

// Every token maps back onto exactly its own text in the source, across the breaks in the
// mapping (a folded run of spaces, CRLF, markup between words).
void TestTextReaders::sourceOffsets() {
    QFETCH(QString, name);
    QFETCH(QString, source);
    const LoadResult r = readDocument(source.toUtf8(), name);
    QVERIFY(r.ok());
    qsizetype checked = 0;
    for (const Block &b : r.document.blocks) {
        for (const Token &t : b.tokens) {
            QVERIFY(b.sourceStartOf(t) >= 0);
            QCOMPARE(source.mid(b.sourceStartOf(t), b.sourceEndOf(t) - b.sourceStartOf(t)),
                     b.tokenText(t).toString());
            ++checked;
        }
    }
    QVERIFY(checked > 2);
}

void TestTextReaders::blockSourceRuns_data() {
    QTest::addColumn<QList<int>>("runs"); // text start, source start; ...
    QTest::addColumn<int>("tokenStart");
    QTest::addColumn<int>("expected"); // the token's source start, -1 unknown
    QTest::newRow("no runs: unknown") << QList<int>{} << 4 << -1;
    QTest::newRow("in the first run") << QList<int>{0, 10} << 4 << 14;
    QTest::newRow("at a run's start") << QList<int>{0, 10, 8, 30} << 8 << 30;
    QTest::newRow("in an unmapped run") << QList<int>{0, 10, 8, -1} << 9 << -1;
    QTest::newRow("mapped again after one") << QList<int>{0, 10, 8, -1, 14, 40} << 19 << 45;
    QTest::newRow("before the first run") << QList<int>{4, 20} << 0 << -1;
}

// Block::sourceStartOf reads a token's place in the source off the run its first character is
// in, and its end is as far on as the token is long.
void TestTextReaders::blockSourceRuns() {
    QFETCH(QList<int>, runs);
    QFETCH(int, tokenStart);
    QFETCH(int, expected);
    Block b;
    b.text = QStringLiteral("one two three four five");
    for (qsizetype i = 0; i + 1 < runs.size(); i += 2)
        b.sourceRuns.append(SourceRun{quint32(runs[i]), runs[i + 1]});
    Token t;
    t.start = quint32(tokenStart);
    t.length = 3;
    QCOMPARE(b.sourceStartOf(t), expected);
    QCOMPARE(b.sourceEndOf(t), expected < 0 ? -1 : expected + 3);
}

QTEST_GUILESS_MAIN(TestTextReaders)
#include "tst_textreaders.moc"
