// SPDX-License-Identifier: GPL-3.0-or-later
// Archives (issue 16), in the engine: the LSH parameter math, candidate search on generated
// archives whose true reprint pairs are known, its determinism, shared passages of copies
// embedded in pages, the shards' partition of a batch, and the GUI's findCopies().
#include "archivegen.h"
#include "batch/archive.h"
#include "batch/candidates.h"
#include "batch/copysearch.h"
#include "batch/minhash.h"
#include "batch/passage.h"
#include "batch/shards.h"
#include "compare/comparison.h"
#include "compare/invariants.h"
#include "testutil.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sd;

Q_DECLARE_METATYPE(sd::archivegen::ArchiveOptions)

class TestArchive : public QObject {
    Q_OBJECT
private slots:
    void lshParameters_data();
    void lshParameters();
    void recallOnGeneratedArchives_data();
    void recallOnGeneratedArchives();
    void candidatesDoNotDependOnOrder();
    void passageOfEmbeddedCopy_data();
    void passageOfEmbeddedCopy();
    void noPassageBetweenUnrelated();
    void shardsPartitionThePairs_data();
    void shardsPartitionThePairs();
    void shardSpecParsing_data();
    void shardSpecParsing();
    void findCopiesClustersAndCancels();
    void folderOfArchiveComparesCandidates();
    void folderOfFewFilesComparesAllPairs();
    void movedTextOutOfJoinedCopyKeepsInvariants();
};

namespace {

QList<Document> documentsOf(const archivegen::Archive &archive) {
    QList<Document> docs;
    for (const archivegen::Article &a : archive.articles)
        docs.append(testdata::doc(QString::fromUtf8(a.text), a.name));
    return docs;
}

quint64 key(int a, int b) {
    return (quint64(quint32(a)) << 32) | quint32(b);
}

} // namespace

void TestArchive::lshParameters_data() {
    QTest::addColumn<double>("jaccard");
    QTest::addColumn<double>("recall");
    for (const double j : {0.05, 0.2, 0.33, 0.5, 0.75, 0.9})
        for (const double r : {0.5, 0.7, 0.9, 0.99})
            QTest::addRow("j=%g recall=%g", j, r) << j << r;
}

// The choice is the S-curve's: checked against the formula, not against remembered numbers.
void TestArchive::lshParameters() {
    QFETCH(double, jaccard);
    QFETCH(double, recall);
    const LshParams p = chooseLsh(jaccard, recall);
    const auto s = [](double j, int bands, int rows) {
        return 1.0 - std::pow(1.0 - std::pow(j, rows), bands);
    };
    QVERIFY(p.bands >= 1 && p.rows >= 1);
    QVERIFY(p.bands * p.rows <= kSignatureHashes);
    QCOMPARE(p.probability(jaccard), s(jaccard, p.bands, p.rows));
    QVERIFY2(s(jaccard, p.bands, p.rows) >= recall - 1e-12, "reaches the recall");
    if (p.bands > 1)
        QVERIFY2(s(jaccard, p.bands - 1, p.rows) < recall, "no band too many");
    // One more row per band cannot reach the recall within the hashes.
    const int rows = p.rows + 1;
    QVERIFY2(s(jaccard, kSignatureHashes / rows, rows) < recall, "the most rows that fit");
    // The S-curve rises: unrelated windows (j/4) collide far less often.
    QVERIFY(p.probability(jaccard / 4) < p.probability(jaccard));
}

void TestArchive::recallOnGeneratedArchives_data() {
    QTest::addColumn<archivegen::ArchiveOptions>("options");
    archivegen::ArchiveOptions o;
    QTest::newRow("edited copies") << o;
    o.seed = 2, o.editRate = 0.06, o.trimmed = 0.6;
    QTest::newRow("heavier edits, most trimmed") << o;
    o.seed = 3, o.editRate = 0.03, o.joined = 1.0, o.trimmed = 0;
    QTest::newRow("paragraph breaks lost") << o;
    o.seed = 4, o.joined = 0, o.embedded = 0.7, o.paragraphs = 5;
    QTest::newRow("embedded in pages") << o;
    o.seed = 5, o.embedded = 0.1, o.stories = 4, o.minCopies = 20, o.maxCopies = 30;
    QTest::newRow("many copies of few stories") << o;
}

