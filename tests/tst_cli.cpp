// storydiff-cli end to end, as scripts and users call it: the real binary through QProcess.
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sampleByDefault();
    void identicalFilesExitZero();
    void jsonFollowsTheContract();
    void longJsonIsWholeAndInOrder();
    void jsonSaysHowAPageWasRead_data();
    void jsonSaysHowAPageWasRead();
    void seedPair();
    void seedPairJson();
    void badInput_data();
    void badInput();
    void outputFileIsAtomic();
    void unwritableOutputLeavesNothing();
    void standardInput();
    void baseOption();
    void threeVersionsCarryCollation();
    void htmlReport();
    void ignoreOptions();
    void usageErrors_data();
    void usageErrors();
    void plainMarkersWhenNotATerminal();
    void colourOnRequest();

private:
    using Run = testdata::CliRun;
    Run cli(const QStringList &args, const QByteArray &input = {});
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

TestCli::Run TestCli::cli(const QStringList &args, const QByteArray &input) {
    return testdata::runCli(args, input, 60000);
}

QString TestCli::write(const QString &name, const QByteArray &bytes) {
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    f.write(bytes);
    return path;
}

void TestCli::initTestCase() { QVERIFY(m_dir.isValid()); }

void TestCli::sampleByDefault() {
    const Run r = cli({});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("--- :/samples/story-v1.txt"));
    QVERIFY(r.out.contains("{+nine+}"));
    QVERIFY(r.err.isEmpty());
}

void TestCli::identicalFilesExitZero() {
    const QString a = write("same1.txt", "One paragraph.\n\nAnother one.\n");
    const QString b = write("same2.txt", "One   paragraph.\r\n\r\nAnother\none.\r\n");
    const Run r = cli({a, b});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains("[-"));
}

// A comparison with tens of thousands of changes is written in parts on all cores: the parts
// must join into one valid document, every change once, in the order of the comparison.
// Each web page's record says how its story was found; other formats have no such field. A
// page with no story container is still read, with a note on standard error.
void TestCli::jsonSaysHowAPageWasRead_data() {
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("extraction");
    QTest::newRow("scored")
        << QByteArray("<body><div><p>The sides agreed, after long talks, to meet again.</p>"
                      "<p>The minister said, at the end, that the talks were useful.</p></div>"
                      "</body>")
        << "scored";
    QTest::newRow("article") << QByteArray("<body><article><p>Short.</p></article></body>")
                             << "article";
    QTest::newRow("fallback") << QByteArray("<body><div>Only a line</div></body>") << "fallback";
}

void TestCli::jsonSaysHowAPageWasRead() {
    QFETCH(QByteArray, page);
    QFETCH(QString, extraction);
    const QString html = write(QStringLiteral("page-%1.html").arg(extraction), page);
    const QString text = write(QStringLiteral("page.txt"), "Short.\n");
    const Run r = cli({QStringLiteral("--format"), QStringLiteral("json"), text, html});
    const QJsonArray docs = QJsonDocument::fromJson(r.out).object().value("documents").toArray();
    QCOMPARE(docs.size(), 2);
    QVERIFY(!docs.at(0).toObject().contains(QLatin1String("extraction")));
    QCOMPARE(docs.at(1).toObject().value("extraction").toString(), extraction);
    QCOMPARE(r.err.contains("no story container found"), extraction == QLatin1String("fallback"));
}

void TestCli::longJsonIsWholeAndInOrder() {
    QByteArray a, b;
    constexpr int kParagraphs = 24000;
    for (int i = 0; i < kParagraphs; ++i) {
        a += "Paragraph " + QByteArray::number(i) + " says \"alpha\" here.\n\n";
        b += "Paragraph " + QByteArray::number(i) + " says \"omega\" here.\n\n";
    }
    const Run r = cli({QStringLiteral("--format"), QStringLiteral("json"), write("long-a.txt", a),
                       write("long-b.txt", b)});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray changes = o.value("comparisons").toArray().first().toObject().value("changes").toArray();
    QCOMPARE(changes.size(), kParagraphs);
    for (int i = 0; i < kParagraphs; ++i) {
        const QJsonObject ch = changes.at(i).toObject();
        QCOMPARE(ch.value("kind").toString(), QStringLiteral("replace"));
        QCOMPARE(ch.value("to").toObject().value("block").toInt(), i);
        QCOMPARE(ch.value("to").toObject().value("text").toString(), QStringLiteral("omega"));
    }
}

