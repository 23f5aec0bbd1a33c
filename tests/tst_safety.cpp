// SPDX-License-Identifier: GPL-3.0-or-later
// storydiff-cli never harms the user's files, disk or terminal (issue 14): outputs that are
// inputs or devices, full disks and closed pipes, control characters in stories and file
// names, running out of memory, CSV formulas, poppler's messages. Runs the real binary.
#include "testutil.h"
#include "util/outputfile.h"

#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <thread>

using testdata::CliRun;

namespace {

using testdata::writeFile;

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// The CLI with an environment variable set and standard output sent to a file.
CliRun cliWith(const QStringList &args, const QString &stdoutFile = {},
               const QByteArray &envName = {}, const QByteArray &envValue = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!envName.isEmpty())
        env.insert(QString::fromLatin1(envName), QString::fromLatin1(envValue));
    p.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(QStringLiteral(STORYDIFF_CLI_PATH), args);
    if (!p.waitForStarted() || !p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// A shell line, for pipes, ulimit and process substitution.
CliRun shell(const QString &script, const QString &shellPath = QStringLiteral("/bin/sh")) {
    QProcess p;
    p.start(shellPath, {QStringLiteral("-c"), script});
    if (!p.waitForStarted() || !p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString quotedCli() {
    return QStringLiteral("'%1'").arg(QStringLiteral(STORYDIFF_CLI_PATH));
}

// A story of `paragraphs` paragraphs of varied words; `edit` changes every 7th word.
QByteArray story(int paragraphs, bool edit) {
    static const char *words[] = {"river",  "lantern", "quiet",  "harbour", "mist",  "signal",
                                  "copper", "orchard", "window", "thunder", "meadow"};
    QByteArray out;
    int n = 0;
    for (int p = 0; p < paragraphs; ++p) {
        for (int w = 0; w < 40; ++w, ++n)
            out += QByteArray(edit && n % 7 == 0 ? "changed" : words[(n * 7 + p) % 11]) + ' ';
        out += ".\n\n";
    }
    return out;
}

bool isCharDevice(const QString &path) {
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

// The bytes a terminal would act on: C0 controls but tab and line feed, DEL, and C1 controls
// (U+0080..U+009F, UTF-8 C2 80..C2 9F). Our own colour sequences are taken out first.
QByteArray hiddenControls(QByteArray out) {
    for (const char *own : {"\x1b[31;9m", "\x1b[32;4m", "\x1b[36m", "\x1b[1m", "\x1b[0m"})
        out.replace(own, "");
    QByteArray found;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const auto c = quint8(out.at(i));
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F ||
            (c == 0xC2 && i + 1 < out.size() && quint8(out.at(i + 1)) >= 0x80 &&
             quint8(out.at(i + 1)) <= 0x9F))
            found += QByteArray::number(c, 16) + ' ';
    }
    return found;
}

} // namespace

class TestSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void outputIsAnInput_data();
    void outputIsAnInput();
    void deviceOutputs_data();
    void deviceOutputs();
    void fifoOutput();
    void inheritedDescriptors_data();
    void inheritedDescriptors();
    void diskFull_data();
    void diskFull();
    void smallTmpfs();
    void brokenPipeIsQuiet();
    void controlsShown_data();
    void controlsShown();
    void controlsInFileNames();
    void outOfMemory();
    void percentInNames();
    void streamsAndPipes();
    void csvFormulas();
    void popplerMessages();

private:
    QTemporaryDir m_dir;
    QString m_a, m_b;
};

void TestSafety::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_a = writeFile(m_dir, QStringLiteral("a.txt"), "The cat sat on the mat.\n");
    m_b = writeFile(m_dir, QStringLiteral("b.txt"), "The dog sat on the mat.\n");
}

// Item 1: an output that is one of the inputs is refused before anything is written, under
// every name the input may have: itself, a symlink, a hard link; in batch mode too.
void TestSafety::outputIsAnInput_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("input itself") << "pair"
                                  << "b.txt" << QByteArray("b.txt: is one of the inputs");
    QTest::newRow("symlink to input") << "pair"
                                      << "link.txt" << QByteArray("is the input");
    QTest::newRow("hard link to input") << "pair"
                                        << "hard.txt" << QByteArray("is the input");
    QTest::newRow("html report over input") << "html"
                                            << "a.txt" << QByteArray("not overwritten");
    QTest::newRow("batch lines over a story") << "batch"
                                              << "a.txt" << QByteArray("did not write");
    QTest::newRow("batch matrix over a story") << "matrix"
                                               << "b.txt" << QByteArray("not overwritten");
    QTest::newRow("manifest output over input") << "manifest"
                                                << "b.txt" << QByteArray("is one of the inputs");
}

