// SPDX-License-Identifier: GPL-3.0-or-later
// storydiff-cli --batch on generated archives (issue 16), the real binary through QProcess:
// --candidates finds the reprint pairs of the all-pairs run and writes the same comparisons;
// --shard K/N runs merged with --merge-shards are byte for byte the single run's lines,
// matrix and clusters; the merge refuses missing, repeated and unfinished shards.
#include "archivegen.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestBatchArchive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void candidatesAgreeWithAllPairs();
    void shardsMergeToTheSingleRun_data();
    void shardsMergeToTheSingleRun();
    void mergeRefusesBrokenShardSets_data();
    void mergeRefusesBrokenShardSets();
    void optionErrors_data();
    void optionErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString archive() const { return path(QStringLiteral("archive")); }
    QTemporaryDir m_dir;
    sd::archivegen::Archive m_archive;
};

namespace {

using testdata::runCli;

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QList<QByteArray> linesOf(const QByteArray &data) {
    QList<QByteArray> lines = data.split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

// A line without its "passage" (all-pairs lines have none), keyed by its two paths.
QHash<QString, QJsonObject> byPair(const QByteArray &data) {
    QHash<QString, QJsonObject> out;
    for (const QByteArray &line : linesOf(data)) {
        QJsonObject o = QJsonDocument::fromJson(line).object();
        o.remove(QStringLiteral("passage"));
        out.insert(o.value("a").toString() + u'|' + o.value("b").toString(), o);
    }
    return out;
}

} // namespace

void TestBatchArchive::initTestCase() {
    QVERIFY(m_dir.isValid());
    sd::archivegen::ArchiveOptions o;
    o.seed = 16, o.stories = 8, o.minCopies = 2, o.maxCopies = 5, o.unrelated = 40;
    m_archive = sd::archivegen::generateArchive(o);
    QVERIFY(QDir().mkpath(archive()));
    QVERIFY(sd::archivegen::writeArchive(m_archive, archive()));
}

// Every pair the all-pairs run finds above similarity 0.5 is a candidate, and each candidate's
// comparison is the all-pairs run's; far fewer pairs are compared.
void TestBatchArchive::candidatesAgreeWithAllPairs() {
    const auto all = runCli({"--batch", archive()});
    const auto some = runCli({"--batch", archive(), "--candidates"});
    QCOMPARE(all.code, 1);
    QCOMPARE(some.code, 1);
    QCOMPARE(some.err, QByteArray());
    const QHash<QString, QJsonObject> allPairs = byPair(all.out), candidates = byPair(some.out);
    const qsizetype n = m_archive.articles.size();
    QCOMPARE(allPairs.size(), n * (n - 1) / 2);
    int above = 0;
    for (auto it = allPairs.constBegin(); it != allPairs.constEnd(); ++it) {
        if (it->value("similarity").toDouble() <= 0.5)
            continue;
        ++above;
        QVERIFY2(candidates.contains(it.key()), qPrintable(it.key()));
    }
    QVERIFY(above > 0);
    for (auto it = candidates.constBegin(); it != candidates.constEnd(); ++it)
        QCOMPARE(*it, allPairs.value(it.key()));
    QVERIFY(candidates.size() <= m_archive.truePairs().size() * 2);
    // Each candidate line names its passage.
    for (const QByteArray &line : linesOf(some.out))
        QVERIFY(QJsonDocument::fromJson(line).object().contains("passage"));
}

void TestBatchArchive::shardsMergeToTheSingleRun_data() {
    QTest::addColumn<QStringList>("mode");
    QTest::addColumn<int>("shards");
    for (const int n : {1, 2, 3, 5}) {
        QTest::addRow("all pairs, %d shards", n) << QStringList() << n;
        QTest::addRow("candidates, %d shards", n) << QStringList{"--candidates"} << n;
    }
}

void TestBatchArchive::shardsMergeToTheSingleRun() {
    QFETCH(QStringList, mode);
    QFETCH(int, shards);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    const QDir out(path(tag));
    QVERIFY(QDir().mkpath(out.path()));
    const QString threshold = QStringLiteral("0.5");
    const auto single =
        runCli(QStringList{"--batch", archive(), "--output", out.filePath("one.jsonl"), "--matrix",
                           out.filePath("one-m.csv"), "--clusters", out.filePath("one-c.csv")} +
               mode);
    QCOMPARE(single.code, 1);
    QStringList parts;
    for (int k = 1; k <= shards; ++k) {
        const QString part = out.filePath(QStringLiteral("part-%1.jsonl").arg(k));
        const auto r =
            runCli(QStringList{"--batch", archive(), "--shard",
                               QStringLiteral("%1/%2").arg(k).arg(shards), "--output", part} +
                   mode);
        QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
        QVERIFY(QFile::exists(part + ".shard.json"));
        parts.prepend(part); // in any order
    }
    const auto merged = runCli(QStringList{"--merge-shards", "--output", out.filePath("all.jsonl"),
                                           "--matrix", out.filePath("all-m.csv"), "--clusters",
                                           out.filePath("all-c.csv"), "--threshold", threshold} +
                               parts);
    QCOMPARE(merged.err, QByteArray());
    QCOMPARE(merged.code, single.code);
    QCOMPARE(readAll(out.filePath("all.jsonl")), readAll(out.filePath("one.jsonl")));
    QCOMPARE(readAll(out.filePath("all-m.csv")), readAll(out.filePath("one-m.csv")));
    QCOMPARE(readAll(out.filePath("all-c.csv")), readAll(out.filePath("one-c.csv")));
    // The shards' lines are the single run's, each once.
    qsizetype lines = 0;
    for (const QString &p : std::as_const(parts))
        lines += linesOf(readAll(p)).size();
    QCOMPARE(lines, linesOf(readAll(out.filePath("one.jsonl"))).size());
}

void TestBatchArchive::mergeRefusesBrokenShardSets_data() {
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("a shard missing") << "missing" << QByteArray("shards 2 of 3 are missing");
    QTest::newRow("a shard twice") << "twice" << QByteArray("is given twice");
    QTest::newRow("a shard unfinished") << "unfinished" << QByteArray("no finished shard here");
    QTest::newRow("a shard cut short") << "cut" << QByteArray("its summary counts");
    QTest::newRow("another batch") << "other" << QByteArray("is a shard of another batch");
}

void TestBatchArchive::mergeRefusesBrokenShardSets() {
    QFETCH(QString, broken);
    QFETCH(QByteArray, message);
    const QDir out(path(QStringLiteral("broken-") + broken));
    QVERIFY(QDir().mkpath(out.path()));
    QStringList parts;
    for (int k = 1; k <= 3; ++k) {
        parts.append(out.filePath(QStringLiteral("p%1.jsonl").arg(k)));
        const auto r = runCli({"--batch", archive(), "--candidates", "--shard",
                               QStringLiteral("%1/3").arg(k), "--output", parts.last()});
        QVERIFY(r.code == 0 || r.code == 1);
    }
    if (broken == QLatin1String("missing")) {
        parts.removeAt(1);
    } else if (broken == QLatin1String("twice")) {
        parts.append(parts.first());
    } else if (broken == QLatin1String("unfinished")) {
        QVERIFY(QFile::remove(parts.at(1) + ".shard.json"));
    } else if (broken == QLatin1String("cut")) {
        QByteArray data = readAll(parts.at(0));
        QVERIFY(data.count('\n') > 1);
        data.chop(1);
        data.truncate(data.lastIndexOf('\n') + 1);
        QFile f(parts.at(0));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size());
    } else if (broken == QLatin1String("other")) {
        const QString other = out.filePath("other.jsonl");
        const auto r = runCli({"--batch", archive(), "--base", archive() + "/a00000.txt", "--shard",
                               "2/3", "--output", other});
        QVERIFY(r.code == 0 || r.code == 1);
        parts[1] = other;
    }
    const QString merged = out.filePath("merged.jsonl");
    const auto r = runCli(QStringList{"--merge-shards", "--output", merged} + parts);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(merged)); // nothing written
}

void TestBatchArchive::optionErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("shard to stdout")
        << QStringList{"--shard", "1/2"} << QByteArray("--shard needs --output");
    QTest::newRow("shard 0/2") << QStringList{"--shard", "0/2", "-o", "x"}
                               << QByteArray("--shard must be K/N");
    QTest::newRow("shard 3/2") << QStringList{"--shard", "3/2", "-o", "x"}
                               << QByteArray("--shard must be K/N");
    QTest::newRow("similarity 0") << QStringList{"--candidates", "--candidate-similarity", "0"}
                                  << QByteArray("--candidate-similarity must be");
    QTest::newRow("similarity alone") << QStringList{"--candidate-similarity", "0.9"}
                                      << QByteArray("works only with --candidates");
}

void TestBatchArchive::optionErrors() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const auto r = runCli(QStringList{"--batch", archive()} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    const auto outside =
        runCli({"--candidates", archive() + "/a00000.txt", archive() + "/a00001.txt"});
    QCOMPARE(outside.code, 2);
    QVERIFY(outside.err.contains("--candidates works only with --batch"));
}

QTEST_GUILESS_MAIN(TestBatchArchive)
#include "tst_batch_archive.moc"
