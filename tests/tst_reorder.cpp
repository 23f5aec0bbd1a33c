// SPDX-License-Identifier: GPL-3.0-or-later
// Block alignment under reordering, repetition, splits and merges: seeded property checks with
// exact truth. Paragraphs are drawn from a small vocabulary so that they share words (the case
// where a pairing by resemblance alone goes wrong). Each row is named by class and seed:
//
//   ./tst_reorder permutation:shuffle/n12/s7
//
// reruns one case.

#include "testutil.h"

#include "compare/blockpairing.h"
#include "compare/comparison.h"
#include "compare/textmoves.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <numeric>

using namespace sd;

namespace {

const QStringList kVocabulary =
    QStringLiteral(
        "the mill square rail yards river old town council market night bell north road bridge "
        "stone light water smoke late train quiet crowd gate winter morning cart lamp dust wall")
        .split(QLatin1Char(' '));

// `n` distinct paragraphs of `words` words each from the shared vocabulary.
QStringList paragraphs(QRandomGenerator &rng, int n, int words) {
    QStringList out;
    while (out.size() < n) {
        QStringList w;
        for (int k = 0; k < words; ++k)
            w << kVocabulary[rng.bounded(int(kVocabulary.size()))];
        const QString p = w.join(QLatin1Char(' '));
        if (!out.contains(p))
            out << p;
    }
    return out;
}

QString joinParagraphs(const QStringList &ps) {
    return ps.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

Comparison compareTexts(const QString &a, const QString &b) {
    return compareDocuments(testdata::doc(a), testdata::doc(b), {});
}

// Length of the longest increasing subsequence (patience sorting).
int lisLength(const QList<int> &perm) {
    std::vector<int> tails;
    for (int v : perm) {
        auto it = std::lower_bound(tails.begin(), tails.end(), v);
        if (it == tails.end())
            tails.push_back(v);
        else
            *it = v;
    }
    return int(tails.size());
}

enum class Shape { SwapNear, SwapFar, Rotation, Reversal, Shuffle, SwapFarEdited };

QList<int> permutation(Shape shape, int n, QRandomGenerator &rng) {
    QList<int> p(n);
    std::iota(p.begin(), p.end(), 0);
    switch (shape) {
    case Shape::SwapNear: {
        const int i = rng.bounded(n - 1);
        std::swap(p[i], p[i + 1]);
        break;
    }
    case Shape::SwapFar:
    case Shape::SwapFarEdited: {
        const int i = rng.bounded(n / 2), j = n / 2 + rng.bounded(n - n / 2);
        std::swap(p[i], p[j == i ? n - 1 : j]);
        break;
    }
    case Shape::Rotation:
        std::rotate(p.begin(), p.begin() + 1 + rng.bounded(n - 1), p.end());
        break;
    case Shape::Reversal:
        std::reverse(p.begin(), p.end());
        break;
    case Shape::Shuffle:
        for (int k = n - 1; k > 0; --k)
            std::swap(p[k], p[rng.bounded(k + 1)]);
        break;
    }
    return p;
}

// Words inserted plus words deleted (a replaced word counts on both sides).
qint64 changedWords(const Comparison &c) {
    return c.stats.insertedWords + c.stats.deletedWords;
}

int movedGroups(const Comparison &c) {
    return int(std::count_if(c.groups.begin(), c.groups.end(),
                             [](const BlockGroup &g) { return g.moved; }));
}

const BlockGroup *groupOfA(const Comparison &c, qint32 i) {
    for (const BlockGroup &g : c.groups)
        if (i >= g.aBegin && i < g.aEnd)
            return &g;
    return nullptr;
}

} // namespace

class TestReorder : public QObject {
    Q_OBJECT

private slots:
    void permutation_data();
    void permutation();
    void movedAndEdited_data();
    void movedAndEdited();
    void repeatedParagraphs_data();
    void repeatedParagraphs();
    void splitAndMerge_data();
    void splitAndMerge();
    void orderIdenticalPartnersExample();
    void findConcatenationsExample();
    void uniqueWordAnchorsExample();
    void findTextMovesExample();
};

void TestReorder::permutation_data() {
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("n");
    QTest::addColumn<quint32>("seed");
    const std::pair<Shape, const char *> shapes[] = {
        {Shape::SwapNear, "swap-near"}, {Shape::SwapFar, "swap-far"},
        {Shape::Rotation, "rotation"},  {Shape::Reversal, "reversal"},
        {Shape::Shuffle, "shuffle"},    {Shape::SwapFarEdited, "swap-far-edited"}};
    for (const auto &[shape, name] : shapes) {
        for (quint32 seed = 0; seed < 300; ++seed) {
            const int n = 3 + int(seed % 28);
            QTest::addRow("%s/n%d/s%u", name, n, seed) << int(shape) << n << seed;
        }
    }
}

// Unedited paragraphs in another order: no word changes, each paragraph paired with itself,
// and the fewest moves that explain the order (the paragraphs are all the same length, so
// fewest words is fewest paragraphs). Two far apart that trade places with 1-3 words edited
// each: exactly those words changed.
void TestReorder::permutation() {
    QFETCH(int, shape);
    QFETCH(int, n);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QStringList ps = paragraphs(rng, n, 10);
    const QList<int> perm = ::permutation(Shape(shape), n, rng);
    QStringList shuffled;
    qint64 edits = 0;
    for (int k : perm) {
        QStringList words = ps[k].split(QLatin1Char(' '));
        if (Shape(shape) == Shape::SwapFarEdited && k != int(shuffled.size())) {
            // The two that traded places: one run of 1-3 words replaced in each.
            const int run = 1 + rng.bounded(3), at = rng.bounded(int(words.size()) - run + 1);
            for (int w = 0; w < run; ++w)
                words[at + w] = QStringLiteral("novel%1x%2").arg(k).arg(w);
            edits += run;
        }
        shuffled << words.join(QLatin1Char(' '));
    }
    const Comparison c = compareTexts(joinParagraphs(ps), joinParagraphs(shuffled));
    QCOMPARE(c.stats.insertedWords, edits);
    QCOMPARE(c.stats.deletedWords, edits);
    QCOMPARE(movedGroups(c), n - lisLength(perm));
    for (const BlockGroup &g : c.groups) {
        QCOMPARE(g.aEnd - g.aBegin, 1);
        QCOMPARE(g.bBegin, qint32(perm.indexOf(g.aBegin)));
        QCOMPARE(g.kind, g.aBegin == g.bBegin ? BlockGroup::Equal
                         : edits              ? BlockGroup::Edited
                                              : BlockGroup::Equal);
    }
}

void TestReorder::movedAndEdited_data() {
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("editPercent");
    QTest::addColumn<bool>("scattered");
    for (bool scattered : {false, true})
        for (int percent : {0, 10, 20, 30, 40, 50})
            for (quint32 seed = 0; seed < 100; ++seed)
                QTest::addRow("%s%d/s%u", scattered ? "scattered" : "run", percent, seed)
                    << seed << percent << scattered;
}

// One paragraph moved far and `editPercent` of its words replaced (Dice over its words stays
// at or above one half, the rule that pairs it in place): paired as one moved paragraph, every
// other paragraph untouched. Replaced as one run of words, the change is exactly that run;
// scattered, the word diff may widen a change over a word left between two (its clean-up).
void TestReorder::movedAndEdited() {
    QFETCH(quint32, seed);
    QFETCH(int, editPercent);
    QFETCH(bool, scattered);
    QRandomGenerator rng(seed + 1000u * quint32(editPercent) + (scattered ? 500u : 0u));
    const int n = 4 + rng.bounded(12), words = 20;
    const QStringList ps = paragraphs(rng, n, words);
    const int from = rng.bounded(n / 2), to = n - 1 - rng.bounded(n / 4 + 1);
    QStringList moved = ps[from].split(QLatin1Char(' '));
    const int edits = words * editPercent / 100;
    QList<int> places(words);
    std::iota(places.begin(), places.end(), 0);
    const int runStart = rng.bounded(words - edits + 1);
    for (int k = 0; k < edits; ++k) {
        std::swap(places[k], places[k + rng.bounded(words - k)]);
        moved[scattered ? places[k] : runStart + k] = QStringLiteral("novel%1").arg(k);
    }
    QStringList b = ps;
    b.removeAt(from);
    b.insert(to, moved.join(QLatin1Char(' ')));
    const Comparison c = compareTexts(joinParagraphs(ps), joinParagraphs(b));
    const BlockGroup *g = groupOfA(c, qint32(from));
    QVERIFY(g);
    QCOMPARE(g->bBegin, qint32(to));
    QCOMPARE(g->bEnd - g->bBegin, 1);
    QCOMPARE(movedGroups(c), from == to ? 0 : 1);
    QVERIFY(g->moved == (from != to));
    for (const BlockGroup &other : c.groups)
        QVERIFY(&other == g || other.kind == BlockGroup::Equal);
    if (scattered) {
        QVERIFY(c.stats.insertedWords >= edits && c.stats.insertedWords == c.stats.deletedWords);
    } else {
        QCOMPARE(c.stats.insertedWords, qint64(edits));
        QCOMPARE(c.stats.deletedWords, qint64(edits));
    }
}

void TestReorder::repeatedParagraphs_data() {
    QTest::addColumn<int>("copies");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 0; seed < 200; ++seed) {
        const int copies = 2 + int(seed % 49);
        QTest::addRow("copies%d/s%u", copies, seed) << copies << seed;
    }
}

