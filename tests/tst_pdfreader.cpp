// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF reader, on PDFs drawn here with QPdfWriter (needs a QGuiApplication: offscreen).
#include "readers/loader.h"
#include "readertestutil.h"
#include "testutil.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace sd;

class TestPdfReader : public QObject {
    Q_OBJECT
private slots:
    void paragraphsAndHyphens();
    void links();
    void badInput_data();
    void badInput();
    void manyEmptyPages();
    void styles_data();
    void styles();
    void runningHeads();
    void withoutModule_data();
    void withoutModule();
};

// Draws `pages` (lines of text at y positions in points, x indent in points) into a PDF.
struct DrawnLine {
    double x, y;
    QString text;
    double size = 11;
    bool bold = false, italic = false;
};
static QByteArray makePdf(const QList<QList<DrawnLine>> &pages, const QString &title = QString()) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one unit = one point
    writer.setTitle(title);
    QPainter painter(&writer);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        for (const DrawnLine &l : pages.at(p)) {
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPointSizeF(l.size);
            font.setBold(l.bold);
            font.setItalic(l.italic);
            painter.setFont(font);
            painter.drawText(QPointF(l.x, l.y), l.text);
        }
    }
    painter.end();
    return buffer.data();
}

static QStringList blockTexts(const Document &d) {
    QStringList out;
    for (const Block &b : d.blocks)
        out << b.text;
    return out;
}

