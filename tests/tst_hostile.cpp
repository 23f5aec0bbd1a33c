// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: files from the web and from strangers. Every row must end with a clear message
// or a correct result, in bounded time and memory, never a crash or a hang. The timer is only
// a generous hang guard (60 s), never a performance assertion. Also the safety promises of the
// CLI: inputs untouched, nothing left behind on failure, no external resources in the report.
#include "compare/comparison.h"
#include "readers/loader.h"
#include "testutil.h"
#include "ziptestutil.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>


#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace sd;

namespace {

constexpr qint64 kHangGuardMs = 60000;

QByteArray repeated(const QByteArray &piece, qsizetype times) {
    QByteArray out;
    out.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out.append(piece);
    return out;
}

const char kDocxDocHead[] =
    R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)";

QByteArray docxWith(const QByteArray &body) {
    return makeZip(
        {{QStringLiteral("word/document.xml"), kDocxDocHead + body + "</w:body></w:document>"}});
}

QByteArray emptyPagesPdf(int pages) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    for (int p = 1; p < pages; ++p)
        writer.newPage();
    painter.end();
    return buffer.data();
}

// The hostile inputs, by name: the bytes of a file (the special rows make their own file).
QByteArray hostileBytes(const QString &kind) {
    if (kind == u"deep-html")
        return repeated("<div>", 100000) + "deep text" + repeated("</div>", 100000);
    if (kind == u"deep-html-inline")
        return "<p>" + repeated("<span><b><i>", 33334) + "deep text";
    if (kind == u"html-many-attributes") {
        // gumbo compares each attribute with all the earlier ones: quadratic in one tag.
        QByteArray out = "<p";
        for (int i = 0; i < 100000; ++i)
            out += " a" + QByteArray::number(i) + "=1";
        return out + ">text</p>";
    }
    if (kind == u"deep-md-quotes")
        return repeated(">", 100000) + " deep text\n";
    if (kind == u"deep-md-lists") {
        // 100,000 items, nested by indentation up to 200 levels and back, again and again.
        QByteArray out;
        for (int i = 0; i < 100000; ++i)
            out += QByteArray((i % 200) * 2, ' ') + "- item\n";
        return out;
    }
    if (kind == u"deep-md-nested-lists")
        return repeated("- ", 100000) + "deep item\n";
    if (kind == u"deep-md-emphasis")
        return repeated("*_", 50000) + "deep" + repeated("_*", 50000) + "\n";
    if (kind == u"deep-md-unclosed-emphasis")
        return repeated("**a ", 100000) + "\n";
    if (kind == u"deep-md-links")
        return repeated("[", 100000) + "x" + repeated("](y)", 100000) + "\n";
    if (kind == u"line-50mb")
        return repeated("lorem ipsum dolor ", 50 * 1024 * 1024 / 18);
    if (kind == u"word-1mb")
        return QByteArray(1024 * 1024, 'a');
    if (kind == u"paragraphs-1m")
        return repeated("p\n\n", 1000000);
    if (kind == u"md-table-wide")
        return "|" + repeated("a|", 100000) + "\n|" + repeated("-|", 100000) + "\n|" +
               repeated("b|", 100000) + "\n";
    if (kind == u"md-table-long-cell")
        return "| a | b |\n|---|---|\n| " + repeated("cell ", 400000) + " | x |\n";
    if (kind == u"binary") {
        QByteArray out(1 << 20, '\0');
        QRandomGenerator rng(8);
        for (char &c : out)
            c = char(rng.bounded(256));
        return out;
    }
    if (kind == u"nul-in-utf8") {
        static const char text[] = "Caf\xc3\xa9 one.\0\0 two \xe2\x80\x94 three.\n";
        return QByteArray(text, sizeof text - 1);
    }
    if (kind == u"invalid-utf8")
        return "Valid start. \xff\xfe\xc3\x28 \xe2\x82 \xf0\x28\x8c\xbc \xed\xa0\x80 end.\n";
    if (kind == u"html-resources")
        return "<html><head><link rel=stylesheet href=\"http://127.0.0.1:9/x.css\">"
               "<script src=\"http://127.0.0.1:9/x.js\"></script></head><body><p>Text "
               "<img src=\"http://127.0.0.1:9/x.png\"><iframe src=\"file:///etc/passwd\">"
               "</iframe>here.</p></body></html>";
    if (kind == u"page-without-main-text")
        return "<html><body><nav><a href=\"/\">Home</a></nav><script>var x;</script>"
               "<footer></footer></body></html>";
    if (kind == u"docx-zip-bomb")
        // Two parts of 300 MB of zeros each (about 600 KB compressed): each under the cap,
        // together over the total one archive may unpack.
        return makeZip({{QStringLiteral("word/styles.xml"), QByteArray(1 << 20, '\0'), false, 300},
                        {QStringLiteral("word/document.xml"), QByteArray(1 << 20, ' '), false, 300}});
    if (kind == u"docx-deep-xml")
        return docxWith(repeated("<w:p>", 100000) + "<w:r><w:t>x</w:t></w:r>" +
                        repeated("</w:p>", 100000));
    if (kind == u"docx-unclosed-xml")
        return docxWith(repeated("<w:p>", 100000) + "<w:r><w:t>x</w:t></w:r>");
    if (kind == u"docx-truncated") {
        const QByteArray full = docxWith("<w:p><w:r><w:t>Hello there.</w:t></w:r></w:p>");
        return full.left(full.size() / 2);
    }
    if (kind == u"pdf-10000-empty-pages")
        return emptyPagesPdf(10000);
    if (kind == u"pdf-corrupt")
        return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
               "2 0 obj << /Type /Pages /Count 1000000000 /Kids [2 0 R] >> endobj\n"
               "trailer << /Root 1 0 R >>\n%%EOF\n";
    if (kind == u"empty")
        return {};
    return {};
}

