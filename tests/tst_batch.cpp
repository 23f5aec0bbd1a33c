// SPDX-License-Identifier: GPL-3.0-or-later
// storydiff-cli --batch end to end (the real binary through QProcess): a folder of copies of two
// stories and an unrelated one, built here; JSON lines, matrix, clusters, --base, manifests,
// standard input, resume and unreadable files.
#include "testutil.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestBatch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void allPairsOfAFolder();
    void matrixAndClusters();
    void baseFile();
    void manifestWithQuotedPaths();
    void resumeAfterTruncation();
    void resumeAfterInterrupt();
    void pairsFromStandardInput();
    void badFilesAreSkipped();
    void manifestWithMissingFile();
    void usageErrors();

private:
    using Run = testdata::CliRun;
    Run cli(const QStringList &args, const QByteArray &input = {});
    QString write(const QString &name, const QByteArray &bytes);
    static QList<QByteArray> lines(const QByteArray &data);
    static QList<QByteArray> readLines(const QString &path);
    static QList<QStringList> readCsv(const QString &path);
    QString stories() const { return m_dir.filePath(QStringLiteral("stories")); }
    QString story(const char *name) const { return stories() + u'/' + QLatin1String(name); }
    QTemporaryDir m_dir;
};

namespace {

// A story of `paragraphs` paragraphs of 40 words from its own vocabulary (prefix): two stories
// with different prefixes share no word, so their similarity is near 0.
QList<QStringList> makeStory(const QString &prefix, quint32 seed, int paragraphs) {
    QRandomGenerator rng(seed);
    static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pu"};
    QList<QStringList> story;
    for (int p = 0; p < paragraphs; ++p) {
        QStringList words;
        for (int w = 0; w < 40; ++w) {
            QString word = prefix;
            for (int s = 0; s < 3; ++s)
                word += QLatin1String(syllables[rng.bounded(10)]);
            words.append(word);
        }
        story.append(words);
    }
    return story;
}

QByteArray render(const QList<QStringList> &story) {
    QStringList paragraphs;
    for (const QStringList &p : story)
        paragraphs.append(p.join(u' ') + u'.');
    return paragraphs.join(QStringLiteral("\n\n")).toUtf8() + '\n';
}

// Replaces `count` words of paragraph `p` from word `at`.
QList<QStringList> edited(QList<QStringList> story, int p, int at, int count) {
    for (int i = 0; i < count; ++i)
        story[p][at + i] = QStringLiteral("edit%1x%2").arg(p).arg(i);
    return story;
}

} // namespace

TestBatch::Run TestBatch::cli(const QStringList &args, const QByteArray &input) {
    return testdata::runCli(args, input, 120000);
}

QString TestBatch::write(const QString &name, const QByteArray &bytes) {
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    f.write(bytes);
    return path;
}