// Copies of one paragraph, one word of one copy edited: that one word and nothing moved.
void TestReorder::repeatedParagraphs() {
    QFETCH(int, copies);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QString p = paragraphs(rng, 1, 12).first();
    const QStringList a(copies, p);
    QStringList b = a;
    const int at = rng.bounded(copies);
    QStringList words = p.split(QLatin1Char(' '));
    words[rng.bounded(int(words.size()))] = QStringLiteral("changed");
    b[at] = words.join(QLatin1Char(' '));
    const Comparison c = compareTexts(joinParagraphs(a), joinParagraphs(b));
    QCOMPARE(movedGroups(c), 0);
    QCOMPARE(c.stats.insertedWords, 1);
    QCOMPARE(c.stats.deletedWords, 1);
    const BlockGroup *g = groupOfA(c, qint32(at));
    QVERIFY(g);
    QCOMPARE(g->bBegin, qint32(at));
    QCOMPARE(g->kind, BlockGroup::Edited);
}

void TestReorder::splitAndMerge_data() {
    QTest::addColumn<bool>("merge");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<quint32>("seed");
    for (bool merge : {false, true}) {
        const int large[] = {20, 50, 100, 200, 500, 1000, 1000, 2000};
        for (quint32 seed = 0; seed < 148; ++seed) {
            const int pieces = seed < 140 ? 2 + int(seed % 9) : large[seed - 140];
            QTest::addRow("%s/p%d/s%u", merge ? "merge" : "split", pieces, seed)
                << merge << pieces << seed;
        }
    }
}