void TestSafety::outputIsAnInput() {
    QFETCH(QString, mode);
    QFETCH(QString, target);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const QString a = writeFile(dir, QStringLiteral("a.txt"), readFile(m_a));
    const QString b = writeFile(dir, QStringLiteral("b.txt"), readFile(m_b));
    QVERIFY(QFile::link(b, dir.filePath(QStringLiteral("link.txt"))));
    QCOMPARE(::link(QFile::encodeName(b).constData(),
                    QFile::encodeName(dir.filePath(QStringLiteral("hard.txt"))).constData()),
             0);
    const QString out = dir.filePath(target);
    const QByteArray before = readFile(out);
    QStringList args;
    if (mode == u"pair" || mode == u"html")
        args = {a,
                b,
                QStringLiteral("-o"),
                out,
                QStringLiteral("--format"),
                mode == u"html" ? QStringLiteral("html") : QStringLiteral("text")};
    else if (mode == u"batch")
        args = {QStringLiteral("--batch"), dir.path(), QStringLiteral("-o"), out};
    else if (mode == u"matrix")
        args = {QStringLiteral("--batch"), dir.path(), QStringLiteral("--matrix"), out};
    else
        args = {QStringLiteral("--batch"),
                writeFile(dir, QStringLiteral("pairs.csv"), "a.txt,b.txt\n"), QStringLiteral("-o"),
                out};
    const CliRun r = testdata::runCli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QCOMPARE(readFile(out), before);
    QCOMPARE(readFile(b), readFile(m_b));
}

// Item 1: a device is written to, never replaced by a regular file (QSaveFile would rename
// its temporary file over it when run as root).
void TestSafety::deviceOutputs_data() {
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("mknod");
    QTest::newRow("-o /dev/null") << "-o" << false;
    QTest::newRow("--format html -o /dev/null") << "html" << false;
    QTest::newRow("--matrix /dev/null") << "--matrix" << false;
    QTest::newRow("--clusters /dev/null") << "--clusters" << false;
    QTest::newRow("batch -o /dev/null") << "batch" << false;
    QTest::newRow("-o mknod device") << "-o" << true;
    QTest::newRow("--matrix mknod device") << "--matrix" << true;
}

void TestSafety::deviceOutputs() {
    QFETCH(QString, option);
    QFETCH(bool, mknod);
    QTemporaryDir dir;
    QString device = QStringLiteral("/dev/null");
    if (mknod) {
        device = dir.filePath(QStringLiteral("null-device"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("mknod needs root");
    }
    QVERIFY(isCharDevice(device));
    const QString stories = QFileInfo(m_a).path();
    QStringList args;
    if (option == u"-o" || option == u"html")
        args = {m_a,
                m_b,
                QStringLiteral("-o"),
                device,
                QStringLiteral("--format"),
                option == u"html" ? QStringLiteral("html") : QStringLiteral("text")};
    else if (option == u"batch")
        args = {QStringLiteral("--batch"), stories, QStringLiteral("-o"), device};
    else
        args = {QStringLiteral("--batch"),
                stories,
                option,
                device,
                QStringLiteral("-o"),
                dir.filePath(QStringLiteral("lines.jsonl"))};
    const CliRun r = testdata::runCli(args);
    QVERIFY2(r.code == 1, r.err.constData()); // the stories differ; nothing went wrong
    QVERIFY(isCharDevice(device));
    QVERIFY(!QFileInfo::exists(device + QStringLiteral(".tmp")));
}

// Item 1: a FIFO gets the report through itself, and stays a FIFO.
void TestSafety::fifoOutput() {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("report.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&] {
        QFile f(fifo);
        if (f.open(QIODevice::ReadOnly))
            received = f.readAll();
    });
    const CliRun r = testdata::runCli({m_a, m_b, QStringLiteral("-o"), fifo});
    reader.join();
    QCOMPARE(r.code, 1);
    QVERIFY2(received.contains("{+dog+}"), received.constData());
    struct stat st {};
    QVERIFY(::stat(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode));
}

// The descriptors an output path names, as the regular expression ^/(?:dev/fd|proc/self/fd)/
// (\d{1,6})$ took them before a hand-written scan replaced it ($ also before a final '\n').
void TestSafety::inheritedDescriptors_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("fd"); // -1: an ordinary path
    QTest::newRow("stdout") << "/dev/stdout" << 1;
    QTest::newRow("stderr") << "/dev/stderr" << 2;
    QTest::newRow("dev fd") << "/dev/fd/3" << 3;
    QTest::newRow("proc self fd") << "/proc/self/fd/12" << 12;
    QTest::newRow("six digits") << "/dev/fd/000007" << 7;
    QTest::newRow("line end after") << "/dev/fd/3\n" << 3;
    QTest::newRow("seven digits") << "/dev/fd/1234567" << -1;
    QTest::newRow("no digits") << "/dev/fd/" << -1;
    QTest::newRow("two line ends") << "/dev/fd/3\n\n" << -1;
    QTest::newRow("space after") << "/dev/fd/3 " << -1;
    QTest::newRow("negative") << "/dev/fd/-1" << -1;
    QTest::newRow("letter after") << "/dev/fd/3a" << -1;
    QTest::newRow("relative") << "dev/fd/3" << -1;
    QTest::newRow("arabic digit") << QString::fromUtf8("/dev/fd/\u0663") << -1;
    QTest::newRow("no slash") << "/proc/self/fd3" << -1;
    QTest::newRow("deeper") << "/dev/fd/3/x" << -1;
    QTest::newRow("another process") << "/proc/1/fd/3" << -1;
    QTest::newRow("stdout with line end") << "/dev/stdout\n" << -1;
}