QList<QByteArray> TestBatch::lines(const QByteArray &data) {
    QList<QByteArray> result = data.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

QList<QByteArray> TestBatch::readLines(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? lines(f.readAll()) : QList<QByteArray>{};
}

QList<QStringList> TestBatch::readCsv(const QString &path) {
    QList<QStringList> rows;
    for (const QByteArray &line : readLines(path))
        rows.append(QString::fromUtf8(line).split(u','));
    return rows;
}

// stories/: a1..a3 copies of story A (a1 the original, a2 and a3 each edited elsewhere), b1 and
// b2 copies of story B, z an unrelated story. Sorted: a1 a2 a3 b1 b2 z: 15 pairs.
void TestBatch::initTestCase() {
    QVERIFY(m_dir.isValid());
    const auto a = makeStory(QStringLiteral("a"), 1, 6);
    const auto b = makeStory(QStringLiteral("b"), 2, 6);
    write("stories/a1.txt", render(a));
    write("stories/a2.txt", render(edited(a, 1, 5, 6)));
    write("stories/a3.txt", render(edited(a, 4, 10, 8)));
    write("stories/b1.txt", render(b));
    write("stories/b2.txt", render(edited(b, 2, 0, 10)));
    write("stories/z.txt", render(makeStory(QStringLiteral("z"), 3, 6)));
}

void TestBatch::allPairsOfAFolder() {
    const QString out = m_dir.filePath("all.jsonl");
    const Run r = cli({"--batch", stories(), "--output", out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress: stderr is not a terminal
    QVERIFY(r.out.isEmpty());
    const QList<QByteArray> ls = readLines(out);
    QCOMPARE(ls.size(), 15);
    const QStringList names = {"a1.txt", "a2.txt", "a3.txt", "b1.txt", "b2.txt", "z.txt"};
    int k = 0;
    for (int i = 0; i < names.size(); ++i)
        for (int j = i + 1; j < names.size(); ++j, ++k) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(ls.at(k), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            // Pair order, whatever order the workers finished in.
            QCOMPARE(o.value("a").toString(), story(qPrintable(names.at(i))));
            QCOMPARE(o.value("b").toString(), story(qPrintable(names.at(j))));
            QVERIFY(o.value("similarity").isDouble());
            QVERIFY(o.value("stats").toObject().value("inserted_words").isDouble());
            QVERIFY(o.value("changes").isArray());
        }
    // The same run on one thread writes the same bytes.
    const QString one = m_dir.filePath("one.jsonl");
    QCOMPARE(cli({"--batch", stories(), "--output", one, "--jobs", "1"}).code, 1);
    QCOMPARE(readLines(one), ls);
    // To standard output as well.
    const Run s = cli({"--batch", stories()});
    QCOMPARE(s.code, 1);
    QCOMPARE(lines(s.out), ls);
}

void TestBatch::matrixAndClusters() {
    const QString matrix = m_dir.filePath("m.csv"), clusters = m_dir.filePath("c.csv");
    const Run r = cli({"--batch", stories(), "--output", m_dir.filePath("mc.jsonl"), "--matrix",
                       matrix, "--clusters", clusters});
    QCOMPARE(r.code, 1);
    const QList<QStringList> m = readCsv(matrix);
    QCOMPARE(m.size(), 7);
    QCOMPARE(m.first().first(), QStringLiteral("path"));
    QCOMPARE(m.first().mid(1).size(), 6);
    for (int i = 1; i <= 6; ++i) {
        QCOMPARE(m.at(i).size(), 7);
        QCOMPARE(m.at(i).first(), m.first().at(i));
        QCOMPARE(m.at(i).at(i), QStringLiteral("1"));
        for (int j = 1; j <= 6; ++j)
            QCOMPARE(m.at(i).at(j), m.at(j).at(i)); // symmetric
    }
    const auto sim = [&](int i, int j) { return m.at(i).at(j).toDouble(); };
    QVERIFY(sim(1, 2) > 0.8 && sim(1, 2) < 1); // a1 a2
    QVERIFY(sim(1, 3) > 0.8);                  // a1 a3
    QVERIFY(sim(2, 3) > 0.5);                  // a2 a3, both edited
    QVERIFY(sim(4, 5) > 0.5);                  // b1 b2
    QVERIFY(sim(1, 4) < 0.5 && sim(3, 5) < 0.5 && sim(1, 6) < 0.5 && sim(4, 6) < 0.5);

    const QList<QStringList> c = readCsv(clusters);
    QCOMPARE(c.size(), 7);
    QCOMPARE(c.first(), QStringList({"path", "cluster", "source"}));
    QCOMPARE(c.at(1), QStringList({story("a1.txt"), "1", "1"}));
    QCOMPARE(c.at(2), QStringList({story("a2.txt"), "1", "0"}));
    QCOMPARE(c.at(3), QStringList({story("a3.txt"), "1", "0"}));
    QCOMPARE(c.at(4), QStringList({story("b1.txt"), "2", "1"}));
    QCOMPARE(c.at(5), QStringList({story("b2.txt"), "2", "0"}));
    QCOMPARE(c.at(6), QStringList({story("z.txt"), "3", "1"}));

    // A threshold above every similarity: each file is its own group.
    QCOMPARE(cli({"--batch", stories(), "--output", m_dir.filePath("mc.jsonl"), "--clusters",
                  clusters, "--threshold", "0.999"})
                 .code,
             1);
    const QList<QStringList> alone = readCsv(clusters);
    for (int i = 1; i <= 6; ++i)
        QCOMPARE(alone.at(i).at(1), QString::number(i));
}

void TestBatch::baseFile() {
    const QString out = m_dir.filePath("base.jsonl"), matrix = m_dir.filePath("base.csv");
    const Run r =
        cli({"--batch", stories(), "--base", story("a1.txt"), "--output", out, "--matrix", matrix});
    QCOMPARE(r.code, 1);
    const QList<QByteArray> ls = readLines(out);
    QCOMPARE(ls.size(), 5); // a1 with each of the five others
    QStringList bs;
    for (const QByteArray &l : ls) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        QCOMPARE(o.value("a").toString(), story("a1.txt"));
        bs.append(QFileInfo(o.value("b").toString()).fileName());
    }
    QCOMPARE(bs, QStringList({"a2.txt", "a3.txt", "b1.txt", "b2.txt", "z.txt"}));
    // Pairs without the base were not compared: empty cells.
    const QList<QStringList> m = readCsv(matrix);
    QCOMPARE(m.size(), 7);
    QCOMPARE(m.at(1).first(), story("a1.txt"));
    QVERIFY(!m.at(1).at(2).isEmpty());
    QVERIFY(m.at(2).at(3).isEmpty());

    // A base outside the folder.
    const QString outside = write("outside.txt", render(makeStory(QStringLiteral("a"), 1, 6)));
    const Run o = cli({"--batch", stories(), "--base", outside});
    QCOMPARE(o.code, 1);
    QCOMPARE(lines(o.out).size(), 6);
    QVERIFY(QJsonDocument::fromJson(lines(o.out).first()).object().value("similarity").toDouble() ==
            1.0);
}

void TestBatch::manifestWithQuotedPaths() {
    QDir().mkpath(m_dir.filePath("man/sub"));
    QFile::copy(story("a1.txt"), m_dir.filePath("man/copy, one.txt"));
    QFile::copy(story("a2.txt"), m_dir.filePath("man/sub/say \"hi\".txt"));
    QFile::copy(story("b1.txt"), m_dir.filePath("man/b1.txt"));
    const QString manifest =
        write("man/pairs.csv", "a,b\r\n"
                               "\"copy, one.txt\",\"sub/say \"\"hi\"\".txt\"\r\n"
                               "\r\n"
                               "b1.txt, \"copy, one.txt\"\r\n");
    const QString matrix = m_dir.filePath("man.csv");
    const Run r = cli({"--batch", manifest, "--matrix", matrix});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QList<QByteArray> ls = lines(r.out);
    QCOMPARE(ls.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(ls.at(0)).object();
    QCOMPARE(first.value("a").toString(), m_dir.filePath("man/copy, one.txt"));
    QCOMPARE(first.value("b").toString(), m_dir.filePath("man/sub/say \"hi\".txt"));
    QVERIFY(first.value("similarity").toDouble() > 0.8);
    const QJsonObject second = QJsonDocument::fromJson(ls.at(1)).object();
    QCOMPARE(second.value("a").toString(), m_dir.filePath("man/b1.txt"));
    // Three files; b1 and "say hi" were never compared: an empty cell. Paths are CSV-quoted.
    QFile f(matrix);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("path,\"" + m_dir.filePath("man/copy, one.txt").toUtf8() + "\",\""));
    QVERIFY(csv.contains("\"\"hi\"\".txt\""));
    QCOMPARE(lines(csv).size(), 4);
    QVERIFY(lines(csv).at(3).endsWith(",,1"));
}

void TestBatch::resumeAfterTruncation() {
    const QString full = m_dir.filePath("full.jsonl"), fullMatrix = m_dir.filePath("full.csv");
    QCOMPARE(cli({"--batch", stories(), "--output", full, "--matrix", fullMatrix}).code, 1);
    const QList<QByteArray> all = readLines(full);
    QCOMPARE(all.size(), 15);
    // An interrupted run: the first 4 lines and half of the fifth (a kill during a write).
    const QString part = m_dir.filePath("part.jsonl"), partMatrix = m_dir.filePath("part.csv");
    QByteArray kept;
    for (int i = 0; i < 4; ++i)
        kept += all.at(i) + '\n';
    kept += all.at(4).left(all.at(4).size() / 2);
    write("part.jsonl", kept);
    const Run r = cli({"--batch", stories(), "--output", part, "--resume", "--matrix", partMatrix});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("unfinished line 5"));
    QCOMPARE(readLines(part), all); // same lines, and here even the same order
    QFile a(fullMatrix), b(partMatrix);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll()); // the matrix covers the resumed pairs too
    // Resuming a finished run compares nothing and changes nothing.
    QCOMPARE(cli({"--batch", stories(), "--output", part, "--resume"}).code, 1);
    QCOMPARE(readLines(part), all);
    // Each line names the options its pair was compared with; resuming with others is refused
    // and leaves the file as it was.
    QVERIFY(all.first().contains("\"options\":[]"));
    const Run other = cli({"--batch", stories(), "--output", part, "--resume", "--ignore-case"});
    QCOMPARE(other.code, 2);
    QVERIFY2(other.err.contains("cannot resume") && other.err.contains("--ignore-case"),
             other.err.constData());
    QCOMPARE(readLines(part), all);
}

