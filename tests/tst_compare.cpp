// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison as an editor reads it: one named row per change kind, the user's seed pair,
// the bundled sample, the options, and the property that the changes account for every word.
#include "compare/aligner.h"
#include "compare/blockalign.h"
#include "compare/groupdiff.h"
#include "compare/tokenkeys.h"
#include "text/folding.h"
#include "util/parallel.h"
#include "testutil.h"

#include <QRandomGenerator>

using namespace sd;

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void changes_data();
    void changes();
    void options_data();
    void options();
    void ignoreOptionsTable_data();
    void ignoreOptionsTable();
    void seedPairReadsLikeAnEditor();
    void samplesCoverEveryKind();
    void changesAccountForEveryWord_data();
    void changesAccountForEveryWord();
    void statsAndSimilarity();
    void cancelStopsEarly();
    void progressReachesTheEnd();
    void parallelInterningNumbersLikeOneTable();
    void hashKeys_data();
    void hashKeys();
    void internerKeepsItsOwnKeys();
    void ignoreCaseKeysAreFullFolding_data();
    void ignoreCaseKeysAreFullFolding();
    void alignmentOnOneThreadEqualsMany();
    void certainGapsPairAsTheFullSearch_data();
    void certainGapsPairAsTheFullSearch();
};

// "replace:eight→nine" per change, in order.
static QStringList describe(const Comparison &c) {
    QStringList out;
    for (const Change &ch : c.changes) {
        QString s = changeKindName(ch.kind) + QLatin1Char(':') + c.sideText(ch, Side::A) +
                    QStringLiteral("→") + c.sideText(ch, Side::B);
        if (!ch.href.isEmpty())
            s += QStringLiteral(" @") + ch.href;
        if (!ch.oldHref.isEmpty())
            s += QStringLiteral(" was ") + ch.oldHref;
        if (ch.kind == ChangeKind::FormatAdded || ch.kind == ChangeKind::FormatRemoved)
            s += QStringLiteral(" [") + (ch.headingStyle ? QStringLiteral("heading") : styleName(ch.style)) + QLatin1Char(']');
        out << s;
    }
    return out;
}

static Comparison compareMd(const QString &a, const QString &b, const CompareOptions &o = {}) {
    return compareDocuments(testdata::doc(a, QStringLiteral("a.md")), testdata::doc(b, QStringLiteral("b.md")), o);
}

static const QString P1 = QStringLiteral("The council met on Monday to discuss the new budget for the town library.");
static const QString P2 = QStringLiteral("Residents asked for longer opening hours and more books for children.");
static const QString P3 = QStringLiteral("The mayor promised an answer before the end of the month, officials said.");
static const QString P4 = QStringLiteral("A final vote on the budget is expected in the spring after a public hearing.");

