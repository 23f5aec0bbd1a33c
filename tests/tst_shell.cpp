// SPDX-License-Identifier: GPL-3.0-or-later
// storydiff-cli as diff(1) users expect it: hunks with context, --brief, --color[=WHEN] and
// NO_COLOR, -i, usage errors, --label, /dev/null and empty files, folders, --text, --encoding
// and file names that are not UTF-8. The real binary through QProcess.
#include "cli/cliinput.h"
#include "cli/gitconvention.h"
#include "output/hunks.h"
#include "testutil.h"
#include "util/folderpairs.h"
#include "util/temporarypath.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

class TestShell : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hunksCoverChangesOnly_data();
    void hunksCoverChangesOnly();
    void contextParagraphs_data();
    void contextParagraphs();
    void longLawIsShort();
    void brief_data();
    void brief();
    void colour_data();
    void colour();
    void ignoreCaseShortOption();
    void usage_data();
    void usage();
    void helpAllListsEveryOption();
    void labels();
    void emptySide_data();
    void emptySide();
    void plurals_data();
    void plurals();
    void folders();
    void firstChangedPairOfFolders();
    void textOfFile();
    void encodingOverride();
    void argumentBytesRoundTrip_data();
    void argumentBytesRoundTrip();
    void latin1FileName_data();
    void latin1FileName();
    void temporaryCopies_data();
    void gitArgumentShape_data();
    void gitArgumentShape();
    void temporaryCopies();

private:
    using Run = testdata::CliRun;
    static Run cli(const QStringList &args, const QStringList &env = {});
    QString write(const QString &name, const QByteArray &bytes);
    // A file named by bytes under the test folder (QFile would name it in UTF-8); removed again
    // by the test, since QTemporaryDir cannot remove names that are not UTF-8.
    QByteArray writeByName(const QByteArray &relative, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

TestShell::Run TestShell::cli(const QStringList &args, const QStringList &env) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"NO_COLOR", "TERM", "GIT_PAGER_IN_USE", "GIT_DIFF_PATH_COUNTER", "GIT_DIFF_PATH_TOTAL"})
        e.remove(QLatin1String(name));
    for (const QString &kv : env)
        e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(STORYDIFF_CLI_PATH), args);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString TestShell::write(const QString &name, const QByteArray &bytes) {
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
    return path;
}

QByteArray TestShell::writeByName(const QByteArray &relative, const QByteArray &bytes) {
    const QByteArray path = QFile::encodeName(m_dir.path()) + '/' + relative;
    FILE *fp = std::fopen(path.constData(), "wb");
    if (!fp || std::fwrite(bytes.constData(), 1, size_t(bytes.size()), fp) != size_t(bytes.size()))
        qFatal("cannot write fixture");
    std::fclose(fp);
    return path;
}

void TestShell::initTestCase() {
    QVERIFY(m_dir.isValid());
}

// Paragraph `i` of a numbered story, "changed" in some of them.
static QByteArray story(int paragraphs, const QList<int> &changed) {
    QByteArray s;
    for (int i = 0; i < paragraphs; ++i)
        s += "Paragraph " + QByteArray::number(i + 1) + " tells of " +
             (changed.contains(i) ? "something else" : "the river") + ".\n\n";
    return s;
}

void TestShell::hunksCoverChangesOnly_data() {
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("context");
    for (quint32 seed = 1; seed <= 4; ++seed)
        for (int context : {0, 1, 3})
            QTest::addRow("seed %u, context %d", seed, context) << seed << context;
}