void TestCli::jsonFollowsTheContract() {
    const Run r = cli({QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value("format").toString(), QStringLiteral("storydiff"));
    QCOMPARE(o.value("version").toInt(), 3);
    QCOMPARE(o.value("base").toInt(), 0);
    const QJsonArray docs = o.value("documents").toArray();
    QCOMPARE(docs.size(), 3);
    for (const char *key : {"index", "path", "format", "encoding", "title", "blocks", "words"})
        QVERIFY2(docs.first().toObject().contains(QLatin1String(key)), key);
    QCOMPARE(docs.at(0).toObject().value("format").toString(), QStringLiteral("text"));
    QCOMPARE(docs.at(1).toObject().value("format").toString(), QStringLiteral("markdown"));
    const QJsonArray comps = o.value("comparisons").toArray();
    QCOMPARE(comps.size(), 2);
    const QJsonObject c = comps.first().toObject();
    QCOMPARE(c.value("from").toInt(), 0);
    QCOMPARE(c.value("to").toInt(), 1);
    QVERIFY(c.value("similarity").toDouble() > 0.5 && c.value("similarity").toDouble() < 1.0);
    const QJsonObject stats = c.value("stats").toObject();
    for (const char *key : {"inserted_words", "deleted_words", "replaced_words", "moved_blocks", "split_blocks",
                            "merged_blocks", "links_added", "links_removed", "links_changed", "format_changes",
                            "typography_changes"})
        QVERIFY2(stats.value(QLatin1String(key)).isDouble(), key);
    for (const QJsonValue &v : c.value("changes").toArray()) {
        const QJsonObject ch = v.toObject();
        QVERIFY(ch.contains("kind") && ch.contains("from") && ch.contains("to"));
        const QString kind = ch.value("kind").toString();
        if (kind == QLatin1String("insert"))
            QVERIFY(ch.value("from").isNull());
        if (kind == QLatin1String("delete"))
            QVERIFY(ch.value("to").isNull());
        if (kind == QLatin1String("split"))
            QVERIFY(ch.value("to").toObject().value("blocks").toArray().size() >= 2);
        if (kind.startsWith(QLatin1String("link-added")))
            QVERIFY(ch.contains("href"));
        if (kind.startsWith(QLatin1String("format")))
            QVERIFY(ch.contains("style"));
        for (const char *side : {"from", "to"}) {
            const QJsonObject s = ch.value(QLatin1String(side)).toObject();
            if (!s.isEmpty())
                QVERIFY(s.value("text").isString() && (s.contains("block") || s.contains("blocks")));
        }
    }
    // The JSON round-trips: parsed and written again by Qt it parses to the same object.
    QCOMPARE(QJsonDocument::fromJson(QJsonDocument(o).toJson()).object(), o);
}

void TestCli::seedPair() {
    if (testdata::sharedDir().isEmpty())
        QSKIP("../shared is not here");
    const Run r = cli({testdata::seedA(), testdata::seedB()});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("{+No secret message: Lavrov didn't deliver anything from Putin to Trump, says presidential aide+}"));
    QVERIFY(r.out.contains("[-date 2017-05-11 © Global Look Press-]"));
    QVERIFY(r.out.contains("~ link added on \"talks\" -> #"));
    QVERIFY(r.out.contains("split into"));
}

void TestCli::seedPairJson() {
    if (testdata::sharedDir().isEmpty())
        QSKIP("../shared is not here");
    const Run r = cli({QStringLiteral("--format=json"), testdata::seedA(), testdata::seedB()});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray docs = o.value("documents").toArray();
    QCOMPARE(docs.at(0).toObject().value("format").toString(), QStringLiteral("text"));
    QCOMPARE(docs.at(1).toObject().value("format").toString(), QStringLiteral("markdown"));
    const QJsonObject stats = o.value("comparisons").toArray().first().toObject().value("stats").toObject();
    QCOMPARE(stats.value("split_blocks").toInt(), 1);
    QCOMPARE(stats.value("links_added").toInt(), 3);
    QCOMPARE(stats.value("moved_blocks").toInt(), 0);
}

void TestCli::badInput_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing" << "not found";
    QTest::newRow("directory") << "directory" << "is a directory";
    QTest::newRow("empty") << "empty" << "empty file";
    QTest::newRow("binary") << "binary" << "not a text file";
    QTest::newRow("too large for --max-size") << "large" << "too large";
}

