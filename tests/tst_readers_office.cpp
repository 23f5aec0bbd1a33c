// SPDX-License-Identifier: GPL-3.0-or-later
// DOCX and ODT files built by the test, broken and oversized containers, and the same story
// in several formats reading alike.
#include "readers/htmlprescan.h"
#include "readers/htmlreader.h"
#include "readers/formats.h"
#include "readers/sniff.h"
#include "readers/loader.h"
#include "readers/markdownreader.h"
#include "readers/ziparchive.h"
#include "testutil.h"
#include "text/tokenizer.h"
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <unicode/ucnv.h>
#include "readertestutil.h"
#include "ziptestutil.h"

using namespace sd;
using namespace readertest;

class TestReadersOffice : public QObject {
    Q_OBJECT
private slots:
    void docx_data();
    void docx();
    void odt_data();
    void odt();
    void epub_data();
    void epub();
    void badContainers_data();
    void badContainers();
    void zipBomb_data();
    void zipBomb();
    void formatsTable();
    void crossFormat_data();
    void crossFormat();
};
// ---------------------------------------------------------------------------------------------
// DOCX and ODT, built here with QuaZip

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
<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="LoudEmphasis"><w:name w:val="Loud Emphasis"/><w:basedOn w:val="Emphasis"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="QuietEmphasis"><w:name w:val="Quiet Emphasis"/><w:basedOn w:val="Emphasis"/><w:rPr><w:i w:val="0"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="LoopA"><w:name w:val="Loop A"/><w:basedOn w:val="LoopB"/><w:rPr><w:strike/></w:rPr></w:style>
<w:style w:type="character" w:styleId="LoopB"><w:name w:val="Loop B"/><w:basedOn w:val="LoopA"/></w:style>
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

void TestReadersOffice::docx_data() {
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
    // Word marks emphasis with character styles more often than with direct formatting.
    const auto styled = [](const char *text, const char *style, const char *direct = "") {
        return wRun(QString::fromUtf8(text),
                    QStringLiteral("<w:rStyle w:val=\"%1\"/>%2").arg(QString::fromUtf8(style), QString::fromUtf8(direct)));
    };
    QTest::newRow("character styles")
        << makeDocx(wPara(wRun("Lavrov ") + styled("held", "Strong") + wRun(" ") +
                          styled("talks", "Emphasis") + wRun(" ") + styled("twice", "LoudEmphasis") +
                          wRun(" ") + styled("here", "Emphasis", "<w:i w:val=\"0\"/>") + wRun(" ") +
                          styled("plain", "QuietEmphasis") + wRun(" ") + styled("gone", "LoopA") +
                          wRun(" ") + styled("unknown", "NoSuchStyle")))
        << QStringLiteral("paragraph|Lavrov *held* _talks_ *_twice_* here plain ~gone~ unknown")
        << QString(); // no dc:title and no heading

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

// The current row (bytes, expected blocks, title) read as a file named `name`, in `format`.
static void readsAsExpected(const QString &name, Format format) {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, title);
    QVERIFY(!bytes.isEmpty());
    const LoadResult r = readAs(bytes, name);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.format, format);
    QCOMPARE(describe(r.document.blocks), expected);
    QCOMPARE(r.document.title, title);
}

void TestReadersOffice::docx() { readsAsExpected(QStringLiteral("story.docx"), Format::Docx); }

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

