// SPDX-License-Identifier: GPL-3.0-or-later
// One story saved as plain text, Markdown, an HTML page (with navigation and a footer around
// the article), a Word file, an OpenDocument file and a PDF: compared pairwise, the words never
// differ; only the formatting and links that one of the formats cannot carry may.
#include "testutil.h"
#include "ziptestutil.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace sd;

namespace {

// The story: paragraphs of runs, each run plain, italic, bold or a link.
struct Run {
    enum Kind { Plain, Italic, Bold, Link };
    Run(const QString &t, Kind k = Plain, const QString &h = QString()) : text(t), kind(k), href(h) {}
    QString text;
    Kind kind;
    QString href;
};
struct Para {
    bool heading = false;
    QList<Run> runs;
};

QList<Para> story() {
    return {
        {true, {{QStringLiteral("Library reopens nine months after the flood")}}},
        {false,
         {{QStringLiteral("Volunteers carried the last boxes of books back into the Millbrook "
                          "Public Library on Monday, nine months after floodwater filled its "
                          "ground floor.")}}},
        {false,
         {{QStringLiteral("The library will reopen on Saturday, the ")},
          {QStringLiteral("town council"), Run::Link, QStringLiteral("https://millbrook.example/council")},
          {QStringLiteral(" said in a statement.")}}},
        {false,
         {{QStringLiteral("We lost four thousand books, said head librarian ")},
          {QStringLiteral("Ruth Okafor"), Run::Italic},
          {QStringLiteral(", but never the readers.")}}},
        {false,
         {{QStringLiteral("The new floor has raised shelving and ")},
          {QStringLiteral("waterproof flooring"), Run::Bold},
          {QStringLiteral(" to limit damage if the river rises again.")}}},
    };
}

QString plainText(const Para &p) {
    QString s;
    for (const Run &r : p.runs)
        s += r.text;
    return s;
}

QByteArray asText() {
    QStringList paras;
    for (const Para &p : story())
        paras << plainText(p);
    return paras.join(QStringLiteral("\n\n")).toUtf8() + '\n';
}

QByteArray asMarkdown() {
    QStringList paras;
    for (const Para &p : story()) {
        QString s = p.heading ? QStringLiteral("# ") : QString();
        for (const Run &r : p.runs) {
            switch (r.kind) {
            case Run::Plain: s += r.text; break;
            case Run::Italic: s += u'*' + r.text + u'*'; break;
            case Run::Bold: s += QStringLiteral("**") + r.text + QStringLiteral("**"); break;
            case Run::Link: s += u'[' + r.text + QStringLiteral("](") + r.href + u')'; break;
            }
        }
        paras << s;
    }
    return paras.join(QStringLiteral("\n\n")).toUtf8() + '\n';
}

// How one XML-like format spells the story's runs and paragraphs (%1 is the text, %2 a link's
// target); the HTML and ODT fixtures differ only in these.
struct Markup {
    QString italic, bold, link, heading, paragraph;
};

QString marked(const Markup &m) {
    QString body;
    for (const Para &p : story()) {
        QString s;
        for (const Run &r : p.runs) {
            const QString t = r.text.toHtmlEscaped();
            switch (r.kind) {
            case Run::Plain: s += t; break;
            case Run::Italic: s += m.italic.arg(t); break;
            case Run::Bold: s += m.bold.arg(t); break;
            case Run::Link: s += m.link.arg(t, r.href); break;
            }
        }
        body += (p.heading ? m.heading : m.paragraph).arg(s);
    }
    return body;
}

QString htmlBody() {
    return marked({QStringLiteral("<em>%1</em>"), QStringLiteral("<strong>%1</strong>"),
                   QStringLiteral("<a href=\"%2\">%1</a>"), QStringLiteral("<h1>%1</h1>\n"),
                   QStringLiteral("<p>%1</p>\n")});
}

QByteArray asHtmlPage() {
    return QStringLiteral(
               "<!DOCTYPE html><html><head><title>Millbrook Gazette</title>"
               "<script>var tracking = 'page furniture';</script></head><body>"
               "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>"
               "<aside>Most read: a cat rescued from a tree in the high street</aside>"
               "<article>%1</article>"
               "<footer>Copyright Millbrook Gazette. All rights reserved. Contact us.</footer>"
               "</body></html>")
        .arg(htmlBody())
        .toUtf8();
}

QByteArray asDocx() {
    QString body;
    QString rels;
    int rel = 10;
    for (const Para &p : story()) {
        QString runs;
        for (const Run &r : p.runs) {
            const QString t = QStringLiteral("<w:t xml:space=\"preserve\">%1</w:t>").arg(r.text.toHtmlEscaped());
            switch (r.kind) {
            case Run::Plain: runs += QStringLiteral("<w:r>") + t + QStringLiteral("</w:r>"); break;
            case Run::Italic: runs += QStringLiteral("<w:r><w:rPr><w:i/></w:rPr>") + t + QStringLiteral("</w:r>"); break;
            case Run::Bold: runs += QStringLiteral("<w:r><w:rPr><w:b/></w:rPr>") + t + QStringLiteral("</w:r>"); break;
            case Run::Link:
                rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"%2\" TargetMode=\"External\"/>")
                            .arg(rel)
                            .arg(r.href);
                runs += QStringLiteral("<w:hyperlink r:id=\"rId%1\"><w:r>").arg(rel++) + t + QStringLiteral("</w:r></w:hyperlink>");
                break;
            }
        }
        body += QStringLiteral("<w:p>%1%2</w:p>")
                    .arg(p.heading ? QStringLiteral("<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>") : QString(), runs);
    }
    const QString document = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<w:body>%1<w:sectPr/></w:body></w:document>").arg(body);
    return makeZip({{QStringLiteral("[Content_Types].xml"),
                     R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)"},
                    {QStringLiteral("word/document.xml"), document.toUtf8()},
                    {QStringLiteral("word/_rels/document.xml.rels"),
                     QStringLiteral("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%1</Relationships>")
                         .arg(rels).toUtf8()}});
}