using testdata::writeFile;

// Tokens inside their text, links that exist: what the comparison relies on.
bool wellFormed(const Document &d) {
    for (const Block &b : d.blocks)
        for (const Token &t : b.tokens)
            if (t.length == 0 || qsizetype(t.end()) > b.text.size() || t.link >= b.links.size())
                return false;
    return true;
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT
private slots:
    void hostile_data();
    void hostile();
    void growingFile();
    void vanishingFile();
    void compareHostile_data();
    void compareHostile();
    void cliLeavesInputsAlone();
    void cliLeavesNothingOnFailure();
    void boundedMemory();

private:
    QTemporaryDir m_dir;
};

void TestHostile::hostile_data() {
    // `result`: "ok" for a document, or the start of the expected cause. `blocks`: the number
    // of blocks a correct result has, -1 when any number is right.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("blocks");
    const auto row = [](const char *kind, const char *name, const char *result, int blocks) {
        QTest::newRow(kind) << QString::fromLatin1(kind) << QString::fromLatin1(name)
                            << QString::fromUtf8(result) << blocks;
    };
    row("deep-html", "deep.html", "ok", 1);
    row("deep-html-inline", "inline.html", "ok", 1);
    row("html-many-attributes", "attributes.html", "ok", 1);
    row("deep-md-quotes", "quotes.md", "ok", 1);
    row("deep-md-lists", "lists.md", "ok", 100000);
    row("deep-md-nested-lists", "nested.md", "ok", 1);
    row("deep-md-emphasis", "emphasis.md", "ok", 1);
    row("deep-md-unclosed-emphasis", "unclosed.md", "ok", 1);
    row("deep-md-links", "links.md", "ok", 1);
    row("line-50mb", "line.txt", "ok", 1);
    row("word-1mb", "word.txt", "ok", 1);
    row("paragraphs-1m", "paragraphs.txt", "ok", 1000000);
    row("md-table-wide", "wide.md", "ok", -1);
    row("md-table-long-cell", "cell.md", "ok", -1);
    row("binary", "garbage.txt", "not a text file (binary data)", 0);
    row("nul-in-utf8", "nul.txt", "not a text file (binary data)", 0);
    row("invalid-utf8", "invalid.txt", "ok", 1);
    row("html-resources", "resources.html", "ok", 1);
    row("page-without-main-text", "nav.html", "no main text found on the page", 0);
    row("docx-zip-bomb", "bomb.docx", "too large when unpacked", 0);
    row("docx-deep-xml", "deep.docx", "ok", -1);
    row("docx-unclosed-xml", "unclosed.docx", "a broken DOCX file", 0);
    row("docx-truncated", "truncated.docx", "a broken DOCX file", 0);
    row("pdf-10000-empty-pages", "empty.pdf", "no text in the PDF", 0);
    row("pdf-corrupt", "corrupt.pdf", "", 0); // any clear cause: poppler decides
    row("empty", "empty.txt", "empty file", 0);
    row("missing", "missing.txt", "not found", 0);
    row("directory", "dir.txt", "is a directory", 0);
    row("fifo-without-writer", "fifo.txt", "empty file", 0); // read as a stream, never blocks
    row("device", "zero.txt", "too large", 0);                // read up to the limit
    row("unreadable", "secret.txt", "unreadable", 0);
}