void TestCompare::changes_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QStringList>("expected");
    const QString base = P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4;
    QTest::newRow("identical") << base << base << QStringList{};
    QTest::newRow("re-wrapped and doubled spaces are no change")
        << base << QString(base).replace(QStringLiteral(" to discuss "), QStringLiteral("\nto  discuss ")) << QStringList{};
    QTest::newRow("word replaced") << base << QString(base).replace("Monday", "Tuesday")
                                   << QStringList{"replace:Monday→Tuesday"};
    QTest::newRow("words inserted") << base << QString(base).replace("more books", "many more books")
                                    << QStringList{"insert:→many"};
    QTest::newRow("words deleted") << base << QString(base).replace(" for children", "")
                                   << QStringList{"delete:for children→"};
    QTest::newRow("paragraph inserted") << base << P1 + "\n\nA brand new paragraph appears right here today.\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4
                                        << QStringList{"insert:→A brand new paragraph appears right here today."};
    QTest::newRow("paragraph deleted") << base << P1 + "\n\n" + P3 + "\n\n" + P4 << QStringList{"delete:" + P2 + "→"};
    QTest::newRow("paragraph moved") << base << P4 + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3
                                     << QStringList{"move:" + P4 + "→" + P4};
    QTest::newRow("moved and edited") << base << QString(P4).replace("spring", "summer") + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3
                                      << QStringList{"move:" + P4 + "→" + QString(P4).replace("spring", "summer"), "replace:spring→summer"};
    QTest::newRow("split mid-sentence")
        << base << P1 + "\n\nResidents asked for longer opening hours\n\nand more books for children.\n\n" + P3 + "\n\n" + P4
        << QStringList{"split:" + P2 + "→Residents asked for longer opening hours\nand more books for children."};
    QTest::newRow("merge") << base << P1 + " " + P2 + "\n\n" + P3 + "\n\n" + P4
                           << QStringList{"merge:" + P1 + "\n" + P2 + "→" + P1 + " " + P2};
    QTest::newRow("link added on unchanged words") << base << QString(base).replace("new budget", "[new budget](https://town.example/budget)")
                                                   << QStringList{"link-added:new budget→new budget @https://town.example/budget"};
    QTest::newRow("link removed") << QString(base).replace("new budget", "[new budget](https://x.example/)") << base
                                  << QStringList{"link-removed:new budget→new budget was https://x.example/"};
    QTest::newRow("link changed") << QString(base).replace("new budget", "[new budget](https://x.example/old)")
                                  << QString(base).replace("new budget", "[new budget](https://x.example/new)")
                                  << QStringList{"link-changed:new budget→new budget @https://x.example/new was https://x.example/old"};
    QTest::newRow("inserted words in a new link are insert and link-added")
        << base << QString(base).replace("officials said.", "officials said. [Read more](#)")
        << QStringList{"insert:→Read more", "link-added:→Read more @#"};
    QTest::newRow("link text edited, same target, is only an edit")
        << QString(base).replace("new budget", "[new budget](#b)") << QString(base).replace("new budget", "[draft budget](#b)")
        << QStringList{"replace:new→draft"};
    QTest::newRow("italic added") << base << QString(base).replace("longer opening hours", "*longer opening hours*")
                                  << QStringList{"format-added:longer opening hours→longer opening hours [italic]"};
    QTest::newRow("bold removed") << QString(base).replace("public hearing", "**public hearing**") << base
                                  << QStringList{"format-removed:public hearing→public hearing [bold]"};
    QTest::newRow("became a heading") << base << "# " + base
                                      << QStringList{"format-added:" + P1 + "→" + P1 + " [heading]"};
    QTest::newRow("curly quotes are typography")
        << QString(base).replace("new budget", "\"new budget\"") << QString(base).replace("new budget", u"“new budget”"_qs)
        << QStringList{u"typography:\"new budget\"→“new budget”"_qs};
    QTest::newRow("apostrophe is typography") << QString(base).replace("Residents", "Residents'") << QString(base).replace("Residents", u"Residents’"_qs)
                                              << QStringList{u"typography:'→’"_qs};
    QTest::newRow("dash and ellipsis are typography")
        << QString(base).replace("month, officials", "month -- officials").replace("hearing.", "hearing...")
        << QString(base).replace("month, officials", u"month — officials"_qs).replace("hearing.", u"hearing…"_qs)
        << QStringList{u"typography:--→—"_qs, u"typography:...→…"_qs};
    QTest::newRow("non-breaking space is typography") << base << QString(base).replace("new budget", u"new\u00A0budget"_qs)
                                                      << QStringList{u"typography:new budget→new\u00A0budget"_qs};
}

void TestCompare::changes() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QStringList, expected);
    const Comparison c = compareMd(a, b);
    QCOMPARE(describe(c), expected);
}

void TestCompare::options_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("without");
    QTest::addColumn<int>("with");
    QTest::newRow("ignore case") << P1 << QString(P1).replace("the new budget", "THE NEW Budget") << "case" << 1 << 0;
    QTest::newRow("ignore punctuation") << P1 << QString(P1).replace("Monday to", "Monday, to") << "punctuation" << 1 << 0;
    QTest::newRow("ignore typography") << "\"" + P1 + "\"" << u"“"_qs + P1 + u"”"_qs << "typography" << 1 << 0;
    QTest::newRow("ignore typography, dashes") << P1 + " -- " + P2 << P1 + u" — "_qs + P2 << "typography" << 1 << 0;
    QTest::newRow("ignore formatting") << P1 << QString(P1).replace("Monday", "*Monday*") << "formatting" << 1 << 0;
    QTest::newRow("ignore links") << P1 << QString(P1).replace("Monday", "[Monday](#)") << "links" << 1 << 0;
    QTest::newRow("ignoring case still reports words") << P1 << QString(P1).replace("Monday", "FRIDAY") << "case" << 1 << 1;
}