// Property: each changed paragraph is in a hunk, each shown paragraph is within `context` of a
// changed one in its hunk, and hunks neither overlap nor touch.
void TestShell::hunksCoverChangesOnly() {
    QFETCH(quint32, seed);
    QFETCH(int, context);
    QRandomGenerator rng(seed);
    QList<bool> changed(200);
    for (bool &c : changed)
        c = rng.bounded(10) == 0;
    const QList<sd::Hunk> hunks = sd::selectHunks(changed, context);
    QList<int> inHunk(changed.size(), -1);
    for (qsizetype h = 0; h < hunks.size(); ++h) {
        QVERIFY(hunks[h].begin < hunks[h].end);
        if (h > 0)
            QVERIFY(hunks[h - 1].end < hunks[h].begin);
        for (qint32 k = hunks[h].begin; k < hunks[h].end; ++k)
            inHunk[k] = int(h);
    }
    for (qsizetype k = 0; k < changed.size(); ++k) {
        if (changed[k])
            QVERIFY(inHunk[k] >= 0);
        if (inHunk[k] < 0)
            continue;
        bool near = false;
        for (qsizetype d = -context; d <= context; ++d)
            near = near || (k + d >= 0 && k + d < changed.size() && changed[k + d] &&
                            inHunk[k + d] == inHunk[k]);
        QVERIFY2(near,
                 qPrintable(QStringLiteral("paragraph %1 shown without a change near").arg(k)));
    }
}

void TestShell::contextParagraphs_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<int>>("changed"); // 0-based paragraphs edited in place
    QTest::addColumn<int>("context");
    QTest::newRow("default: one paragraph around") << QStringList{} << QList<int>{4, 14} << 1;
    QTest::newRow("-U 0") << QStringList{"-U", "0"} << QList<int>{4, 14} << 0;
    QTest::newRow("-U3 compact") << QStringList{"-U3"} << QList<int>{4, 14} << 3;
    QTest::newRow("--context 2 at the edges")
        << QStringList{"--context", "2"} << QList<int>{0, 19} << 2;
    QTest::newRow("hunks joined") << QStringList{"--context=5"} << QList<int>{4, 14} << 5;
}

// The hunk headers name exactly the paragraphs diff -U would show, and only those are printed.
void TestShell::contextParagraphs() {
    QFETCH(QStringList, args);
    QFETCH(QList<int>, changed);
    QFETCH(int, context);
    constexpr int kParagraphs = 20;
    const QString a = write("ctx-a.txt", story(kParagraphs, {}));
    const QString b = write("ctx-b.txt", story(kParagraphs, changed));
    const Run r = cli(args + QStringList{a, b});
    QCOMPARE(r.code, 1);
    QList<sd::Hunk> expected;
    for (int c : changed) {
        const sd::Hunk h{std::max(0, c - context), std::min(kParagraphs, c + context + 1)};
        if (!expected.isEmpty() && h.begin <= expected.last().end)
            expected.last().end = h.end;
        else
            expected.append(h);
    }
    QStringList headers, wantHeaders;
    static const QRegularExpression header(QStringLiteral("^@@ .* @@$"),
                                           QRegularExpression::MultilineOption);
    for (const auto &m : header.globalMatch(QString::fromUtf8(r.out)))
        headers << m.captured();
    int shown = 0;
    for (const sd::Hunk &h : expected) {
        wantHeaders << sd::hunkHeader(h.begin, h.end, h.begin, h.end);
        shown += h.end - h.begin;
    }
    QCOMPARE(headers, wantHeaders);
    QCOMPARE(int(r.out.count("Paragraph ")), shown);
    // --context all: every paragraph, no headers.
    const Run all = cli({QStringLiteral("--context"), QStringLiteral("all"), a, b});
    QCOMPARE(int(all.out.count("Paragraph ")), kParagraphs);
    QVERIFY(!all.out.contains("@@"));
}

// The German civil code, 184k words with a few lines changed: a page of output, not the law.
void TestShell::longLawIsShort() {
    const QString dir =
        testdata::sharedDir() + QStringLiteral("/corpus/versions/de-bgb-fulltext-md-long");
    if (testdata::sharedDir().isEmpty() || !QFileInfo::exists(dir))
        QSKIP("../shared is not here");
    const Run r = cli({dir + QStringLiteral("/v1.md"), dir + QStringLiteral("/v2.md")});
    QCOMPARE(r.code, 1);
    const qsizetype lines = r.out.count('\n');
    QVERIFY2(lines < 100, qPrintable(QStringLiteral("%1 lines").arg(lines)));
    QVERIFY(r.out.contains("{+") || r.out.contains("[-"));
}