void TestBatch::resumeAfterInterrupt() {
    // Enough pairs for a run to be stopped in the middle: 24 files, 276 pairs, one thread. A run
    // that finishes first still has to hold the same lines.
    const QString dir = m_dir.filePath("many");
    for (int i = 0; i < 24; ++i)
        write(QStringLiteral("many/s%1.txt").arg(i, 2, 10, QLatin1Char('0')),
              render(edited(makeStory(QStringLiteral("m"), 7, 40), i % 40, 0, 5 + i)));
    const QString out = m_dir.filePath("many.jsonl");
    QProcess p;
    p.start(QStringLiteral(STORYDIFF_CLI_PATH), {"--batch", dir, "--output", out, "--jobs", "1"});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(readLines(out).size() >= 3 || p.state() == QProcess::NotRunning,
                             60000);
    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(60000));
    const QList<QByteArray> partial = readLines(out);
    if (p.exitCode() == 2)
        QVERIFY(p.readAllStandardError().contains("--resume"));
    else
        qInfo("the run finished before SIGTERM; only the resume of a whole file was tested");
    for (const QByteArray &l : partial) // whole lines only
        QVERIFY(QJsonDocument::fromJson(l).isObject());
    const Run r = cli({"--batch", dir, "--output", out, "--resume"});
    QCOMPARE(r.code, 1);
    const QList<QByteArray> resumed = readLines(out);
    QCOMPARE(resumed.size(), 276);
    QCOMPARE(resumed.mid(0, partial.size()), partial);
    const QString fresh = m_dir.filePath("many-fresh.jsonl");
    QCOMPARE(cli({"--batch", dir, "--output", fresh}).code, 1);
    QCOMPARE(resumed, readLines(fresh));
}

