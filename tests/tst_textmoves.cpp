// SPDX-License-Identifier: GPL-3.0-or-later
// Moved text below paragraph level (src/compare/textmoves.*) on hand-made token runs: how far
// a run edited inside grows, exactly. tst_hardedits scores the same rule on generated prose.

#include "compare/textmoves.h"

#include <QtTest>

using namespace sd;

class TestTextMoves : public QObject {
    Q_OBJECT

private slots:
    void editedRuns_data();
    void editedRuns();
};

void TestTextMoves::editedRuns_data() {
    // Token ids of one block each side, all free; 0 is a full stop, every other id a word.
    QTest::addColumn<QList<int>>("a");
    QTest::addColumn<QList<int>>("b");
    QTest::addColumn<QList<qsizetype>>("move"); // aBegin, aEnd, bBegin, bEnd; empty: none
    const QList<int> a{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0};
    QTest::newRow("word-for-word") << a << a << QList<qsizetype>{0, 11, 0, 11};
    QTest::newRow("one-replaced") << a << QList<int>{1, 2, 3, 4, 50, 6, 7, 8, 9, 10, 0}
                                  << QList<qsizetype>{0, 11, 0, 11};
    QTest::newRow("one-inserted") << a << QList<int>{1, 2, 3, 4, 5, 6, 51, 7, 8, 9, 10, 0}
                                  << QList<qsizetype>{0, 11, 0, 12};
    QTest::newRow("one-deleted") << a << QList<int>{1, 2, 3, 4, 5, 7, 8, 9, 10, 0}
                                 << QList<qsizetype>{0, 11, 0, 10};
    QTest::newRow("three-apart-70%")
        << a << QList<int>{1, 2, 3, 4, 50, 6, 51, 8, 52, 10, 0} << QList<qsizetype>{0, 11, 0, 11};
    // Two edits close to the end are more than the one full stop after them wins back: the
    // run would stop before them, inside the sentence, and a part of a sentence edited is no
    // move.
    QTest::newRow("edits-before-the-end")
        << a << QList<int>{1, 2, 3, 4, 50, 6, 51, 8, 52, 53, 0} << QList<qsizetype>{};
    QTest::newRow("half-rewritten")
        << a << QList<int>{1, 2, 3, 4, 50, 51, 52, 53, 54, 10, 0} << QList<qsizetype>{};
    // A sentence's first words or its last word edited are edits inside the move: it is
    // widened to the sentence's start and end when they are three tokens away at most.
    QTest::newRow("first-word-edited")
        << a << QList<int>{60, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0} << QList<qsizetype>{0, 11, 0, 11};
    QTest::newRow("first-two-words-edited")
        << a << QList<int>{60, 61, 3, 4, 5, 6, 7, 8, 9, 10, 0} << QList<qsizetype>{0, 11, 0, 11};
    QTest::newRow("last-word-edited")
        << a << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 70, 0} << QList<qsizetype>{0, 11, 0, 11};
    QTest::newRow("first-word-inserted")
        << a << QList<int>{62, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0} << QList<qsizetype>{0, 11, 0, 12};
    QTest::newRow("first-three-words-edited")
        << a << QList<int>{60, 61, 62, 4, 5, 6, 7, 8, 9, 10, 0} << QList<qsizetype>{0, 11, 0, 11};
    // Four tokens away the start is not widened to: a run not whole sentences, edited, is no
    // move, and its exact part (6 words) is too short.
    QTest::newRow("second-to-fourth-edited")
        << a << QList<int>{1, 61, 62, 63, 5, 6, 7, 8, 9, 10, 0} << QList<qsizetype>{};
    // A run grows up to a sentence end, not across it into the next sentence.
    QTest::newRow("sentence-end-closes")
        << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 11, 12, 13}
        << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 61, 12, 13} << QList<qsizetype>{0, 10, 0, 10};
}

// findTextMoves on hand-made runs (at least 8 words): how far an edited run grows, exactly.
void TestTextMoves::editedRuns() {
    QFETCH(QList<int>, a);
    QFETCH(QList<int>, b);
    QFETCH(QList<qsizetype>, move);
    auto flags = [](const QList<int> &ids, bool stop) {
        std::vector<bool> out;
        for (int id : ids)
            out.push_back(stop == (id == 0));
        return out;
    };
    // Each block ends with a sentence that stayed where it was (not free): a run the whole of
    // its block is the alignment's to tell, not a text move.
    const QList<int> kept{95, 96, 0};
    a += kept;
    b += kept;
    auto freeUpTo = [&kept](const QList<int> &ids) {
        std::vector<bool> out(size_t(ids.size()), true);
        std::fill(out.end() - kept.size(), out.end(), false);
        return out;
    };
    const std::vector<bool> freeA = freeUpTo(a), freeB = freeUpTo(b);
    const std::vector<int> idsA(a.begin(), a.end()), idsB(b.begin(), b.end());
    const std::vector<qint32> blockA(idsA.size(), 0), blockB(idsB.size(), 0);
    const std::vector<bool> wordA = flags(a, false), wordB = flags(b, false);
    const std::vector<bool> endA = flags(a, true), endB = flags(b, true);
    const MoveSide sa{idsA, blockA, freeA, wordA, &endA}, sb{idsB, blockB, freeB, wordB, &endB};
    const std::vector<TextMove> got = findTextMoves(sa, sb, kMinMovedWords);
    QList<qsizetype> flat;
    for (const TextMove &m : got)
        flat << m.aBegin << m.aEnd << m.bBegin << m.bEnd;
    QCOMPARE(flat, move);
}

QTEST_GUILESS_MAIN(TestTextMoves)
#include "tst_textmoves.moc"
