// HTML, DOCX, ODT readers, text encodings, scripts without spaces and bad container input.
// DOCX and ODT files are built by the test itself, in a temporary directory.
#include "readers/htmlprescan.h"
#include "readers/htmlreader.h"
#include "readers/loader.h"
#include "readers/markdownreader.h"
#include "testutil.h"
#include "text/tokenizer.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <unicode/ucnv.h>

using namespace sd;

class TestReaders : public QObject {
    Q_OBJECT
private slots:
    void html_data();
    void html();
    void htmlTitle_data();
    void htmlTitle();
    void htmlNoMainText_data();
    void htmlNoMainText();
    void htmlDeepNesting_data();
    void htmlDeepNesting();
    void htmlSourceOffsets();
    void encodings_data();
    void encodings();
    void scripts_data();
    void scripts();
    void docx_data();
    void docx();
    void odt_data();
    void odt();
    void badContainers_data();
    void badContainers();
    void zipBomb_data();
    void zipBomb();
    void crossFormat_data();
    void crossFormat();
};

// One line per block: "kind[level]|text", runs of tokens with one style and link marked up as
// *bold*, _italic_, `code`, ~strike~ and [text](href).
static QString describe(const Block &b) {
    QString out = blockKindName(b.kind);
    if (b.level)
        out += QString::number(b.level);
    out += u'|';
    qsizetype i = 0;
    while (i < b.tokens.size()) {
        const Token &t = b.tokens.at(i);
        qsizetype j = i + 1;
        while (j < b.tokens.size() && b.tokens.at(j).style == t.style &&
               b.tokens.at(j).link == t.link)
            ++j;
        QString run = b.spanText(i, j);
        if (t.style & Code)
            run = u'`' + run + u'`';
        if (t.style & Strike)
            run = u'~' + run + u'~';
        if (t.style & Italic)
            run = u'_' + run + u'_';
        if (t.style & Bold)
            run = u'*' + run + u'*';
        if (t.link >= 0)
            run = u'[' + run + QStringLiteral("](") + b.links.at(t.link).href + u')';
        if (i > 0 && (t.spacing & (SpaceBefore | NbspBefore)))
            out += u' ';
        out += run;
        i = j;
    }
    return out;
}

static QString describe(const QList<Block> &blocks) {
    QStringList lines;
    for (const Block &b : blocks)
        lines << describe(b);
    return lines.join(u'\n');
}

static LoadResult readAs(const QByteArray &bytes, const QString &name) {
    return readDocument(bytes, name);
}

// ---------------------------------------------------------------------------------------------
// HTML

