// SPDX-License-Identifier: GPL-3.0-or-later
// The edits people make that the accuracy generator does not (issue 18), on real prose with
// exact truth: paragraphs moved with up to 60% of their words rewritten, a paragraph deleted
// while a new one elsewhere shares its common words (no move), splits and merges of every size
// from one word to all but one, a whole text joined into one paragraph and back, headings
// re-levelled, sentences moved between paragraphs (word for word or with words edited inside
// them) and sentences deleted while unrelated ones are inserted elsewhere (no move). Each row is
// one class over many seeded cases; it prints the class's recall and precision over the structural
// changes (moves, splits, merges, heading changes, blocks deleted or inserted whole) and requires
// both at 100%, with the exact number of words changed (and, for a sentence moved with words edited
// inside it, the move's sides and its edits exactly):
//
//   ./tst_hardedits classes:move-heavy-60
//
// STORYDIFF_HARD_SEED=N runs one case of each row and prints what was expected and reported;
// STORYDIFF_HARD_DUMP=DIR writes every case as DIR/<row>/<seed>/{a.md,b.md,truth.txt} (one
// line per expected edit: kind, from block and tokens, to block and tokens; then the words
// changed), to score another build's CLI on the same cases. STORYDIFF_HARD_BUILTIN=1 ignores
// the shared corpus (the generator's built-in text, as a clean clone has it).

#include "casegen.h"
#include "model.h"
#include "scorer.h"
#include "testutil.h"

#include "compare/comparison.h"
#include "compare/textmoves.h"
#include "multi/evolution.h"

#include <QDir>
#include <QRandomGenerator>
#include <QtTest>

using namespace sd;
using namespace sd::casegen;