void TestCompare::options() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, option);
    QFETCH(int, without);
    QFETCH(int, with);
    CompareOptions o;
    bool known = false;
    for (const IgnoreOption &row : kIgnoreOptions) {
        if (QLatin1String(row.name) == QStringLiteral("ignore-") + option) {
            o.*row.member = true;
            known = true;
        }
    }
    QVERIFY2(known, qPrintable(option));
    QCOMPARE(compareMd(a, b).changes.size(), qsizetype(without));
    QCOMPARE(compareMd(a, b, o).changes.size(), qsizetype(with));
}

// Every row of the options table turns on its own member, and optionNames() names exactly it:
// two rows sharing a member, or a name that differs from the flag, would break the CLI and
// --resume.
void TestCompare::ignoreOptionsTable_data() {
    QTest::addColumn<int>("row");
    for (size_t i = 0; i < kIgnoreOptions.size(); ++i)
        QTest::newRow(kIgnoreOptions[i].name) << int(i);
}

void TestCompare::ignoreOptionsTable() {
    QFETCH(int, row);
    const IgnoreOption &option = kIgnoreOptions[size_t(row)];
    CompareOptions o;
    o.*option.member = true;
    QCOMPARE(optionNames(o), QStringList{QLatin1String(option.name)});
    for (size_t j = 0; j < kIgnoreOptions.size(); ++j)
        QCOMPARE(o.*kIgnoreOptions[j].member, int(j) == row);
    QVERIFY(QLatin1String(option.name).startsWith(QLatin1String("ignore-")));
    QVERIFY(*option.help && *option.label && *option.tip && *option.key);
}

void TestCompare::seedPairReadsLikeAnEditor() {
    if (testdata::sharedDir().isEmpty())
        QSKIP("../shared is not here");
    const LoadResult a = loadDocument(testdata::seedA()), b = loadDocument(testdata::seedB());
    QVERIFY(a.ok() && b.ok());
    const Comparison c = compareDocuments(a.document, b.document, {});
    const QStringList d = describe(c);
    auto has = [&](const QString &prefix) {
        return std::any_of(d.begin(), d.end(), [&](const QString &s) { return s.startsWith(prefix); });
    };
    // The headline is new (the first version has none), the date line too.
    QVERIFY(has(QStringLiteral("insert:→No secret message: Lavrov didn't deliver anything")));
    QVERIFY(has(QStringLiteral("insert:→11/05/2017")));
    // Photo credit and caption deleted.
    QVERIFY(has(QStringLiteral("delete:date 2017-05-11 © Global Look Press→")));
    QVERIFY(has(QStringLiteral("delete:Meeting by Russian Foreign Minister")));
    // Two "Read more" lines, each a link to "#".
    QCOMPARE(d.filter(QRegularExpression(QStringLiteral("^link-added:→.* @#$"))).size(), 2);
    QVERIFY(d.contains(QStringLiteral("link-added:talks→talks @#")));
    // The Peskov quote split in two and gained italics.
    QVERIFY(has(QStringLiteral("split:\"Of course, the fact")));
    QCOMPARE(c.stats.splitBlocks, 1);
    QVERIFY(has(QStringLiteral("format-added:\"Of course")));
    QVERIFY(has(QStringLiteral("format-added:already talked three times")));
    // Straight quotes became curly.
    QVERIFY(has(u"typography:\"too early to draw any conclusions\"→“too early"_qs));
    QVERIFY(has(u"typography:\"cautious optimism\"→“cautious optimism”"_qs));
    // Unchanged paragraphs report nothing, and nothing else is reported.
    for (const QString &s : d) {
        QVERIFY2(!s.contains(QStringLiteral("Yury Ushakov")) && !s.contains(QStringLiteral("Speaking about")) &&
                     !s.contains(QStringLiteral("Lavrov's visit")),
                 qPrintable(s));
    }
    QCOMPARE(c.stats.movedBlocks, 0);
    QCOMPARE(c.stats.replacedWords, 0);
}