// Every true reprint pair is a candidate, and nearly every candidate is one.
void TestArchive::recallOnGeneratedArchives() {
    QFETCH(archivegen::ArchiveOptions, options);
    const archivegen::Archive archive = archivegen::generateArchive(options);
    const QList<BatchPair> found =
        candidatePairs(documentsOf(archive), kDefaultCandidateSimilarity);
    QSet<quint64> candidates;
    for (const BatchPair &p : found) {
        QVERIFY(p.a < p.b);
        candidates.insert(key(p.a, p.b));
    }
    QCOMPARE(candidates.size(), found.size()); // no pair twice
    const QList<QPair<int, int>> truth = archive.truePairs();
    QVERIFY(!truth.isEmpty());
    QStringList missed;
    for (const auto &[a, b] : truth)
        if (!candidates.contains(key(a, b)))
            missed.append(archive.articles[a].name + u'/' + archive.articles[b].name);
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u' ')));
    const qsizetype n = archive.articles.size();
    const qsizetype falsePairs = found.size() - truth.size();
    // Precision: the chance pairs are a sliver of all pairs and of the true ones.
    QVERIFY2(falsePairs <= truth.size() / 100 + 1,
             qPrintable(QStringLiteral("%1 chance candidates, %2 true, %3 docs")
                            .arg(falsePairs)
                            .arg(truth.size())
                            .arg(n)));
}

// Documents given in another order give the same pairs (renumbered): nothing depends on the
// order the threads sign them in.
void TestArchive::candidatesDoNotDependOnOrder() {
    archivegen::ArchiveOptions o;
    o.seed = 9;
    const QList<Document> docs = documentsOf(archivegen::generateArchive(o));
    QList<Document> reversed(docs.rbegin(), docs.rend());
    const auto n = qint32(docs.size());
    QSet<quint64> forward, backward;
    for (const BatchPair &p : candidatePairs(docs, 0.8))
        forward.insert(key(p.a, p.b));
    for (const BatchPair &p : candidatePairs(reversed, 0.8))
        backward.insert(
            key(std::min(n - 1 - p.a, n - 1 - p.b), std::max(n - 1 - p.a, n - 1 - p.b)));
    QCOMPARE(forward, backward);
    QCOMPARE(candidatePairs(docs, 0.8), candidatePairs(docs, 0.8));
}

void TestArchive::passageOfEmbeddedCopy_data() {
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("editRate");
    for (quint64 seed = 1; seed <= 6; ++seed) {
        QTest::addRow("seed %llu exact", seed) << seed << 0.0;
        QTest::addRow("seed %llu edited", seed) << seed << 0.03;
    }
}