void TestReaders::html_data() {
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("article among page chrome")
        << QString::fromUtf8(R"(<!doctype html>
<html><head><title>T</title><script>var words = "not story";</script>
<style>p { color: red }</style></head>
<body>
<header><a href="/">Site name</a> <nav><a href="/a">Home</a> <a href="/b">About</a></nav></header>
<nav class="crumbs"><a href="/x">Breadcrumb</a></nav>
<article>
  <h1>The <em>long</em> night</h1>
  <!-- an editor's comment that is not story -->
  <p>Lavrov <strong>held</strong> <a href="https://example.org/talks">talks in
  Washington</a> on Wednesday.</p>
  <aside>Related: something else</aside>
  <p>It was <i>cold</i>, <b>windy</b> and <code>loud</code>; <s>rain</s> <del>fell</del>.</p>
  <footer>Share this story</footer>
</article>
<aside><p>Sidebar text that is long enough to look like a paragraph of prose.</p></aside>
<footer><p>Copyright 2024, all rights reserved.</p></footer>
<script>document.write("nope")</script>
</body></html>)")
        << QStringLiteral("heading1|The _long_ night\n"
                          "paragraph|Lavrov *held* [talks in "
                          "Washington](https://example.org/talks) on Wednesday.\n"
                          "paragraph|It was _cold_, *windy* and `loud`; ~rain fell~.");

    QTest::newRow("densest div wins without an article")
        << QString::fromUtf8(R"(<html><body>
<div id="top" class="menu"><a href="/1">One</a> <a href="/2">Two</a> <a href="/3">Three</a></div>
<div class="sidebar"><p>Popular: <a href="/p">a story about something else entirely, with many words</a></p></div>
<div class="wrapper">
  <div class="links"><p><a href="/q">A list of links, one after another, to other pages on the site</a></p></div>
  <div class="story-body">
    <p>The sides agreed to continue cooperation, to solve the problems of the region, and to meet again.</p>
    <p>The minister said the talks were useful, open, and long, and that both sides had listened.</p>
    <p>Journalists waited outside the building for several hours, in the rain, without news.</p>
  </div>
</div>
<div class="footer">Contact, imprint, privacy</div>
</body></html>)")
        << QStringLiteral("paragraph|The sides agreed to continue cooperation, to solve the "
                          "problems of the region, and to meet again.\n"
                          "paragraph|The minister said the talks were useful, open, and long, and "
                          "that both sides had listened.\n"
                          "paragraph|Journalists waited outside the building for several hours, in "
                          "the rain, without news.");

    QTest::newRow("base href resolves relative links")
        << QString::fromUtf8(R"(<html><head>
<base href="https://news.example.org/world/europe/index.html"></head><body><main>
<p><a href="story.html">relative</a> <a href="/about">rooted</a> <a href="../asia/">up</a>
<a href="#notes">fragment</a> <a href="https://other.example.com/x">absolute</a>
<a href="mailto:desk@example.org">mail</a> <a>no href</a></p></main></body></html>)")
        << QStringLiteral("paragraph|[relative](https://news.example.org/world/europe/story.html) "
                          "[rooted](https://news.example.org/about) "
                          "[up](https://news.example.org/world/asia/) "
                          "[fragment](#notes) [absolute](https://other.example.com/x) "
                          "[mail](mailto:desk@example.org) no href");

    QTest::newRow("links kept as written without a base")
        << QString::fromUtf8(
               R"(<article><p>See <a href="/wiki/Moscow">Moscow</a> and <a href="#ref1">[1]</a>.</p></article>)")
        << QStringLiteral("paragraph|See [Moscow](/wiki/Moscow) and [[1]](#ref1).");

    QTest::newRow("entities are decoded")
        << QString::fromUtf8(
               R"(<article><p>Caf&eacute; &amp; bar &#x2014; &lt;tag&gt; &quot;q&quot; &#8220;curly&#8221;</p><p>one&nbsp;two</p></article>)")
        << QString::fromUtf8("paragraph|Café & bar — <tag> \"q\" “curly”\nparagraph|one\u00A0two");

    QTest::newRow("hidden elements are dropped") << QString::fromUtf8(R"(<article>
<p>Visible one.</p><p hidden>Hidden attribute.</p><p aria-hidden="true">Aria hidden.</p>
<p style="color: red; display : none">Display none.</p><div style="visibility:hidden">Invisible.</div>
<p>Visible <span style="display:none">secret</span>two.</p>
<template><p>Template text.</p></template><noscript><p>Enable scripts.</p></noscript>
<form><label>Name</label><input value="x"><button>Send</button><select><option>Opt</option></select></form>
<svg><text>Vector text</text></svg><iframe src="x">Frame</iframe>
</article>)") << QStringLiteral("paragraph|Visible one.\nparagraph|Visible two.");

    QTest::newRow("block kinds")
        << QString::fromUtf8(R"(<article>
<h2>Section</h2>
<ul><li>First item</li><li>Second <b>item</b><ul><li>Nested item</li></ul>tail of second</li></ul>
<ol><li><p>Para in item</p></li></ol>
<blockquote><p>Quoted words.</p>Loose quoted text</blockquote>
<figure><img src="a.png" alt="alt text is not story"><figcaption>A caption</figcaption></figure>
<pre><code>int x = 1;
return x;</code></pre>
<table><caption>Results</caption><tr><th>Name</th><th>Score</th></tr><tr><td>Ann</td><td>10</td></tr></table>
<div>Loose div text<p>then a paragraph</p>and more loose text</div>
<p>Line one<br>line two</p>
<h6>Small heading</h6>
</article>)")
        << QStringLiteral("heading2|Section\n"
                          "list-item1|First item\n"
                          "list-item1|Second *item*\n"
                          "list-item2|Nested item\n"
                          "list-item1|tail of second\n"
                          "list-item1|Para in item\n"
                          "quote1|Quoted words.\n"
                          "quote1|Loose quoted text\n"
                          "caption|A caption\n"
                          "preformatted|int x = 1; return x;\n"
                          "caption|Results\n"
                          "table-cell|Name\ntable-cell|Score\ntable-cell|Ann\ntable-cell|10\n"
                          "paragraph|Loose div text\nparagraph|then a paragraph\nparagraph|and "
                          "more loose text\n"
                          "paragraph|Line one line two\n"
                          "heading6|Small heading");

    QTest::newRow("main when there is no article")
        << QString::fromUtf8(
               R"(<body><header><h1>Site</h1></header><main><header><h1>Story title</h1></header><p>Body text.</p></main><footer>f</footer></body>)")
        << QStringLiteral("heading1|Story title\nparagraph|Body text.");

    QTest::newRow("role=main")
        << QString::fromUtf8(
               R"(<body><div class="top">Top bar</div><div role="main"><p>Main text here.</p></div><div>Other</div></body>)")
        << QStringLiteral("paragraph|Main text here.");

    QTest::newRow("several articles: the longest")
        << QString::fromUtf8(
               R"(<body><article><p>Short teaser.</p></article><article><p>The real story is much longer than the teaser.</p></article></body>)")
        << QStringLiteral("paragraph|The real story is much longer than the teaser.");

    QTest::newRow("an article in an aside is not the story")
        << QString::fromUtf8(
               R"(<body><aside><article><p>Related story teaser text.</p></article></aside><div><p>The page text, in a plain div, long enough to count.</p></div></body>)")
        << QStringLiteral("paragraph|The page text, in a plain div, long enough to count.");

    QTest::newRow("a link around two paragraphs")
        << QString::fromUtf8(R"(<article><a href="/x"><p>One</p><p>Two</p></a></article>)")
        << QStringLiteral("paragraph|[One](/x)\nparagraph|[Two](/x)");

    QTest::newRow("fragment without html skeleton")
        << QStringLiteral("<p>Just a <em>fragment</em>.</p>\n<p>And another.</p>")
        << QStringLiteral("paragraph|Just a _fragment_.\nparagraph|And another.");
}

void TestReaders::html() {
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const LoadResult r = readAs(html.toUtf8(), QStringLiteral("page.html"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.format, Format::Html);
    QCOMPARE(describe(r.document.blocks), expected);
}

void TestReaders::htmlTitle_data() {
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::newRow("title element")
        << QStringLiteral("<html><head><title>  The\n title </title><meta property=\"og:title\" "
                          "content=\"OG\"></head>"
                          "<body><h1>H1</h1><p>x</p></body></html>")
        << QStringLiteral("The title");
    QTest::newRow("og:title")
        << QStringLiteral(
               "<html><head><meta property=\"og:title\" content=\"Open Graph &amp; title\"></head>"
               "<body><h1>H1</h1><p>x</p></body></html>")
        << QStringLiteral("Open Graph & title");
    QTest::newRow("first h1") << QStringLiteral(
                                     "<html><head></head><body><nav><h1>Menu</h1></nav><h1>The "
                                     "<i>heading</i></h1><h1>Second</h1><p>x</p></body></html>")
                              << QStringLiteral("The heading");
    QTest::newRow("none") << QStringLiteral("<html><body><p>x</p></body></html>") << QString();
}

void TestReaders::htmlTitle() {
    QFETCH(QString, html);
    QFETCH(QString, title);
    const LoadResult r = readAs(html.toUtf8(), QStringLiteral("t.html"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.title, title);
}

void TestReaders::htmlNoMainText_data() {
    QTest::addColumn<QString>("html");
    QTest::newRow("empty body") << QStringLiteral(
        "<!doctype html><html><head><title>x</title></head><body></body></html>");
    QTest::newRow("only chrome") << QStringLiteral(
        "<html><body><nav><a href=/>Home</a></nav><footer>(c) "
        "2024</footer><script>x()</script></body></html>");
    QTest::newRow("only hidden text")
        << QStringLiteral("<html><body><div hidden><p>secret</p></div></body></html>");
}

void TestReaders::htmlNoMainText() {
    QFETCH(QString, html);
    const LoadResult r = readAs(html.toUtf8(), QStringLiteral("empty.html"));
    QVERIFY(!r.ok());
    QCOMPARE(r.cause, QStringLiteral("no main text found on the page"));
}

void TestReaders::htmlDeepNesting_data() {
    QTest::addColumn<QString>("open");
    QTest::addColumn<int>("depth");
    QTest::newRow("divs") << QStringLiteral("<div>") << 200000;
    QTest::newRow("spans") << QStringLiteral("<span>") << 200000;
    QTest::newRow("bold") << QStringLiteral("<b>") << 100000;
    QTest::newRow("tables") << QStringLiteral("<table><tr><td>") << 20000;
    QTest::newRow("blockquotes") << QStringLiteral("<blockquote>") << 100000;
}

void TestReaders::htmlDeepNesting() {
    QFETCH(QString, open);
    QFETCH(int, depth);
    const QByteArray html =
        "<html><body>" + open.toUtf8().repeated(depth) + "deep words here</body></html>";
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = readAs(html, QStringLiteral("deep.html"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(testdata::tokenTexts(r.document), QStringList({"deep", "words", "here"}));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    // Normal pages pass through unchanged.
    bool flattened = true;
    const QByteArray page = "<div><p>a<b>b</b></div><br><img src=x><script>if (a<b) {}</script>";
    QCOMPARE(limitHtmlNesting(page, 10, &flattened), page);
    QVERIFY(!flattened);
}

void TestReaders::htmlSourceOffsets() {
    const QString html =
        QStringLiteral("<article><p>Caf&eacute; owner <b>said</b> no.</p></article>");
    const LoadResult r = readAs(html.toUtf8(), QStringLiteral("o.html"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Block &b = r.document.blocks.at(0);
    // "Café" is partly an entity (BlockBuilder maps a token from its first character's run);
    // the words after it are verbatim copies and map back exactly.
    for (qsizetype i = 1; i < b.tokens.size(); ++i) {
        const Token &t = b.tokens.at(i);
        QVERIFY(t.sourceStart >= 0);
        QCOMPARE(html.mid(t.sourceStart, t.sourceEnd - t.sourceStart), b.tokenText(t).toString());
    }
    QCOMPARE(b.tokens.at(1).sourceStart, qint32(html.indexOf(QLatin1String("owner"))));
}

// ---------------------------------------------------------------------------------------------
// Encodings

static QByteArray icuEncode(const QString &text, const char *encoding) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(encoding, &status);
    if (U_FAILURE(status))
        return {};
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar *>(text.utf16()),
                                      int32_t(text.size()), &status);
    ucnv_close(conv);
    return U_FAILURE(status) ? QByteArray() : out.left(n);
}

static QByteArray qtEncode(const QString &text, QStringConverter::Encoding e) {
    QStringEncoder enc(e, QStringConverter::Flag::WriteBom);
    return enc.encode(text);
}

void TestReaders::encodings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    // Long enough for a statistical guess, as real files are.
    const QString ru = QString::fromUtf8(
        "Министр иностранных дел России Сергей Лавров провёл переговоры с государственным "
        "секретарём США. Стороны договорились продолжить сотрудничество в решении проблем "
        "региона.");
    const QString fr = QString::fromUtf8(
        "Le ministre a déclaré que la réunion s’était bien passée — « très productive », selon "
        "lui. Après cela, les délégations ont continué à travailler ensemble sur les problèmes.");
    const QString de = QString::fromUtf8(
        "Die Straße war schön, aber die Bürger waren müde. Größere Änderungen wurden für das "
        "nächste Jahr geplant, sagte der Bürgermeister.");
    const QString ja = QString::fromUtf8("外務大臣は昨日、ワシントンで国務長官と会談した。両国は問"
                                         "題の解決に向けて協力を続けることで合意した。");
    const QString zh = QString::fromUtf8(
        "外交部长昨天在华盛顿与国务卿举行了会谈。双方同意继续合作解决问题，并加强经济联系。");
    QTest::newRow("windows-1251") << icuEncode(ru, "windows-1251") << "t.txt"
                                  << "windows-1251" << ru;
    QTest::newRow("KOI8-R") << icuEncode(ru, "KOI8-R") << "t.txt"
                            << "KOI8-R" << ru;
    QTest::newRow("windows-1252") << icuEncode(fr, "windows-1252") << "t.txt"
                                  << "windows-1252" << fr;
    QTest::newRow("ISO-8859-1") << icuEncode(de, "ISO-8859-1") << "t.txt"
                                << "ISO-8859-1" << de;
    QTest::newRow("Shift_JIS") << icuEncode(ja, "Shift_JIS") << "t.txt"
                               << "Shift_JIS" << ja;
    QTest::newRow("GB18030") << icuEncode(zh, "GB18030") << "t.txt"
                             << "GB18030" << zh;
    QTest::newRow("UTF-8 with BOM") << qtEncode(ru, QStringConverter::Utf8) << "t.txt"
                                    << "UTF-8" << ru;
    QTest::newRow("UTF-16LE with BOM") << qtEncode(ja, QStringConverter::Utf16LE) << "t.txt"
                                       << "UTF-16LE" << ja;
    QTest::newRow("UTF-16BE with BOM") << qtEncode(zh, QStringConverter::Utf16BE) << "t.txt"
                                       << "UTF-16BE" << zh;
    QTest::newRow("UTF-32LE with BOM") << qtEncode(ru, QStringConverter::Utf32LE) << "t.txt"
                                       << "UTF-32LE" << ru;
    QTest::newRow("UTF-32BE with BOM") << qtEncode(fr, QStringConverter::Utf32BE) << "t.txt"
                                       << "UTF-32BE" << fr;
    // HTML: the page's declaration decides when the text is too short to guess from.
    const QString shortRu = QString::fromUtf8("Привет, мир");
    QTest::newRow("html meta charset")
        << QByteArray("<html><head><meta charset=\"windows-1251\"></head><body><p>") +
               icuEncode(shortRu, "windows-1251") + "</p></body></html>"
        << "p.html"
        << "windows-1251" << shortRu;
    QTest::newRow("html http-equiv charset")
        << QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                      "charset=koi8-r\">"
                      "</head><body><p>") +
               icuEncode(shortRu, "KOI8-R") + "</p></body></html>"
        << "p.html"
        << "koi8-r" << shortRu;
    QTest::newRow("html latin1 label reads as windows-1252")
        << QByteArray("<html><head><meta charset=iso-8859-1></head><body><p>") +
               icuEncode(QString::fromUtf8("“Déjà” vu"), "windows-1252") + "</p></body></html>"
        << "p.html"
        << "windows-1252" << QString::fromUtf8("“Déjà” vu");
    QTest::newRow("html BOM beats meta")
        << QByteArray("\xEF\xBB\xBF<html><head><meta charset=\"windows-1251\"></head><body><p>") +
               shortRu.toUtf8() + "</p></body></html>"
        << "p.html"
        << "UTF-8" << shortRu;
}

void TestReaders::encodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QVERIFY(!bytes.isEmpty());
    const LoadResult r = readAs(bytes, name);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.encoding, encoding);
    QStringList texts;
    for (const Block &b : r.document.blocks)
        texts << b.text;
    QCOMPARE(texts.join(u' '), text);
}

// ---------------------------------------------------------------------------------------------
// Scripts without spaces between words, and right-to-left scripts

void TestReaders::scripts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("someWords"); // dictionary words that must be tokens
    QTest::addColumn<QStringList>("allTokens"); // empty: not checked exactly
    QTest::newRow("Chinese") << QString::fromUtf8("我们今天去北京参观博物馆。")
                             << QStringList{QString::fromUtf8("我们"), QString::fromUtf8("今天"),
                                            QString::fromUtf8("北京")}
                             << QStringList();
    QTest::newRow("Japanese") << QString::fromUtf8("私は東京の大学で日本語を勉強しています。")
                              << QStringList{QString::fromUtf8("東京"), QString::fromUtf8("大学"),
                                             QString::fromUtf8("日本語")}
                              << QStringList();
    QTest::newRow("Thai") << QString::fromUtf8("สวัสดีครับ ผมชื่อสมชาย")
                          << QStringList{QString::fromUtf8("สวัสดี"), QString::fromUtf8("ครับ")}
                          << QStringList();
    const QStringList arabic{QString::fromUtf8("مرحبا"), QString::fromUtf8("بالعالم"),
                             QString::fromUtf8("الجميل")};
    QTest::newRow("Arabic keeps logical order") << arabic.join(u' ') << arabic << arabic;
    const QStringList hebrew{QString::fromUtf8("שלום"), QString::fromUtf8("עולם"),
                             QStringLiteral("2024")};
    QTest::newRow("Hebrew keeps logical order") << hebrew.join(u' ') << hebrew << hebrew;
}

