// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardcases.h"

#include "casegen.h"
#include "model.h"

#include "compare/textmoves.h"

#include <QDir>
#include <QFile>

namespace sd::hardcases {

using namespace casegen;

namespace {

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

} // namespace

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

namespace {

QList<Words> draw(QRandomGenerator &rng, int n, const QList<Words> &text) {
    QList<Words> out;
    const int start = rng.bounded(int(text.size()));
    for (int k = 0; k < n; ++k)
        out << text[(start + k * 7) % text.size()];
    return out;
}

} // namespace

QString render(const QList<Words> &ps, const QList<int> &levels) {
    QStringList out;
    for (qsizetype k = 0; k < ps.size(); ++k) {
        const QString hashes =
            k < levels.size() && levels[k] ? QString(levels[k], u'#') + u' ' : QString();
        out << hashes + ps[k].join(u' ');
    }
    return out.join(QStringLiteral("\n\n")) + u'\n';
}

namespace {

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

} // namespace

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

namespace {

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
// at most 30% of its words (kMinSharedPercent), anywhere but in three of its first four words or
// both of its last two: a move grows over an edit when shared words follow it, and is widened to
// its sentence's start or end three tokens away at most. Four tokens in a row stay as they
// were, the stretch a move is found from; an eight-word sentence edited at every other word
// is rewritten, not moved. Returns how many words were replaced, 0 when the sentence takes no
// such edit.
int editInside(QRandomGenerator &rng, Words &moved) {
    const int words = int(moved.size()) - 1;
    const int most = std::min(3, words * (100 - kMinSharedPercent) / 100);
    if (most < 1)
        return 0;
    const int n = 1 + rng.bounded(most);
    QList<int> places;
    for (int k = 0; k < words; ++k)
        places << k;
    for (int k = 0; k < n; ++k)
        std::swap(places[k], places[k + rng.bounded(int(places.size()) - k)]);
    places.resize(n);
    const auto edited = [&places](std::initializer_list<int> ks) {
        return std::ranges::all_of(ks, [&places](int k) { return places.contains(k); });
    };
    const qsizetype early = std::ranges::count_if(places, [](int k) { return k < 4; });
    if (early > 2 || edited({words - 2, words - 1}))
        return 0;
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

// The sentence [s0, s1) of c.a's paragraph `from` (its full stop included) moved to a sentence
// boundary of paragraph `to` (whose sentences end at `toEnds`), with words replaced inside it
// when `edited` (editInside): the case's truth is that move and those words. False when the
// sentence takes no such edit.
bool moveSentence(QRandomGenerator &rng, bool edited, int from, qint32 s0, qint32 s1, int to,
                  const QList<int> &toEnds, const QString &label, Case &c) {
    Words moved = c.a[from].mid(s0, s1 - s0);
    const int replaced = edited ? editInside(rng, moved) : 0;
    if (edited && replaced == 0)
        return false;
    c.b = c.a;
    c.b[from].remove(s0, s1 - s0);
    const int t0 = insertSentence(rng, moved, toEnds, to, c);
    c.expected << edit(label, ChangeKind::Move, ChangeSide{from, from + 1, s0, s1},
                       ChangeSide{to, to + 1, t0, t0 + qint32(moved.size())});
    c.changedWords = 2 * replaced;
    return true;
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
    // An edited sentence is shorter than what stays of its paragraph and than the paragraph it
    // joins: both stay themselves (a sentence of 28 words out of 56 joining one of 33 makes
    // the block alignment read that paragraph as moved, the rest of it as moved text).
    const qsizetype length = s1 - s0;
    if (edited && (2 * length >= c.a[from].size() || length >= c.a[to].size()))
        return false;
    return moveSentence(rng, edited, from, s0, s1, to, ends[to], label, c);
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

// A sentence longer than what stays of its paragraph (its first and last sentences, 3-6 words
// each) moved into a paragraph of two short sentences, word for word or with words edited
// inside it: each paragraph keeps less than the sentence they trade, so resemblance alone
// pairs the wrong two and calls the rest deleted, or a split.
bool dominantMove(QRandomGenerator &rng, bool edited, const QString &label, Case &c) {
    const QList<Words> ps = draw(rng, 8, *c.text);
    QList<QList<int>> ends(8);
    for (int k = 0; k < 8; ++k)
        c.a << sentences(rng, ps[k], ends[k]);
    const int from = rng.bounded(8), to = (from + 1 + rng.bounded(7)) % 8;
    const int n1 = 3 + rng.bounded(4), n2 = 14 + rng.bounded(10), n3 = 3 + rng.bounded(4);
    const Words &w = ps[from], &t = ps[to];
    if (w.size() < n1 + n2 + n3 || t.size() < 10)
        return false;
    const Words dot{QStringLiteral(".")};
    c.a[from] = w.mid(0, n1) + dot + w.mid(n1, n2) + dot + w.mid(n1 + n2, n3) + dot;
    const int t1 = 3 + rng.bounded(3);
    c.a[to] = t.mid(0, t1) + dot + t.mid(t1, 3 + rng.bounded(3)) + dot;
    ends[to] = {t1 + 1, int(c.a[to].size())};
    const qint32 s0 = n1 + 1, s1 = n1 + n2 + 2;
    return moveSentence(rng, edited, from, s0, s1, to, ends[to], label, c);
}

} // namespace

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
    case Kind::Dominant:
    case Kind::DominantEdited:
        return dominantMove(rng, kind == Kind::DominantEdited, label, c);
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
} // namespace sd::hardcases
