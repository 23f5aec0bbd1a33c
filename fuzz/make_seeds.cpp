// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpus of every fuzz target into DIR/<target>/ (scripts/fuzz-seeds):
// small texts in several encodings, Markdown and HTML with every construct the readers
// handle, a DOCX and an ODT built with QuaZip, a PDF drawn with QPdfWriter. Everything here is
// written by us, so the corpus can be committed.
//
//   storydiff-fuzz-seeds DIR
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include "ziptestutil.h" // makeZip, shared with the reader tests

#include <cstdio>

namespace {

QString g_root;
bool g_ok = true;

void put(const QString &target, const QString &name, const QByteArray &bytes) {
    const QString dir = g_root + QLatin1Char('/') + target;
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
        g_ok = false;
    }
}

const char kStory[] = "The long night\n\nLavrov held talks in Washington on Wednesday. "
                      "He didn't say much: 3.5 hours, 1,000 words - \"e-mail\" -- later...\n\n"
                      "Second paragraph, with a line\nwrapped inside it.\n";

const char kMarkdown[] =
    "# The long night\n\nLavrov **held** talks in [Washington](https://example.org/dc) on "
    "*Wednesday*.\n\n- First point\n- Second `point`\n  1. nested\n\n> A quoted ~~line~~ "
    "sentence.\n> > deeper\n\n| a | b |\n|---|:-:|\n| one | *two* |\n\n```\ncode block\n```\n\n"
    "Setext\n------\n\n<b>inline html</b> &amp; entities &#x263A; ![img](x.png)\n";

const char kHtml[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>The night</title>"
    "<style>p{}</style><script>var x=1;</script></head><body><nav><a href=\"/\">Home</a></nav>"
    "<article><h1>The long night</h1><p>Lavrov <b>held</b> talks in <a "
    "href=\"https://example.org/dc\">Washington</a> on <em>Wednesday</em>.<br>Next line</p>"
    "<ul><li>First point</li><li>Second <code>point</code></li></ul><blockquote><p>A quoted "
    "<del>line</del> sentence.</p></blockquote><table><tr><td>a</td><td>b</td></tr></table>"
    "<img src=\"http://example.org/x.png\"><iframe src=\"http://example.org\"></iframe>"
    "</article><footer>Footer</footer></body></html>";

const char kDocxDocument[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>The long night</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Lavrov </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>held</w:t></w:r><w:r><w:t xml:space="preserve"> talks in </w:t></w:r><w:hyperlink r:id="rId10"><w:r><w:t>Washington</w:t></w:r></w:hyperlink><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> on Wednesday</w:t></w:r><w:ins><w:r><w:t>.</w:t></w:r></w:ins><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:tab/><w:br/><w:t>next</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>A list item</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:sectPr/></w:body></w:document>)";

const char kDocxRels[] =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/talks" TargetMode="External"/>
</Relationships>)";

const char kDocxStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>)";

const char kOdfNs[] =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/")";

QByteArray docx() {
    return makeZip(
        {{"[Content_Types].xml",
          R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)"},
         {"word/document.xml", kDocxDocument},
         {"word/_rels/document.xml.rels", kDocxRels},
         {"word/styles.xml", kDocxStyles},
         {"docProps/core.xml",
          R"(<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>The night</dc:title></cp:coreProperties>)"}});
}

QByteArray odt() {
    const QByteArray ns(kOdfNs);
    const QByteArray content =
        R"(<?xml version="1.0"?><office:document-content )" + ns +
        R"(><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/></office:automatic-styles><office:body><office:text>
<text:h text:style-name="P1" text:outline-level="1">The long night</text:h>
<text:p>Lavrov <text:span text:style-name="T1">held</text:span> <text:a xlink:type="simple" xlink:href="https://example.org/talks">talks in Washington</text:a> on Wednesday.<text:s text:c="3"/>more<text:tab/>tabbed<text:line-break/>broken</text:p>
<text:list><text:list-item><text:p>An item</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>cell</text:p></table:table-cell></table:table-row></table:table>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>gone</text:p></text:deletion></text:changed-region></text:tracked-changes>
</office:text></office:body></office:document-content>)";
    return makeZip(
        {{"mimetype", "application/vnd.oasis.opendocument.text", true},
         {"META-INF/manifest.xml",
          R"(<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>)"},
         {"content.xml", content},
         {"meta.xml",
          R"(<?xml version="1.0"?><office:document-meta )" + ns +
              R"(><office:meta><dc:title>The night</dc:title></office:meta></office:document-meta>)"}});
}