void TestCompare::samplesCoverEveryKind() {
    QList<Document> v;
    for (const char *name : {":/samples/story-v1.txt", ":/samples/story-v2.md", ":/samples/story-v3.md"}) {
        const LoadResult r = loadDocument(QString::fromLatin1(name));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        v << r.document;
    }
    QSet<ChangeKind> kinds;
    for (auto [i, j] : {std::pair{0, 1}, std::pair{1, 2}, std::pair{0, 2}})
        for (const Change &ch : compareDocuments(v[i], v[j], {}).changes)
            kinds.insert(ch.kind);
    for (int k = 0; k < kChangeKindCount; ++k)
        QVERIFY2(kinds.contains(ChangeKind(k)), qPrintable(changeKindName(ChangeKind(k))));
}

void TestCompare::changesAccountForEveryWord_data() {
    QTest::addColumn<quint32>("seed");
    for (quint32 s = 1; s <= 12; ++s)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(s))) << s;
}

// Every comparable token of B is either paired with a token of A or inside an insert/replace
// change, exactly once; the mirror holds for A. So the changes, applied to A, give B's words.
void TestCompare::changesAccountForEveryWord() {
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QStringList paras{P1, P2, P3, P4, QStringLiteral("Short one."), QStringLiteral("Another paragraph of words for the test.")};
    QStringList a, b;
    for (int i = 0; i < 12; ++i)
        a << paras[rng.bounded(paras.size())] + QStringLiteral(" %1").arg(i);
    b = a;
    for (int e = 0; e < 6; ++e) {
        const int at = int(rng.bounded(b.size()));
        switch (rng.bounded(5)) {
        case 0: b.removeAt(at); break;
        case 1: b.insert(at, QStringLiteral("Inserted words number %1 here.").arg(e)); break;
        case 2: b[at].replace(QStringLiteral("the"), QStringLiteral("a")); break;
        case 3: b.move(at, int(rng.bounded(b.size()))); break;
        case 4: b[at] = b[at].left(b[at].size() / 2) + QStringLiteral("\n\n") + b[at].mid(b[at].size() / 2); break;
        }
    }
    const Document da = testdata::doc(a.join("\n\n"), "a.md"), db = testdata::doc(b.join("\n\n"), "b.md");
    const Comparison c = compareDocuments(da, db, {});
    TokenInterner interner;
    const TokenSequence sa = buildTokenSequence(c.a, {}, interner), sb = buildTokenSequence(c.b, {}, interner);
    QList<int> coverA(sa.ids.size(), 0), coverB(sb.ids.size(), 0);
    auto positionOf = [](const TokenSequence &s, qint32 block, qint32 token) {
        for (qsizetype p = s.blockBegin[block]; p < s.blockBegin[block + 1]; ++p)
            if (s.tokenOf[p] == token)
                return p;
        return qsizetype(-1);
    };
    auto coverSide = [&](QList<int> &cover, const TokenSequence &s, const ChangeSide &side) {
        const qsizetype p0 = positionOf(s, side.blockBegin, side.tokenBegin);
        const qsizetype p1 = positionOf(s, side.blockEnd - 1, side.tokenEnd - 1) + 1;
        for (qsizetype p = p0; p < p1; ++p)
            ++cover[p];
    };
    const GroupDiffInput in{c.a, c.b, sa, sb, {}};
    for (const BlockGroup &g : c.groups) {
        for (const EditRun &r : groupScript(in, g)) {
            if (r.kind != EditRun::Equal)
                continue;
            for (qsizetype k = 0; k < r.aLength(); ++k) {
                ++coverA[sa.blockBegin[g.aBegin] + r.aBegin + k];
                ++coverB[sb.blockBegin[g.bBegin] + r.bBegin + k];
            }
        }
    }
    for (const Change &ch : c.changes) {
        if (ch.kind == ChangeKind::Insert || ch.kind == ChangeKind::Replace)
            coverSide(coverB, sb, ch.to);
        if (ch.kind == ChangeKind::Delete || ch.kind == ChangeKind::Replace)
            coverSide(coverA, sa, ch.from);
    }
    QCOMPARE(coverA, QList<int>(sa.ids.size(), 1));
    QCOMPARE(coverB, QList<int>(sb.ids.size(), 1));
}