namespace {

using Words = QStringList; // tokens: letter-only words, "." ending a sentence

enum class Kind {
    MoveHeavy,
    SharedWords,
    Unrelated,
    Split,
    Merge,
    Joined,
    Unjoined,
    Relevel,
    Sentence,
    SentenceEdited,
    SentenceUnrelated
};

struct Case {
    const QList<Words> *text = nullptr; // the paragraphs cases are drawn from
    QList<Words> a, b;
    QList<int> levelA, levelB; // heading level per paragraph, 0 for a paragraph
    QList<ExpectedEdit> expected;
    qint64 changedWords = 0; // inserted + deleted, exactly
};

// Paragraphs as letter-only words, 20 to 60 of them.
QList<Words> lettersOnly(const QList<QStringList> &paragraphs) {
    QList<Words> ps;
    for (const QStringList &words : paragraphs) {
        Words p;
        for (const QString &w : words) {
            QString letters;
            for (QChar c : w)
                if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
                    letters += c;
            if (!letters.isEmpty())
                p << letters;
        }
        if (p.size() >= 20)
            ps << p.mid(0, 60);
    }
    return ps;
}

// The corpus's paragraphs (or, without it, the generator's built-in ones).
const QList<Words> &prose() {
    static const QList<Words> out = lettersOnly(sourceParagraphs());
    return out;
}

// Paragraphs of the generator's template only (a dozen subjects, verbs, objects and endings):
// any two share half their words or more, in any order, and runs of up to ten words.
const QList<Words> &templated() {
    static const QList<Words> out = [] {
        Rng rng(18);
        QList<QStringList> ps;
        for (int k = 0; k < 120; ++k)
            ps << synthParagraph(rng);
        return lettersOnly(ps);
    }();
    return out;
}

QList<Words> draw(QRandomGenerator &rng, int n, const QList<Words> &text) {
    QList<Words> out;
    const int start = rng.bounded(int(text.size()));
    for (int k = 0; k < n; ++k)
        out << text[(start + k * 7) % text.size()];
    return out;
}

QString render(const QList<Words> &ps, const QList<int> &levels) {
    QStringList out;
    for (qsizetype k = 0; k < ps.size(); ++k) {
        const QString hashes =
            k < levels.size() && levels[k] ? QString(levels[k], u'#') + u' ' : QString();
        out << hashes + ps[k].join(u' ');
    }
    return out.join(QStringLiteral("\n\n")) + u'\n';
}

ChangeSide whole(qint32 begin, qint32 end, const QList<Words> &ps) {
    return ChangeSide{begin, end, 0, qint32(ps[end - 1].size())};
}

ExpectedEdit edit(const QString &label, ChangeKind kind, ChangeSide from, ChangeSide to) {
    ExpectedEdit e;
    e.label = label;
    e.kind = kind;
    e.from = from;
    e.to = to;
    return e;
}

// Words of the shared vocabulary that `p` does not have: an edit that keeps every other word.
QStringList freshWords(QRandomGenerator &rng, const Words &p, int n) {
    QStringList out;
    while (out.size() < n) {
        const QString w = vocabulary()[rng.bounded(int(vocabulary().size()))];
        if (!p.contains(w, Qt::CaseInsensitive) && !out.contains(w))
            out << w;
    }
    return out;
}

// One paragraph moved 2-5 places (lighter than what it jumps over, so that moving it is the
// one answer) with `percent` of its words replaced, scattered.
bool moveHeavy(QRandomGenerator &rng, int percent, const QString &label, Case &c) {
    c.a = draw(rng, 10, *c.text);
    const int from = rng.bounded(10), dist = 2 + rng.bounded(4);
    const int to = from + (from + dist < 10 ? dist : -dist);
    if (to < 0 || to >= 10)
        return false;
    qsizetype jumped = 0;
    for (int k = std::min(from, to); k <= std::max(from, to); ++k)
        jumped += k == from ? 0 : c.a[k].size();
    if (jumped < 2 * c.a[from].size())
        return false;
    Words moved = c.a[from];
    const int n = int(moved.size() * percent / 100);
    QList<int> places;
    for (int k = 0; k < moved.size(); ++k)
        places << k;
    for (int k = 0; k < n; ++k)
        std::swap(places[k], places[k + rng.bounded(int(places.size()) - k)]);
    const QStringList fresh = freshWords(rng, moved, n);
    for (int k = 0; k < n; ++k)
        moved[places[k]] = fresh[k];
    c.b = c.a;
    c.b.removeAt(from);
    c.b.insert(to, moved);
    c.expected << edit(label, ChangeKind::Move, whole(from, from + 1, c.a), whole(to, to + 1, c.b));
    c.changedWords = 2 * n;
    return true;
}

// Paragraph `from` of A deleted and `added` inserted before A's paragraph `at` (after, in B's
// numbering, the deletion): the truth is that deletion and that insertion, whole.
bool replaceFar(Case &c, int from, int at, const Words &added, const QString &label) {
    c.b = c.a;
    c.b.insert(at, added);
    c.b.removeAt(from);
    c.expected << edit(label, ChangeKind::Delete, whole(from, from + 1, c.a), {});
    c.expected << edit(label, ChangeKind::Insert, {}, whole(at - 1, at, c.b));
    c.changedWords = c.a[from].size() + added.size();
    return true;
}

// A paragraph deleted and, far from it, a new one of 40% its common words (those other
// paragraphs of the text have too, shuffled) and 60% new: a delete and an insert, never a move.
bool sharedWords(QRandomGenerator &rng, const QString &label, Case &c) {
    c.a = draw(rng, 10, *c.text);
    const int from = rng.bounded(3), at = 7 + rng.bounded(3);
    QHash<QString, int> paragraphs; // word -> paragraphs that have it
    for (const Words &p : c.a)
        for (const QString &w : QSet<QString>(p.begin(), p.end()))
            ++paragraphs[w];
    Words common;
    for (const QString &w : c.a[from])
        if (paragraphs[w] > 1)
            common << w;
    const int take = int(c.a[from].size() * 4 / 10);
    if (common.size() < take)
        return false;
    for (int k = int(common.size()) - 1; k > 0; --k)
        std::swap(common[k], common[rng.bounded(k + 1)]);
    Words added = common.mid(0, take);
    Words avoid;
    for (const Words &p : c.a)
        avoid += p;
    added += freshWords(rng, avoid, int(c.a[from].size()) - take);
    return replaceFar(c, from, at, added, label);
}

// A paragraph deleted and, far from it, another paragraph of the same source inserted (the
// same author's words and names, in natural order): a delete and an insert, never a move.
bool unrelated(QRandomGenerator &rng, const QString &label, Case &c) {
    c.a = draw(rng, 10, *c.text);
    const int from = rng.bounded(3), at = 7 + rng.bounded(3);
    const QList<Words> &text = *c.text;
    const Words added = text[(text.indexOf(c.a[0]) + 70 + rng.bounded(5)) % text.size()];
    if (c.a.contains(added))
        return false;
    return replaceFar(c, from, at, added, label);
}

// One paragraph cut in two, the short piece `piece` words (at its start or its end).
void splitOne(QRandomGenerator &rng, int piece, bool merge, const QString &label, Case &c) {
    QList<Words> whole_ = draw(rng, 6, *c.text);
    const int at = rng.bounded(6);
    const Words p = whole_[at];
    const int size = piece > 0 ? std::min(piece, int(p.size()) - 1) : int(p.size()) + piece;
    const int cut = rng.bounded(2) ? size : int(p.size()) - size;
    QList<Words> cutUp = whole_;
    cutUp[at] = p.mid(0, cut);
    cutUp.insert(at + 1, p.mid(cut));
    c.a = merge ? cutUp : whole_;
    c.b = merge ? whole_ : cutUp;
    c.expected << edit(label, merge ? ChangeKind::Merge : ChangeKind::Split,
                       whole(at, at + (merge ? 2 : 1), c.a), whole(at, at + (merge ? 1 : 2), c.b));
}

// Every paragraph break lost (or, mirrored, put back).
void joined(QRandomGenerator &rng, bool unjoin, const QString &label, Case &c) {
    const QList<Words> ps = draw(rng, 3 + rng.bounded(30), *c.text);
    Words all;
    for (const Words &p : ps)
        all += p;
    c.a = unjoin ? QList<Words>{all} : ps;
    c.b = unjoin ? ps : QList<Words>{all};
    const qint32 n = qint32(ps.size());
    c.expected << edit(label, unjoin ? ChangeKind::Split : ChangeKind::Merge,
                       whole(0, unjoin ? 1 : n, c.a), whole(0, unjoin ? n : 1, c.b));
}

// Headings over paragraphs, one heading given another level.
void relevel(QRandomGenerator &rng, const QString &label, Case &c) {
    c.a = draw(rng, 8, *c.text);
    for (int k = 0; k < 8; ++k)
        c.levelA << (k % 2 == 0 ? 1 + rng.bounded(6) : 0);
    for (int k = 0; k < 8; k += 2)
        c.a[k] = c.a[k].mid(0, 3 + rng.bounded(6));
    c.b = c.a;
    c.levelB = c.levelA;
    const int h = 2 * rng.bounded(4);
    c.levelB[h] = 1 + (c.levelA[h] + rng.bounded(5)) % 6;
    c.expected << edit(label, ChangeKind::HeadingLevel, whole(h, h + 1, c.a), whole(h, h + 1, c.b));
}

// Prose cut into sentences of 8 to `longest` words, each ending with a full stop (its own
// token).
Words sentences(QRandomGenerator &rng, const Words &words, QList<int> &ends, int longest = 14) {
    Words out;
    for (qsizetype k = 0; k < words.size();) {
        const qsizetype n = std::min<qsizetype>(8 + rng.bounded(longest - 7), words.size() - k);
        out += words.mid(k, n);
        out << QStringLiteral(".");
        k += n;
        ends << int(out.size());
    }
    return out;
}

// One to three words of a moved sentence (its words and its full stop) replaced by new ones,
// at most 30% of its words (kMinSharedPercent), never its first two words nor its last: a move
// spans from the first to the last word both places share, and an edit there would be outside
// it. Four tokens in a row stay as they were, the stretch a move is found from; an
// eight-word sentence edited at every other word is rewritten, not moved. Returns how many
// words were replaced, 0 when the sentence takes no such edit.
int editInside(QRandomGenerator &rng, Words &moved) {
    const int words = int(moved.size()) - 1;
    const int most = std::min(3, words * (100 - kMinSharedPercent) / 100);
    if (most < 1)
        return 0;
    const int n = 1 + rng.bounded(most);
    QList<int> places;
    for (int k = 2; k <= words - 2; ++k)
        places << k;
    for (int k = 0; k < n; ++k)
        std::swap(places[k], places[k + rng.bounded(int(places.size()) - k)]);
    places.resize(n);
    int run = 0, longest = 0;
    for (int k = 0; k <= words; ++k) {
        run = places.contains(k) ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    if (longest < 4)
        return 0;
    const QStringList fresh = freshWords(rng, moved, n);
    for (int k = 0; k < n; ++k)
        moved[places[k]] = fresh[k];
    return n;
}

// A sentence (a full stop or none) at a sentence boundary of paragraph `to` of c.b.
int insertSentence(QRandomGenerator &rng, const Words &sentence, const QList<int> &ends, int to,
                   Case &c) {
    const int at = rng.bounded(int(ends.size()) + 1);
    const int t0 = at == 0 ? 0 : ends[at - 1];
    for (int k = 0; k < sentence.size(); ++k)
        c.b[to].insert(t0 + k, sentence[k]);
    return t0;
}

// A sentence of `minWords` words or more moved from one paragraph into another, at a
// sentence boundary there (before or after the paragraph it joins, or inside it); `edited`:
// with words replaced inside it (editInside), sentences of up to 30 words.
bool sentenceMove(QRandomGenerator &rng, int minWords, bool edited, const QString &label, Case &c) {
    const QList<Words> ps = draw(rng, 8, *c.text);
    QList<QList<int>> ends(8);
    for (int k = 0; k < 8; ++k)
        c.a << (edited ? sentences(rng, ps[k], ends[k], 30) : sentences(rng, ps[k], ends[k]));
    const int from = rng.bounded(8), to = (from + 1 + rng.bounded(7)) % 8;
    const QList<int> &e = ends[from];
    if (e.size() < 3)
        return false;
    const int s = rng.bounded(int(e.size()));
    const int s0 = s == 0 ? 0 : e[s - 1], s1 = e[s];
    if (s1 - s0 - 1 < minWords)
        return false;
    Words moved = c.a[from].mid(s0, s1 - s0);
    // An edited sentence is shorter than what stays of its paragraph and than the paragraph it
    // joins: both stay themselves (a sentence of 28 words out of 56 joining one of 33 makes
    // the block alignment read that paragraph as moved, the rest of it as moved text).
    if (edited && (2 * moved.size() >= c.a[from].size() || moved.size() >= c.a[to].size()))
        return false;
    const int replaced = edited ? editInside(rng, moved) : 0;
    if (edited && replaced == 0)
        return false;
    c.b = c.a;
    c.b[from].remove(s0, s1 - s0);
    const int t0 = insertSentence(rng, moved, ends[to], to, c);
    c.expected << edit(label, ChangeKind::Move, ChangeSide{from, from + 1, s0, s1},
                       ChangeSide{to, to + 1, t0, t0 + qint32(moved.size())});
    c.changedWords = 2 * replaced;
    return true;
}

// The most tokens in a row that x and y share.
qsizetype longestCommonRun(const Words &x, const Words &y) {
    qsizetype best = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        for (qsizetype j = 0; j < y.size(); ++j) {
            qsizetype n = 0;
            while (i + n < x.size() && j + n < y.size() && x[i + n] == y[j + n])
                ++n;
            best = std::max(best, n);
        }
    return best;
}

// A sentence of 8-30 words deleted from one paragraph and a sentence of a paragraph the text
// does not have inserted into another: a delete and an insert, never a move, though template
// sentences share most of their words. Sentences that share kMinMovedWords tokens word for
// word are left out: that run is moved text by the word-for-word rule (the rows above).
bool sentenceUnrelated(QRandomGenerator &rng, Case &c) {
    const QList<Words> ps = draw(rng, 8, *c.text);
    const QList<Words> &text = *c.text;
    const Words other = text[(text.indexOf(ps[0]) + 3 + rng.bounded(3)) % text.size()];
    if (ps.contains(other))
        return false;
    QList<QList<int>> ends(8);
    for (int k = 0; k < 8; ++k)
        c.a << sentences(rng, ps[k], ends[k], 30);
    QList<int> otherEnds;
    const Words otherSentences = sentences(rng, other, otherEnds, 30);
    const int from = rng.bounded(8), to = (from + 1 + rng.bounded(7)) % 8;
    const int s = rng.bounded(int(ends[from].size())), o = rng.bounded(int(otherEnds.size()));
    const int s0 = s == 0 ? 0 : ends[from][s - 1], s1 = ends[from][s];
    const int o0 = o == 0 ? 0 : otherEnds[o - 1], o1 = otherEnds[o];
    if (ends[from].size() < 3 || s1 - s0 - 1 < 8 || o1 - o0 - 1 < 8 ||
        longestCommonRun(c.a[from].mid(s0, s1 - s0), otherSentences.mid(o0, o1 - o0)) >=
            kMinMovedWords)
        return false;
    c.b = c.a;
    c.b[from].remove(s0, s1 - s0);
    insertSentence(rng, otherSentences.mid(o0, o1 - o0), ends[to], to, c);
    c.changedWords = (s1 - s0 - 1) + (o1 - o0 - 1);
    return true;
}

bool makeCase(Kind kind, int size, const QString &label, quint32 seed, Case &c) {
    QRandomGenerator rng(seed);
    switch (kind) {
    case Kind::MoveHeavy:
        return moveHeavy(rng, size, label, c);
    case Kind::SharedWords:
        return sharedWords(rng, label, c);
    case Kind::Unrelated:
        return unrelated(rng, label, c);
    case Kind::Split:
    case Kind::Merge:
        splitOne(rng, size, kind == Kind::Merge, label, c);
        return true;
    case Kind::Joined:
    case Kind::Unjoined:
        joined(rng, kind == Kind::Unjoined, label, c);
        return true;
    case Kind::Relevel:
        relevel(rng, label, c);
        return true;
    case Kind::Sentence:
    case Kind::SentenceEdited:
        return sentenceMove(rng, size, kind == Kind::SentenceEdited, label, c);
    case Kind::SentenceUnrelated:
        return sentenceUnrelated(rng, c);
    }
    return false;
}

bool dumpCase(const QString &dir, const QString &label, quint32 seed, const QString &a,
              const QString &b, const Case &c) {
    const QString at = QStringLiteral("%1/%2/%3/").arg(dir, label).arg(seed);
    QString truth;
    auto side = [](const ChangeSide &s) {
        return s.isValid()
                   ? QStringLiteral("%1 %2 %3").arg(s.blockBegin).arg(s.tokenBegin).arg(s.tokenEnd)
                   : QStringLiteral("- - -");
    };
    for (const ExpectedEdit &e : c.expected)
        truth += changeKindName(e.kind) + u' ' + side(e.from) + u' ' + side(e.to) + u'\n';
    truth += QStringLiteral("words %1\n").arg(c.changedWords);
    const std::pair<QString, QString> files[] = {{QStringLiteral("a.md"), a},
                                                 {QStringLiteral("b.md"), b},
                                                 {QStringLiteral("truth.txt"), truth}};
    if (!QDir().mkpath(at))
        return false;
    for (const auto &[name, text] : files) {
        QFile f(at + name);
        const QByteArray bytes = text.toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

// The changes a class is scored on: what says where blocks went.
bool structural(const Change &ch) {
    switch (ch.kind) {
    case ChangeKind::Move:
    case ChangeKind::Split:
    case ChangeKind::Merge:
    case ChangeKind::HeadingLevel:
        return true;
    case ChangeKind::Insert:
    case ChangeKind::Delete:
        return ch.wholeBlock;
    case ChangeKind::FormatAdded:
    case ChangeKind::FormatRemoved:
        return ch.headingStyle;
    case ChangeKind::Replace:
    case ChangeKind::LinkAdded:
    case ChangeKind::LinkRemoved:
    case ChangeKind::LinkChanged:
    case ChangeKind::Typography:
        return false;
    }
    return false;
}

// An edited sentence move is one move change with the truth's sides exactly, and the edits
// inside it carry its move id: as many words replaced on each side as the case replaced.
QStringList editedMoveFaults(const Comparison &cmp, const Case &c, quint32 seed) {
    const ExpectedEdit &e = c.expected.first();
    QStringList out;
    qint32 id = -1;
    for (const Change &ch : cmp.changes) {
        if (ch.kind != ChangeKind::Move)
            continue;
        if (ch.from == e.from && ch.to == e.to)
            id = ch.moveId;
        else
            out << QStringLiteral("seed %1: move %2 -> %3 is not the sentence %4 -> %5")
                       .arg(seed)
                       .arg(describeSide(ch.from), describeSide(ch.to), describeSide(e.from),
                            describeSide(e.to));
    }
    if (id < 0)
        return out << QStringLiteral("seed %1: no move of the sentence").arg(seed);
    qint64 fromTokens = 0, toTokens = 0;
    for (const Change &ch : cmp.changes) {
        if (ch.moveId != id || ch.kind == ChangeKind::Move)
            continue;
        fromTokens += ch.from.isValid() ? ch.from.tokenEnd - ch.from.tokenBegin : 0;
        toTokens += ch.to.isValid() ? ch.to.tokenEnd - ch.to.tokenBegin : 0;
    }
    if (2 * fromTokens != c.changedWords || 2 * toTokens != c.changedWords)
        out << QStringLiteral("seed %1: edits inside the move take %2 -> %3 words, truth %4")
                   .arg(seed)
                   .arg(fromTokens)
                   .arg(toTokens)
                   .arg(c.changedWords / 2);
    return out;
}

} // namespace

class TestHardEdits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void classes_data();
    void classes();
    void summary();
    void blameFollowsMoves_data();
    void blameFollowsMoves();
    void editedRuns_data();
    void editedRuns();

private:
    QStringList m_summary;
};

void TestHardEdits::initTestCase() {
    const QString shared = QStringLiteral(STORYDIFF_SHARED_DIR);
    const bool useShared =
        QDir(shared).exists() && qEnvironmentVariableIntValue("STORYDIFF_HARD_BUILTIN") == 0;
    setSharedDir(useShared ? shared : QString());
    qInfo().noquote() << "text source:" << sourceDescription();
    QVERIFY(prose().size() >= 40);
}

void TestHardEdits::classes_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("cases");
    QTest::addColumn<bool>("onTemplate");
    for (int percent : {0, 20, 35, 45, 50, 60})
        QTest::addRow("move-heavy-%d", percent) << int(Kind::MoveHeavy) << percent << 400 << false;
    QTest::newRow("shared-words-no-move") << int(Kind::SharedWords) << 0 << 400 << false;
    QTest::newRow("unrelated-no-move") << int(Kind::Unrelated) << 0 << 400 << false;
    // Piece sizes: 1, 2, 3, 5 words; half the paragraph (0 = size/2 below); all but one.
    const std::pair<int, const char *> pieces[] = {
        {1, "1"}, {2, "2"}, {3, "3"}, {5, "5"}, {-10, "all-but-10"}, {-1, "all-but-1"}};
    for (const auto &[piece, name] : pieces) {
        QTest::addRow("split-%s", name) << int(Kind::Split) << piece << 200 << false;
        QTest::addRow("merge-%s", name) << int(Kind::Merge) << piece << 200 << false;
    }
    QTest::newRow("joined") << int(Kind::Joined) << 0 << 200 << false;
    QTest::newRow("unjoined") << int(Kind::Unjoined) << 0 << 200 << false;
    QTest::newRow("heading-relevel") << int(Kind::Relevel) << 0 << 60 << false;
    QTest::addRow("sentence-move-%d", int(kMinMovedWords))
        << int(Kind::Sentence) << int(kMinMovedWords) << 400 << false;
    QTest::newRow("sentence-move-12") << int(Kind::Sentence) << 12 << 400 << false;
    QTest::newRow("sentence-move-edited")
        << int(Kind::SentenceEdited) << int(kMinMovedWords) << 400 << false;
    QTest::newRow("sentence-unrelated-no-move")
        << int(Kind::SentenceUnrelated) << 0 << 400 << false;
    // The same judgement on the generator's template text, where unrelated paragraphs share
    // most of their words and runs of ten: only the pairs that stand out from that pair.
    for (int percent : {20, 50, 60})
        QTest::addRow("template/move-heavy-%d", percent)
            << int(Kind::MoveHeavy) << percent << 400 << true;
    QTest::newRow("template/shared-words-no-move") << int(Kind::SharedWords) << 0 << 400 << true;
    QTest::newRow("template/unrelated-no-move") << int(Kind::Unrelated) << 0 << 400 << true;
    QTest::newRow("template/sentence-move-8") << int(Kind::Sentence) << 8 << 400 << true;
    QTest::newRow("template/sentence-move-edited")
        << int(Kind::SentenceEdited) << int(kMinMovedWords) << 400 << true;
    QTest::newRow("template/sentence-unrelated-no-move")
        << int(Kind::SentenceUnrelated) << 0 << 400 << true;
}

void TestHardEdits::classes() {
    QFETCH(int, kind);
    QFETCH(int, size);
    QFETCH(int, cases);
    QFETCH(bool, onTemplate);
    const QString label = QString::fromLatin1(QTest::currentDataTag());
    const int single = qEnvironmentVariableIntValue("STORYDIFF_HARD_SEED");
    const bool one = qEnvironmentVariableIsSet("STORYDIFF_HARD_SEED");
    Score score;
    QStringList failures;
    int ran = 0;
    for (quint32 seed = one ? quint32(single) : 0; ran < (one ? 1 : cases) && seed < 100000;
         ++seed) {
        Case c;
        c.text = onTemplate ? &templated() : &prose();
        if (!makeCase(Kind(kind), size, label, seed, c))
            continue;
        ++ran;
        const QString a = render(c.a, c.levelA), b = render(c.b, c.levelB);
        if (qEnvironmentVariableIsSet("STORYDIFF_HARD_DUMP"))
            QVERIFY(dumpCase(qEnvironmentVariable("STORYDIFF_HARD_DUMP"), label, seed, a, b, c));
        Comparison cmp = compareDocuments(testdata::doc(a, QStringLiteral("a.md")),
                                          testdata::doc(b, QStringLiteral("b.md")), {});
        const qint64 changed = cmp.stats.insertedWords + cmp.stats.deletedWords;
        if (Kind(kind) == Kind::SentenceEdited)
            failures += editedMoveFaults(cmp, c, seed);
        cmp.changes.removeIf([](const Change &ch) { return !structural(ch); });
        const StepScore s = scoreStep(cmp, c.expected);
        score += s.score;
        for (const QString &m : s.misses + s.spurious)
            failures << QStringLiteral("seed %1: %2").arg(seed).arg(m);
        if (changed != c.changedWords)
            failures << QStringLiteral("seed %1: %2 words changed, truth %3")
                            .arg(seed)
                            .arg(changed)
                            .arg(c.changedWords);
        if (one) {
            for (const ExpectedEdit &e : c.expected)
                qInfo().noquote() << "expected" << changeKindName(e.kind) << describeSide(e.from)
                                  << describeSide(e.to);
            for (const Change &ch : cmp.changes)
                qInfo().noquote() << "got" << changeKindName(ch.kind) << describeSide(ch.from)
                                  << describeSide(ch.to);
        }
    }
    QVERIFY(ran > 0);
    const QString line = QStringLiteral("| %1 | %2 | %3% | %4% | %5 |")
                             .arg(label, -22)
                             .arg(ran, 5)
                             .arg(100 * score.recall(), 5, 'f', 1)
                             .arg(100 * score.precision(), 5, 'f', 1)
                             .arg(failures.size(), 6);
    m_summary << line;
    qInfo().noquote() << line;
    for (qsizetype k = 0; k < std::min<qsizetype>(failures.size(), 8); ++k)
        qInfo().noquote() << "  " << failures[k];
    QVERIFY2(
        failures.isEmpty(),
        qPrintable(
            QStringLiteral("%1 misses, spurious changes or wrong counts").arg(failures.size())));
}

void TestHardEdits::summary() {
    qInfo().noquote() << "| class                  | cases | recall | precision | faults |";
    for (const QString &line : std::as_const(m_summary))
        qInfo().noquote() << line;
}

void TestHardEdits::blameFollowsMoves_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("size");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 0; seed < 30; ++seed) {
        QTest::addRow("move-heavy-50/s%u", seed) << int(Kind::MoveHeavy) << 50 << seed;
        QTest::addRow("move-heavy-60/s%u", seed) << int(Kind::MoveHeavy) << 60 << seed;
        QTest::addRow("sentence-move/s%u", seed) << int(Kind::Sentence) << 8 << seed;
        QTest::addRow("sentence-move-edited/s%u", seed) << int(Kind::SentenceEdited) << 8 << seed;
    }
}