void TestHostile::hostile() {
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, result);
    QFETCH(int, blocks);
    const QString path = m_dir.filePath(name);
    if (kind == u"missing") {
        // nothing there
    } else if (kind == u"directory") {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"fifo-without-writer") {
        // Opening a FIFO without a writer blocks: the loader must open it without waiting.
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"device") {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else if (kind == u"unreadable") {
        if (::geteuid() == 0)
            QSKIP("root reads every file");
        writeFile(m_dir, name, "secret\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    } else {
        writeFile(m_dir, name, hostileBytes(kind));
    }

    QElapsedTimer timer;
    timer.start();
    const LoadResult r = loadDocument(path);
    QVERIFY2(timer.elapsed() < kHangGuardMs, qPrintable(QString::number(timer.elapsed())));
    if (result == u"ok") {
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(wellFormed(r.document));
        if (blocks >= 0)
            QCOMPARE(r.document.blocks.size(), qsizetype(blocks));
    } else {
        QVERIFY2(!r.ok(), "a hostile input was read as a document");
        QVERIFY(!r.cause.trimmed().isEmpty());
        QVERIFY2(r.cause.startsWith(result), qPrintable(r.cause));
    }
}

// A file that grows while it is read: the loader reads what is there when it gets to the end,
// and never more than its limit.
void TestHostile::growingFile() {
    const QString path = writeFile(m_dir, QStringLiteral("growing.txt"), "It begins.\n\n");
    std::atomic_bool stop = false;
    std::thread writer([&] {
        QFile f(path);
        if (!f.open(QIODevice::Append))
            return;
        const QByteArray chunk = repeated("grow grow grow.\n", 64 * 1024); // 1 MB
        for (int i = 0; i < 64 && !stop; ++i) {
            f.write(chunk);
            f.flush();
        }
    });
    QElapsedTimer timer;
    timer.start();
    LoadOptions small;
    small.maxSize = 16 * 1024 * 1024;
    const LoadResult r = loadDocument(path, small);
    stop = true;
    writer.join();
    QVERIFY(timer.elapsed() < kHangGuardMs);
    if (r.ok())
        QVERIFY(wellFormed(r.document));
    else
        QVERIFY2(r.cause.startsWith(u"too large"), qPrintable(r.cause));
}

// A file truncated and removed while it is read: a document of what was read, or a cause.
void TestHostile::vanishingFile() {
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString path = writeFile(m_dir, QStringLiteral("vanishing.txt"),
                                       repeated("going going gone.\n\n", 1024 * 1024));
        std::thread remover([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(attempt * 3));
            ::truncate(QFile::encodeName(path).constData(), 0);
            QFile::remove(path);
        });
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadDocument(path);
        remover.join();
        QVERIFY(timer.elapsed() < kHangGuardMs);
        if (r.ok())
            QVERIFY(wellFormed(r.document));
        else
            QVERIFY2(!r.cause.isEmpty(), "a failure without a cause");
    }
}

// Pairs that are hard for the comparison: a single huge word, many identical paragraphs,
// everything moved.
void TestHostile::compareHostile_data() {
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    const QByteArray word(1024 * 1024, 'a');
    QTest::newRow("1 MB word edited") << word << QByteArray(word).replace(512 * 1024, 1, "b");
    QTest::newRow("identical paragraphs") << repeated("Same words here.\n\n", 5000)
                                          << repeated("Same words here.\n\n", 2500) + "Other.\n\n" +
                                                 repeated("Same words here.\n\n", 2500);
    QByteArray forward, backward;
    for (int i = 0; i < 3000; ++i) {
        forward += "Paragraph " + QByteArray::number(i) + " of the story.\n\n";
        backward.prepend("Paragraph " + QByteArray::number(i) + " of the story.\n\n");
    }
    QTest::newRow("all moved") << forward << backward;
    QTest::newRow("one long paragraph vs many")
        << repeated("word ", 200000) << repeated("word\n\n", 20000);
}