void TestReadersOffice::odt_data() {
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

void TestReadersOffice::odt() { readsAsExpected(QStringLiteral("story.odt"), Format::Odt); }

// An EPUB: the stored mimetype first, the container pointing at the package `opfPath`, then
// the package and the other files (paths inside the archive).
static QByteArray makeEpub(const QString &opfPath, const QString &opf,
                           const QList<ZipEntry> &files) {
    QList<ZipEntry> entries{
        {QStringLiteral("mimetype"), "application/epub+zip", true},
        {QStringLiteral("META-INF/container.xml"),
         QString::fromUtf8(R"(<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="%1" media-type="application/oebps-package+xml"/></rootfiles></container>)")
             .arg(opfPath)
             .toUtf8()}};
    if (!opf.isEmpty()) // none: a container that names a missing package
        entries.append({opfPath, opf.toUtf8()});
    return makeZip(entries + files);
}

// A package file: dc:title (when given), the manifest items (id, href, properties) and the
// spine (ids).
static QString makeOpf(const QString &title, const QList<QStringList> &items,
                       const QStringList &spine) {
    QString manifest, refs;
    for (const QStringList &i : items)
        manifest += QString::fromUtf8(R"(<item id="%1" href="%2" media-type="application/xhtml+xml"%3/>)")
                        .arg(i.at(0), i.at(1),
                             i.size() > 2 ? QStringLiteral(" properties=\"%1\"").arg(i.at(2))
                                          : QString());
    for (const QString &id : spine)
        refs += QString::fromUtf8(R"(<itemref idref="%1"/>)").arg(id);
    return QString::fromUtf8(R"(<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">%1</metadata><manifest>%2</manifest><spine>%3</spine></package>)")
        .arg(title.isEmpty() ? QString() : QStringLiteral("<dc:title>%1</dc:title>").arg(title),
             manifest, refs);
}

static QByteArray xhtml(const QString &body) {
    return QString::fromUtf8(R"(<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>%1</body></html>)")
        .arg(body)
        .toUtf8();
}

void TestReadersOffice::epub_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("title");
    QTest::newRow("spine order, not manifest order; the table of contents skipped")
        << makeEpub(QStringLiteral("content.opf"),
                    makeOpf(QStringLiteral("The Flood"),
                            {{"nav", "nav.xhtml", "nav"}, {"c2", "two.xhtml"}, {"c1", "one.xhtml"}},
                            {"nav", "c1", "c2"}),
                    {{QStringLiteral("nav.xhtml"),
                      xhtml("<nav epub:type=\"toc\"><ol><li><a href=\"one.xhtml\">One</a></li>"
                            "</ol></nav><p>Contents page</p>")},
                     {QStringLiteral("two.xhtml"), xhtml("<p>The water <em>fell</em>.</p>")},
                     {QStringLiteral("one.xhtml"),
                      xhtml("<h1>One</h1><p>The river <b>rose</b> at night.</p>")}})
        << QStringLiteral("heading1|One\nparagraph|The river *rose* at night.\n"
                          "paragraph|The water _fell_.")
        << QStringLiteral("The Flood");
    QString epub2 = makeOpf(QStringLiteral("Old"), {{"toc", "toc.html"}, {"c1", "c1.html"}},
                            {"toc", "c1"});
    epub2.replace(QStringLiteral("</package>"),
                  QStringLiteral("<guide><reference type=\"toc\" href=\"toc.html#top\"/>"
                                 "</guide></package>"));
    QTest::newRow("EPUB 2: the guide's table of contents skipped")
        << makeEpub(QStringLiteral("content.opf"), epub2,
                    {{QStringLiteral("toc.html"), xhtml("<p>Contents: chapter one</p>")},
                     {QStringLiteral("c1.html"), xhtml("<p>The first chapter.</p>")}})
        << QStringLiteral("paragraph|The first chapter.") << QStringLiteral("Old");
    QTest::newRow("a package in a folder, chapter paths relative to it")
        << makeEpub(QStringLiteral("OEBPS/content.opf"),
                    makeOpf(QString(), {{"c1", "Text/chapter%201.xhtml"}}, {"c1"}),
                    {{QStringLiteral("OEBPS/Text/chapter 1.xhtml"),
                      xhtml("<h2>Chapter one</h2><p>Short, every word of it kept.</p>")}})
        << QStringLiteral("heading2|Chapter one\nparagraph|Short, every word of it kept.")
        << QStringLiteral("Chapter one");
}

void TestReadersOffice::epub() { readsAsExpected(QStringLiteral("story.epub"), Format::Epub); }