void TestCompare::statsAndSimilarity() {
    const Comparison same = compareMd(P1, P1);
    QCOMPARE(same.similarity, 1.0);
    QVERIFY(!same.hasChanges());
    const Comparison c = compareMd(P1 + "\n\n" + P2, QString(P1).replace("Monday", "Friday") + "\n\n" + P2 + " Extra words here.");
    QCOMPARE(c.stats.insertedWords, 4);
    QCOMPARE(c.stats.deletedWords, 1);
    QCOMPARE(c.stats.replacedWords, 1);
    QVERIFY(c.similarity > 0.8 && c.similarity < 1.0);
}

void TestCompare::cancelStopsEarly() {
    std::atomic_bool cancel{true};
    const Comparison c = compareDocuments(testdata::doc(P1), testdata::doc(P2), {}, &cancel);
    QVERIFY(c.changes.isEmpty());
}

void TestCompare::progressReachesTheEnd() {
    std::atomic_int progress{-1};
    compareDocuments(testdata::doc(P1 + "\n\n" + P2), testdata::doc(P2 + "\n\n" + P1), {}, nullptr, &progress);
    QCOMPARE(progress.load(), 100);
}

// Long documents are interned on two threads with two tables and merged; the ids must be those
// one table gives when A is interned before B.
void TestCompare::parallelInterningNumbersLikeOneTable() {
    QString a, b;
    for (int i = 0; i < 12000; ++i) {
        a += QStringLiteral("Word%1 shared “quoted” text, number %2 and more.\n\n").arg(i % 997).arg(i);
        b += QStringLiteral("Other%1 shared \"quoted\" text, number %2 and less.\n\n").arg(i % 991).arg(i * 3);
    }
    const Document da = testdata::doc(a), db = testdata::doc(b);
    QVERIFY(da.tokenCount() + db.tokenCount() >= 200000);
    for (const bool ignoreCase : {false, true}) {
        CompareOptions o;
        o.ignoreCase = ignoreCase;
        const auto [pa, pb] = buildTokenSequences(da, db, o);
        TokenInterner one;
        const TokenSequence sa = buildTokenSequence(da, o, one);
        const TokenSequence sb = buildTokenSequence(db, o, one);
        QVERIFY(pa.ids == sa.ids);
        QVERIFY(pb.ids == sb.ids);
    }
}

// The interner's hash reads four UTF-16 units at a time; `plain` says that typographic folding
// cannot change the key. Lengths 1..9 cover every tail, and the dash in each position.
void TestCompare::hashKeys_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("plain");
    QTest::newRow("one letter") << "a" << true;
    QTest::newRow("three") << "the" << true;
    QTest::newRow("four") << "word" << true;
    QTest::newRow("five") << "words" << true;
    QTest::newRow("nine") << "paragraph" << true;
    QTest::newRow("digits") << "2017" << true;
    QTest::newRow("dash alone") << "-" << false;
    QTest::newRow("dash in first word") << "co-op" << false;
    QTest::newRow("dash in the tail") << "abcdefgh-" << false;
    QTest::newRow("backtick") << "``" << false;
    QTest::newRow("curly apostrophe") << QString::fromUtf8("don’t") << false;
    QTest::newRow("accented") << QString::fromUtf8("naïve") << false;
    QTest::newRow("letters around 0x2D in the high byte") << QString(QChar(0x2D41)) << false;
}

void TestCompare::hashKeys() {
    QFETCH(QString, key);
    QFETCH(bool, plain);
    const QString copy = QString(key.constData(), key.size()); // another buffer, same text
    auto view = [](const QString &s) {
        return std::u16string_view(reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size()));
    };
    bool isPlain = !plain;
    const quint32 h = hashTokenKey(view(key), &isPlain);
    QCOMPARE(isPlain, plain);
    QCOMPARE(hashTokenKey(view(copy)), h);
    // Neighbours differ: one more unit, one unit changed.
    QVERIFY(hashTokenKey(view(key + QLatin1Char('x'))) != h);
    QString changed = key;
    changed[changed.size() - 1] = QChar(changed.back().unicode() ^ 1);
    QVERIFY(hashTokenKey(view(changed)) != h);
}