void TestReaders::scripts() {
    QFETCH(QString, text);
    QFETCH(QStringList, someWords);
    QFETCH(QStringList, allTokens);
    // Through a reader, so that block building and tokenizing are what documents get.
    const LoadResult r =
        readAs(("<article><p>" + text + "</p></article>").toUtf8(), QStringLiteral("s.html"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const QStringList tokens = testdata::tokenTexts(r.document);
    for (const QString &w : someWords)
        QVERIFY2(tokens.contains(w),
                 qPrintable(w + QStringLiteral(" not in ") + tokens.join(u'|')));
    if (!allTokens.isEmpty())
        QCOMPARE(tokens, allTokens);
    // Dictionary segmentation: far fewer tokens than characters.
    QVERIFY(tokens.size() <= text.size() * 2 / 3);
}

// ---------------------------------------------------------------------------------------------
// DOCX and ODT, built here with QuaZip

struct ZipEntry {
    QString name;
    QByteArray data;
    bool stored = false; // no compression (an ODF "mimetype" entry must be stored)
};

// Writes the entries into a zip in a temporary directory and returns its bytes.
static QByteArray makeZip(const QList<ZipEntry> &entries) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const ZipEntry &e : entries) {
        QuaZipFile f(&zip);
        constexpr int deflated = 8; // Z_DEFLATED
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(e.name), nullptr, 0,
                    e.stored ? 0 : deflated, e.stored ? 0 : 6))
            return {};
        f.write(e.data);
        f.close();
    }
    zip.close();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static const char *const kDocxRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/talks" TargetMode="External"/>
