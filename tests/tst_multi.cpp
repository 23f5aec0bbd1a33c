// SPDX-License-Identifier: GPL-3.0-or-later
// Several versions: the collation as a variant graph (CollateX's own vectors where they apply;
// generated versions with known agreements and moves: the same rows whatever the base, versions
// agreeing against the base in one row, a known move one row marked moved, a rewritten
// sentence one row), the story's evolution on chains where each word's origin is known, and
// the similarity matrix.
#include "multi/session.h"
#include "testutil.h"

#include "readers/loader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

using namespace sd;

Q_DECLARE_METATYPE(QList<sd::Document>)

class TestMulti : public QObject {
    Q_OBJECT
private slots:
    void collation_data();
    void collation();
    void collatexVectors_data();
    void collatexVectors();
    void rowsGiveBackEveryVersion_data();
    void rowsGiveBackEveryVersion();
    void sameRowsForEveryBase_data();
    void sameRowsForEveryBase();
    void sameRowsForEveryOrder_data();
    void sameRowsForEveryOrder();
    void agreementAgainstTheBaseIsOneRow_data();
    void agreementAgainstTheBaseIsOneRow();
    void knownMoveIsATransposition_data();
    void knownMoveIsATransposition();
    void rewrittenSentenceIsOneRow();
    void paragraphBreaksStayInCells();
    void evolutionKnowsEachWordsOrigin();
    void evolutionDroppedPassages();
    void similarityMatrix();
    void sharedReadings_data();
    void sharedReadings();
};

static QList<Document> docs(const QStringList &texts) {
    QList<Document> out;
    for (qsizetype i = 0; i < texts.size(); ++i)
        out << testdata::doc(texts[i], QStringLiteral("v%1.txt").arg(i + 1));
    return out;
}

static Collation collateTexts(const QStringList &texts,
                              Segmentation segmentation = Segmentation::Phrases) {
    return collateVersions(docs(texts), {}, segmentation);
}

// "x|a,b,a|-,-,b|y": agreeing rows show one text, variant rows every version's ("-" = none).
static QString render(const Collation &c) {
    QStringList rows;
    for (const CollationRow &r : c.rows) {
        if (r.agree) {
            rows << r.texts.first().value_or(QStringLiteral("-"));
            continue;
        }
        QStringList cells;
        for (const auto &t : r.texts)
            cells << t.value_or(QStringLiteral("-"));
        rows << cells.join(QLatin1Char(','));
    }
    return rows.join(QLatin1Char('|'));
}

// Generated words that never meet by chance: "w<seed>x<n>".
static QStringList words(int count, int seed) {
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("w%1x%2").arg(seed).arg(i);
    return out;
}

void TestMulti::collation_data() {
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<int>("segmentation");
    QTest::addColumn<QString>("table");
    const int segments = int(Segmentation::Segments), phrases = int(Segmentation::Phrases);
    QTest::newRow("all agree") << QStringList{"the same words", "the same words", "the same words"}
                               << phrases << "the same words";
    QTest::newRow("one variant reading, segments")
        << QStringList{"the council met on Monday", "the council met on Tuesday", "the board met on Monday"}
        << segments << "the|council,council,board|met on|Monday,Tuesday,Monday";
    QTest::newRow("one variant reading, phrases")
        << QStringList{"the council met on Monday", "the council met on Tuesday", "the board met on Monday"}
        << phrases << "the|council met on Monday,council met on Tuesday,board met on Monday";
    QTest::newRow("v1 and v3 share a reading v2 lacks")
        << QStringList{"x a y", "x b y", "x a b y"} << segments << "x|a,-,a|-,b,b|y";
    QTest::newRow("omission") << QStringList{"The same clock as when", "The same as when", "The same clock as when"}
                              << segments << "The same|clock,-,clock|as when";
    QTest::newRow("typography agrees") << QStringList{"he said \"yes\" then", u"he said “yes” then"_qs, "he said \"yes\" then"}
                                       << phrases << "he said \"yes\" then";
}

