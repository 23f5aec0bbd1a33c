// SPDX-License-Identifier: GPL-3.0-or-later
// The multi-version session: each pair compared at most once per options (counted), results
// equal to comparing directly, a new base that only re-aligns, cancelling that caches nothing.
#include "multi/guidetree.h"
#include "multi/overlap.h"
#include "multi/session.h"
#include "testutil.h"

#include <QDir>
#include <QRandomGenerator>

#include <set>
#include <thread>

using namespace sd;

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void eachPairOnce_data();
    void eachPairOnce();
    void wikipediaEightRevisions();
    void sameAsComparingDirectly_data();
    void sameAsComparingDirectly();
    void newBaseOnlyRealigns();
    void optionsAreKeys();
    void cancelledCachesNothing();
    void cancelledComparisonSaysIncomplete();
    void concurrentCallersShareOnePair();
};

// `n` versions of a story, each a few edits away from the one before.
static QList<Document> chain(int n, quint32 seed = 11) {
    QRandomGenerator rng(seed);
    QStringList words;
    for (int i = 0; i < 60; ++i)
        words << QStringLiteral("w%1").arg(rng.bounded(40));
    QList<Document> out;
    for (int v = 0; v < n; ++v) {
        out << testdata::doc(words.join(QLatin1Char(' ')), QStringLiteral("v%1.txt").arg(v + 1));
        for (int e = 0; e < 4; ++e)
            words[int(rng.bounded(words.size()))] = QStringLiteral("v%1e%2").arg(v).arg(e);
    }
    return out;
}

// The guide tree's comparisons (the collation's) for the versions.
static std::vector<std::pair<qsizetype, qsizetype>> treePairs(const QList<Document> &d) {
    return guideTree(d, *overlapMatrix(d, {})).comparisons();
}

// The comparisons the results need, each direction its own: the base with every other version
// (the changes), the guide tree's (the collation) and each version with the next, the tree's
// where it joins them (the evolution). The matrix needs none: it comes from each version's
// words.
static std::set<std::pair<qsizetype, qsizetype>> neededPairs(const QList<Document> &d,
                                                             qsizetype base) {
    std::set<std::pair<qsizetype, qsizetype>> pairs;
    for (qsizetype k = 0; k < d.size(); ++k)
        if (k != base)
            pairs.insert({base, k});
    const auto tree = treePairs(d);
    pairs.insert(tree.begin(), tree.end());
    for (const auto &step : VersionSession::stepPairs(d.size(), tree))
        pairs.insert(step);
    return pairs;
}

void TestSession::eachPairOnce_data() {
    QTest::addColumn<int>("versions");
    QTest::addColumn<int>("base");
    QTest::newRow("3 versions, base 1") << 3 << 0;
    QTest::newRow("8 versions, base 1") << 8 << 0;
    QTest::newRow("8 versions, base 4") << 8 << 3;
    QTest::newRow("8 versions, base 8") << 8 << 7;
}

void TestSession::eachPairOnce() {
    QFETCH(int, versions);
    QFETCH(int, base);
    const QList<Document> d = chain(versions);
    VersionSession s(d, base, {});
    // As the CLI asks: the base's comparisons first, then the rest.
    QVERIFY(s.fromBase());
    QCOMPARE(s.comparisonsMade(), versions - 1);
    QVERIFY(!s.multi().result.incomplete);
    const qsizetype needed = qsizetype(neededPairs(d, base).size());
    QCOMPARE(s.comparisonsMade(), needed);
    QVERIFY(needed <= 3 * (versions - 1)); // linear in the versions, never N(N-1)/2
    // Asking again, or for any pair already compared, compares nothing.
    QVERIFY(!s.multi().result.incomplete);
    QVERIFY(s.similarity());
    for (const auto &[a, b] : VersionSession::stepPairs(versions, treePairs(d)))
        QVERIFY(s.comparison(a, b));
    for (int k = 0; k < versions; ++k)
        if (k != base)
            QVERIFY(s.comparison(base, k));
    QCOMPARE(s.comparisonsMade(), needed);
}

void TestSession::wikipediaEightRevisions() {
    const QString dir =
        testdata::sharedDir() + QStringLiteral("/corpus/versions/wikipedia-hate-speech-8revs");
    if (testdata::sharedDir().isEmpty() || !QFileInfo(dir).isDir())
        QSKIP("the shared corpus is not here");
    QList<Document> docs;
    for (const QString &f :
         QDir(dir).entryList({QStringLiteral("v*.txt")}, QDir::Files, QDir::Name)) {
        const LoadResult r = loadDocument(dir + QLatin1Char('/') + f);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        docs << r.document;
    }
    QCOMPARE(docs.size(), 8);
    VersionSession s(docs, 0, {});
    QVERIFY(s.fromBase());
    QVERIFY(!s.multi().result.incomplete);
    // 7 from the base, 7 in the guide tree, and the steps neither holds: where 8 choose 2
    // were 28.
    QCOMPARE(s.comparisonsMade(), qsizetype(neededPairs(docs, 0).size()));
    QVERIFY(s.comparisonsMade() <= 3 * 7);
}

void TestSession::sameAsComparingDirectly_data() {
    QTest::addColumn<int>("base");
    QTest::newRow("base 1") << 0;
    QTest::newRow("base 3") << 2;
}