void TestHostile::compareHostile() {
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    const LoadResult ra = readDocument(a, QStringLiteral("a.txt"));
    const LoadResult rb = readDocument(b, QStringLiteral("b.txt"));
    QVERIFY2(ra.ok() && rb.ok(), qPrintable(ra.message() + rb.message()));
    QElapsedTimer timer;
    timer.start();
    const Comparison c = compareDocuments(ra.document, rb.document, CompareOptions{});
    QVERIFY2(timer.elapsed() < kHangGuardMs, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(c.hasChanges());
    QVERIFY(c.similarity >= 0.0 && c.similarity <= 1.0);
}

struct CliRun {
    int code = -1;
    QByteArray err;
};
static CliRun cli(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(STORYDIFF_CLI_PATH), args);
    if (!p.waitForStarted() || !p.waitForFinished(kHangGuardMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

// The inputs' bytes and modification times are the same after a comparison and an HTML
// export; the report loads nothing from outside (no scripts, links or remote sources).
void TestHostile::cliLeavesInputsAlone() {
    const QString a = writeFile(m_dir, QStringLiteral("keep-a.html"),
                                hostileBytes(QStringLiteral("html-resources")));
    const QString b =
        writeFile(m_dir, QStringLiteral("keep-b.md"),
                  "Text [here](http://127.0.0.1:9/x) ![i](http://127.0.0.1:9/i.png)\n");
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-30);
    QList<QByteArray> before;
    for (const QString &path : {a, b}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(past, QFileDevice::FileModificationTime));
        before.append(f.readAll());
    }
    const QString out = m_dir.filePath(QStringLiteral("report.html"));
    QCOMPARE(
        cli({a, b, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), out})
            .code,
        1); // 1: the versions differ
    QVERIFY(cli({a, b}).code == 1);
    for (int i = 0; i < 2; ++i) {
        QFile f(i == 0 ? a : b);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before.at(i));
        QCOMPARE(QFileInfo(f).lastModified().toSecsSinceEpoch(), past.toSecsSinceEpoch());
    }
    QFile report(out);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(report.readAll());
    static const QRegularExpression external(
        QStringLiteral(R"(<script|<link\b|<iframe|<img|@import|url\(|\bsrc\s*=)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = external.match(html);
    QVERIFY2(!m.hasMatch(), qPrintable(m.captured()));
    QVERIFY(html.contains(QLatin1String("&lt;img")) || !html.contains(QLatin1String("x.png")));
}

// A comparison that fails writes nothing: no output file, no temporary file left behind, an
// existing output file untouched.
void TestHostile::cliLeavesNothingOnFailure() {
    QTemporaryDir dir;
    const QString a = writeFile(dir, QStringLiteral("a.txt"), "One.\n");
    const QString b = writeFile(dir, QStringLiteral("b.txt"), "Two.\n");
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    CliRun r =
        cli({a, b, QStringLiteral("-o"), dir.filePath(QStringLiteral("no/such/dir/out.html")),
             QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("out.html: No such file or directory"), r.err.constData());

    r = cli({a, dir.filePath(QStringLiteral("missing.txt")), QStringLiteral("-o"),
             dir.filePath(QStringLiteral("out.html"))});
    QCOMPARE(r.code, 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             before);

    const QString existing = writeFile(dir, QStringLiteral("existing.txt"), "keep me\n");
    r = cli({a, dir.filePath(QStringLiteral("missing.txt")), QStringLiteral("-o"), existing});
    QCOMPARE(r.code, 2);
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me\n"));
}

// After all of the above the process never needed more than a few GB (a leak or an unbounded
// buffer would show here). Sanitizers add their own shadow memory: no bound there.
void TestHostile::boundedMemory() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("sanitizer builds use more memory by design");
#else
    rusage usage{};
    QCOMPARE(::getrusage(RUSAGE_SELF, &usage), 0);
    const qint64 peakMb = qint64(usage.ru_maxrss) / 1024;
    qInfo("peak RSS %lld MB", peakMb);
    QVERIFY2(peakMb < 4096, qPrintable(QString::number(peakMb)));
#endif
}

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // QPdfWriter draws the empty pages
    TestHostile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostile.moc"