void TestReadersOffice::badContainers_data() {
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
    QTest::newRow("epub without its package")
        << makeEpub(QStringLiteral("content.opf"), QString(), {}) << "t.epub"
        << "not an EPUB book (content.opf missing)";
    QTest::newRow("epub missing a chapter")
        << makeEpub(QStringLiteral("p.opf"), makeOpf(QString(), {{"c1", "c1.xhtml"}}, {"c1"}), {})
        << "t.epub" << "not an EPUB book (c1.xhtml missing)";
    QTest::newRow("damaged entry") << damaged << "t.docx"
                                   << "a damaged archive (word/document.xml cannot be unpacked)";
}

void TestReadersOffice::badContainers() {
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

void TestReadersOffice::zipBomb_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::newRow("docx") << makeBomb(QStringLiteral("word/document.xml"), false) << "bomb.docx";
    QTest::newRow("odt") << makeBomb(QStringLiteral("content.xml"), true) << "bomb.odt";
    // Two chapters of 300 MB each: each under the cap, together over what one book may unpack.
    QTest::newRow("epub")
        << makeEpub(QStringLiteral("p.opf"),
                    makeOpf(QString(), {{"c1", "c1.xhtml"}, {"c2", "c2.xhtml"}}, {"c1", "c2"}),
                    {{QStringLiteral("c1.xhtml"), QByteArray(1 << 20, ' '), false, 300},
                     {QStringLiteral("c2.xhtml"), QByteArray(1 << 20, ' '), false, 300}})
        << "bomb.epub";
}

void TestReadersOffice::zipBomb() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.size() < 4 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = readAs(bytes, name);
    QVERIFY(!r.ok());
    // The limit an archive of this size gets: 100 times its size, between 32 and 512 MB.
    const qint64 limit = std::min(ZipArchive::kDefaultLimit,
                                  std::max(ZipArchive::kMinimumLimit,
                                           ZipArchive::kMaxRatio * qint64(bytes.size())));
    QVERIFY2(r.cause.startsWith(QStringLiteral("too large when unpacked (over the unpack limit of ") +
                                formatSize(limit)),
             qPrintable(r.cause));
    QVERIFY(timer.elapsed() < 20000);
}

// Every format has one row: a name of its own, extensions, and a reader of that format; a
// container format is recognised by its own signature only.
void TestReadersOffice::formatsTable() {
    QSet<QString> names, extensions;
    for (int i = 0; i <= int(Format::Epub); ++i) {
        const Format f = Format(i);
        const FormatSpec &spec = formatSpec(f);
        QCOMPARE(spec.format, f);
        QVERIFY2(!names.contains(formatName(f)), spec.name);
        names.insert(formatName(f));
        const QStringList exts = QString::fromLatin1(spec.extensions).split(u' ');
        for (const QString &ext : exts) {
            QVERIFY2(!extensions.contains(ext), qPrintable(ext));
            extensions.insert(ext);
            QVERIFY(hasExtension(f, ext.toUpper()));
            QVERIFY(storyFilePatterns().split(u' ').contains(QStringLiteral("*.") + ext));
        }
        QVERIFY(readerFor(f));
        QCOMPARE(readerFor(f)->format(), f);
    }
    QCOMPARE(qsizetype(formatSpecs().size()), qsizetype(names.size()));
    const QByteArray epub = makeEpub(QStringLiteral("p.opf"), QStringLiteral("<package/>"), {});
    QCOMPARE(sniffContainerFormat(epub), std::optional<Format>(Format::Epub));
    QCOMPARE(sniffContainerFormat(makeOdt(QStringLiteral("<text:p>x</text:p>"))),
             std::optional<Format>(Format::Odt));
    QCOMPARE(sniffContainerFormat(makeDocx(wPara(wRun("x")))), std::optional<Format>(Format::Docx));
    QCOMPARE(sniffContainerFormat("%PDF-1.7\n"), std::optional<Format>(Format::Pdf));
    QCOMPARE(sniffContainerFormat("<p>text</p>"), std::nullopt);
}

// ---------------------------------------------------------------------------------------------
// The same story in several formats reads alike

void TestReadersOffice::crossFormat_data() {
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

void TestReadersOffice::crossFormat() {
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

QTEST_GUILESS_MAIN(TestReadersOffice)
#include "tst_readers_office.moc"