void TestMulti::collation() {
    QFETCH(QStringList, texts);
    QFETCH(int, segmentation);
    QFETCH(QString, table);
    QCOMPARE(render(collateTexts(texts, Segmentation(segmentation))), table);
}
void TestMulti::collatexVectors_data() {
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("table");
    QFile f(testdata::sharedDir() + QStringLiteral("/corpus/oracles/collatex.json"));
    if (testdata::sharedDir().isEmpty() || !f.open(QIODevice::ReadOnly))
        QSKIP("../shared/corpus/oracles/collatex.json is not here");
    // Vectors that apply: default segmentation, rows given as strings, enabled upstream. Left
    // out, different by design:
    // - the graph is built from each version's comparison with its parent in the guide tree,
    //   so a reading is aligned with the other versions' only between the same two anchors
    //   (CollateX aligns each witness with the whole graph);
    // - an insertion between two equal punctuation marks ends at the punctuation, as a sentence
    //   reads ("i ! [K !] q"), where CollateX starts it there ("i [! K] ! q");
    // - columns are ranks of words, not of merged segments: a two-word reading against a
    //   one-word one is two columns ("dinner plates" / "glasses").
    const QSet<QString> differentByDesign{
        QStringLiteral("test_near_matching.py::test_exact_matching"),
        QStringLiteral("test_edit_graph_aligner.py::test_duplicated_tokens_in_witness"),
        QStringLiteral("test_edit_graph_aligner.py::test_rank_adjustment"),
        QStringLiteral("test_edit_graph_aligner.py::test_non_overlapping_blocks_Hermans"),
        QStringLiteral("test_edit_graph_aligner.py::test_blocks_Hermans_case_three_witnesses"),
        QStringLiteral("test_suffix_edit_graph_aligner.py::test_hermans_witness_order_independence_case_two_witnesses"),
        QStringLiteral("test_suffix_edit_graph_aligner.py::test_hermans_witness_order_independence_case_three_witnesses"),
    };
    const QJsonArray vectors = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("vectors")).toArray();
    for (const QJsonValue &v : vectors) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("test")).toString();
        if (o.value(QStringLiteral("disabled_upstream")).toBool() || !o.value(QStringLiteral("collate_options")).toObject().isEmpty() ||
            !o.contains(QStringLiteral("expected_rows")) || differentByDesign.contains(name))
            continue;
        QStringList texts;
        for (const QJsonValue &w : o.value(QStringLiteral("witnesses")).toArray())
            texts << w.toObject().value(QStringLiteral("text")).toString();
        // CollateX's rows are witnesses and its columns segments; ours are the transpose.
        QList<QStringList> columns;
        for (const QJsonValue &r : o.value(QStringLiteral("expected_rows")).toArray()) {
            const QJsonArray cells = r.toObject().value(QStringLiteral("cells")).toArray();
            columns.resize(std::max(columns.size(), cells.size()));
            for (qsizetype c = 0; c < cells.size(); ++c)
                columns[c] << (cells[c].isNull() ? QStringLiteral("-") : cells[c].toString().trimmed());
        }
        QStringList rows;
        for (const QStringList &col : columns)
            rows << (QSet<QString>(col.begin(), col.end()).size() == 1 ? col.first() : col.join(QLatin1Char(',')));
        QTest::newRow(qPrintable(name)) << texts << rows.join(QLatin1Char('|'));
    }
}

void TestMulti::collatexVectors() {
    QFETCH(QStringList, texts);
    QFETCH(QString, table);
    QCOMPARE(render(collateTexts(texts, Segmentation::Segments)), table);
}

// Joined over the rows, each version's texts give back its words in order (no moves here).
void TestMulti::rowsGiveBackEveryVersion_data() {
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("edits") << QStringList{"One two three four five six.", "One too three five six seven.",
                                          "Zero one two three four five six."};
    QTest::newRow("paragraphs") << QStringList{"A b c.\n\nD e f.", "A b c d e f.", "A x c.\n\nD e f.\n\nG."};
}

void TestMulti::rowsGiveBackEveryVersion() {
    QFETCH(QStringList, texts);
    auto tokens = [](const QString &s) { return testdata::tokenTexts(testdata::doc(s)); };
    for (const Segmentation seg : {Segmentation::Segments, Segmentation::Phrases}) {
        const Collation c = collateTexts(texts, seg);
        for (qsizetype k = 0; k < texts.size(); ++k) {
            QStringList joined;
            for (const CollationRow &r : c.rows)
                if (r.texts[k])
                    joined << *r.texts[k];
            QCOMPARE(tokens(joined.join(QLatin1Char(' '))), tokens(texts[k]));
        }
    }
}

