// SPDX-License-Identifier: GPL-3.0-or-later
// Bounded and whole on every input (issue 14): characters outside the BMP and grapheme
// clusters, decompression bombs (DOCX, PDF), md4c's raw-HTML prefix match, --max-size sizes
// and the NUL rule. In process, on inputs the test builds.
#include "compare/comparison.h"
#include "readers/loader.h"
#include "readers/markdownreader.h"
#include "testutil.h"
#include "text/tokenizer.h"
#include "text/visible.h"
#include "util/sizeoption.h"
#include "ziptestutil.h"

#include <QElapsedTimer>

using namespace sd;

namespace {

QByteArray repeated(const QByteArray &piece, qsizetype times) {
    QByteArray out;
    out.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += piece;
    return out;
}

// A DOCX whose document.xml is `body` repeated: head, body x repeat, tail in one entry.
QByteArray docxBomb(const QByteArray &body, qint64 repeat) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.docx"));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    const auto entry = [&zip](const QString &name, const QByteArray &first, const QByteArray &body,
                              qint64 times, const QByteArray &last) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 8, 9))
            return false;
        f.write(first);
        for (qint64 i = 0; i < times; ++i)
            f.write(body);
        f.write(last);
        f.close();
        return true;
    };
    entry(
        QStringLiteral("[Content_Types].xml"),
        R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)",
        {}, 0, {});
    entry(
        QStringLiteral("word/document.xml"),
        R"(<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)",
        body, repeat, "</w:body></w:document>");
    zip.close();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A PDF written by hand: `pages` pages that all draw one content stream, deflated.
QByteArray sharedStreamPdf(int pages, const QByteArray &content) {
    const QByteArray packed = qCompress(content, 9).mid(4); // zlib stream without Qt's size
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int p = 0; p < pages; ++p)
        kids += QByteArray::number(5 + p) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    object("<< /Length " + QByteArray::number(packed.size()) +
           " /Filter /FlateDecode >>\nstream\n" + packed + "\nendstream");
    for (int p = 0; p < pages; ++p)
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               "/Resources << /Font << /F1 3 0 R >> >> >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class TestBounds : public QObject {
    Q_OBJECT
private slots:
    void nonBmp_data();
    void nonBmp();
    void ignorePunctuationSeesLetters();
    void bombs_data();
    void bombs();
    void markdownHtmlPrefix_data();
    void markdownHtmlPrefix();
    void sizes_data();
    void sizes();
    void nulRule_data();
    void nulRule();
};

// Item 4: characters outside the BMP are whole tokens, classified by code point, and emoji
// sequences are one token per grapheme cluster.
void TestBounds::nonBmp_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<qint64>("words");
    QTest::newRow("emoji with skin tone")
        << QStringLiteral("I 👍🏽 it") << QStringList{"I", "👍🏽", "it"} << qint64(3);
    QTest::newRow("ZWJ family") << QStringLiteral("a 👨‍👩‍👧 b")
                                << QStringList{"a", "👨‍👩‍👧", "b"} << qint64(3);
    QTest::newRow("two emoji") << QStringLiteral("😀😢") << QStringList{"😀", "😢"} << qint64(2);
    QTest::newRow("flag") << QStringLiteral("🇫🇷!") << QStringList{"🇫🇷", "!"} << qint64(1);
    QTest::newRow("CJK Extension B")
        << QStringLiteral("𠀀 𠀁") << QStringList{"𠀀", "𠀁"} << qint64(2);
    QTest::newRow("math letters") << QStringLiteral("𝐀𝐁𝐂 𝑥.") << QStringList{"𝐀𝐁𝐂", "𝑥", "."}
                                  << qint64(2);
    QTest::newRow("math digits") << QStringLiteral("𝟏𝟐") << QStringList{"𝟏𝟐"} << qint64(1);
    QTest::newRow("text symbols stay punctuation")
        << QStringLiteral("© ™ x") << QStringList{"©", "™", "x"} << qint64(1);
    QTest::newRow("combining marks")
        << QStringLiteral("e\u0301 !\u20DD") << QStringList{"e\u0301", "!\u20DD"} << qint64(1);
}

void TestBounds::nonBmp() {
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QFETCH(qint64, words);
    const QList<Token> got = tokenize(text);
    QStringList texts;
    for (const Token &t : got) {
        texts << text.mid(t.start, t.length);
        // No token starts or ends inside a surrogate pair.
        QVERIFY(!text.at(t.start).isLowSurrogate());
        QVERIFY(t.end() == quint32(text.size()) || !text.at(t.end()).isLowSurrogate());
    }
    QCOMPARE(texts, tokens);
    const Document d = testdata::doc(text);
    QCOMPARE(qint64(d.wordCount()), words);
}