// Three versions: a case's edit, then one word replaced in a paragraph it left alone. Every
// word keeps the version it came from: the words the edit wrote are from version 2, the one
// word from version 3, every other word (those of the moved paragraph or sentence included)
// from version 1.
void TestHardEdits::blameFollowsMoves() {
    QFETCH(int, kind);
    QFETCH(int, size);
    QFETCH(quint32, seed);
    Case fresh;
    fresh.text = &prose();
    Case c = fresh;
    quint32 s = seed * 7919;
    while (!makeCase(Kind(kind), size, QStringLiteral("blame"), s, c))
        c = fresh, ++s;
    const qint32 edited = c.expected.first().to.blockBegin;
    const int quiet = (edited + 3) % int(c.b.size());
    QList<Words> v3 = c.b;
    QRandomGenerator rng(s);
    v3[quiet][1] = freshWords(rng, v3[quiet], 1).first();
    const QList<Document> docs{testdata::doc(render(c.a, {}), QStringLiteral("v1.md")),
                               testdata::doc(render(c.b, {}), QStringLiteral("v2.md")),
                               testdata::doc(render(v3, {}), QStringLiteral("v3.md"))};
    const QList<Comparison> steps{compareDocuments(docs[0], docs[1], {}),
                                  compareDocuments(docs[1], docs[2], {})};
    const Evolution ev = traceEvolution(docs, steps, {});
    std::array<qint64, 3> from{};
    for (const EvolutionWord &w : ev.words)
        ++from[size_t(w.introducedIn)];
    QCOMPARE(from[1], c.changedWords / 2);
    QCOMPARE(from[2], 1);
}