void TestBatch::pairsFromStandardInput() {
    const QByteArray input = (story("a1.txt") + "," + story("a2.txt") + "\n" + story("b1.txt") +
                              "\t" + story("z.txt") + "\n")
                                 .toUtf8();
    const Run r = cli({"--batch", "-"}, input);
    QCOMPARE(r.code, 1);
    const QList<QByteArray> ls = lines(r.out);
    QCOMPARE(ls.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(ls.at(1)).object().value("b").toString(), story("z.txt"));
    QVERIFY(QJsonDocument::fromJson(ls.at(1)).object().value("similarity").toDouble() < 0.5);
    // Identical files only: exit 0.
    const Run same = cli({"--batch", "-"}, (story("a1.txt") + "," + story("a1.txt")).toUtf8());
    QCOMPARE(same.code, 0);
    QCOMPARE(lines(same.out).size(), 1);
}

void TestBatch::badFilesAreSkipped() {
    const QString dir = m_dir.filePath("bad");
    QDir().mkpath(dir);
    for (const char *n : {"a1.txt", "a2.txt", "b1.txt"})
        QFile::copy(story(n), dir + u'/' + QLatin1String(n));
    write("bad/blob.bin", QByteArray("\x00\x01\x02\xff\xfe binary \x00\x00", 16).repeated(64));
    const Run r = cli({"--batch", dir, "--clusters", m_dir.filePath("bad.csv")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("blob.bin: not a text file"), r.err.constData());
    QCOMPARE(lines(r.out).size(), 3);                       // the pairs of the three good files
    QCOMPARE(readCsv(m_dir.filePath("bad.csv")).size(), 4); // the blob has no row
}

void TestBatch::manifestWithMissingFile() {
    const QString manifest = write("missing.csv", ("stories/a1.txt,stories/gone.txt\n"
                                                   "stories/a1.txt,stories/a2.txt\n"
                                                   "just one field\n"));
    const Run r = cli({"--batch", manifest});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("gone.txt: not found"), r.err.constData());
    QVERIFY(r.err.contains("missing.csv:3: expected two paths"));
    const QList<QByteArray> ls = lines(r.out);
    QCOMPARE(ls.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(ls.first()).object().value("b").toString(), story("a2.txt"));
}

void TestBatch::usageErrors() {
    QCOMPARE(cli({"--batch", stories(), "--resume"}).code, 2); // --resume needs --output
    QCOMPARE(cli({"--matrix", "m.csv", story("a1.txt"), story("a2.txt")}).code, 2);
    QCOMPARE(cli({"--batch", stories(), "--threshold", "2"}).code, 2);
    QCOMPARE(cli({"--batch", stories(), "--format", "text"}).code, 2);
    QCOMPARE(cli({"--batch", stories(), story("a1.txt")}).code, 2);
    const Run gone = cli({"--batch", m_dir.filePath("no-such-manifest.csv")});
    QCOMPARE(gone.code, 2);
    QVERIFY(gone.err.contains("not found"));
    // Normal mode keeps --base N.
    QCOMPARE(cli({"--base", "2", story("a1.txt"), story("a2.txt")}).code, 1);
    const Run help = cli({"--help"});
    QVERIFY(help.out.contains("--batch") && help.out.contains("--resume"));
}

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