// Item 4: 𠀀 -> 𠀁 is a change of a word, also with --ignore-punctuation.
void TestBounds::ignorePunctuationSeesLetters() {
    CompareOptions options;
    options.ignorePunctuation = true;
    for (const auto &[a, b] :
         {std::pair{u"Text 𠀀 here.", u"Text 𠀁 here."},
          std::pair{u"I 👍🏽 it.", u"I 👍🏿 it."}, std::pair{u"Let 𝐀 be.", u"Let 𝐁 be."}}) {
        const Comparison c = compareDocuments(testdata::doc(QString::fromUtf16(a)),
                                              testdata::doc(QString::fromUtf16(b)), options);
        QVERIFY2(c.hasChanges(), qPrintable(QString::fromUtf16(b)));
    }
}

// Item 5: what a small file may make a reader produce is bounded, and refused fast, with a
// message that names the limit.
void TestBounds::bombs_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("seconds"); // LoadOptions::maxSeconds
    QTest::addColumn<QString>("cause");
    // Zeros of text: 600 MB that zip to under 1 MB.
    QTest::newRow("DOCX inflating 600 MB")
        << docxBomb("<w:p><w:r><w:t>" + QByteArray(1 << 20, 'a') + "</w:t></w:r></w:p>", 600)
        << "bomb.docx" << 60 << "too large when unpacked (over the unpack limit of ";
    // Within the unpack limit (32 MB for a small file), but 20 M characters of text: from a
    // file of some 40 KB, which may make 16 Mi.
    QTest::newRow("DOCX of 20 M characters")
        << docxBomb("<w:p><w:r><w:t>" + repeated("a b ", 262144) + "</w:t></w:r></w:p>", 20)
        << "text.docx" << 60 << "its text is over the limit of 16777216 characters";
    // A thousand pages that all point at one stream of 4 MB of drawing and a word.
    QTest::newRow("PDF pages sharing one stream")
        << sharedStreamPdf(1000, "BT /F1 12 Tf 72 720 Td (word) Tj ET\n" +
                                     repeated("0 0 m 1 1 l 2 2 l h S\n", 200000))
        << "pages.pdf" << 2 << "reading it takes longer than the limit of 2 s";
}

void TestBounds::bombs() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(int, seconds);
    QFETCH(QString, cause);
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(bytes.size() < 2 * 1024 * 1024, qPrintable(QString::number(bytes.size())));
    LoadOptions options;
    options.maxSeconds = seconds;
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = readDocument(bytes, name, options);
    const qint64 ms = timer.elapsed();
    QVERIFY2(!r.ok(), "a bomb was read");
    QVERIFY2(r.cause.startsWith(cause), qPrintable(r.cause));
    QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
    qInfo("%s: refused in %lld ms: %s", qPrintable(name), ms, qPrintable(r.cause));
}

// Item 7: a paragraph starting with a tag whose name only begins like <pre>, <script>,
// <style> or a block tag is a paragraph, not a raw-HTML block that swallows the story.
void TestBounds::markdownHtmlPrefix_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QStringList>("blocks");
    const QStringList rest{QStringLiteral("Second paragraph."), QStringLiteral("Third.")};
    QTest::newRow("<prefix>") << "<prefix> starts here." << QStringList{"starts here."} + rest;
    QTest::newRow("<pretty>") << "<pretty>nice</pretty> words."
                              << QStringList{"nice words."} + rest;
    QTest::newRow("<scripts>") << "<scripts> run." << QStringList{"run."} + rest;
    QTest::newRow("<styled>") << "<styled> text." << QStringList{"text."} + rest;
    QTest::newRow("<bodyguard>") << "<bodyguard> stands." << QStringList{"stands."} + rest;
    QTest::newRow("quoted <prefix>") << "> <prefix> quoted." << QStringList{"quoted."} + rest;
    QTest::newRow("real <pre> block") << "<pre>\nkept\n</pre>" << QStringList{"kept"} + rest;
    QTest::newRow("fenced code untouched")
        << "```\n<prefix>\n```" << QStringList{"<prefix>"} + rest;
}

void TestBounds::markdownHtmlPrefix() {
    QFETCH(QString, first);
    QFETCH(QStringList, blocks);
    const QString md = first + QStringLiteral("\n\nSecond paragraph.\n\nThird.\n");
    QStringList got;
    for (const Block &b : MarkdownReader::blocksFromMarkdown(md, nullptr))
        got << b.text.trimmed();
    QCOMPARE(got, blocks);
}