// Generated chains: a base of paragraphs, each version a few word edits from the one before.
static QStringList generatedChain(quint32 seed, int versions) {
    QRandomGenerator rng(seed);
    QList<QStringList> paragraphs;
    for (int p = 0; p < 6; ++p)
        paragraphs << words(12, p);
    QStringList out;
    for (int v = 0; v < versions; ++v) {
        QStringList ps;
        for (const QStringList &p : paragraphs)
            ps << p.join(QLatin1Char(' '));
        out << ps.join(QStringLiteral("\n\n"));
        for (int e = 0; e < 3; ++e) {
            QStringList &p = paragraphs[int(rng.bounded(paragraphs.size()))];
            p[int(rng.bounded(p.size()))] = QStringLiteral("e%1v%2").arg(e).arg(v);
        }
    }
    return out;
}

void TestMulti::sameRowsForEveryBase_data() {
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2") << 2u;
    QTest::newRow("seed 3") << 3u;
}

// The base chooses the colours, never the rows: the same rows, cell for cell, for every base.
void TestMulti::sameRowsForEveryBase() {
    QFETCH(quint32, seed);
    const QList<Document> d = docs(generatedChain(seed, 5));
    QList<CollationRow> first;
    for (qsizetype base = 0; base < d.size(); ++base) {
        VersionSession s(d, base, {});
        const SessionResult r = s.multi();
        QVERIFY(!r.result.incomplete);
        if (base == 0)
            first = r.result.collation.rows;
        else
            QCOMPARE(r.result.collation.rows, first);
    }
    QVERIFY(first.size() > 1);
}

// Generated versions that move paragraphs as well as edit words: each version moves one
// paragraph of the one before and replaces a few words.
static QList<Document> movingChain(quint32 seed, int versions) {
    QRandomGenerator rng(seed);
    QList<QStringList> paragraphs;
    for (int p = 0; p < 7; ++p)
        paragraphs << words(10, p);
    QStringList texts;
    for (int v = 0; v < versions; ++v) {
        QStringList ps;
        for (const QStringList &p : paragraphs)
            ps << p.join(QLatin1Char(' '));
        texts << ps.join(QStringLiteral("\n\n"));
        paragraphs.move(int(rng.bounded(paragraphs.size())), int(rng.bounded(paragraphs.size())));
        for (int e = 0; e < 2; ++e) {
            QStringList &p = paragraphs[int(rng.bounded(paragraphs.size()))];
            p[int(rng.bounded(p.size()))] = QStringLiteral("e%1v%2").arg(e).arg(v);
        }
    }
    return docs(texts);
}

static QList<Document> loadAll(const QStringList &paths) {
    QList<Document> out;
    for (const QString &path : paths) {
        const LoadResult r = loadDocument(path);
        if (!r.ok())
            return {};
        out << r.document;
    }
    return out;
}

// The rows with each version's cells under the version's own name (its position in `order`'s
// original list), so that two collations of the same files in other orders compare equal:
// per row and version, its text, where it moved from, whether it opens a paragraph, and the
// versions that share its reading.
static QStringList rowsByVersion(const Collation &c, const QList<qsizetype> &order) {
    QStringList out;
    for (const CollationRow &r : c.rows) {
        QStringList cells(order.size());
        for (qsizetype k = 0; k < order.size(); ++k) {
            QList<qsizetype> sharing;
            for (qsizetype j = 0; j < order.size(); ++j)
                if (r.sameAs[j] == r.sameAs[k])
                    sharing << order[j];
            std::sort(sharing.begin(), sharing.end());
            QStringList names;
            for (const qsizetype j : sharing)
                names << QString::number(j);
            cells[order[k]] = QStringLiteral("%1 moved:%2 opens:%3 with:%4")
                                  .arg(r.texts[k].value_or(QStringLiteral("-")))
                                  .arg(r.movedFrom[k])
                                  .arg(r.opensParagraph[k])
                                  .arg(names.join(QLatin1Char(',')));
        }
        out << cells.join(QStringLiteral(" | ")) + (r.agree ? QStringLiteral(" agree") : QString());
    }
    return out;
}