void TestShell::brief_data() {
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<int>("code");
    QTest::newRow("same") << QByteArray("One paragraph.\n") << 0;
    QTest::newRow("different") << QByteArray("Another paragraph.\n") << 1;
}

void TestShell::brief() {
    QFETCH(QByteArray, second);
    QFETCH(int, code);
    const QString a = write("brief-a.txt", "One paragraph.\n");
    const QString b = write("brief-b.txt", second);
    for (const char *flag : {"-q", "--brief"}) {
        const Run r = cli({QLatin1String(flag), a, b});
        QCOMPARE(r.code, code);
        QCOMPARE(r.out, code ? QStringLiteral("Files %1 and %2 differ\n").arg(a, b).toUtf8()
                             : QByteArray());
    }
}

void TestShell::colour_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<bool>("coloured");
    QTest::newRow("--color alone, then files") << QStringList{"--color"} << QStringList{} << true;
    QTest::newRow("--color=never") << QStringList{"--color=never"} << QStringList{} << false;
    QTest::newRow("auto, not a terminal") << QStringList{} << QStringList{} << false;
    QTest::newRow("auto through git's pager")
        << QStringList{} << QStringList{"GIT_PAGER_IN_USE=true"} << true;
    QTest::newRow("NO_COLOR turns auto off")
        << QStringList{} << QStringList{"GIT_PAGER_IN_USE=true", "NO_COLOR=1"} << false;
    QTest::newRow("empty NO_COLOR does not")
        << QStringList{} << QStringList{"GIT_PAGER_IN_USE=true", "NO_COLOR="} << true;
    QTest::newRow("TERM=dumb turns auto off")
        << QStringList{} << QStringList{"GIT_PAGER_IN_USE=true", "TERM=dumb"} << false;
    QTest::newRow("NO_COLOR leaves always on")
        << QStringList{"--color=always"} << QStringList{"NO_COLOR=1"} << true;
}

void TestShell::colour() {
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(bool, coloured);
    const QString a = write("col-a.txt", "The cat sat.\n");
    const QString b = write("col-b.txt", "The dog sat.\n");
    const Run r = cli(args + QStringList{a, b}, env);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out.contains("\x1b["), coloured);
    QCOMPARE(r.out.contains("{+dog+}"), !coloured);
}

void TestShell::ignoreCaseShortOption() {
    const QString a = write("case-a.txt", "The Cat sat.\n");
    const QString b = write("case-b.txt", "the cat SAT.\n");
    QCOMPARE(cli({a, b}).code, 1);
    QCOMPARE(cli({QStringLiteral("-i"), a, b}).code, 0);
    QCOMPARE(cli({QStringLiteral("--ignore-case"), a, b}).code, 0);
}

void TestShell::usage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no operands") << QStringList{} << "storydiff-cli: missing operand";
    QTest::newRow("options only") << QStringList{"--context", "2"}
                                  << "storydiff-cli: missing operand";
    QTest::newRow("bad context") << QStringList{"-U", "some", "a", "b"} << "--context must be";
    QTest::newRow("unknown encoding")
        << QStringList{"--encoding", "klingon-8", "a", "b"} << "unknown --encoding 'klingon-8'";
    QTest::newRow("more labels than files")
        << QStringList{"--label", "x", "--label", "y", "--label", "z", "a", "b"}
        << "3 --labels given for 2 files";
    QTest::newRow("--text without a file") << QStringList{"--text"} << "--text needs a file";
    QTest::newRow("--sample with files")
        << QStringList{"--sample", "a", "b"} << "--sample compares the bundled story";
}

void TestShell::usage() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