</Relationships>)";

static const char *const kDocxStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/><w:basedOn w:val="berschrift2"/></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>)";

static QByteArray makeDocx(const QString &body, const QString &title = QString(),
                           bool withDocument = true) {
    const QByteArray doc =
        QString::fromUtf8(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>%1<w:sectPr/></w:body></w:document>)")
            .arg(body)
            .toUtf8();
    QList<ZipEntry> entries{
        {QStringLiteral("[Content_Types].xml"),
         R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)"}};
    if (withDocument)
        entries.append({QStringLiteral("word/document.xml"), doc});
    entries.append({QStringLiteral("word/_rels/document.xml.rels"), kDocxRels});
    entries.append({QStringLiteral("word/styles.xml"), kDocxStyles});
    if (!title.isEmpty())
        entries.append(
            {QStringLiteral("docProps/core.xml"),
             QString::fromUtf8(
                 R"(<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%1</dc:title></cp:coreProperties>)")
                 .arg(title)
                 .toUtf8()});
    return makeZip(entries);
}

static QString wRun(const QString &text, const QString &props = QString()) {
    return QString::fromUtf8(R"(<w:r>%1<w:t xml:space="preserve">%2</w:t></w:r>)")
        .arg(props.isEmpty() ? QString() : QStringLiteral("<w:rPr>%1</w:rPr>").arg(props), text);
}
static QString wPara(const QString &runs, const QString &pPr = QString()) {
    return QStringLiteral("<w:p>%1%2</w:p>")
        .arg(pPr.isEmpty() ? QString() : QStringLiteral("<w:pPr>%1</w:pPr>").arg(pPr), runs);
}

void TestReaders::docx_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("title");

    QTest::newRow("styles and links")
        << makeDocx(
               wPara(wRun("The long night"), R"(<w:pStyle w:val="Heading1"/>)") +
                   wPara(wRun("Lavrov ") + wRun("held", "<w:b/>") + wRun(" ") +
                         R"(<w:hyperlink r:id="rId10">)" + wRun("talks in Washington") +
                         "</w:hyperlink>" + wRun(" on ") + wRun("Wednesday", "<w:i/>") +
                         wRun(".")) +
                   wPara(wRun("gone", "<w:strike/>") +
                         wRun(" twice", R"(<w:dstrike w:val="true"/>)") +
                         wRun(" plain",
                              R"(<w:b w:val="0"/><w:i w:val="false"/><w:strike w:val="off"/>)")),
               QStringLiteral("Core title"))
        << QStringLiteral("heading1|The long night\n"
                          "paragraph|Lavrov *held* [talks in "
                          "Washington](https://example.org/talks) on _Wednesday_.\n"
                          "paragraph|~gone twice~ plain")
        << QStringLiteral("Core title");

    QTest::newRow("headings from styles.xml, lists, quote, table")
        << makeDocx(wPara(wRun("Doc title"), R"(<w:pStyle w:val="Title"/>)") +
                    wPara(wRun("Localized heading"), R"(<w:pStyle w:val="berschrift2"/>)") +
                    wPara(wRun("Custom chapter"), R"(<w:pStyle w:val="Chapter"/>)") +
                    wPara(wRun("Outline level"), R"(<w:pStyle w:val="Sub"/>)") +
                    wPara(wRun("First"),
                          R"(<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>)") +
                    wPara(wRun("Nested"),
                          R"(<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>)") +
                    wPara(wRun("Bullet style"), R"(<w:pStyle w:val="ListBullet"/>)") +
                    wPara(wRun("Numbering removed"), R"(<w:numPr><w:numId w:val="0"/></w:numPr>)") +
                    wPara(wRun("Quoted"), R"(<w:pStyle w:val="Quote"/>)") + "<w:tbl><w:tr><w:tc>" +
                    wPara(wRun("Name")) + "</w:tc><w:tc>" + wPara(wRun("Score")) +
                    "</w:tc></w:tr><w:tr><w:tc>" + wPara(wRun("Ann")) + wPara(wRun("second para")) +
                    "</w:tc><w:tc>" + wPara(wRun("10")) + "</w:tc></w:tr></w:tbl>" +
                    wPara(wRun("After table") + R"(<w:hyperlink w:anchor="sec2">)" +
                          wRun(" anchor") + "</w:hyperlink>"))
        << QStringLiteral(
               "heading1|Doc title\nheading2|Localized heading\nheading2|Custom chapter\n"
               "heading3|Outline level\nlist-item1|First\nlist-item2|Nested\n"
               "list-item1|Bullet style\nparagraph|Numbering removed\nquote1|Quoted\n"
               "table-cell|Name\ntable-cell|Score\ntable-cell|Ann\ntable-cell|second para\n"
               "table-cell|10\nparagraph|After table [anchor](#sec2)")
        << QStringLiteral("Doc title");

    QTest::newRow("tracked changes, fields, breaks, text boxes")
        << makeDocx(
               wPara(
                   wRun("The ") +
                   R"(<w:del w:id="1" w:author="A"><w:r><w:delText>old </w:delText></w:r></w:del>)" +
                   R"(<w:ins w:id="2" w:author="A">)" + wRun("new ") + "</w:ins>" + wRun("text") +
                   "<w:moveFrom>" + wRun(" moved away") + "</w:moveFrom><w:moveTo>" +
                   wRun(" moved here") + "</w:moveTo>") +
               wPara(
                   R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/f" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>)" +
                   wRun("field link") + R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)" +
                   wRun(" then ") +
                   R"(<w:r><w:t>line</w:t><w:br/><w:t>two</w:t><w:tab/><w:t>tabbed</w:t></w:r>)") +
               wPara(
                   wRun("Body") +
                   R"(<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>)" +
                   wPara(wRun("box")) +
                   R"(</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>)" +
                   wPara(wRun("box")) + "</w:pict></mc:Fallback></mc:AlternateContent>" +
                   wRun(" text")))
        << QStringLiteral("paragraph|The new text moved here\n"
                          "paragraph|[field link](https://example.org/f) then line two tabbed\n"
                          "paragraph|Body text")
        << QString();
}