// One paragraph cut into `pieces` at random places (a piece may be one word), among
// untouched neighbours; or the mirror, the pieces joined: no word changed, one split/merge.
void TestReorder::splitAndMerge() {
    QFETCH(bool, merge);
    QFETCH(int, pieces);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const int words = pieces + rng.bounded(3 * pieces + 1);
    QStringList all;
    for (int k = 0; k < words; ++k)
        all << kVocabulary[rng.bounded(int(kVocabulary.size()))];
    QList<int> cuts(words - 1);
    std::iota(cuts.begin(), cuts.end(), 1);
    for (int k = 0; k < pieces - 1; ++k)
        std::swap(cuts[k], cuts[k + rng.bounded(int(cuts.size()) - k)]);
    cuts.resize(pieces - 1);
    std::sort(cuts.begin(), cuts.end());
    cuts.append(words);
    QStringList cut;
    int start = 0;
    for (int end : cuts) {
        cut << all.mid(start, end - start).join(QLatin1Char(' '));
        start = end;
    }
    const QStringList context = paragraphs(rng, 4, 8);
    const int at = rng.bounded(5);
    QStringList whole = context, split = context;
    whole.insert(at, all.join(QLatin1Char(' ')));
    for (int k = 0; k < pieces; ++k)
        split.insert(at + k, cut[k]);
    const QString x = joinParagraphs(whole), y = joinParagraphs(split);
    const Comparison c = merge ? compareTexts(y, x) : compareTexts(x, y);
    QCOMPARE(changedWords(c), 0);
    QCOMPARE(movedGroups(c), 0);
    QCOMPARE(merge ? c.stats.mergedBlocks : c.stats.splitBlocks, 1);
    const BlockGroup *g = groupOfA(c, qint32(at));
    QVERIFY(g);
    QCOMPARE(merge ? g->aEnd - g->aBegin : g->bEnd - g->bBegin, qint32(pieces));
}

// Before/after of the clean-up that hands repeated paragraphs' partners out in order.
void TestReorder::orderIdenticalPartnersExample() {
    const std::vector<qint32> classes{0, 0, 0, 1};
    const std::vector<std::pair<qint32, qint32>> before{{0, 1}, {1, 2}, {2, 0}, {3, 3}};
    const std::vector<std::pair<qint32, qint32>> after{{0, 0}, {1, 1}, {2, 2}, {3, 3}};
    QVERIFY(orderIdenticalPartners(before, classes) == after);
    const std::vector<std::pair<qint32, qint32>> distinct{{0, 3}, {3, 0}};
    QVERIFY(orderIdenticalPartners(distinct, classes) == distinct);
}