// --help names formats and exit codes; --help-all, every option and how batch mode works.
void TestShell::helpAllListsEveryOption() {
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *s :
         {"Exit status: 0 no change, 1 changes, 2 trouble", "json", "html", "--help-all"})
        QVERIFY2(help.out.contains(s), s);
    const Run all = cli({QStringLiteral("--help-all")});
    QCOMPARE(all.code, 0);
    QVERIFY(!all.out.contains("---")); // not a comparison
    for (const char *s : {"--format",
                          "--output",
                          "--color",
                          "--base",
                          "--max-size",
                          "--ignore-case",
                          "-i,",
                          "--ignore-punctuation",
                          "--ignore-typography",
                          "--ignore-formatting",
                          "--ignore-links",
                          "--context",
                          "-U,",
                          "--brief",
                          "-q,",
                          "--label",
                          "--encoding",
                          "--text",
                          "--sample",
                          "--batch",
                          "--matrix",
                          "--clusters",
                          "--threshold",
                          "--resume",
                          "--jobs",
                          "Batch mode (--batch"})
        QVERIFY2(all.out.contains(s), s);
}

void TestShell::labels() {
    const QString a = write("lab-a.txt", "The cat sat.\n");
    const QString b = write("lab-b.txt", "The dog sat.\n");
    const Run r = cli({QStringLiteral("--label"), QStringLiteral("old story"),
                       QStringLiteral("--label"), QStringLiteral("new story"), a, b});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith("--- old story\n+++ new story\n"), r.out.constData());
    const Run brief =
        cli({QStringLiteral("-q"), QStringLiteral("--label"), QStringLiteral("A"), a, b});
    QCOMPARE(brief.out, QStringLiteral("Files A and %1 differ\n").arg(b).toUtf8());
}

void TestShell::emptySide_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("marked"); // the whole story, as one side sees it
    QTest::newRow("/dev/null: added file") << "/dev/null"
                                           << "story" << 1 << QByteArray("{+Once upon a time.+}");
    QTest::newRow("/dev/null: deleted file")
        << "story"
        << "/dev/null" << 1 << QByteArray("[-Once upon a time.-]");
    QTest::newRow("empty file: added") << "empty"
                                       << "story" << 1 << QByteArray("{+Once upon a time.+}");
    QTest::newRow("empty file: deleted") << "story"
                                         << "empty" << 1 << QByteArray("[-Once upon a time.-]");
    QTest::newRow("both empty") << "empty"
                                << "/dev/null" << 0 << QByteArray();
}

void TestShell::emptySide() {
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, code);
    QFETCH(QByteArray, marked);
    const QString storyFile = write("whole.txt", "Once upon a time.\n\nThe end came.\n");
    const QString emptyFile = write("empty.txt", {});
    const auto pathOf = [&](const QString &w) {
        return w == QLatin1String("story")   ? storyFile
               : w == QLatin1String("empty") ? emptyFile
                                             : w;
    };
    const Run r = cli({pathOf(first), pathOf(second)});
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    if (!marked.isEmpty()) {
        QVERIFY2(r.out.contains(marked), r.out.constData());
        QVERIFY(r.out.contains(QByteArray(marked).replace("Once upon a time.", "The end came.")));
    }
}

void TestShell::plurals_data() {
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QByteArray>("summary");
    QTest::newRow("one word") << QByteArray("The cat sat down.\n")
                              << QByteArray("1 word inserted, 0 deleted");
    QTest::newRow("two words") << QByteArray("The cat sat down there.\n")
                               << QByteArray("2 words inserted, 0 deleted");
}

void TestShell::plurals() {
    QFETCH(QByteArray, second);
    QFETCH(QByteArray, summary);
    const QString a = write("pl-a.txt", "The cat sat.\n");
    const QString b = write("pl-b.txt", second);
    const Run r = cli({a, b});
    QVERIFY2(r.out.contains(summary), r.out.constData());
}