void TestReaders::docx() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, title);
    QVERIFY(!bytes.isEmpty());
    const LoadResult r = readAs(bytes, QStringLiteral("story.docx"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.format, Format::Docx);
    QCOMPARE(describe(r.document.blocks), expected);
    QCOMPARE(r.document.title, title);
}

static QByteArray makeOdt(const QString &body, const QString &automaticStyles = QString(),
                          const QString &title = QString(), bool withContent = true) {
    const QString ns = QString::fromUtf8(
        R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0")");
    QList<ZipEntry> entries{
        {QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true},
        {QStringLiteral("META-INF/manifest.xml"),
         R"(<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>)"},
        {QStringLiteral("styles.xml"),
         QString::fromUtf8(R"(<?xml version="1.0"?><office:document-styles %1><office:styles>
<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Quotations" style:family="paragraph"/>
</office:styles></office:document-styles>)")
             .arg(ns)
             .toUtf8()}};
    if (withContent)
        entries.append(
            {QStringLiteral("content.xml"),
             QString::fromUtf8(
                 R"(<?xml version="1.0"?><office:document-content %1><office:automatic-styles>%2</office:automatic-styles><office:body><office:text>%3</office:text></office:body></office:document-content>)")
                 .arg(ns, automaticStyles, body)
                 .toUtf8()});
    if (!title.isEmpty())
        entries.append(
            {QStringLiteral("meta.xml"),
             QString::fromUtf8(
                 R"(<?xml version="1.0"?><office:document-meta %1><office:meta><dc:title>%2</dc:title></office:meta></office:document-meta>)")
                 .arg(ns, title)
                 .toUtf8()});
    return makeZip(entries);
}