void TestMulti::sameRowsForEveryOrder_data() {
    QTest::addColumn<QList<Document>>("versions");
    QTest::addColumn<int>("orders"); // how many orders to try; 0: every one
    QTest::newRow("bundled sample")
        << loadAll({QStringLiteral(":/samples/story-v1.txt"), QStringLiteral(":/samples/story-v2.md"),
                    QStringLiteral(":/samples/story-v3.md")})
        << 0;
    QTest::newRow("two versions") << movingChain(4, 2) << 0;
    for (const quint32 seed : {1u, 2u, 3u})
        QTest::newRow(qPrintable(QStringLiteral("moves and edits, seed %1").arg(seed)))
            << movingChain(seed, 4) << 0;
    QTest::newRow("moves and edits, 6 versions") << movingChain(7, 6) << 16;
    QTest::newRow("edits, 5 versions") << docs(generatedChain(5, 5)) << 16;
    const QString darwin =
        testdata::sharedDir() + QStringLiteral("/corpus/versions/darwin-origin-ch1-6-editions");
    if (!testdata::sharedDir().isEmpty() && QFileInfo(darwin).isDir()) {
        QStringList paths;
        for (const QString &f : QDir(darwin).entryList({QStringLiteral("v*.txt")}, QDir::Files, QDir::Name))
            paths << darwin + QLatin1Char('/') + f;
        QTest::newRow("Darwin, 6 editions") << loadAll(paths) << 8;
    }
}

// The files' order chooses nothing: the same rows, cell for cell under each version's name,
// for every order of the files (or, for many versions, the reverse and seeded shuffles) and
// every base.
void TestMulti::sameRowsForEveryOrder() {
    QFETCH(QList<Document>, versions);
    QFETCH(int, orders);
    QVERIFY(versions.size() >= 2);
    QList<qsizetype> order(versions.size());
    std::iota(order.begin(), order.end(), 0);
    QList<QList<qsizetype>> tried;
    if (orders == 0) {
        do
            tried << order;
        while (std::next_permutation(order.begin(), order.end()));
    } else {
        tried << order << QList<qsizetype>(order.rbegin(), order.rend());
        QRandomGenerator rng(orders);
        while (tried.size() < orders) {
            std::shuffle(order.begin(), order.end(), rng);
            tried << order;
        }
    }
    QStringList first;
    for (qsizetype t = 0; t < tried.size(); ++t) {
        QList<Document> given;
        for (const qsizetype k : tried[t])
            given << versions[k];
        VersionSession s(given, 0, {});
        // Every base for every order of a few versions; for many, a different base each time.
        const qsizetype bases = orders == 0 ? versions.size() : 1;
        for (qsizetype b = 0; b < bases; ++b) {
            s.setBase(orders == 0 ? b : t % versions.size());
            const SessionResult r = s.multi();
            QVERIFY(!r.result.incomplete);
            const QStringList rows = rowsByVersion(r.result.collation, tried[t]);
            if (first.isEmpty())
                first = rows;
            else
                QCOMPARE(rows, first);
        }
    }
    QVERIFY(first.size() > 1);
}

void TestMulti::agreementAgainstTheBaseIsOneRow_data() {
    QTest::addColumn<int>("at");
    QTest::newRow("first word") << 0;
    QTest::newRow("middle") << 6;
    QTest::newRow("last word") << 11;
}

// v2 and v4 read X where v1 and v3 read the base's word: X is one reading in one row, v2's and
// v4's, whatever the version between them read.
void TestMulti::agreementAgainstTheBaseIsOneRow() {
    QFETCH(int, at);
    const QStringList base = words(12, 0);
    QStringList x = base, y = base;
    x[at] = QStringLiteral("shared");
    y[(at + 6) % 12] = QStringLiteral("other");
    const QStringList texts{base.join(' '), x.join(' '), y.join(' '), x.join(' ')};
    for (const Segmentation seg : {Segmentation::Segments, Segmentation::Phrases}) {
        const Collation c = collateTexts(texts, seg);
        int rows = 0;
        for (const CollationRow &r : c.rows) {
            if (!r.texts[1] || !r.texts[1]->contains(QLatin1String("shared")))
                continue;
            ++rows;
            QCOMPARE(r.texts[3], r.texts[1]);
            QCOMPARE(r.sameAs[3], 1);
            QVERIFY(r.differs(1, 0) && r.differs(3, 0) && !r.differs(2, 0));
            QVERIFY(r.texts[0] && r.texts[0]->contains(base[at]));
        }
        QCOMPARE(rows, 1);
    }
}