QByteArray asOdt() {
    const QString body = marked(
        {QStringLiteral("<text:span text:style-name=\"T1\">%1</text:span>"),
         QStringLiteral("<text:span text:style-name=\"T2\">%1</text:span>"),
         QStringLiteral("<text:a xlink:type=\"simple\" xlink:href=\"%2\">%1</text:a>"),
         QStringLiteral("<text:h text:outline-level=\"1\">%1</text:h>"), QStringLiteral("<text:p>%1</text:p>")});
    const QString content = QStringLiteral(
        "<?xml version=\"1.0\"?><office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><office:automatic-styles>"
        "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
        "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
        "</office:automatic-styles><office:body><office:text>%1</office:text></office:body>"
        "</office:document-content>").arg(body);
    return makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true},
                    {QStringLiteral("META-INF/manifest.xml"),
                     R"(<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>)"},
                    {QStringLiteral("content.xml"), content.toUtf8()}});
}

// Two chapters (the package lists the second first; the spine has the reading order) and a
// table of contents.
QByteArray asEpub() {
    const QStringList paras = htmlBody().split(u'\n', Qt::SkipEmptyParts);
    auto chapter = [](const QStringList &body) {
        return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html "
                               "xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>c</title>"
                               "</head><body>") +
                body.join(u'\n') + QStringLiteral("</body></html>"))
            .toUtf8();
    };
    const QByteArray opf =
        "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
        "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Millbrook</dc:title>"
        "</metadata><manifest>"
        "<item id=\"b\" href=\"text/b.xhtml\" media-type=\"application/xhtml+xml\"/>"
        "<item id=\"a\" href=\"text/a.xhtml\" media-type=\"application/xhtml+xml\"/>"
        "<item id=\"toc\" href=\"toc.xhtml\" media-type=\"application/xhtml+xml\" "
        "properties=\"nav\"/></manifest><spine><itemref idref=\"toc\"/><itemref idref=\"a\"/>"
        "<itemref idref=\"b\"/></spine></package>";
    return makeZip(
        {{QStringLiteral("mimetype"), "application/epub+zip", true},
         {QStringLiteral("META-INF/container.xml"),
          "<?xml version=\"1.0\"?><container version=\"1.0\" "
          "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile "
          "full-path=\"book/content.opf\" media-type=\"application/oebps-package+xml\"/>"
          "</rootfiles></container>"},
         {QStringLiteral("book/content.opf"), opf},
         {QStringLiteral("book/toc.xhtml"), chapter({QStringLiteral("<nav><ol><li>Contents</li></ol></nav><p>Contents</p>")})},
         {QStringLiteral("book/text/a.xhtml"), chapter(paras.mid(0, 2))},
         {QStringLiteral("book/text/b.xhtml"), chapter(paras.mid(2))}});
}