// Keys are copied into the interner: the texts they came from may go away.
void TestCompare::internerKeepsItsOwnKeys() {
    TokenInterner interner;
    QList<int> ids;
    for (int i = 0; i < 5000; ++i) {
        QString word = QStringLiteral("word%1").arg(i);
        ids.append(interner.intern(std::u16string_view(reinterpret_cast<const char16_t *>(word.utf16()),
                                                       size_t(word.size()))));
        word.fill(QLatin1Char('#')); // the caller's buffer changes under the table
    }
    QCOMPARE(interner.size(), qsizetype(5000));
    for (int i = 0; i < 5000; ++i) {
        const QString again = QStringLiteral("word%1").arg(i);
        const std::u16string_view key(reinterpret_cast<const char16_t *>(again.utf16()), size_t(again.size()));
        QCOMPARE(interner.find(key, hashTokenKey(key)), ids.at(i));
        QCOMPARE(interner.intern(key), ids.at(i));
    }
    const auto keys = interner.keysById();
    QCOMPARE(QStringView(keys.at(4321).first), QStringView(u"word4321"));
}

// Under --ignore-case a token is keyed by ICU's full folding of its typography-folded text;
// plain ASCII tokens take a shortcut (A-Z lowered) that must give the very same key.
void TestCompare::ignoreCaseKeysAreFullFolding_data() {
    QTest::addColumn<QString>("word");
    QTest::newRow("lower") << "river";
    QTest::newRow("capital") << "River";
    QTest::newRow("all caps") << "RIVER";
    QTest::newRow("digits and letters") << "A4B2";
    QTest::newRow("brackets around the letters") << "Z[a]@";
    QTest::newRow("dash (not plain)") << "Co-Op";
    QTest::newRow("sharp s") << QString::fromUtf8("STRAßE");
    QTest::newRow("accented capital") << QString::fromUtf8("École");
    QTest::newRow("curly apostrophe") << QString::fromUtf8("DON’T");
    QTest::newRow("64 letters") << QString(64, QLatin1Char('Q'));
    QTest::newRow("65 letters") << QString(65, QLatin1Char('Q'));
}

void TestCompare::ignoreCaseKeysAreFullFolding() {
    QFETCH(QString, word);
    CompareOptions o;
    o.ignoreCase = true;
    const Document d = testdata::doc(word + QStringLiteral(" tail"), "a.txt");
    TokenInterner interner;
    const TokenSequence seq = buildTokenSequence(d, o, interner);
    QVERIFY(!seq.ids.empty());
    const Block &block = d.blocks.at(0);
    const QString expected = foldCase(foldTypography(block.tokenText(block.tokens.at(0))));
    const std::u16string_view key(reinterpret_cast<const char16_t *>(expected.utf16()),
                                  size_t(expected.size()));
    QCOMPARE(interner.find(key, hashTokenKey(key)), seq.ids.front());
}