void TestSafety::inheritedDescriptors() {
    QFETCH(QString, path);
    QFETCH(int, fd);
    QCOMPARE(sd::inheritedDescriptor(path), fd);
}

// Item 2: a write that fails (the test hook fills the disk after 100 bytes; /dev/full is full
// from the start) names the file and the cause, exits 2 and keeps the old file whole.
void TestSafety::diskFull_data() {
    QTest::addColumn<QStringList>("args"); // OUT stands for the output file
    QTest::addColumn<bool>("devFull");
    const QString a = QStringLiteral("A"), b = QStringLiteral("B"), out = QStringLiteral("OUT");
    QTest::newRow("text -o") << QStringList{a, b, "-o", out} << false;
    QTest::newRow("json -o") << QStringList{a, b, "--format", "json", "-o", out} << false;
    QTest::newRow("html -o") << QStringList{a, b, "--format", "html", "-o", out} << false;
    QTest::newRow("batch --matrix") << QStringList{"--batch", "DIR", "--matrix", out} << false;
    QTest::newRow("batch lines -o") << QStringList{"--batch", "DIR", "-o", out} << false;
    QTest::newRow("text > /dev/full") << QStringList{a, b} << true;
    QTest::newRow("text -o /dev/full") << QStringList{a, b, "-o", "/dev/full"} << true;
    QTest::newRow("batch > /dev/full") << QStringList{"--batch", "DIR"} << true;
}

void TestSafety::diskFull() {
    QFETCH(QStringList, args);
    QFETCH(bool, devFull);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("old-output"));
    const QByteArray old(5000, 'k'); // "a good existing file"
    writeFile(dir, QStringLiteral("old-output"), old);
    const QByteArray big = story(40, false);
    for (QString &arg : args) {
        if (arg == u"A")
            arg = writeFile(dir, QStringLiteral("a.txt"), big);
        else if (arg == u"B")
            arg = writeFile(dir, QStringLiteral("b.txt"), story(40, true));
        else if (arg == u"OUT")
            arg = out;
        else if (arg == u"LINES")
            arg = dir.filePath(QStringLiteral("lines.jsonl"));
        else if (arg == u"DIR")
            arg = QFileInfo(m_a).path();
    }
    const CliRun r = devFull ? cliWith(args, QStringLiteral("/dev/full"))
                             : cliWith(args, {}, "STORYDIFF_TEST_DISK_FULL_AFTER", "100");
    QCOMPARE(r.code, 2);
    const QByteArray who =
        devFull ? (args.contains(QStringLiteral("/dev/full")) ? QByteArray("/dev/full")
                                                              : QByteArray("standard output"))
                : QFile::encodeName(out);
    QVERIFY2(r.err.contains("storydiff-cli: " + who + ": No space left on device"),
             r.err.constData());
    // The old file is kept whole; batch lines are appended line by line (by design): the
    // lines there are whole.
    const bool lines = args.first() == u"--batch" && !args.contains(QStringLiteral("--matrix"));
    if (!devFull && !lines)
        QCOMPARE(readFile(out), old);
    if (!devFull && lines)
        QVERIFY(readFile(out).isEmpty() || readFile(out).endsWith('\n'));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.tmp"), QStringLiteral("old-output.*")}),
             QStringList());
}