// Painted (not printed: QTextDocument::print adds page numbers) so the page holds the story only.
QByteArray asPdf() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 11));
    doc.setHtml(htmlBody());
    doc.setTextWidth(writer.width());
    QPainter painter(&writer);
    doc.drawContents(&painter);
    painter.end();
    return buffer.data();
}

// What a format can carry: plain text no styles, headings or links. A PDF has its styles and
// headings from its fonts (poppler-cpp names them; a build without it reads plain paragraphs).
bool carriesFormatting(const QString &ext) {
#ifdef STORYDIFF_PDF_FONTS
    return ext != QLatin1String("txt");
#else
    return ext != QLatin1String("txt") && ext != QLatin1String("pdf");
#endif
}
bool carriesLinks(const QString &ext) { return ext != QLatin1String("txt"); }

} // namespace

class TestCrossFormat : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pairs_data();
    void pairs();

private:
    QHash<QString, Document> m_docs;
};

void TestCrossFormat::initTestCase() {
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("txt"), asText()},     {QStringLiteral("md"), asMarkdown()},
        {QStringLiteral("html"), asHtmlPage()}, {QStringLiteral("docx"), asDocx()},
        {QStringLiteral("odt"), asOdt()},       {QStringLiteral("pdf"), asPdf()},
        {QStringLiteral("epub"), asEpub()}};
    for (const auto &[ext, bytes] : files) {
        if (qEnvironmentVariableIsSet("DUMP_PDF") && ext == QLatin1String("pdf")) {
            QFile f(QStringLiteral("/tmp/story.pdf"));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
        }
        const LoadResult r = readDocument(bytes, QStringLiteral("story.") + ext);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(formatName(r.document.format), ext == QLatin1String("txt") ? QStringLiteral("text")
                                                : ext == QLatin1String("md") ? QStringLiteral("markdown")
                                                                              : ext);
        QStringList texts;
        for (const Block &b : r.document.blocks)
            texts << b.text;
        QVERIFY2(r.document.blocks.size() == story().size(),
                 qPrintable(ext + QStringLiteral(": ") + texts.join(QStringLiteral(" || "))));
        m_docs.insert(ext, r.document);
    }
}

void TestCrossFormat::pairs_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const QStringList exts{"txt", "md", "html", "docx", "odt", "pdf", "epub"};
    for (qsizetype i = 0; i < exts.size(); ++i)
        for (qsizetype j = 0; j < exts.size(); ++j)
            if (i != j)
                QTest::newRow(qPrintable(exts[i] + QStringLiteral(" -> ") + exts[j])) << exts[i] << exts[j];
}

void TestCrossFormat::pairs() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    const Comparison c = compareDocuments(m_docs.value(from), m_docs.value(to), {});
    const bool formatting = carriesFormatting(from) && carriesFormatting(to);
    const bool links = carriesLinks(from) && carriesLinks(to);
    for (const Change &ch : c.changes) {
        const QString what = changeKindName(ch.kind) + QStringLiteral(": ") +
                             c.sideText(ch, ch.from.isValid() ? Side::A : Side::B);
        switch (ch.kind) {
        case ChangeKind::FormatAdded:
        case ChangeKind::FormatRemoved:
            QVERIFY2(!formatting, qPrintable(what));
            break;
        case ChangeKind::LinkAdded:
        case ChangeKind::LinkRemoved:
            QVERIFY2(!links, qPrintable(what));
            break;
        default:
            QFAIL(qPrintable(QStringLiteral("words differ: ") + what));
        }
    }
    QCOMPARE(c.stats.insertedWords + c.stats.deletedWords, 0);
    if (formatting && links)
        QVERIFY2(c.changes.isEmpty(), qPrintable(changeKindName(c.changes.value(0).kind)));
}

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // QPdfWriter draws with fonts
    TestCrossFormat test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crossformat.moc"