void TestReaders::odt_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("title");
    const QString autoStyles = QString::fromUtf8(
        R"(<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style>
<style:style style:name="T3" style:family="text" style:parent-style-name="Emphasis"><style:text-properties fo:font-weight="700"/></style:style>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/>
<style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-style="italic"/></style:style>)");
    QTest::newRow("styles, links, spacing")
        << makeOdt(
               QString::fromUtf8(
                   R"(<text:h text:style-name="P1" text:outline-level="1">The long night</text:h>
<text:p>Lavrov <text:span text:style-name="T1">held</text:span> <text:a xlink:type="simple" xlink:href="https://example.org/talks">talks in <text:span text:style-name="Strong_20_Emphasis">Washington</text:span></text:a> on <text:span text:style-name="Emphasis">Wednesday</text:span>.</text:p>
<text:p><text:span text:style-name="T2">gone</text:span><text:s/>plain<text:tab/>tabbed<text:line-break/>broken<text:s text:c="3"/><text:span text:style-name="T3">both</text:span></text:p>
<text:p text:style-name="P2">All italic</text:p>
<text:h text:outline-level="3">Third level</text:h>
<text:p text:style-name="Quotations">Quoted words</text:p>)"),
               autoStyles, QStringLiteral("Meta title"))
        << QStringLiteral("heading1|The long night\n"
                          "paragraph|Lavrov *held* [talks in](https://example.org/talks) "
                          "[*Washington*](https://example.org/talks) on _Wednesday_.\n"
                          "paragraph|~gone~ plain tabbed broken *_both_*\n"
                          "paragraph|_All italic_\nheading3|Third level\nquote1|Quoted words")
        << QStringLiteral("Meta title");

    QTest::newRow("tracked changes, lists, table, notes, frames")
        << makeOdt(QString::fromUtf8(
               R"(<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info><text:p>old </text:p></text:deletion></text:changed-region><text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>
<text:p>The <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>new <text:change-end text:change-id="ct2"/>text</text:p>
<text:list><text:list-item><text:p>First</text:p><text:list><text:list-item><text:p>Nested</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>Second</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Score</text:p></table:table-cell></table:table-row></table:table>
<text:p>Note<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote text</text:p></text:note-body></text:note> after<draw:frame><draw:text-box><text:p>Frame text</text:p></draw:text-box></draw:frame></text:p>)"))
        << QStringLiteral(
               "paragraph|The new text\nlist-item1|First\nlist-item2|Nested\nlist-item1|Second\n"
               "table-cell|Name\ntable-cell|Score\nparagraph|Note after")
        << QString();
}