// Item 8: --max-size reads decimals and every unit, and refuses what it cannot hold.
void TestBounds::sizes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1: refused
    QTest::newRow("bytes") << "10" << qint64(10);
    QTest::newRow("B") << "10B" << qint64(10);
    QTest::newRow("K") << "1K" << qint64(1024);
    QTest::newRow("KiB") << "2KiB" << qint64(2048);
    QTest::newRow("MB") << "256MB" << qint64(256) * 1024 * 1024;
    QTest::newRow("decimal MB") << "1.5MB" << qint64(1572864);
    QTest::newRow("TB") << "1TB" << (qint64(1) << 40);
    QTest::newRow("lower case") << "3gb" << qint64(3) * 1024 * 1024 * 1024;
    QTest::newRow("overflow") << "99999999999G" << qint64(-1);
    QTest::newRow("zero") << "0" << qint64(-1);
    QTest::newRow("negative") << "-5MB" << qint64(-1);
    QTest::newRow("unknown unit") << "5XB" << qint64(-1);
    QTest::newRow("unit alone") << "MB" << qint64(-1);
    QTest::newRow("under a byte") << "0.2" << qint64(-1);
    // The forms the old regular expression ^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b)?\s*$
    // (case-insensitive) took and refused, for the hand-written scan that replaced it.
    QTest::newRow("spaces around") << " \t10 \n" << qint64(10);
    QTest::newRow("space before unit") << "1.5 MB" << qint64(1572864);
    QTest::newRow("leading point") << ".5K" << qint64(512);
    QTest::newRow("mixed case KiB") << "2kIb" << qint64(2048);
    QTest::newRow("vertical tab and form feed") << "\v1k\f" << qint64(1024);
    QTest::newRow("kelvin sign is k") << QString::fromUtf8("1\u212A") << qint64(1024);
    QTest::newRow("B after space") << "7 b" << qint64(7);
    QTest::newRow("many digits") << "000000000000000000001" << qint64(1);
    QTest::newRow("largest") << "4194304T" << (qint64(1) << 62);
    QTest::newRow("just over largest") << "4194304.01T" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("spaces only") << "  " << qint64(-1);
    QTest::newRow("trailing point") << "5." << qint64(-1);
    QTest::newRow("point alone") << "." << qint64(-1);
    QTest::newRow("two points") << "1.5.2" << qint64(-1);
    QTest::newRow("exponent") << "1e3" << qint64(-1);
    QTest::newRow("plus sign") << "+5" << qint64(-1);
    QTest::newRow("comma decimal") << "1,5MB" << qint64(-1);
    QTest::newRow("iB without unit") << "5iB" << qint64(-1);
    QTest::newRow("i without B") << "5ki" << qint64(-1);
    QTest::newRow("space inside unit") << "5 k b" << qint64(-1);
    QTest::newRow("unit twice") << "5KK" << qint64(-1);
    QTest::newRow("plural") << "5MBs" << qint64(-1);
    QTest::newRow("space inside number") << "1 000" << qint64(-1);
    QTest::newRow("non-breaking space") << QString::fromUtf8("5\u00A0MB") << qint64(-1);
    QTest::newRow("arabic digits") << QString::fromUtf8("\u0665") << qint64(-1);
    QTest::newRow("fullwidth K") << QString::fromUtf8("5\uFF2B") << qint64(-1);
    QTest::newRow("NUL after") << QString(QStringLiteral("5") + QChar(0)) << qint64(-1);
}

void TestBounds::sizes() {
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    qint64 got = -1;
    const bool ok = parseSize(text, got);
    QCOMPARE(ok, bytes >= 0);
    if (ok)
        QCOMPARE(got, bytes);
}

// Item 8, the NUL rule: a NUL in the first 64 KB makes a file binary (refused, as file(1)
// and grep decide); one later is kept and shown as U+2400, like every control character.
void TestBounds::nulRule_data() {
    QTest::addColumn<qsizetype>("at");
    QTest::addColumn<bool>("binary");
    QTest::newRow("first byte") << qsizetype(0) << true;
    QTest::newRow("inside 64 KB") << qsizetype(65535) << true;
    QTest::newRow("after 64 KB") << qsizetype(65536) << false;
    QTest::newRow("near the end") << qsizetype(199990) << false;
}

void TestBounds::nulRule() {
    QFETCH(qsizetype, at);
    QFETCH(bool, binary);
    QByteArray bytes = repeated("word ", 40000);
    bytes[at] = '\0';
    const LoadResult r = readDocument(bytes, QStringLiteral("nul.txt"));
    QCOMPARE(!r.ok(), binary);
    if (binary) {
        QCOMPARE(r.cause, QStringLiteral("not a text file (binary data)"));
        return;
    }
    // Kept in the text, and shown as its picture wherever the text is shown.
    const QString text = r.document.blocks.constFirst().text;
    QCOMPARE(text.count(QChar(0)), 1);
    const QString shown = visibleControls(text);
    QCOMPARE(shown.count(QChar(0)), 0);
    QCOMPARE(shown.count(QChar(0x2400)), 1);
    QCOMPARE(shown.size(), text.size()); // one for one: token offsets stay valid
}

QTEST_GUILESS_MAIN(TestBounds)
#include "tst_bounds.moc"