QByteArray pdf() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setTitle(QStringLiteral("The night"));
        // Uncompressed streams would make mutations meaningful, but QPdfWriter has no switch
        // for it; the fuzzer still reaches the xref, trailer and object parsers.
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(11);
        painter.setFont(font);
        painter.drawText(QPointF(72, 72), QStringLiteral("The long night"));
        painter.drawText(QPointF(72, 100), QStringLiteral("Lavrov held talks in Wash-"));
        painter.drawText(QPointF(72, 114), QStringLiteral("ington on Wednesday."));
        painter.drawText(QPointF(90, 150), QStringLiteral("A new paragraph, indented."));
        writer.newPage();
        painter.drawText(QPointF(72, 72), QStringLiteral("Second page."));
    }
    return buffer.data();
}

} // namespace

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv); // QPdfWriter needs fonts (offscreen is enough)
    if (argc != 2) {
        std::fprintf(stderr, "usage: storydiff-fuzz-seeds DIR\n");
        return 2;
    }
    g_root = QFile::decodeName(argv[1]);
    const QByteArray story(kStory);

    put(QStringLiteral("text"), QStringLiteral("story.txt"), story);
    put(QStringLiteral("text"), QStringLiteral("crlf.txt"),
        QByteArray(story).replace("\n", "\r\n"));
    put(QStringLiteral("text"), QStringLiteral("latin1.txt"),
        QByteArray("Caf\xe9 cr\xe8me, na\xefve fa\xe7"
                   "ade.\n\nZweiter Absatz \xfc"
                   "ber alles.\n"));
    put(QStringLiteral("text"), QStringLiteral("utf16.txt"),
        QByteArray("\xff\xfe", 2) +
            QByteArray(reinterpret_cast<const char *>(
                           QStringLiteral("Ein Text.\n\n\u4e2d\u6587\u5b57\u3002").utf16()),
                       2 * 13));
    put(QStringLiteral("text"), QStringLiteral("cjk.txt"),
        QStringLiteral("\u6771\u4eac\u306f\u65e5\u672c\u306e\u9996\u90fd\u3067\u3059\u3002\n\n"
                       "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35 \u00ab\u00a0quotes\u00a0\u00bb "
                       "\u201cso\u201d \u2014 \u2026\n")
            .toUtf8());

    put(QStringLiteral("markdown"), QStringLiteral("story.md"), kMarkdown);
    put(QStringLiteral("markdown"), QStringLiteral("nested.md"),
        "> - *a **b ~~c `d`~~** e*\n>   > 1. [x](y \"t\")\n\n***\n\nText<br>\\\n*** ***\n");
    put(QStringLiteral("html"), QStringLiteral("story.html"), kHtml);
    put(QStringLiteral("html"), QStringLiteral("latin1.html"),
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        "charset=iso-8859-1\"></head><body><main><p>Caf\xe9 &eacute; &#233; &#x20AC;</p>"
        "<pre>  pre  formatted</pre><h2>Sub</h2><ol><li><p>one<li>two</ol></main></body></html>");

    put(QStringLiteral("docx"), QStringLiteral("story.docx"), docx());
    put(QStringLiteral("odt"), QStringLiteral("story.odt"), odt());
    put(QStringLiteral("pdf"), QStringLiteral("story.pdf"), pdf());

    // The tokenizer: byte 0 even = UTF-8 text follows, odd = raw UTF-16LE code units.
    put(QStringLiteral("tokenizer"), QStringLiteral("utf8"), QByteArray(1, '\0') + story);
    put(QStringLiteral("tokenizer"), QStringLiteral("cjk"),
        QByteArray(1, '\0') +
            QStringLiteral("\u6771\u4eac\u306f\u65e5\u672c\u3067\u3059 \u0e2a\u0e27\u0e31\u0e2a"
                           "\u0e14\u0e35 G20 snake_case 3.5 1,000 didn't ... -- \U0001F600")
                .toUtf8());
    const QString units = QStringLiteral("Lone \xd800 surrogate \u00ad soft hyphen");
    put(QStringLiteral("tokenizer"), QStringLiteral("utf16"),
        QByteArray(1, '\1') +
            QByteArray(reinterpret_cast<const char *>(units.utf16()), units.size() * 2));

    // The comparison: byte 0 = options (bit 5: Markdown), then A "\n--8<--\n" B.
    const QByteArray sep("\n--8<--\n");
    put(QStringLiteral("compare"), QStringLiteral("text"),
        QByteArray(1, '\0') + story + sep +
            QByteArray(story).replace("held", "had").replace("Second", "Third") +
            "\n\nA new paragraph.\n");
    put(QStringLiteral("compare"), QStringLiteral("markdown-moves"),
        QByteArray(1, char(32 | 4)) +
            "# Title\n\nOne two three.\n\nFour *five* six.\n\nSeven [eight](a) nine.\n" + sep +
            "# Title\n\nSeven [eight](b) nine.\n\nOne two three. Four **five** six.\n");
    put(QStringLiteral("compare"), QStringLiteral("ignore-all"),
        QByteArray(1, char(31)) + "\"Quoted\" -- text, HERE.\n\nSplit me. In two.\n" + sep +
            "\u201cquoted\u201d \u2014 text here\n\nSplit me.\n\nIn two.\n");
    return g_ok ? 0 : 1;
}