// A story printed inside a page: the passage is the story's blocks in the page, and all of
// the story's copy.
void TestArchive::passageOfEmbeddedCopy() {
    QFETCH(quint64, seed);
    QFETCH(double, editRate);
    archivegen::ArchiveOptions o;
    o.seed = seed, o.stories = 3, o.minCopies = o.maxCopies = 4, o.unrelated = 0;
    o.editRate = editRate, o.trimmed = 0, o.joined = 0, o.embedded = 0.5;
    const archivegen::Archive archive = archivegen::generateArchive(o);
    const QList<Document> docs = documentsOf(archive);
    int checked = 0;
    for (int i = 0; i < archive.articles.size(); ++i)
        for (int j = 0; j < archive.articles.size(); ++j) {
            const archivegen::Article &page = archive.articles[i], &copy = archive.articles[j];
            if (!page.embedded || copy.embedded || page.story != copy.story)
                continue;
            const Passage p = sharedPassage(wordHashes(docs[i]), wordHashes(docs[j]));
            // The story's words in the page. With edits, the passage lies within them (give or
            // take a shingle: a word inserted at a copy's edge may match the page's next
            // words) and covers nearly all of them (edited edge words are not shared).
            qint32 storyFirstWord = 0, storyEndWord = 0, at = 0;
            for (qsizetype bl = 0; bl < docs[i].blocks.size(); ++bl) {
                if (bl == page.storyFirst)
                    storyFirstWord = at;
                at += qint32(docs[i].blocks[bl].wordCount());
                if (bl + 1 == page.storyEnd)
                    storyEndWord = at;
            }
            const qint32 slack = editRate > 0 ? kShingleWords : 0;
            QVERIFY(p.a.firstWord >= storyFirstWord - slack);
            QVERIFY(p.a.endWord <= storyEndWord + slack);
            QVERIFY(p.b.endWord <= qint32(docs[j].wordCount()));
            QVERIFY(p.a.endWord - p.a.firstWord >= (storyEndWord - storyFirstWord) * 9 / 10);
            QVERIFY(p.b.endWord - p.b.firstWord >= qint32(docs[j].wordCount()) * 9 / 10);
            if (editRate == 0) {
                QCOMPARE(p.a.firstBlock, page.storyFirst);
                QCOMPARE(p.a.endBlock, page.storyEnd);
                QCOMPARE(p.b.firstBlock, 0);
                QCOMPARE(p.b.endBlock, qint32(docs[j].blocks.size()));
            }
            QVERIFY(p.sharedWords <= p.b.endWord - p.b.firstWord);
            QVERIFY(p.sharedWords >= (p.b.endWord - p.b.firstWord) * 8 / 10);
            ++checked;
        }
    if (checked == 0)
        QSKIP("this seed embedded no copy beside a plain one");
}

void TestArchive::noPassageBetweenUnrelated() {
    const Document a = testdata::doc(QStringLiteral("one two three four five six seven."));
    const Document b = testdata::doc(QStringLiteral("alpha beta gamma delta epsilon zeta."));
    QVERIFY(!sharedPassage(wordHashes(a), wordHashes(b)).found());
    QCOMPARE(passageJson(Passage{}), QByteArray("null"));
    const Passage same = sharedPassage(wordHashes(a), wordHashes(a));
    QCOMPARE(same.sharedWords, 7);
    QCOMPARE(passageJson(same),
             QByteArray("{\"a\":{\"blocks\":[0,1],\"words\":[0,7]},\"b\":{"
                        "\"blocks\":[0,1],\"words\":[0,7]},\"shared_words\":7}"));
}

void TestArchive::shardsPartitionThePairs_data() {
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("shards");
    for (const int n : {1, 2, 3, 7, 16})
        QTest::addRow("60 files, %d shards", n) << 60 << n;
    QTest::newRow("5 files, 40 shards") << 5 << 40;
}

// Every pair is in exactly one shard, whatever the order of its paths' listing, and the
// shards are roughly even.
void TestArchive::shardsPartitionThePairs() {
    QFETCH(int, files);
    QFETCH(int, shards);
    QHash<quint64, int> owner;
    QList<int> sizes(shards, 0);
    for (int k = 1; k <= shards; ++k) {
        const ShardSpec spec{k, shards};
        for (int a = 0; a < files; ++a)
            for (int b = 0; b < files; ++b) {
                if (a == b)
                    continue;
                const QString pa = QStringLiteral("dir/a%1.txt").arg(a);
                const QString pb = QStringLiteral("dir/a%1.txt").arg(b);
                if (!spec.owns(pa, pb))
                    continue;
                QVERIFY2(!owner.contains(key(a, b)), "a pair in two shards");
                owner.insert(key(a, b), k);
                ++sizes[k - 1];
            }
    }
    QCOMPARE(owner.size(), files * (files - 1));
    const int pairs = files * (files - 1);
    if (pairs / shards >= 100)
        for (const int s : std::as_const(sizes))
            QVERIFY2(std::abs(s - pairs / shards) < pairs / shards / 4, "shards are even");
}