void TestReaders::odt() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, title);
    QVERIFY(!bytes.isEmpty());
    const LoadResult r = readAs(bytes, QStringLiteral("story.odt"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.format, Format::Odt);
    QCOMPARE(describe(r.document.blocks), expected);
    QCOMPARE(r.document.title, title);
}

void TestReaders::badContainers_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cause");
    const QByteArray docx = makeDocx(wPara(wRun("Lavrov held talks")));
    const QByteArray odt = makeOdt(QStringLiteral("<text:p>Lavrov held talks</text:p>"));
    QTest::newRow("truncated docx") << docx.left(docx.size() / 2) << "t.docx"
                                    << "a broken DOCX file (not a valid zip archive)";
    QTest::newRow("truncated odt") << odt.left(odt.size() - 30) << "t.odt"
                                   << "a broken ODT file (not a valid zip archive)";
    QTest::newRow("docx without document.xml") << makeDocx(QString(), QString(), false) << "t.docx"
                                               << "not a Word document (word/document.xml missing)";
    QTest::newRow("odt without content.xml")
        << makeOdt(QString(), QString(), QString(), false) << "t.odt"
        << "not an OpenDocument text (content.xml missing)";
    QTest::newRow("docx with malformed XML")
        << makeDocx(QStringLiteral("<w:p><w:r><w:t>unclosed</w:r></w:p>")) << "t.docx"
        << "a broken DOCX file (word/document.xml is not well-formed XML)";
    // A stored entry whose bytes changed after zipping: the CRC check catches it.
    QByteArray damaged =
        makeZip({{QStringLiteral("[Content_Types].xml"), "<Types/>", true},
                 {QStringLiteral("word/document.xml"),
                  makeDocx(QString()).isEmpty() ? QByteArray()
                                                : QByteArray("<w:document>Lavrov</w:document>"),
                  true}});
    damaged.replace("Lavrov", "Lavrox");
    QTest::newRow("damaged entry") << damaged << "t.docx"
                                   << "a damaged archive (word/document.xml cannot be unpacked)";
}

