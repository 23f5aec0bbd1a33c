// SPDX-License-Identifier: GPL-3.0-or-later
// HTML pages read into blocks (main text, styles, links, titles, nesting), legacy encodings,
// and scripts without spaces.
#include "readers/htmlprescan.h"
#include "readers/htmlreader.h"
#include "readers/loader.h"
#include "readers/markdownreader.h"
#include "readertestutil.h"
#include "testutil.h"
#include "text/tokenizer.h"
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <unicode/ucnv.h>

using namespace sd;
using namespace readertest;

class TestReadersWeb : public QObject {
    Q_OBJECT
private slots:
    void html_data();
    void html();
    void htmlTitle_data();
    void htmlTitle();
    void htmlExtraction_data();
    void htmlExtraction();
    void htmlNoMainText_data();
    void htmlNoMainText();
    void htmlDeepNesting_data();
    void htmlDeepNesting();
    void htmlSourceOffsets();
    void encodings_data();
    void encodings();
    void scripts_data();
    void scripts();
};
// ---------------------------------------------------------------------------------------------
// HTML

// The tokens of an HTML snippet's text, one space between.
static QString textOf(const QString &html) {
    QString text = html;
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    QStringList out;
    for (const Token &t : tokenize(text))
        out << text.mid(t.start, t.length);
    return out.join(u' ');
}

void TestReadersWeb::html_data() {
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

void TestReadersWeb::html() {
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const LoadResult r = readAs(html.toUtf8(), QStringLiteral("page.html"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.format, Format::Html);
    QCOMPARE(describe(r.document.blocks), expected);
}

void TestReadersWeb::htmlTitle_data() {
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

void TestReadersWeb::htmlTitle() {
    QFETCH(QString, html);
    QFETCH(QString, title);
    const LoadResult r = readAs(html.toUtf8(), QStringLiteral("t.html"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.title, title);
}

void TestReadersWeb::htmlExtraction_data() {
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("extraction");
    QTest::addColumn<QString>("words");
    const QString prose = QStringLiteral(
        "<p>The sides agreed to continue cooperation, to solve the problems of the region, and "
        "to meet again.</p><p>The minister said the talks were useful, open, and long, and that "
        "both sides had listened.</p><p>Journalists waited outside the building for several "
        "hours, in the rain, without news, and then went home.</p><p>In the morning the talks "
        "went on, behind closed doors, with tea, biscuits and long silences, until a statement "
        "came out at noon.</p><p>It said that the sides would meet again next month, in another "
        "city, with the same delegations.</p>");
    // A page shorter than this is read again with fewer rules (Readability's retries).
    QVERIFY(textOf(prose).size() > 500);
    QTest::newRow("scored container")
        << "<body><div class=story>" + prose + "</div><div>Home</div></body>"
        << "scored" << textOf(prose);
    QTest::newRow("comments after the story are left out")
        << "<body><div class=story>" + prose +
               "</div><div class=comments><p>I disagree with this, strongly, and at length, "
               "for reasons.</p></div></body>"
        << "scored" << textOf(prose);
    QTest::newRow("a list of links inside the story is cleaned out")
        << "<body><div class=story>" + prose +
               "<div><a href=/1>One more story</a> <a href=/2>Another story</a> "
               "<a href=/3>A third one</a></div></div></body>"
        << "scored" << textOf(prose);
    // Six short paragraphs set apart by double line breaks outscore one longer paragraph
    // with commas; run together they would not.
    const QString runs = QStringLiteral("Run of the loose text here, ok<br><br>").repeated(6);
    QTest::newRow("double line breaks end paragraphs")
        << "<body><div>" + runs +
               "</div><div><p>A single paragraph of the other container, with commas, long "
               "enough to score a little more.</p><p>Short.</p></div></body>"
        << "scored" << textOf(runs);
    QTest::newRow("MathML is read")
        << QStringLiteral("<body><div><p>When <math><mi>a</mi><mo>=</mo><mn>0</mn></math>, "
                          "there are no solutions to speak of at all.</p></div></body>")
        << "scored"
        << "When a = 0 , there are no solutions to speak of at all .";
    QTest::newRow("a short article, nothing scores")
        << QStringLiteral("<body><nav><a href=/>Home</a></nav><article><p>Short.</p></article>"
                          "<div>Other</div></body>")
        << "article"
        << "Short .";
    QTest::newRow("no container at all: the whole page")
        << QStringLiteral("<body><div>Just a line</div><span>and a span</span></body>")
        << "fallback"
        << "Just a line and a span";
}

// Which reading found the story, and that it holds the story's words and no others.
void TestReadersWeb::htmlExtraction() {
    QFETCH(QString, html);
    QFETCH(QString, extraction);
    QFETCH(QString, words);
    const LoadResult r = readAs(html.toUtf8(), QStringLiteral("page.html"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(extractionName(r.document.extraction), extraction);
    QCOMPARE(testdata::tokenTexts(r.document).join(u' '), words);
}

void TestReadersWeb::htmlNoMainText_data() {
    QTest::addColumn<QString>("html");
    QTest::newRow("empty body") << QStringLiteral(
        "<!doctype html><html><head><title>x</title></head><body></body></html>");
    QTest::newRow("only chrome") << QStringLiteral(
        "<html><body><nav><a href=/>Home</a></nav><footer>(c) "
        "2024</footer><script>x()</script></body></html>");
    QTest::newRow("only hidden text")
        << QStringLiteral("<html><body><div hidden><p>secret</p></div></body></html>");
}

void TestReadersWeb::htmlNoMainText() {
    QFETCH(QString, html);
    const LoadResult r = readAs(html.toUtf8(), QStringLiteral("empty.html"));
    QVERIFY(!r.ok());
    QCOMPARE(r.cause, QStringLiteral("no main text found on the page"));
}

void TestReadersWeb::htmlDeepNesting_data() {
    QTest::addColumn<QString>("open");
    QTest::addColumn<int>("depth");
    QTest::newRow("divs") << QStringLiteral("<div>") << 200000;
    QTest::newRow("spans") << QStringLiteral("<span>") << 200000;
    QTest::newRow("bold") << QStringLiteral("<b>") << 100000;
    QTest::newRow("tables") << QStringLiteral("<table><tr><td>") << 20000;
    QTest::newRow("blockquotes") << QStringLiteral("<blockquote>") << 100000;
}

void TestReadersWeb::htmlDeepNesting() {
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

void TestReadersWeb::htmlSourceOffsets() {
    const QString html =
        QStringLiteral("<article><p>Caf&eacute; owner <b>said</b> no.</p></article>");
    const LoadResult r = readAs(html.toUtf8(), QStringLiteral("o.html"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Block &b = r.document.blocks.at(0);
    // "Café" is partly an entity (BlockBuilder maps a token from its first character's run);
    // the words after it are verbatim copies and map back exactly.
    for (qsizetype i = 1; i < b.tokens.size(); ++i) {
        const Token &t = b.tokens.at(i);
        QVERIFY(b.sourceStartOf(t) >= 0);
        QCOMPARE(html.mid(b.sourceStartOf(t), b.sourceEndOf(t) - b.sourceStartOf(t)), b.tokenText(t).toString());
    }
    QCOMPARE(b.sourceStartOf(b.tokens.at(1)), qint32(html.indexOf(QLatin1String("owner"))));
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

void TestReadersWeb::encodings_data() {
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

void TestReadersWeb::encodings() {
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

void TestReadersWeb::scripts_data() {
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

void TestReadersWeb::scripts() {
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

QTEST_GUILESS_MAIN(TestReadersWeb)
#include "tst_readers_web.moc"