void TestCli::badInput() {
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString good = write("good.txt", "Some words.\n");
    QString bad = m_dir.filePath(kind + ".txt");
    QStringList extra;
    if (kind == QLatin1String("directory"))
        QDir(m_dir.path()).mkpath(kind + ".txt");
    else if (kind == QLatin1String("empty"))
        write(kind + ".txt", {});
    else if (kind == QLatin1String("binary"))
        write(kind + ".txt", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    else if (kind == QLatin1String("large")) {
        write(kind + ".txt", QByteArray(5000, 'x'));
        extra << QStringLiteral("--max-size") << QStringLiteral("1K");
    }
    const Run r = cli(extra + QStringList{good, bad});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(bad.toUtf8() + ": " + message.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::outputFileIsAtomic() {
    const QString out = m_dir.filePath("report.json");
    const Run r = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(f.readAll()).isObject());
    // No temporary files left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({"report.json*"}, QDir::Files).size(), 1);
}

void TestCli::unwritableOutputLeavesNothing() {
    const QString out = m_dir.filePath("no/such/dir/report.txt");
    const Run r = cli({QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QFile::encodeName(out) + ": No such file or directory"),
             r.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestCli::standardInput() {
    const QString a = write("stdin-a.txt", "The cat sat.\n");
    const Run r = cli({a, QStringLiteral("-")}, "The dog sat.\n");
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("[-cat-] {+dog+}"));
}

void TestCli::baseOption() {
    const QString a = write("v1.txt", "Alpha beta gamma.\n");
    const QString b = write("v2.txt", "Alpha delta gamma.\n");
    const QString c = write("v3.txt", "Alpha beta gamma.\n");
    const Run r = cli({QStringLiteral("--format=json"), QStringLiteral("--base"), QStringLiteral("3"), a, b, c});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("base").toInt(), 2);
    const QJsonArray comps = o.value("comparisons").toArray();
    QCOMPARE(comps.size(), 2);
    QCOMPARE(comps.at(0).toObject().value("from").toInt(), 2);
    QCOMPARE(comps.at(0).toObject().value("to").toInt(), 0);
    QCOMPARE(comps.at(0).toObject().value("changes").toArray().size(), 0);
    QCOMPARE(comps.at(1).toObject().value("changes").toArray().size(), 1);
}

void TestCli::threeVersionsCarryCollation() {
    const Run r = cli({QStringLiteral("--format=json")}); // the sample: three versions
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray rows = o.value("collation").toObject().value("rows").toArray();
    QVERIFY(rows.size() > 3);
    for (const QJsonValue &v : rows) {
        QCOMPARE(v.toObject().value("texts").toArray().size(), 3);
        QVERIFY(v.toObject().value("agree").isBool());
    }
    const QJsonArray words = o.value("evolution").toObject().value("words").toArray();
    QCOMPARE(words.size(), o.value("documents").toArray().at(2).toObject().value("words").toInt());
    QVERIFY(std::any_of(words.begin(), words.end(), [](const QJsonValue &w) {
        return w.toObject().value("text").toString() == QLatin1String("ceremony") &&
               w.toObject().value("introduced_in").toInt() == 1;
    }));
    const QJsonArray m = o.value("similarity_matrix").toArray();
    QCOMPARE(m.size(), 3);
    QCOMPARE(m.at(1).toArray().at(1).toDouble(), 1.0);
    QCOMPARE(m.at(0).toArray().at(2).toDouble(), m.at(2).toArray().at(0).toDouble());
    // Two versions: no collation.
    const Run two = cli({QStringLiteral("--format=json"), QStringLiteral(":/samples/story-v1.txt"),
                         QStringLiteral(":/samples/story-v2.md")});
    QVERIFY(!QJsonDocument::fromJson(two.out).object().contains("collation"));
}

void TestCli::htmlReport() {
    const QString out = m_dir.filePath("report.html");
    const Run r = cli({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 1);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray html = f.readAll();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(html.contains("All versions aligned")); // three versions: the collation table
    QVERIFY(html.contains("k-link-added"));
}

void TestCli::ignoreOptions() {
    const QString a = write("opt-a.md", "\"Quoted\" words -- and [a link](#x) and *style*.\n");
    const QString b = write("opt-b.md", u"“QUOTED” words — and [a link](#y) and style.\n"_qs.toUtf8());
    QCOMPARE(cli({a, b}).code, 1);
    const Run r = cli({QStringLiteral("--ignore-case"), QStringLiteral("--ignore-typography"),
                       QStringLiteral("--ignore-links"), QStringLiteral("--ignore-formatting"), a, b});
    QCOMPARE(r.code, 0);
}

void TestCli::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("one file") << QStringList{"x.txt"} << "needs at least two files";
    QTest::newRow("unknown format") << QStringList{"--format", "yaml", "a", "b"} << "unknown --format";
    QTest::newRow("bad base") << QStringList{"--base", "7", "a", "b"} << "--base must be";
    QTest::newRow("unknown option") << QStringList{"--frobnicate", "a", "b"} << "Unknown option";
    QTest::newRow("bad max size") << QStringList{"--max-size", "lots", "a", "b"} << "is not a size";
}

void TestCli::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

void TestCli::plainMarkersWhenNotATerminal() {
    const Run r = cli({});
    QVERIFY(!r.out.contains("\x1b["));
    QVERIFY(r.out.contains("[-") && r.out.contains("{+"));
}

void TestCli::colourOnRequest() {
    const Run r = cli({QStringLiteral("--color=always")});
    QVERIFY(r.out.contains("\x1b[32;4m"));
    QVERIFY(!r.out.contains("{+"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