void TestMulti::knownMoveIsATransposition_data() {
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("end to top") << 5 << 0;
    QTest::newRow("top to end") << 0 << 5;
    QTest::newRow("middle down") << 2 << 4;
}

// v2 moves paragraph `from` to `to` (the sample's headline: end to top), v3 edits elsewhere:
// the moved paragraph is one row across the three versions, marked moved in the versions whose
// order the rows do not follow (v1, or v2 and v3, which read it in the same place: the rows
// follow the guide tree's root), and no other row holds anything of it.
void TestMulti::knownMoveIsATransposition() {
    QFETCH(int, from);
    QFETCH(int, to);
    QStringList ps;
    for (int p = 0; p < 6; ++p)
        ps << words(10, p).join(' ');
    QStringList moved = ps;
    moved.move(from, to);
    QStringList edited = moved;
    edited[(to + 3) % 6].replace(QStringLiteral("x4"), QStringLiteral("x4b"));
    const QStringList texts{ps.join("\n\n"), moved.join("\n\n"), edited.join("\n\n")};
    const Collation c = collateTexts(texts);
    int found = 0;
    for (const CollationRow &r : c.rows) {
        if (r.texts[0] != std::optional<QString>(ps[from]))
            continue;
        ++found;
        QCOMPARE(r.texts[1], r.texts[0]);
        QCOMPARE(r.texts[2], r.texts[0]);
        QCOMPARE(r.movedFrom[1] >= 0, r.movedFrom[2] >= 0);
        QCOMPARE(r.movedFrom[0] >= 0, r.movedFrom[1] < 0);
        QCOMPARE(r.sameAs, (QList<qsizetype>{0, 0, 0}));
        QVERIFY(!r.agree);
    }
    QCOMPARE(found, 1);
    // Nowhere does a version's text stand as a variant of the moved paragraph.
    for (const CollationRow &r : c.rows)
        for (qsizetype k = 0; k < 3; ++k)
            if (r.texts[k] && r.texts[k] != std::optional<QString>(ps[from]))
                QVERIFY(!r.texts[k]->contains(words(10, from).first()));
}

// Every other word of a sentence rewritten: one row, not one per rewritten word.
void TestMulti::rewrittenSentenceIsOneRow() {
    const QStringList a = words(16, 0);
    QStringList b = a;
    for (int i = 3; i < 12; i += 2)
        b[i] = QStringLiteral("new%1").arg(i);
    const Collation c = collateTexts({a.join(' '), b.join(' '), a.join(' ')});
    int variants = 0;
    for (const CollationRow &r : c.rows)
        variants += r.agree ? 0 : 1;
    QCOMPARE(variants, 1);
    QCOMPARE(render(collateTexts({a.join(' '), b.join(' '), a.join(' ')}, Segmentation::Segments))
                 .count(QLatin1Char('|')),
             10); // Segments: 2 agreeing ends, 5 rewritten words (each with its replacement), 4
                  // islands between
}

// A reading over a paragraph break keeps it: "\n" inside the cell, and the row says which
// versions begin a paragraph there.
void TestMulti::paragraphBreaksStayInCells() {
    const Collation c = collateTexts({"one two three four five six", "one two three\n\nfour five six",
                                      "one two three four five six"});
    QCOMPARE(c.rows.size(), 1);
    QCOMPARE(c.rows[0].texts[1], std::optional<QString>(QStringLiteral("one two three\nfour five six")));
    QCOMPARE(c.rows[0].sameAs, (QList<qsizetype>{0, 1, 0}));
    QCOMPARE(c.rows[0].opensParagraph, (QList<bool>{true, true, true}));
}