// Two folders, file by file: pairs by relative path (sub-folders too), files on one side only.
void TestShell::folders() {
    const QString left = m_dir.filePath("left"), right = m_dir.filePath("right");
    write("left/same.txt", "Nothing changes here.\n");
    write("right/same.txt", "Nothing changes here.\n");
    write("left/sub/changed.md", "The cat sat.\n");
    write("right/sub/changed.md", "The dog sat.\n");
    write("left/gone.txt", "Deleted story.\n");
    write("right/new.txt", "Added story.\n");
    const QList<QByteArray> odd = {writeByName("left/caf\xe9.txt", "A cold night.\n"),
                                   writeByName("right/caf\xe9.txt", "A warm night.\n"),
                                   writeByName("left/na\xefve.txt", "Gone too.\n")};
    const auto removeOdd = qScopeGuard([&] {
        for (const QByteArray &path : odd)
            ::unlink(path.constData());
    });
    const Run r = cli({left, right});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("--- %1/sub/changed.md\n+++ %2/sub/changed.md\n")
                                .arg(left, right)
                                .toUtf8()),
             r.out.constData());
    QVERIFY(r.out.contains("[-cat-] {+dog+}"));
    QVERIFY(r.out.contains(QStringLiteral("--- %1/caf\\xE9.txt\n").arg(left).toUtf8()));
    QVERIFY(r.out.contains("[-cold-] {+warm+}"));
    QVERIFY(r.out.contains(QStringLiteral("Only in %1: na\\xEFve.txt\n").arg(left).toUtf8()));
    QVERIFY(r.out.contains(QStringLiteral("Only in %1: gone.txt\n").arg(left).toUtf8()));
    QVERIFY(r.out.contains(QStringLiteral("Only in %1: new.txt\n").arg(right).toUtf8()));
    QVERIFY(!r.out.contains("same.txt"));
    const Run brief = cli({QStringLiteral("-q"), left, right});
    QVERIFY(
        brief.out.contains(QStringLiteral("Files %1/sub/changed.md and %2/sub/changed.md differ\n")
                               .arg(left, right)
                               .toUtf8()));
    // The same folder twice: nothing to say.
    const Run same = cli({left, left});
    QCOMPARE(same.code, 0);
    QVERIFY(same.out.isEmpty());
}

// What the app opens for two folders: the first pair, by relative path, whose bytes differ.
void TestShell::firstChangedPairOfFolders() {
    const QString left = m_dir.filePath("pick-left"), right = m_dir.filePath("pick-right");
    write("pick-left/a.txt", "Same.\n");
    write("pick-right/a.txt", "Same.\n");
    write("pick-left/b/only-left.txt", "Alone.\n");
    write("pick-left/c/story.md", "The cat sat.\n");
    write("pick-right/c/story.md", "The dog sat.\n");
    write("pick-left/d.txt", "Also changed.\n");
    write("pick-right/d.txt", "Changed too.\n");
    const auto pair = sd::firstChangedPair(left, right);
    QVERIFY(pair);
    QCOMPARE(pair->first, left + QStringLiteral("/c/story.md"));
    QCOMPARE(pair->second, right + QStringLiteral("/c/story.md"));
    QVERIFY(!sd::firstChangedPair(left, left));
}

// --text: the prose of a file, a paragraph a line with blank lines between, control characters
// (an escape that would recolour the terminal, a right-to-left override) made visible.
void TestShell::textOfFile() {
    const QString md = write("prose.md", "# Title\n\nSome *styled* words\nwrapped here.\n\n"
                                         "Evil \x1b[31mred\xe2\x80\xae text.\n");
    const Run r = cli({QStringLiteral("--text"), md});
    QCOMPARE(r.code, 0);
    QCOMPARE(
        r.out,
        QByteArray(
            "Title\n\nSome styled words wrapped here.\n\nEvil <U+001B>[31mred<U+202E> text.\n"));
    const QString html =
        write("prose.html", "<html><body><p>First <b>one</b>.</p><p>Second.</p></body></html>");
    QCOMPARE(cli({QStringLiteral("--text"), html}).out, QByteArray("First one.\n\nSecond.\n"));
}