// Item 2 on a real full disk: a 1 MB tmpfs (root only; skipped where mount is not allowed).
void TestSafety::smallTmpfs() {
    if (::geteuid() != 0)
        QSKIP("mounting a tmpfs needs root");
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mountPoint}) != 0)
        QSKIP("mount -t tmpfs is not allowed here");
    const auto unmount =
        qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
    const QString a = writeFile(dir, QStringLiteral("a.txt"), story(1500, false));
    const QString b = writeFile(dir, QStringLiteral("b.txt"), story(1500, true));
    const QString out = mountPoint + QStringLiteral("/report.html");
    const QByteArray old = "<p>the old report</p>\n";
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(old) == old.size());
    f.close();
    const CliRun r = testdata::runCli(
        {a, b, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QFile::encodeName(out) + ": No space left on device"),
             r.err.constData());
    QCOMPARE(readFile(out), old);
    QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden), QStringList{"report.html"});
}

// Item 2: a reader that goes away (EPIPE with SIGPIPE ignored, as some shells and Python
// leave it) ends the run quietly, as diff does.
void TestSafety::brokenPipeIsQuiet() {
    QTemporaryDir dir;
    const QString a = writeFile(dir, QStringLiteral("a.txt"), story(600, false));
    const QString b = writeFile(dir, QStringLiteral("b.txt"), story(600, true));
    for (const QString &extra : {QString(), QStringLiteral("--batch '%1'").arg(dir.path())}) {
        const QString files = extra.isEmpty() ? QStringLiteral("'%1' '%2'").arg(a, b) : extra;
        const CliRun r = shell(
            QStringLiteral("trap '' PIPE; %1 %2 | head -c 10 >/dev/null").arg(quotedCli(), files));
        QCOMPARE(r.code, 0); // the shell's status: head's
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
}

// Item 3: controls in the story reach no output raw; they are shown as pictures (ESC as ␛).
void TestSafety::controlsShown_data() {
    QTest::addColumn<QByteArray>("inserted");
    QTest::newRow("SGR reset hides an insertion") << QByteArray("\x1b[0mnew words");
    QTest::newRow("SGR conceal") << QByteArray("\x1b[8msecret\x1b[28m");
    QTest::newRow("clear screen") << QByteArray("\x1b[2J\x1b[H");
    QTest::newRow("OSC 8 fake link")
        << QByteArray("\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\");
    QTest::newRow("OSC 52 paste buffer") << QByteArray("\x1b]52;c;cm0gLXJmIH4=\x07");
    QTest::newRow("C1 CSI") << QByteArray("\xc2\x9b"
                                          "2J text");
    QTest::newRow("backspace and CR")
        << QByteArray("safe\b\b\b\bevil\rline ") + QByteArray(200, 'w'); // under 5% controls
    QTest::newRow("NUL after 64 KB") << QByteArray(70000, 'x') + QByteArray(" \0 end", 6);
}

void TestSafety::controlsShown() {
    QFETCH(QByteArray, inserted);
    QTemporaryDir dir;
    const QString a = writeFile(dir, QStringLiteral("a.txt"), "Before the edit.\n");
    const QString b =
        writeFile(dir, QStringLiteral("b.txt"), "Before " + inserted + " the edit.\n");
    for (const QStringList &extra :
         {QStringList{QStringLiteral("--color=never")},
          QStringList{QStringLiteral("--color=always")},
          QStringList{QStringLiteral("--format"), QStringLiteral("html")}}) {
        const CliRun r = testdata::runCli(QStringList{a, b} + extra);
        QCOMPARE(r.code, 1);
        QCOMPARE(hiddenControls(r.out), QByteArray());
        const bool esc = inserted.contains('\x1b');
        if (esc)
            QVERIFY2(r.out.contains("\xe2\x90\x9b"), r.out.left(300).constData()); // U+241B
    }
}

// Item 3: file names with controls, in the header and in messages.
void TestSafety::controlsInFileNames() {
    QTemporaryDir dir;
    const QString evil =
        writeFile(dir, QStringLiteral("a\x1b[2J\x1b]52;c;eA==\x07.txt"), "One two.\n");
    CliRun r = testdata::runCli({evil, m_b});
    QCOMPARE(r.code, 1);
    QCOMPARE(hiddenControls(r.out), QByteArray());
    QVERIFY(r.out.contains("a\xe2\x90\x9b[2J"));
    r = testdata::runCli({evil + QStringLiteral(".missing"), m_b});
    QCOMPARE(r.code, 2);
    QCOMPARE(hiddenControls(r.err), QByteArray());
    QVERIFY2(r.err.contains("not found"), r.err.constData());
}

// AddressSanitizer reserves terabytes of address space for its shadow memory, so a process
// built with it cannot start under `ulimit -v`: the memory-limit rows need a plain build.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSpaceLimitWorks = false;
#else
constexpr bool kAddressSpaceLimitWorks = true;
#endif

// Item 6: running out of memory is a message and status 2, never an abort (134).
void TestSafety::outOfMemory() {
    if (!kAddressSpaceLimitWorks)
        QSKIP("ulimit -v cannot limit an AddressSanitizer build");
    QTemporaryDir dir;
    const QString a = writeFile(dir, QStringLiteral("a.txt"), story(12000, false));
    const QString b = writeFile(dir, QStringLiteral("b.txt"), story(12000, true));
    const CliRun r =
        shell(QStringLiteral("ulimit -v 300000; exec %1 '%2' '%3' --format html -o '%4'")
                  .arg(quotedCli(), a, b, dir.filePath(QStringLiteral("r.html"))));
    if (r.code == 1)
        QSKIP("the comparison fitted in 300 MB here");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith("storydiff-cli: ") && r.err.contains("out of memory"),
             r.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("r.html"))));
}

