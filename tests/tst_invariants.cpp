// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's promises: real results keep them, each hand-broken one is caught, and a broken
// contract aborts with its place. Contracts are switched on for this file whatever the build
// type, so the last test runs in release builds too.
#define STORYDIFF_CONTRACTS 1

#include "compare/invariants.h"
#include "compare/tokenkeys.h"
#include "testutil.h"
#include "util/contract.h"

#include <csignal>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

using namespace sd;

class TestInvariants : public QObject {
    Q_OBJECT
private slots:
    void realResultsKeepThem_data();
    void realResultsKeepThem();
    void brokenPromiseIsCaught_data();
    void brokenPromiseIsCaught();
    void pairingPairsEqualTokens_data();
    void pairingPairsEqualTokens();
    void unchangedTextPairsEveryToken();
    void brokenContractAbortsWithItsPlace();
};

static Document sample(const char *name) {
    const LoadResult r = loadDocument(QString::fromLatin1(name));
    if (!r.ok())
        qWarning("load failed: %s", qPrintable(r.message()));
    return r.document;
}

// Every kind of block-level change at once: an edit, a move, a paragraph deleted whole and one
// inserted whole.
static Comparison everyShape() {
    const QString a = QStringLiteral(
        "The council met on Monday to discuss the budget.\n\n"
        "Residents asked for longer opening hours and more books.\n\n"
        "The mayor promised an answer before the end of the month.\n\n"
        "A final vote is expected in the spring after a hearing.\n\n"
        "This whole paragraph goes away in the next version of the text.");
    const QString b = QStringLiteral(
        "The council met on Tuesday to discuss the budget.\n\n"
        "A final vote is expected in the spring after a hearing.\n\n"
        "Residents asked for longer opening hours and more books.\n\n"
        "The mayor promised an answer before the end of the month.\n\n"
        "Something entirely new arrives, written for the second draft only.");
    return compareDocuments(testdata::doc(a, QStringLiteral("a.md")),
                            testdata::doc(b, QStringLiteral("b.md")), {});
}

void TestInvariants::realResultsKeepThem_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("ignorePunctuation");
    const QString v1 = QStringLiteral(":/samples/story-v1.txt");
    const QString v2 = QStringLiteral(":/samples/story-v2.md");
    const QString v3 = QStringLiteral(":/samples/story-v3.md");
    QTest::newRow("sample v1 -> v2") << v1 << v2 << false;
    QTest::newRow("sample v2 -> v3") << v2 << v3 << false;
    QTest::newRow("sample v1 -> v3") << v1 << v3 << false;
    QTest::newRow("sample v3 -> v1, punctuation ignored") << v3 << v1 << true;
    QTest::newRow("seed pair") << testdata::seedA() << testdata::seedB() << false;
    const QString corpus = testdata::sharedDir() + QStringLiteral("/corpus/versions/");
    QTest::newRow("Darwin 1859 -> 1872")
        << corpus + QStringLiteral("darwin-origin-ch1-6-editions/v1-1859.txt")
        << corpus + QStringLiteral("darwin-origin-ch1-6-editions/v6-1872.txt") << false;
    QTest::newRow("Frankenstein 1831 -> 1818, punctuation ignored")
        << corpus + QStringLiteral("frankenstein-1818-1823-1831-fulltext/v3-1831.txt")
        << corpus + QStringLiteral("frankenstein-1818-1823-1831-fulltext/v1-1818.txt") << true;
    QTest::newRow("18F HTML -> Markdown")
        << corpus + QStringLiteral("18f-encasement-strategy-html-to-md/v3.html")
        << corpus + QStringLiteral("18f-encasement-strategy-html-to-md/v4.md") << false;
}

void TestInvariants::realResultsKeepThem() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, ignorePunctuation);
    if (!QFileInfo::exists(a) || !QFileInfo::exists(b))
        QSKIP("shared test data not found");
    CompareOptions o;
    o.ignorePunctuation = ignorePunctuation;
    const Comparison c = compareDocuments(loadDocument(a).document, loadDocument(b).document, o);
    QVERIFY(!c.changes.isEmpty());
    QString broken;
    QVERIFY2(checkComparison(c, &broken), qPrintable(broken));
}