// Before/after of the walk that finds a block made of consecutive blocks of the other side.
void TestReorder::findConcatenationsExample() {
    const std::vector<int> pieceIds{1, 2, 3, 4, 5, 6, 9, 9};
    const std::vector<qsizetype> pieceBegins{0, 2, 3, 6, 8}; // [1 2] [3] [4 5 6] [9 9]
    const std::vector<int> longIds{1, 2, 3, 4, 5, 6, 7, 7};
    const std::vector<qsizetype> longBegins{0, 6, 8}; // [1 2 3 4 5 6] [7 7]
    const BlockView pieces{pieceIds, pieceBegins}, longs{longIds, longBegins};
    const auto found =
        findConcatenations(longs, {true, true}, pieces, {true, true, true, true}, 0.6);
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found[0].longBlock, 0);
    QCOMPARE(found[0].pieceBegin, 0);
    QCOMPARE(found[0].pieceEnd, 3);
    QCOMPARE(found[0].coveredTokens, qsizetype(6));
    // A piece already taken cannot be used: the rest covers too little.
    QVERIFY(
        findConcatenations(longs, {true, true}, pieces, {true, true, false, true}, 0.6).empty());
}

// Before/after of the tie that words found once in each document make between two blocks.
void TestReorder::uniqueWordAnchorsExample() {
    // A: [5 1 2 3] [6 7]    B: [6 7] [3 9 1 2 5 5]    1, 2, 3, 5 in one block each side; 9 in
    // B only. Then 1 in a second block of A: no longer a tie.
    const std::vector<int> idsA{5, 1, 2, 3, 6, 7}, idsB{6, 7, 3, 9, 1, 2, 5, 5};
    const std::vector<qsizetype> beginsA{0, 4, 6}, beginsB{0, 2, 8};
    const BlockView a{idsA, beginsA}, b{idsB, beginsB};
    const UniqueAnchors all = uniqueWordAnchors(a, {true, true}, b, {true, true});
    QVERIFY((all.pairs == std::vector<AnchorPair>{{0, 1, 4}, {1, 0, 2}}));
    QVERIFY((all.uniqueInA == std::vector<qint32>{4, 2}));
    QVERIFY((all.uniqueInB == std::vector<qint32>{2, 5}));
    const std::vector<int> againA{5, 1, 2, 3, 6, 1};
    const UniqueAnchors fewer =
        uniqueWordAnchors(BlockView{againA, beginsA}, {true, true}, b, {true, true});
    QVERIFY((fewer.pairs == std::vector<AnchorPair>{{0, 1, 3}, {1, 0, 1}}));
    // Taken blocks tie nothing, but their words still count as once in each document.
    const UniqueAnchors some = uniqueWordAnchors(a, {true, false}, b, {true, true});
    QVERIFY((some.pairs == std::vector<AnchorPair>{{0, 1, 4}}));
    QVERIFY((some.uniqueInA == std::vector<qint32>{4, 2}));
}

// Before/after of the search for runs deleted in one place and inserted in another.
void TestReorder::findTextMovesExample() {
    // A: block 0 [1 2 3 4 5 6 | 7 8] with 1..6 deleted; B: block 0 [7 8], block 1 [9 1 2 3 4
    // 5 6] with 1..6 inserted (9 kept, it was elsewhere).
    const std::vector<int> idsA{1, 2, 3, 4, 5, 6, 7, 8}, idsB{7, 8, 9, 1, 2, 3, 4, 5, 6};
    const std::vector<qint32> blockA{0, 0, 0, 0, 0, 0, 0, 0}, blockB{0, 0, 1, 1, 1, 1, 1, 1, 1};
    const std::vector<bool> freeA{true, true, true, true, true, true, false, false};
    const std::vector<bool> freeB{false, false, false, true, true, true, true, true, true};
    const std::vector<bool> wordsA(8, true), wordsB(9, true);
    const MoveSide a{idsA, blockA, freeA, wordsA}, b{idsB, blockB, freeB, wordsB};
    QVERIFY((findTextMoves(a, b, 6) == std::vector<TextMove>{{0, 6, 3, 9}}));
    // Too short a run is no move; nor is one whose B side is not free.
    QVERIFY(findTextMoves(a, b, 7).empty());
    const std::vector<bool> taken(9, false);
    QVERIFY(findTextMoves(a, MoveSide{idsB, blockB, taken, wordsB}, 4).empty());
    // A run cut by a block edge on one side is two candidates, each too short here.
    const std::vector<qint32> cutA{0, 0, 0, 1, 1, 1, 1, 1};
    QVERIFY(findTextMoves(MoveSide{idsA, cutA, freeA, wordsA}, b, 4).empty());
}

QTEST_GUILESS_MAIN(TestReorder)
#include "tst_reorder.moc"