// Edited paragraphs are judged on several threads once there are many (Aligner::judgeAll):
// the pairing must be the one a single thread finds. 1,500 paragraphs of one vocabulary, each
// with a word changed, every tenth moved far away: both resemblance passes judge them all.
void TestCompare::alignmentOnOneThreadEqualsMany() {
    QRandomGenerator rng(20261202);
    const QStringList vocabulary = QStringLiteral(
        "river mill square rail yards council vote budget harbour bridge market north south "
        "evening morning report said would could their other water light train station")
                                       .split(QLatin1Char(' '));
    QStringList a, b;
    for (int i = 0; i < 1500; ++i) {
        QStringList words;
        for (int w = 0; w < 20; ++w)
            words << vocabulary.at(rng.bounded(int(vocabulary.size())));
        words << QStringLiteral("p%1").arg(i);
        a << words.join(QLatin1Char(' ')) + QLatin1Char('.');
        words[rng.bounded(20)] = QStringLiteral("edited%1").arg(i);
        b << words.join(QLatin1Char(' ')) + QLatin1Char('.');
    }
    for (int i = 0; i + 700 < 1500; i += 10)
        b.swapItemsAt(i, i + 700);
    const Document da = testdata::doc(a.join(QStringLiteral("\n\n"))),
                   db = testdata::doc(b.join(QStringLiteral("\n\n")));
    const auto [sa, sb] = buildTokenSequences(da, db, {});
    // The first resemblance pass alone (what later passes would otherwise make up for), then
    // the whole alignment.
    auto firstPass = [&] {
        align::Aligner al(sa, sb);
        al.exactInOrder();
        al.concatenations();
        al.exactAnywhere();
        al.similarBlocks(true);
        return al.groups;
    };
    WorkPool &pool = WorkPool::global();
    const int budget = pool.budget();
    pool.setBudget(1);
    const QList<BlockGroup> passOne = firstPass(), one = alignBlocks(sa, sb);
    pool.setBudget(2);
    const QList<BlockGroup> passTwo = firstPass(), two = alignBlocks(sa, sb);
    pool.setBudget(budget);
    QVERIFY2(passOne.size() >= 1400, qPrintable(QString::number(passOne.size())));
    QVERIFY(passOne == passTwo);
    QCOMPARE(one.size(), two.size());
    QVERIFY(one == two);
    qsizetype moved = 0;
    for (const BlockGroup &g : one)
        moved += g.moved ? 1 : 0;
    QVERIFY2(moved >= 70, qPrintable(QString::number(moved))); // the swaps were found
}

// A B paragraph alone in its gap with a near-identical A paragraph is paired without the
// search for partners elsewhere (Aligner::certainInGap); the pairing must be the one the full
// search finds. Texts of a dozen words, so that paragraphs resemble each other: one-word edits
// (Dice about 0.96-0.97 on 30 words, around the shortcut's bar), several edited in one gap,
// neighbours swapped, copies of a paragraph in A and in B, paragraphs dropped.
void TestCompare::certainGapsPairAsTheFullSearch_data() {
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 300; seed += 25)
        QTest::newRow(qPrintable(QStringLiteral("seeds %1-%2").arg(seed).arg(seed + 24))) << seed;
}

void TestCompare::certainGapsPairAsTheFullSearch() {
    QFETCH(quint32, seed);
    const QStringList vocabulary =
        QStringLiteral("mill square rail yards vote river north bridge said would their train")
            .split(QLatin1Char(' '));
    qsizetype shortcuts = 0;
    for (quint32 k = seed; k < seed + 25; ++k) {
        QRandomGenerator rng(k);
        auto paragraph = [&] {
            QStringList words;
            const int n = 24 + int(rng.bounded(12));
            for (int w = 0; w < n; ++w)
                words << vocabulary.at(rng.bounded(int(vocabulary.size())));
            return words;
        };
        QList<QStringList> a, b;
        for (int p = 0, n = 6 + int(rng.bounded(30)); p < n; ++p)
            a << (p > 0 && rng.bounded(8) == 0 ? a.at(rng.bounded(p)) : paragraph());
        for (const QStringList &p : a) {
            const quint32 roll = rng.bounded(20);
            QStringList q = p;
            if (roll < 10)
                q[rng.bounded(int(q.size()))] = QStringLiteral("edited");
            if (roll == 10)
                continue; // dropped
            b << q;
            if (roll == 11)
                b << q; // copied
        }
        for (qsizetype p = 0; p + 1 < b.size(); ++p)
            if (rng.bounded(10) == 0)
                b.swapItemsAt(p, p + 1);
        auto text = [](const QList<QStringList> &ps) {
            QStringList out;
            for (const QStringList &p : ps)
                out << p.join(QLatin1Char(' ')) + QLatin1Char('.');
            return out.join(QStringLiteral("\n\n"));
        };
        const Document da = testdata::doc(text(a)), db = testdata::doc(text(b));
        const auto [sa, sb] = buildTokenSequences(da, db, {});
        align::Aligner fast(sa, sb), full(sa, sb);
        full.certainGaps = false;
        const QList<BlockGroup> withShortcut = fast.run(), without = full.run();
        QVERIFY2(withShortcut == without, qPrintable(QStringLiteral("seed %1").arg(k)));
        for (const BlockGroup &g : withShortcut)
            shortcuts += g.kind == BlockGroup::Edited ? 1 : 0;
    }
    QVERIFY(shortcuts > 0);
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