void TestPdfReader::paragraphsAndHyphens() {
    const double pitch = 14;
    QList<DrawnLine> page{
        {40, 60, QStringLiteral("The sides agreed to continue cooperation to")},
        {40, 60 + pitch, QStringLiteral("solve the problems of the region, an exam-")},
        {40, 60 + 2 * pitch, QStringLiteral("ple of good will.")},
        // a blank line's gap: a new paragraph
        {40, 60 + 4 * pitch, QStringLiteral("Journalists waited outside the building for")},
        {40, 60 + 5 * pitch, QStringLiteral("several hours.")},
        // a first-line indent, no gap: a new paragraph too
        {64, 60 + 6 * pitch, QStringLiteral("The minister said the talks were useful and")},
        {40, 60 + 7 * pitch, QStringLiteral("long, and that both sides had listened.")},
        {40, 60 + 8 * pitch, QStringLiteral("A well-known phrase stays hyphenated.")},
    };
    const LoadResult r =
        readDocument(makePdf({page}, QStringLiteral("PDF story")), QStringLiteral("s.pdf"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.format, Format::Pdf);
    QCOMPARE(r.document.title, QStringLiteral("PDF story"));
    QCOMPARE(
        blockTexts(r.document),
        QStringList(
            {QStringLiteral("The sides agreed to continue cooperation to solve the problems of "
                            "the region, an example of good will."),
             QStringLiteral("Journalists waited outside the building for several hours."),
             QStringLiteral("The minister said the talks were useful and long, and that both "
                            "sides had listened. A well-known phrase stays hyphenated.")}));
}

void TestPdfReader::links() {
    // QTextDocument writes link annotations when it paints on a PDF device.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QTextDocument text;
    text.setHtml(
        QStringLiteral("<p>See <a href=\"https://example.org/talks\">the talks</a> today.</p>"));
    text.print(&writer);
    const LoadResult r = readDocument(buffer.data(), QStringLiteral("l.pdf"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    // QTextDocument::print() adds a page number below the text.
    QCOMPARE(blockTexts(r.document).value(0), QStringLiteral("See the talks today."));
    const Block &b = r.document.blocks.at(0);
    QStringList linked;
    for (const Token &t : b.tokens)
        if (t.link >= 0)
            linked << b.tokenText(t).toString() + u'>' + b.links.at(t.link).href;
    QCOMPARE(linked, QStringList({QStringLiteral("the>https://example.org/talks"),
                                  QStringLiteral("talks>https://example.org/talks")}));
}

void TestPdfReader::badInput_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("cause");
    QTest::newRow("garbage after the header")
        << QByteArray("%PDF-1.7\n\x01\x02 this is not a PDF body\n")
        << QStringLiteral("a broken PDF");
    const QByteArray good = makePdf({{{40, 60, QStringLiteral("Some words")}}});
    QTest::newRow("truncated") << good.left(good.size() / 3) << QStringLiteral("a broken PDF");
    QTest::newRow("no text layer")
        << makePdf({{}})
        << QStringLiteral("no text in the PDF (scanned pages without a text layer?)");
}

void TestPdfReader::badInput() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    const LoadResult r = readDocument(bytes, QStringLiteral("bad.pdf"));
    QVERIFY(!r.ok());
    QCOMPARE(r.cause, cause);
}

void TestPdfReader::manyEmptyPages() {
    QList<QList<DrawnLine>> pages(10000);
    pages.last() = {{40, 60, QStringLiteral("Too late to be read")}};
    const QByteArray pdf = makePdf(pages);
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = readDocument(pdf, QStringLiteral("empty.pdf"));
    QVERIFY(!r.ok()); // stops after a run of empty pages, bounded
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

// Bold, italic and headings come from the fonts: "DejaVuSerif-Bold", "-Italic", larger sizes.
void TestPdfReader::styles_data() {
    QTest::addColumn<QList<DrawnLine>>("lines");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bold and italic words")
        << QList<DrawnLine>{{40, 60, QStringLiteral("It was")},
                            {80, 60, QStringLiteral("cold"), 11, false, true},
                            {110, 60, QStringLiteral("and")},
                            {135, 60, QStringLiteral("windy"), 11, true},
                            {175, 60, QStringLiteral("and")},
                            {200, 60, QStringLiteral("wet."), 11, true, true}}
        << QStringLiteral("paragraph|It was _cold_ and *windy* and *_wet._*");
    QTest::newRow("headings by size, bold by kind")
        << QList<DrawnLine>{{40, 60, QStringLiteral("The long night"), 22, true},
                            {40, 100, QStringLiteral("The sides agreed to meet again.")},
                            {40, 140, QStringLiteral("After the talks"), 16, true},
                            {40, 175, QStringLiteral("Journalists waited outside.")},
                            {40, 189, QStringLiteral("It rained, and it was late.")}}
        << QStringLiteral("heading1|The long night\n"
                          "paragraph|The sides agreed to meet again.\n"
                          "heading2|After the talks\n"
                          "paragraph|Journalists waited outside. It rained, and it was late.");
    QTest::newRow("a bold paragraph at body size is no heading")
        << QList<DrawnLine>{{40, 60, QStringLiteral("Bold words here."), 11, true},
                            {40, 100, QStringLiteral("Plain words after it,")},
                            {40, 114, QStringLiteral("in two lines.")}}
        << QStringLiteral("paragraph|*Bold words here.*\n"
                          "paragraph|Plain words after it, in two lines.");
}

void TestPdfReader::styles() {
#ifndef STORYDIFF_PDF_FONTS
    QSKIP("built without poppler-cpp: no fonts, no PDF styles");
#endif
    QFETCH(QList<DrawnLine>, lines);
    QFETCH(QString, expected);
    const LoadResult r = readDocument(makePdf({lines}), QStringLiteral("styles.pdf"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(readertest::describe(r.document.blocks), expected);
}

// Heads, feet and page numbers repeated on every page are left out; a title on the first page
// that the heads repeat (elsewhere on the page) stays.
void TestPdfReader::runningHeads() {
    QList<QList<DrawnLine>> pages;
    for (int p = 1; p <= 3; ++p) {
        QList<DrawnLine> page{{40, 30, QStringLiteral("Millbrook Stories — The Flood")}};
        if (p == 1)
            page.append({40, 80, QStringLiteral("Millbrook Stories — The Flood"), 18});
        page.append(
            {40, 120, QStringLiteral("Paragraph %1 of the story, on its own page.").arg(p)});
        page.append({280, 780, QStringLiteral("Page %1 of 3").arg(p)});
        pages.append(page);
    }
    const LoadResult r = readDocument(makePdf(pages), QStringLiteral("heads.pdf"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(blockTexts(r.document),
             QStringList({QStringLiteral("Millbrook Stories — The Flood"),
                          QStringLiteral("Paragraph 1 of the story, on its own page."),
                          QStringLiteral("Paragraph 2 of the story, on its own page."),
                          QStringLiteral("Paragraph 3 of the story, on its own page.")}));
}

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPdfReader test;
    return QTest::qExec(&test, argc, argv);
}

// A CLI without its PDF module (copied alone, so LIBEXECDIR/storydiff beside it is empty) reads
// every other format and says what is missing for a PDF: the module is loaded only for PDFs.
void TestPdfReader::withoutModule_data() {
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QStringLiteral("txt") << 1 << QString();
    QTest::newRow("pdf file") << QStringLiteral("pdf") << 2
                              << QStringLiteral("PDF support is not installed");
}

void TestPdfReader::withoutModule() {
    QFETCH(QString, suffix);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString cli = dir.filePath(QStringLiteral("bin/storydiff-cli"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
    QVERIFY(QFile::copy(QStringLiteral(STORYDIFF_CLI_PATH), cli));
    QStringList files;
    for (const QString &words :
         {QStringLiteral("Some words here"), QStringLiteral("Other words here")}) {
        const QByteArray bytes = suffix == u"pdf" ? makePdf({{{40, 60, words}}}) : words.toUtf8();
        QFile f(dir.filePath(QStringLiteral("v%1.%2").arg(files.size() + 1).arg(suffix)));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        files << f.fileName();
    }
    QProcess p;
    p.start(cli, files);
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(message.isEmpty() ? err.isEmpty() : err.contains(message), qPrintable(err));
}

#include "tst_pdfreader.moc"