// Item 8: "%1" in a file name is not a placeholder for the next QString::arg().
void TestSafety::percentInNames() {
    QTemporaryDir dir;
    const QString name = QStringLiteral("https%3A%2F%2Fexample.org%1%9.txt");
    const QString a = writeFile(dir, name, "One two three.\n");
    const CliRun r = testdata::runCli({a, m_b, QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(name.toUtf8()), r.out.left(2000).constData());
}

// Item 8: pipes are read like standard input: process substitution, a FIFO without writer
// (empty, not a hang), standard input from /dev/zero stops at the limit.
void TestSafety::streamsAndPipes() {
    if (!QFileInfo::exists(QStringLiteral("/bin/bash")))
        QSKIP("needs bash for <(...)");
    CliRun r =
        shell(QStringLiteral("%1 <(printf 'one two\\n') <(printf 'one three\\n')").arg(quotedCli()),
              QStringLiteral("/bin/bash"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("[-two-] {+three+}"), r.out.constData());
    if (!kAddressSpaceLimitWorks)
        QSKIP("ulimit -v cannot limit an AddressSanitizer build (the pipes above passed)");
    r = shell(QStringLiteral("ulimit -v 600000; %1 --max-size 64MB - '%2' < /dev/zero")
                  .arg(quotedCli(), m_a));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("-: too large (over the limit of 64.0 MB)"), r.err.constData());
}

// Item 8: a file name that a spreadsheet would run as a formula is written as text (file
// names come as given from a manifest on standard input).
void TestSafety::csvFormulas() {
    QTemporaryDir dir;
    const QStringList names{"=HYPERLINK(1).txt", "+1.txt", "-2.txt", "@cmd.txt"};
    for (const QString &name : names)
        writeFile(dir, name, "Story " + name.toUtf8() + " words.\n");
    const CliRun r =
        shell(QStringLiteral("cd '%1' && printf '%2\\n%3\\n' | %4 --batch - --matrix m.csv "
                             "--clusters c.csv -o l.jsonl")
                  .arg(dir.path(), names.at(0) + u',' + names.at(1),
                       names.at(2) + u',' + names.at(3), quotedCli()));
    QCOMPARE(r.code, 1);
    for (const QString &csv : {QStringLiteral("m.csv"), QStringLiteral("c.csv")}) {
        const QByteArray text = readFile(dir.filePath(csv));
        QVERIFY2(text.contains("\"'=HYPERLINK(1).txt\""), text.constData());
        QVERIFY2(text.contains("\"'-2.txt\""), text.constData());
        for (const QByteArray &line : text.split('\n'))
            for (const QByteArray &cell : line.split(','))
                QVERIFY2(cell.isEmpty() || !QByteArray("=+-@").contains(cell.at(0)),
                         cell.constData());
    }
}

// Item 8: poppler's own complaints about a damaged PDF do not reach standard error.
void TestSafety::popplerMessages() {
    QTemporaryDir dir;
    const QString pdf = writeFile(dir, QStringLiteral("broken.pdf"),
                                  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                                  "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                                  "3 0 obj << /Type /Page /Parent 2 0 R /Contents 9 0 R >> endobj\n"
                                  "xref\n0 1\nbroken\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const CliRun r = testdata::runCli({pdf, m_a});
    QCOMPARE(r.code, 2);
    for (const QByteArray &line : r.err.trimmed().split('\n'))
        QVERIFY2(line.startsWith("storydiff-cli: "), r.err.constData());
}

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