void TestHardEdits::editedRuns_data() {
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
    // A first word edited is outside the move: it starts at the first word both share.
    QTest::newRow("first-word-edited")
        << a << QList<int>{60, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0} << QList<qsizetype>{1, 11, 1, 11};
    // A run grows up to a sentence end, not across it into the next sentence.
    QTest::newRow("sentence-end-closes")
        << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 11, 12, 13}
        << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 61, 12, 13} << QList<qsizetype>{0, 10, 0, 10};
}

// findTextMoves on hand-made runs (at least 8 words): how far an edited run grows, exactly.
void TestHardEdits::editedRuns() {
    QFETCH(QList<int>, a);
    QFETCH(QList<int>, b);
    QFETCH(QList<qsizetype>, move);
    auto flags = [](const QList<int> &ids, bool stop) {
        std::vector<bool> out;
        for (int id : ids)
            out.push_back(stop == (id == 0));
        return out;
    };
    const std::vector<int> idsA(a.begin(), a.end()), idsB(b.begin(), b.end());
    const std::vector<qint32> blockA(idsA.size(), 0), blockB(idsB.size(), 0);
    const std::vector<bool> freeA(idsA.size(), true), freeB(idsB.size(), true);
    const std::vector<bool> wordA = flags(a, false), wordB = flags(b, false);
    const std::vector<bool> endA = flags(a, true), endB = flags(b, true);
    const MoveSide sa{idsA, blockA, freeA, wordA, &endA}, sb{idsB, blockB, freeB, wordB, &endB};
    const std::vector<TextMove> got = findTextMoves(sa, sb, kMinMovedWords);
    QList<qsizetype> flat;
    for (const TextMove &m : got)
        flat << m.aBegin << m.aEnd << m.bBegin << m.bEnd;
    QCOMPARE(flat, move);
}

QTEST_GUILESS_MAIN(TestHardEdits)
#include "tst_hardedits.moc"