namespace {

qsizetype findChange(const Comparison &c, const std::function<bool(const Change &)> &pred) {
    for (qsizetype i = 0; i < c.changes.size(); ++i)
        if (pred(c.changes.at(i)))
            return i;
    return -1;
}

// One row per promise: how to break it on a good result, and the words that name it.
struct Breakage {
    const char *name;
    std::function<bool(Comparison &)> breakIt; // false: the result has nothing to break
    const char *named;
};

const QList<Breakage> &breakages() {
    static const QList<Breakage> table{
        {"side past the end",
         [](Comparison &c) {
             const qsizetype i = findChange(c, [](const Change &ch) { return ch.to.isValid(); });
             if (i < 0)
                 return false;
             c.changes[i].to.blockEnd = qint32(c.b.blocks.size()) + 1;
             return true;
         },
         "outside its document"},
        {"side reversed",
         [](Comparison &c) {
             const qsizetype i = findChange(c, [](const Change &ch) {
                 return ch.kind == ChangeKind::Replace && ch.from.blockCount() == 1;
             });
             if (i < 0)
                 return false;
             c.changes[i].from.tokenBegin = c.changes[i].from.tokenEnd + 1;
             return true;
         },
         "outside its document"},
        {"anchor past the end",
         [](Comparison &c) {
             c.changes.last().anchorB = Anchor{qint32(c.b.blocks.size()) + 1, 0};
             return true;
         },
         "outside its document"},
        {"changes out of order",
         [](Comparison &c) {
             std::swap(c.changes.first(), c.changes.last());
             return c.changes.first().anchorB != c.changes.last().anchorB;
         },
         "not sorted by anchorB"},
        {"empty group",
         [](Comparison &c) {
             c.groups.first().aEnd = c.groups.first().aBegin;
             return true;
         },
         "group is empty"},
        {"groups out of order",
         [](Comparison &c) {
             std::swap(c.groups[0], c.groups[1]);
             return true;
         },
         "not in B's order"},
        {"split of one block",
         [](Comparison &c) {
             c.groups.first().kind = BlockGroup::Split;
             return true;
         },
         "shape does not match"},
        {"script stops short",
         [](Comparison &c) {
             c.groups.first().script.removeLast();
             return true;
         },
         "script does not cover"},
        {"deleted block forgotten",
         [](Comparison &c) {
             const qsizetype i = findChange(c, [](const Change &ch) {
                 return ch.kind == ChangeKind::Delete && ch.wholeBlock;
             });
             if (i < 0)
                 return false;
             c.changes.removeAt(i);
             return true;
         },
         "in no group"},
        {"row skips a block",
         [](Comparison &c) {
             c.rows.removeFirst();
             return true;
         },
         "rows do not walk"},
        {"pairing one to two",
         [](Comparison &c) {
             std::vector<qint32> &p = c.pairing.partnerOfA;
             if (p.size() < 2 || p[0] < 0)
                 return false;
             p[1] = p[0];
             return true;
         },
         "not one to one"},
    };
    return table;
}

} // namespace

void TestInvariants::brokenPromiseIsCaught_data() {
    QTest::addColumn<int>("row");
    for (qsizetype i = 0; i < breakages().size(); ++i)
        QTest::newRow(breakages().at(i).name) << int(i);
}

void TestInvariants::brokenPromiseIsCaught() {
    QFETCH(int, row);
    const Breakage &b = breakages().at(row);
    Comparison c = everyShape();
    QString broken;
    QVERIFY2(checkComparison(c, &broken), qPrintable(broken));
    QVERIFY2(b.breakIt(c), "the result has nothing of this kind to break");
    QVERIFY(!checkComparison(c, &broken));
    QVERIFY2(broken.contains(QLatin1String(b.named)), qPrintable(broken));
}

void TestInvariants::pairingPairsEqualTokens_data() {
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("ignorePunctuation");
    QTest::newRow("plain") << false << false;
    QTest::newRow("ignore case") << true << false;
    QTest::newRow("ignore punctuation") << false << true;
}

// Paired tokens have the same key (one interner for both sides, so equal keys are equal ids),
// and every token of a group's equal runs is paired.
void TestInvariants::pairingPairsEqualTokens() {
    QFETCH(bool, ignoreCase);
    QFETCH(bool, ignorePunctuation);
    CompareOptions o;
    o.ignoreCase = ignoreCase;
    o.ignorePunctuation = ignorePunctuation;
    const Comparison c = compareDocuments(sample(":/samples/story-v1.txt"),
                                          sample(":/samples/story-v2.md"), o);
    TokenInterner interner;
    const TokenSequence sa = buildTokenSequence(c.a, o, interner);
    const TokenSequence sb = buildTokenSequence(c.b, o, interner);
    QCOMPARE(c.pairing.partnerOfA.size(), sa.ids.size());
    QCOMPARE(c.pairing.partnerOfB.size(), sb.ids.size());
    qsizetype pairs = 0;
    for (size_t i = 0; i < sa.ids.size(); ++i) {
        const qsizetype j = c.pairing.partnerOfA[i];
        if (j < 0)
            continue;
        ++pairs;
        QCOMPARE(sb.ids[size_t(j)], sa.ids[i]);
    }
    for (const BlockGroup &g : c.groups)
        for (const EditRun &r : g.script)
            if (r.kind == EditRun::Equal)
                for (qsizetype k = r.aBegin; k < r.aEnd; ++k)
                    QCOMPARE(qsizetype(c.pairing.partnerOfA[size_t(sa.blockBegin[size_t(g.aBegin)] + k)]),
                             sb.blockBegin[size_t(g.bBegin)] + r.bBegin + (k - r.aBegin));
    QVERIFY(pairs > 0);
}

void TestInvariants::unchangedTextPairsEveryToken() {
    const Document d = sample(":/samples/story-v2.md");
    const Comparison c = compareDocuments(d, d, {});
    for (size_t i = 0; i < c.pairing.partnerOfA.size(); ++i)
        QCOMPARE(c.pairing.partnerOfA[i], qint32(i));
    QCOMPARE(c.pairing.partnerOfB, c.pairing.partnerOfA);
}

// A death test: the child breaks a contract and must die of SIGABRT, saying what and where.
void TestInvariants::brokenContractAbortsWithItsPlace() {
    int fds[2];
    QVERIFY(pipe(fds) == 0);
    const int expectedLine = __LINE__ + 6;
    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDERR_FILENO);
        const int words = 2;
        SD_EXPECT(words == 3);
        _exit(0);
    }
    close(fds[1]);
    QByteArray said;
    char buf[512];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        said.append(buf, n);
    close(fds[0]);
    int status = 0;
    QCOMPARE(waitpid(pid, &status, 0), pid);
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGABRT);
    QVERIFY2(said.contains("precondition broken: words == 3"), said.constData());
    QVERIFY2(said.contains(QByteArray("tst_invariants.cpp:") + QByteArray::number(expectedLine)),
             said.constData());
}

QTEST_GUILESS_MAIN(TestInvariants)
#include "tst_invariants.moc"