void TestReaders::badContainers() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, cause);
    QVERIFY(!bytes.isEmpty());
    const LoadResult r = readAs(bytes, name);
    QVERIFY(!r.ok());
    QCOMPARE(r.cause, cause);
}

// One entry of 600 MB of zeros, about 600 KB compressed.
static QByteArray makeBomb(const QString &entry, bool odt) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.zip"));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    if (odt) {
        QuaZipFile m(&zip);
        m.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("mimetype")), nullptr, 0, 0, 0);
        m.write("application/vnd.oasis.opendocument.text");
        m.close();
    }
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(entry), nullptr, 0, 8, 1))
        return {};
    const QByteArray zeros(1 << 20, '\0');
    for (int i = 0; i < 600; ++i)
        f.write(zeros);
    f.close();
    zip.close();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestReaders::zipBomb_data() {
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("odt");
    QTest::newRow("docx") << QStringLiteral("word/document.xml") << false;
    QTest::newRow("odt") << QStringLiteral("content.xml") << true;
}

void TestReaders::zipBomb() {
    QFETCH(QString, entry);
    QFETCH(bool, odt);
    const QByteArray bytes = makeBomb(entry, odt);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.size() < 4 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const LoadResult r =
        readAs(bytes, odt ? QStringLiteral("bomb.odt") : QStringLiteral("bomb.docx"));
    QVERIFY(!r.ok());
    QCOMPARE(r.cause, QStringLiteral("too large when unpacked (over 512.0 MB)"));
    QVERIFY(timer.elapsed() < 20000);
}

// ---------------------------------------------------------------------------------------------
// The same story in several formats reads alike

void TestReaders::crossFormat_data() {
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("story")
        << QStringLiteral(
               "# The long night\n\nLavrov **held** talks in [Washington](https://example.org/dc) "
               "on "
               "*Wednesday*.\n\n- First point\n- Second `point`\n\n> A quoted ~~line~~ sentence.\n")
        << QStringLiteral(
               "<html><body><article><h1>The long night</h1><p>Lavrov <b>held</b> talks in "
               "<a href=\"https://example.org/dc\">Washington</a> on <em>Wednesday</em>.</p>"
               "<ul><li>First point</li><li>Second <code>point</code></li></ul>"
               "<blockquote><p>A quoted <del>line</del> "
               "sentence.</p></blockquote></article></body></html>");
}

void TestReaders::crossFormat() {
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const LoadResult md = readAs(markdown.toUtf8(), QStringLiteral("story.md"));
    const LoadResult page = readAs(html.toUtf8(), QStringLiteral("story.html"));
    QVERIFY2(md.ok(), qPrintable(md.message()));
    QVERIFY2(page.ok(), qPrintable(page.message()));
    QCOMPARE(md.document.format, Format::Markdown);
    QCOMPARE(page.document.format, Format::Html);
    QCOMPARE(describe(page.document.blocks), describe(md.document.blocks));
}

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