void TestArchive::shardSpecParsing_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("count");
    QTest::newRow("1/1") << "1/1" << true << 1 << 1;
    QTest::newRow("3/8") << "3/8" << true << 3 << 8;
    QTest::newRow("0/8") << "0/8" << false << 0 << 0;
    QTest::newRow("9/8") << "9/8" << false << 0 << 0;
    QTest::newRow("3") << "3" << false << 0 << 0;
    QTest::newRow("a/b") << "a/b" << false << 0 << 0;
    QTest::newRow("1/0") << "1/0" << false << 0 << 0;
    QTest::newRow("1/2/3") << "1/2/3" << false << 0 << 0;
}

void TestArchive::shardSpecParsing() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, index);
    QFETCH(int, count);
    ShardSpec s;
    QCOMPARE(parseShard(text, s), ok);
    QCOMPARE(s.index, index);
    QCOMPARE(s.count, count);
}

// The GUI's entry point: the clusters are the generator's stories (each with its copies),
// progress counts up to the candidates, and a set cancel token returns nothing.
void TestArchive::findCopiesClustersAndCancels() {
    archivegen::ArchiveOptions o;
    // Paragraph breaks kept: comparing a copy that lost them all with one that did not finds
    // no blocks to align (similarity 0), so its cluster would rightly split.
    o.seed = 11, o.stories = 5, o.unrelated = 20, o.embedded = 0, o.trimmed = 0, o.joined = 0;
    const archivegen::Archive archive = archivegen::generateArchive(o);
    const QList<Document> docs = documentsOf(archive);
    std::atomic<qsizetype> last{-1}, total{-1};
    const ArchiveResult r = findCopies(docs, {}, nullptr, [&](qsizetype done, qsizetype all) {
        last = std::max<qsizetype>(last, done);
        total = all;
    });
    QVERIFY(!r.cancelled);
    QCOMPARE(total.load(), r.pairs.size());
    QCOMPARE(last.load(), r.pairs.size());
    QSet<int> stories;
    for (const Cluster &c : r.clusters) {
        const int story = archive.articles[c.members.first()].story;
        for (const qint32 m : c.members)
            QCOMPARE(archive.articles[m].story, story);
        if (story >= 0) {
            QVERIFY(!stories.contains(story));
            stories.insert(story);
        } else {
            QCOMPARE(c.members.size(), 1);
        }
    }
    QCOMPARE(stories.size(), o.stories);
    std::atomic_bool cancel{true};
    const ArchiveResult none = findCopies(docs, {}, &cancel);
    QVERIFY(none.cancelled);
    QVERIFY(none.pairs.isEmpty() && none.clusters.isEmpty());
}

// The folder view's search (findCopiesInFiles) over more files than kAllPairsUpTo compares only
// candidates: every story's copies still form one cluster, with far fewer pairs compared.
void TestArchive::folderOfArchiveComparesCandidates() {
    archivegen::ArchiveOptions o;
    o.seed = 23, o.stories = 12, o.unrelated = int(kAllPairsUpTo), o.embedded = 0, o.trimmed = 0,
    o.joined = 0;
    const archivegen::Archive archive = archivegen::generateArchive(o);
    QTemporaryDir dir;
    QStringList files;
    for (const archivegen::Article &a : archive.articles) {
        QFile f(dir.filePath(a.name));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(a.text) == a.text.size());
        files << f.fileName();
    }
    QVERIFY(files.size() > kAllPairsUpTo);
    std::atomic_bool cancel{false};
    CopyProgress progress;
    const FolderCopies copies = findCopiesInFiles(files, {}, 0.5, cancel, progress);
    QVERIFY(copies.candidates && !copies.cancelled);
    const qsizetype all = files.size() * (files.size() - 1) / 2;
    QVERIFY2(progress.total.load() * 20 < all, qPrintable(QString::number(progress.total)));
    QSet<int> stories;
    for (const Cluster &c : copies.clusters) {
        const int story = archive.articles[c.members.first()].story;
        for (const qint32 m : c.members)
            QCOMPARE(archive.articles[m].story, story);
        if (story >= 0)
            stories.insert(story);
    }
    QCOMPARE(stories.size(), o.stories);
}