void TestMulti::evolutionKnowsEachWordsOrigin() {
    // A chain where each version adds words tagged with its own number: "w<version>x<n>".
    QRandomGenerator rng(7);
    QStringList words{"w0x0", "w0x1", "w0x2", "w0x3", "w0x4", "w0x5", "w0x6", "w0x7"};
    QStringList versions{words.join(' ')};
    for (int v = 1; v < 6; ++v) {
        for (int e = 0; e < 3; ++e)
            words.insert(int(rng.bounded(words.size() + 1)), QStringLiteral("w%1x%2").arg(v).arg(e));
        words.removeAt(int(rng.bounded(words.size())));
        versions << words.join(' ');
    }
    const QList<Document> d = docs(versions);
    QList<Comparison> steps;
    for (qsizetype v = 0; v + 1 < d.size(); ++v)
        steps << compareDocuments(d[v], d[v + 1], {});
    const Evolution ev = traceEvolution(d, steps, {});
    QCOMPARE(ev.words.size(), words.size());
    for (const EvolutionWord &w : ev.words)
        QCOMPARE(w.introducedIn, w.text.mid(1, w.text.indexOf(u'x') - 1).toInt());
    // Each word names the token of the last version it stands on, in reading order, so a view
    // tints that very token (blame never lines origins up by counting words).
    const Document &last = d.last();
    for (qsizetype k = 0; k < ev.words.size(); ++k) {
        const EvolutionWord &w = ev.words.at(k);
        QVERIFY(w.block >= 0 && w.block < last.blocks.size());
        const Block &b = last.blocks.at(w.block);
        QVERIFY(w.token >= 0 && w.token < b.tokens.size());
        QCOMPARE(b.tokenText(b.tokens.at(w.token)).toString(), w.text);
        if (k > 0) {
            const EvolutionWord &prev = ev.words.at(k - 1);
            QVERIFY(prev.block < w.block || (prev.block == w.block && prev.token < w.token));
        }
    }
    QCOMPARE(ev.versions.size(), 6);
    QCOMPARE(ev.versions[1].wordsAdded, 3);
    QCOMPARE(ev.versions[1].wordsDropped, 1);
}

void TestMulti::evolutionDroppedPassages() {
    const QList<Document> d = docs({"alpha beta gamma delta", "alpha beta new delta", "alpha new delta"});
    QList<Comparison> steps{compareDocuments(d[0], d[1], {}), compareDocuments(d[1], d[2], {})};
    const Evolution ev = traceEvolution(d, steps, {});
    QCOMPARE(ev.dropped.size(), 2);
    QCOMPARE(ev.dropped[0].text, QStringLiteral("gamma"));
    QCOMPARE(ev.dropped[0].droppedIn, 1);
    QCOMPARE(ev.dropped[1].text, QStringLiteral("beta"));
    QCOMPARE(ev.dropped[1].droppedIn, 2);
    QCOMPARE(ev.dropped[1].introducedIn, 0);
}

void TestMulti::similarityMatrix() {
    const QList<Document> d = docs({"one two three four", "one two three four", "one two three five", "six seven"});
    const QList<QList<double>> m = *VersionSession(d, 0, {}).similarity();
    QCOMPARE(m.size(), 4);
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(m[i][i], 1.0);
        for (qsizetype j = 0; j < 4; ++j)
            QCOMPARE(m[i][j], m[j][i]);
    }
    QCOMPARE(m[0][1], 1.0);
    QVERIFY(m[0][2] > 0.5 && m[0][2] < 1.0);
    QCOMPARE(m[0][3], 0.0);
}

void TestMulti::sharedReadings_data() {
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("two readings twice")
        << QStringList{"met on Monday", "met on Tuesday", "met on Monday", "met on Tuesday"};
    QTest::newRow("base in the middle")
        << QStringList{"met on Tuesday", "met on Friday", "met on Monday", "met on Tuesday"};
    QTest::newRow("an omission shared")
        << QStringList{"The same clock as when", "The same as when", "The same as when"};
    QTest::newRow("all agree") << QStringList{"one two", "one two", "one two"};
}

// Each version's reading is named by the first version reading exactly the same: checked
// against the texts themselves (no typography here, so same words are same texts).
void TestMulti::sharedReadings() {
    QFETCH(QStringList, texts);
    for (const Segmentation seg : {Segmentation::Segments, Segmentation::Phrases}) {
        const Collation c = collateTexts(texts, seg);
        for (const CollationRow &r : c.rows) {
            QCOMPARE(r.sameAs.size(), r.texts.size());
            for (qsizetype k = 0; k < r.texts.size(); ++k) {
                const qsizetype same = r.sameAs[k];
                QVERIFY(same <= k);
                QCOMPARE(r.texts[same], r.texts[k]);
                for (qsizetype d = 0; d < same; ++d)
                    QVERIFY(r.texts[d] != r.texts[k]);
                QCOMPARE(r.agree, std::all_of(r.texts.begin(), r.texts.end(), [&](const auto &t) {
                             return t && t == r.texts.first();
                         }));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestMulti)
#include "tst_multi.moc"