void TestShell::encodingOverride() {
    // "Größe" in ISO-8859-1 and in IBM 850 are different bytes; --encoding says which.
    const QString latin1 = write("enc-latin1.txt", "Die Gr\xf6\xdf"
                                                   "e z\xe4hlt.\n");
    const QString cp850 = write("enc-cp850.txt", "Die Gr\x94\xe1"
                                                 "e z\x84hlt.\n");
    const Run a = cli({QStringLiteral("--text"), QStringLiteral("--encoding"),
                       QStringLiteral("ISO-8859-1"), latin1});
    QCOMPARE(a.out, QStringLiteral("Die Größe zählt.\n").toUtf8());
    const Run b = cli({QStringLiteral("--text"), QStringLiteral("--encoding=IBM850"), cp850});
    QCOMPARE(b.out, QStringLiteral("Die Größe zählt.\n").toUtf8());
    QCOMPARE(cli({QStringLiteral("--encoding"), QStringLiteral("IBM850"), cp850, cp850}).code, 0);
}

void TestShell::argumentBytesRoundTrip_data() {
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("visible");
    QTest::newRow("ascii") << QByteArray("story.txt") << "story.txt";
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9.txt") << u"café.txt"_qs;
    QTest::newRow("latin-1 byte") << QByteArray("caf\xe9.txt") << "caf\\xE9.txt";
    QTest::newRow("truncated sequence") << QByteArray("a\xe2\x82") << "a\\xE2\\x82";
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << "\\xC0\\xAF";
    QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << "\\xED\\xA0\\x80";
    QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x93\x96") << u"📖"_qs;
}

void TestShell::argumentBytesRoundTrip() {
    QFETCH(QByteArray, raw);
    QFETCH(QString, visible);
    const QString arg = sd::argumentFromBytes(raw);
    QCOMPARE(sd::argumentToBytes(arg), raw);
    QCOMPARE(sd::visibleName(arg), visible);
}

void TestShell::latin1FileName_data() {
    QTest::addColumn<QString>("second"); // "file", "fifo" or "missing"
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("two files") << "file" << 1
                               << QByteArray("--- caf\\xE9-a.txt\n+++ caf\\xE9-b.txt\n")
                               << QByteArray();
    // A pipe reads as standard input does (issue 14: process substitution); one without a
    // writer is an empty version, not a hang.
    QTest::newRow("a FIFO without writer is empty, not waited on")
        << "fifo" << 1 << QByteArray("--- caf\\xE9-a.txt\n+++ caf\\xE9-b.txt\n") << QByteArray();
    QTest::newRow("missing") << "missing" << 2 << QByteArray()
                             << QByteArray("storydiff-cli: caf\\xE9-b.txt: not found");
}

// A file named in Latin-1 on a UTF-8 system opens, and its name is shown with the byte escaped.
void TestShell::latin1FileName() {
    QFETCH(QString, second);
    QFETCH(int, code);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QList<QByteArray> made{writeByName("caf\xe9-a.txt", "The cat sat.\n")};
    const QByteArray b = QFile::encodeName(m_dir.path()) + "/caf\xe9-b.txt";
    if (second == u"file")
        made << writeByName("caf\xe9-b.txt", "The dog sat.\n");
    if (second == u"fifo") {
        QCOMPARE(::mkfifo(b.constData(), 0600), 0);
        made << b;
    }
    const auto remove = qScopeGuard([&] {
        for (const QByteArray &path : made)
            ::unlink(path.constData());
    });
    // The shell passes the bytes; QProcess would pass UTF-8.
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                   QStringLiteral("exec \"$0\" \"$(printf 'caf\\351-a.txt')\" "
                                                  "\"$(printf 'caf\\351-b.txt')\""),
                                   QStringLiteral(STORYDIFF_CLI_PATH)});
    QVERIFY(p.waitForFinished(20000));
    const QByteArray stdOut = p.readAllStandardOutput(), stdErr = p.readAllStandardError();
    QCOMPARE(p.exitCode(), code);
    QVERIFY2(stdOut.startsWith(out), stdOut.constData());
    QVERIFY2(stdErr.contains(err), stdErr.constData());
    if (second == u"file")
        QVERIFY(stdOut.contains("[-cat-] {+dog+}"));
}