// Up to kAllPairsUpTo files the folder view compares every pair of the files it can read: each
// cell is that pair's comparison, a file that cannot be read is a row alone with no cell, and
// the clusters are findClusters of those cells.
void TestArchive::folderOfFewFilesComparesAllPairs() {
    archivegen::ArchiveOptions o;
    o.seed = 29, o.stories = 3, o.minCopies = 2, o.maxCopies = 4, o.unrelated = 5;
    const archivegen::Archive archive = archivegen::generateArchive(o);
    QTemporaryDir dir;
    QStringList files;
    QList<Document> docs;
    for (const archivegen::Article &a : archive.articles) {
        QFile f(dir.filePath(a.name));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(a.text) == a.text.size());
        files << f.fileName();
        docs << testdata::doc(QString::fromUtf8(a.text), a.name);
    }
    const qsizetype gone = files.size() / 2;
    files.insert(gone, dir.filePath(QStringLiteral("gone.txt")));
    docs.insert(gone, Document());
    std::atomic_bool cancel{false};
    CopyProgress progress;
    const FolderCopies copies = findCopiesInFiles(files, {}, 0.5, cancel, progress);
    QVERIFY(!copies.candidates && !copies.cancelled);
    QCOMPARE(copies.problems.size(), 1);
    QVERIFY(copies.problems.first().contains(QStringLiteral("gone.txt")));
    QCOMPARE(copies.table.files(), files);
    SimilarityTable truth;
    for (const QString &f : files)
        truth.addFile(f);
    for (qint32 i = 0; i < files.size(); ++i)
        for (qint32 j = i + 1; j < files.size(); ++j) {
            if (i == gone || j == gone) {
                QCOMPARE(copies.table.value(i, j), -1.0);
                continue;
            }
            const double s = compareDocuments(docs.at(i), docs.at(j), {}).similarity;
            QCOMPARE(copies.table.value(i, j), s);
            truth.add(i, j, s);
        }
    QCOMPARE(progress.total.load(), int(truth.pairCount()));
    QCOMPARE(progress.done.load(), int(truth.pairCount()));
    const QList<Cluster> expected = findClusters(truth, 0.5);
    QCOMPARE(copies.clusters.size(), expected.size());
    for (qsizetype c = 0; c < expected.size(); ++c) {
        QCOMPARE(copies.clusters.at(c).members, expected.at(c).members);
        QCOMPARE(copies.clusters.at(c).source, expected.at(c).source);
    }
}

// A copy that lost its paragraph breaks against another copy: the engine takes moved runs of
// words out of the one block deleted whole, and the result must still account for every word
// (found by the sanitizer build's contracts in batch mode on this archive).
void TestArchive::movedTextOutOfJoinedCopyKeepsInvariants() {
    archivegen::ArchiveOptions o;
    o.seed = 5, o.stories = 10, o.minCopies = 2, o.maxCopies = 6, o.unrelated = 60;
    const archivegen::Archive archive = archivegen::generateArchive(o);
    const QList<Document> docs = documentsOf(archive);
    auto named = [&](const char *name) {
        for (qsizetype i = 0; i < archive.articles.size(); ++i)
            if (archive.articles.at(i).name == QLatin1String(name))
                return docs.at(i);
        return Document();
    };
    const Document a = named("a00050.txt"), b = named("a00072.txt");
    QVERIFY(!a.blocks.isEmpty() && !b.blocks.isEmpty());
    const Comparison c = compareDocuments(a, b, {}, nullptr, nullptr);
    bool movedText = false;
    for (const Change &ch : c.changes)
        movedText = movedText || (ch.kind == ChangeKind::Move && ch.inText);
    QVERIFY(movedText);
    QString broken;
    QVERIFY2(checkComparison(c, &broken), qPrintable(broken));
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