void TestSession::sameAsComparingDirectly() {
    QFETCH(int, base);
    const QList<Document> d = chain(5, 3);
    VersionSession s(d, base, {});
    const SessionResult r = s.multi();
    QVERIFY(!r.result.incomplete);
    QCOMPARE(r.base, base);
    QList<Comparison> withBase;
    QList<Comparison> steps;
    for (qsizetype k = 0; k < d.size(); ++k)
        withBase << (k == base ? Comparison{} : compareDocuments(d[base], d[k], {}));
    for (const auto &[a, b] : VersionSession::stepPairs(d.size(), treePairs(d))) {
        steps << compareDocuments(d[a], d[b], {});
        steps.last().fromIndex = qint32(a);
        steps.last().toIndex = qint32(b);
    }
    QCOMPARE(r.result.collation.rows, collateVersions(d, {}).rows);
    const Evolution ev = traceEvolution(d, steps, {});
    QCOMPARE(r.result.evolution.words.size(), ev.words.size());
    for (qsizetype w = 0; w < ev.words.size(); ++w) {
        QCOMPARE(r.result.evolution.words[w].text, ev.words[w].text);
        QCOMPARE(r.result.evolution.words[w].introducedIn, ev.words[w].introducedIn);
    }
    QCOMPARE(r.result.evolution.dropped.size(), ev.dropped.size());
    for (qsizetype i = 0; i < d.size(); ++i) {
        QCOMPARE(r.result.similarity[i][i], 1.0);
        for (qsizetype j = i + 1; j < d.size(); ++j) {
            // The matrix of the pair alone: a cell depends on its two versions only.
            const double direct = overlapMatrix({d[i], d[j]}, {})->at(0).at(1);
            QCOMPARE(r.result.similarity[i][j], direct);
            QCOMPARE(r.result.similarity[j][i], direct);
        }
    }
    QCOMPARE(r.fromBase.size(), d.size() - 1);
    for (const Comparison &c : r.fromBase) {
        QCOMPARE(c.fromIndex, base);
        QCOMPARE(c.changes, withBase[c.toIndex].changes);
    }
}

void TestSession::newBaseOnlyRealigns() {
    const QList<Document> d = chain(6);
    VersionSession s(d, 0, {});
    const SessionResult first = s.multi();
    const qint64 before = s.comparisonsMade();
    s.setBase(3);
    const SessionResult second = s.multi();
    QCOMPARE(second.base, 3);
    // The evolution and the matrix are handed on, the very same values.
    QCOMPARE(second.result.evolution.words.constData(), first.result.evolution.words.constData());
    QCOMPARE(second.result.similarity.constData(), first.result.similarity.constData());
    // The collation too: it has no base.
    QCOMPARE(second.result.collation.rows.constData(), first.result.collation.rows.constData());
    // Only the new base's comparisons are new, but for those already made (3 -> 4, a step,
    // and the guide tree's from 3).
    qsizetype fresh = 0;
    const auto made = neededPairs(d, 0);
    for (const auto &pair : neededPairs(d, 3))
        fresh += made.count(pair) ? 0 : 1;
    QCOMPARE(s.comparisonsMade() - before, fresh);
    QVERIFY(fresh <= 4);
}

void TestSession::optionsAreKeys() {
    VersionSession s(chain(3), 0, {});
    const auto plain = s.comparison(0, 1);
    QCOMPARE(s.comparisonsMade(), 1);
    CompareOptions o;
    o.ignoreCase = true;
    s.setOptions(o);
    const auto folded = s.comparison(0, 1);
    QCOMPARE(s.comparisonsMade(), 2);
    QCOMPARE(folded->options, o);
    s.setOptions({});
    QCOMPARE(s.comparison(0, 1), plain); // the cached one, not a new one
    QCOMPARE(s.comparisonsMade(), 2);
}

void TestSession::cancelledCachesNothing() {
    const QList<Document> d = chain(4);
    VersionSession s(d, 0, {});
    const std::atomic_bool cancelled{true};
    QVERIFY(s.multi(&cancelled).result.incomplete);
    QVERIFY(s.comparison(0, 1, &cancelled)->incomplete);
    QVERIFY(!s.fromBase(&cancelled));
    const qint64 cut = s.comparisonsMade();
    QVERIFY(cut > 0);
    // Nothing cut short was kept: every needed pair is compared again, once.
    QVERIFY(!s.multi().result.incomplete);
    QCOMPARE(s.comparisonsMade() - cut, qsizetype(neededPairs(d, 0).size()));
}

void TestSession::cancelledComparisonSaysIncomplete() {
    const QList<Document> d = chain(2);
    const std::atomic_bool cancelled{true}, running{false};
    const Comparison cut = compareDocuments(d[0], d[1], {}, &cancelled);
    QVERIFY(cut.incomplete);
    QVERIFY(cut.changes.isEmpty());
    const Comparison whole = compareDocuments(d[0], d[1], {}, &running);
    QVERIFY(!whole.incomplete);
    QVERIFY(!whole.changes.isEmpty());
}

void TestSession::concurrentCallersShareOnePair() {
    VersionSession s(chain(2), 0, {});
    std::vector<std::shared_ptr<const Comparison>> got(6);
    std::vector<std::thread> callers;
    for (size_t t = 0; t < got.size(); ++t)
        callers.emplace_back([&, t] { got[t] = s.comparison(0, 1); });
    for (std::thread &t : callers)
        t.join();
    QCOMPARE(s.comparisonsMade(), 1);
    for (const auto &c : got)
        QCOMPARE(c, got.front());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