void TestShell::temporaryCopies_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("temporary");
    QTest::newRow("git's blob copy") << "/tmp/git-blob-a1b2c3/story.md" << true;
    QTest::newRow("difftool copy in /tmp") << "/tmp/Xk3f9a_story.md" << true;
    QTest::newRow("dir-diff folder") << "/var/tmp/git-difftool.Ab12/left/story.md" << true;
    QTest::newRow("under $TMPDIR") << QDir::tempPath() + QStringLiteral("/story.md") << true;
    QTest::newRow("mergetool copy beside the file") << "/home/ann/book/ch1_LOCAL_12345.md" << true;
    QTest::newRow("remote copy, no extension") << "/home/ann/book/notes_REMOTE_77" << true;
    QTest::newRow("a story at home") << "/home/ann/book/ch1.md" << false;
    QTest::newRow("a folder named tmp at home") << "/home/ann/tmp/ch1.md" << false;
    QTest::newRow("LOCAL in a real name") << "/home/ann/book/LOCAL_news.md" << false;
}

// Copies git difftool makes for one comparison stay out of Open Recent.
void TestShell::temporaryCopies() {
    QFETCH(QString, path);
    QFETCH(bool, temporary);
    QCOMPARE(sd::isTemporaryCopy(path), temporary);
}

void TestShell::gitArgumentShape_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("fromGit");
    QTest::addColumn<QString>("newPath"); // empty: not git's convention
    const QString sha1 = QStringLiteral("3b18e512dba79e4c8300dd08aeb37f8e728b8dad");
    const QString sha256 = sha1 + QStringLiteral("0123456789abcdef0123456789abcdef").left(24);
    const QString zero(40, u'0');
    QTest::newRow("modified") << QStringList{"s.md", "/tmp/x_s.md", sha1,    "100644",
                                             "s.md", zero,          "100644"}
                              << true << "s.md";
    QTest::newRow("added: /dev/null . .")
        << QStringList{"n.md", "/dev/null", ".", ".", "n.md", sha1, "100755"} << true << "n.md";
    QTest::newRow("sha-256 repository")
        << QStringList{"s.md", "a", sha256, "100644", "s.md", sha256, "120000"} << false << "s.md";
    QTest::newRow("renamed, git's environment")
        << QStringList{"old.md", "a",      sha1,
                       "100644", "b",      sha1,
                       "100644", "new.md", "similarity index 90%"}
        << true << "new.md";
    QTest::newRow("nine arguments without git")
        << QStringList{"old.md", "a", sha1, "100644", "b", sha1, "100644", "new.md", "x"} << false
        << "";
    QTest::newRow("seven story files")
        << QStringList{"1.md", "2.md", "3.md", "4.md", "5.md", "6.md", "7.md"} << true << "";
    QTest::newRow("short hash") << QStringList{"s.md", "a",  sha1.left(12), "100644",
                                               "s.md", sha1, "100644"}
                                << true << "";
    QTest::newRow("capital hex") << QStringList{"s.md", "a",  sha1.toUpper(), "100644",
                                                "s.md", sha1, "100644"}
                                 << true << "";
    QTest::newRow("mode not octal")
        << QStringList{"s.md", "a", sha1, "100684", "s.md", sha1, "100644"} << true << "";
    QTest::newRow("two files") << QStringList{"a.md", "b.md"} << true << "";
}

// git's external-diff arguments are known by their shape: hashes and octal modes in place.
void TestShell::gitArgumentShape() {
    QFETCH(QStringList, args);
    QFETCH(bool, fromGit);
    QFETCH(QString, newPath);
    const std::optional<sd::GitExternalDiff> g = sd::readGitExternalDiff(args, fromGit);
    QCOMPARE(g.has_value(), !newPath.isEmpty());
    if (!g)
        return;
    QCOMPARE(g->oldPath, args.at(0));
    QCOMPARE(g->oldFile, args.at(1));
    QCOMPARE(g->newFile, args.at(4));
    QCOMPARE(g->newPath, newPath);
    QCOMPARE(g->labelNew(), QStringLiteral("b/") + newPath);
}

QTEST_GUILESS_MAIN(TestShell)
#include "tst_shell.moc"
