// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/textmoves.h"

#include "compare/textmovesshared.h"

#include <algorithm>
#include <array>
#include <climits>
#include <map>
#include <unordered_map>

namespace sd {
namespace {

using namespace textmoves;

// Where the run of free positions of one block that holds `p` ends, for every free p. Four
// bytes a position, as the token sequences' blockOf (a 1M-word pair: 9 MB less at the peak).
std::vector<qint32> runEnds(const MoveSide &s) {
    const qsizetype n = qsizetype(s.ids.size());
    std::vector<qint32> end(size_t(n), -1);
    for (qsizetype p = n - 1; p >= 0; --p) {
        if (!s.free[size_t(p)])
            continue;
        const bool joins =
            p + 1 < n && s.free[size_t(p + 1)] && s.blockOf[size_t(p + 1)] == s.blockOf[size_t(p)];
        end[size_t(p)] = joins ? end[size_t(p + 1)] : qint32(p + 1);
    }
    return end;
}

// Growing an equal stretch into an edited run: the best-scoring alignment of the tokens that
// follow it (or precede it), in a band of kBand diagonals, a shared token +2, a token replaced
// -1, one on one side only -2, given up once the score is kDrop below its best. It ends where
// the score was best, so an edit is taken in only when more shared tokens follow it.
//   A: ... x q r .   B: ... y q r .   ->  -1 +2 +2 +2: all four taken
//   A: ... x k l m   B: ... y z w v   ->  -1 -1 ...: none
constexpr qsizetype kBand = 3;
constexpr int kDrop = 5;
constexpr qsizetype kMaxReach = 200; // tokens looked at either way: a long paragraph
// A moved run is widened to its sentence's start or end this many tokens away at most: its
// first words or its last word edited, which growing never takes (no shared token follows).
constexpr qsizetype kSnapTokens = 3;

struct Reach {
    qsizetype a = 0, b = 0; // tokens taken on each side
};

Reach bestReach(std::span<const int> x, std::span<const int> y) {
    constexpr int kNone = INT_MIN / 2;
    constexpr qsizetype kWidth = 2 * kBand + 1; // diagonal d: column j = i + d - kBand
    std::array<int, kWidth> prev, cur;
    prev.fill(kNone);
    const qsizetype n = qsizetype(x.size()), m = qsizetype(y.size());
    for (qsizetype j = 0; j <= std::min(kBand, m); ++j)
        prev[size_t(kBand + j)] = -2 * int(j);
    int best = 0;
    Reach at;
    for (qsizetype i = 1; i <= n; ++i) {
        cur.fill(kNone);
        int rowBest = kNone;
        for (qsizetype d = 0; d < kWidth; ++d) {
            const qsizetype j = i + d - kBand;
            if (j < 0 || j > m)
                continue;
            int score = kNone;
            if (j > 0 && prev[size_t(d)] > kNone)
                score = prev[size_t(d)] + (x[size_t(i - 1)] == y[size_t(j - 1)] ? 2 : -1);
            if (d + 1 < kWidth && prev[size_t(d + 1)] > kNone)
                score = std::max(score, prev[size_t(d + 1)] - 2);
            if (d > 0 && cur[size_t(d - 1)] > kNone)
                score = std::max(score, cur[size_t(d - 1)] - 2);
            cur[size_t(d)] = score;
            rowBest = std::max(rowBest, score);
            if (score > best)
                best = score, at = Reach{i, j};
        }
        if (rowBest < best - kDrop)
            break;
        std::swap(prev, cur);
    }
    return at;
}

// Where the free runs around a stretch let it grow, and how it grows there.
struct Growth {
    const MoveSide &a, &b;
    const std::vector<bool> &usedB; // B positions in a move already

    bool endsSentence(const MoveSide &s, qsizetype p) const {
        return s.sentenceEnd && (*s.sentenceEnd)[size_t(p)];
    }
    // Free positions of one block from `p` on (step +1) or before it (step -1), up to a
    // sentence end on A (included going on, excluded going back) and `floor` going back.
    qsizetype room(const MoveSide &s, qsizetype p, int step, qsizetype floor, bool isB) const {
        const qsizetype n = qsizetype(s.ids.size());
        const qint32 blk = s.blockOf[size_t(step > 0 ? p - 1 : p)];
        qsizetype k = 0;
        for (qsizetype q = step > 0 ? p : p - 1; k < kMaxReach && q >= floor && q < n; q += step) {
            if (!s.free[size_t(q)] || s.blockOf[size_t(q)] != blk || (isB && usedB[size_t(q)]))
                break;
            if (step < 0 && !isB && endsSentence(s, q))
                break;
            ++k;
            if (step > 0 && !isB && endsSentence(s, q))
                break;
        }
        return k;
    }
    std::vector<int> tokens(const MoveSide &s, qsizetype p, qsizetype count, int step) const {
        std::vector<int> out;
        for (qsizetype k = 0; k < count; ++k)
            out.push_back(s.ids[size_t(step > 0 ? p + k : p - 1 - k)]);
        return out;
    }
    // `m` grown both ways over edited tokens; A positions before `floorA` are taken. Not past a
    // sentence end that closes the stretch, nor to a start that is no word.
    TextMove grow(const TextMove &m, qsizetype floorA) const {
        TextMove g = m;
        if (!endsSentence(a, m.aEnd - 1)) {
            const qsizetype ra = room(a, m.aEnd, +1, 0, false), rb = room(b, m.bEnd, +1, 0, true);
            const Reach r = bestReach(tokens(a, m.aEnd, ra, +1), tokens(b, m.bEnd, rb, +1));
            g.aEnd += r.a, g.bEnd += r.b;
        }
        if (m.aBegin > 0 && !endsSentence(a, m.aBegin - 1)) {
            const qsizetype ra = room(a, m.aBegin, -1, floorA, false);
            const qsizetype rb = room(b, m.bBegin, -1, 0, true);
            const Reach r = bestReach(tokens(a, m.aBegin, ra, -1), tokens(b, m.bBegin, rb, -1));
            if (r.a > 0 && a.word[size_t(m.aBegin - r.a)])
                g.aBegin -= r.a, g.bBegin -= r.b;
        }
        return g;
    }
    // How many tokens before `p` its sentence starts (free ones, of its block, not used on B):
    // -1 past kSnapTokens, or where one is taken, or when sentence ends are not known.
    qsizetype toSentenceStart(const MoveSide &s, qsizetype p, bool isB) const {
        if (!s.sentenceEnd)
            return -1;
        for (qsizetype k = 0; k <= kSnapTokens; ++k) {
            const qsizetype q = p - k;
            if (q == 0 || s.blockOf[size_t(q - 1)] != s.blockOf[size_t(p)] ||
                endsSentence(s, q - 1))
                return k;
            if (!s.free[size_t(q - 1)] || (isB && usedB[size_t(q - 1)]))
                return -1;
        }
        return -1;
    }
    // The same after `e` (exclusive) to its sentence's end, its full stop included.
    qsizetype toSentenceEnd(const MoveSide &s, qsizetype e, bool isB) const {
        if (!s.sentenceEnd)
            return -1;
        const qsizetype n = qsizetype(s.ids.size());
        for (qsizetype k = 0; k <= kSnapTokens; ++k) {
            const qsizetype q = e + k;
            if (q == n || s.blockOf[size_t(q)] != s.blockOf[size_t(e - 1)] ||
                endsSentence(s, q - 1))
                return k;
            if (!s.free[size_t(q)] || (isB && usedB[size_t(q)]))
                return -1;
        }
        return -1;
    }
    // `m` widened to whole sentences where both sides' sentences start (end) at most
    // kSnapTokens from it: the first word of a moved sentence edited (or its last) is an edit
    // inside the move, which grow() never takes (no shared token follows it there).
    TextMove snapToSentences(const TextMove &m, qsizetype floorA) const {
        TextMove g = m;
        const qsizetype sa = toSentenceStart(a, m.aBegin, false);
        const qsizetype sb = toSentenceStart(b, m.bBegin, true);
        if (sa >= 0 && sb >= 0 && m.aBegin - sa >= floorA && a.word[size_t(m.aBegin - sa)])
            g.aBegin -= sa, g.bBegin -= sb;
        const qsizetype ea = toSentenceEnd(a, m.aEnd, false);
        const qsizetype eb = toSentenceEnd(b, m.bEnd, true);
        if (ea >= 0 && eb >= 0)
            g.aEnd += ea, g.bEnd += eb;
        // Not to a whole block: a paragraph moved into another is the alignment's to tell (a
        // merge), and a run the whole of a lone block is no text move (reportTextMoves).
        const bool wholeA = wholeBlock(a, g.aBegin, g.aEnd) && !wholeBlock(a, m.aBegin, m.aEnd);
        const bool wholeB = wholeBlock(b, g.bBegin, g.bEnd) && !wholeBlock(b, m.bBegin, m.bEnd);
        return wholeA || wholeB ? m : g;
    }
    static bool wholeBlock(const MoveSide &s, qsizetype p0, qsizetype p1) {
        const qsizetype n = qsizetype(s.ids.size());
        const qint32 blk = s.blockOf[size_t(p0)];
        return (p0 == 0 || s.blockOf[size_t(p0 - 1)] != blk) &&
               (p1 == n || s.blockOf[size_t(p1)] != blk);
    }
};
// Positions [p0, p1) of one side are whole sentences: they start a block or follow a sentence
// end, and end a block or with a sentence end (true when sentence ends are not known).
bool wholeSentences(const MoveSide &s, qsizetype p0, qsizetype p1) {
    if (!s.sentenceEnd)
        return true;
    const std::vector<bool> &end = *s.sentenceEnd;
    const bool starts =
        p0 == 0 || s.blockOf[size_t(p0 - 1)] != s.blockOf[size_t(p0)] || end[size_t(p0 - 1)];
    const bool ends = p1 == qsizetype(s.ids.size()) ||
                      s.blockOf[size_t(p1)] != s.blockOf[size_t(p1 - 1)] || end[size_t(p1 - 1)];
    return starts && ends;
}

// A grown run is a move when it has `minWords` words on A, kMinSharedPercent of the words of
// each side are shared and it is whole sentences on both sides: parts of two sentences that
// share most of their words ("and the old teacher described a map of" / "... counted a jar
// of") are what a text of set phrases is made of; a sentence moved and edited is whole.
bool keepsEnough(const MoveSide &a, const MoveSide &b, const TextMove &m, qsizetype minWords) {
    const qsizetype wordsA = wordsIn(a, m.aBegin, m.aEnd), wordsB = wordsIn(b, m.bBegin, m.bEnd);
    if (wordsA < minWords || !wholeSentences(a, m.aBegin, m.aEnd) ||
        !wholeSentences(b, m.bBegin, m.bEnd))
        return false;
    qsizetype shared = 0;
    for (const EditRun &r : runScript(a.ids, b.ids, m))
        if (r.kind == EditRun::Equal)
            shared += wordsIn(a, m.aBegin + r.aBegin, m.aBegin + r.aEnd);
    return 100 * shared >= kMinSharedPercent * std::max(wordsA, wordsB);
}

} // namespace

std::vector<TextMove> findTextMoves(const MoveSide &a, const MoveSide &b, qsizetype minWords) {
    const std::vector<qint32> endA = runEnds(a), endB = runEnds(b);
    std::unordered_map<quint64, std::vector<qsizetype>> seeds; // key -> B positions
    for (qsizetype q = 0; q < qsizetype(b.ids.size()); ++q)
        if (b.free[size_t(q)] && endB[size_t(q)] - q >= qsizetype(kSeedTokens))
            seeds[seedKey(b.ids.subspan(size_t(q), kSeedTokens))].push_back(q);
    std::vector<bool> usedB(b.ids.size(), false);
    std::vector<TextMove> out;
    const Growth growth{a, b, usedB};
    TextMove failed{-1, -1, -1, -1}; // the last equal stretch that grew into no move
    for (qsizetype p = 0; p < qsizetype(a.ids.size());) {
        // A run starts on a word: the full stop before a moved sentence stays where it was.
        const auto it =
            !a.free[size_t(p)] || !a.word[size_t(p)] || endA[size_t(p)] - p < qsizetype(kSeedTokens)
                ? seeds.end()
                : seeds.find(seedKey(a.ids.subspan(size_t(p), kSeedTokens)));
        qsizetype bestQ = -1, bestLen = 0;
        if (it != seeds.end() && it->second.size() <= kMaxSeedPlaces) {
            for (qsizetype q : it->second) {
                qsizetype len = 0;
                while (p + len < endA[size_t(p)] && q + len < endB[size_t(q)] &&
                       !usedB[size_t(q + len)] && a.ids[size_t(p + len)] == b.ids[size_t(q + len)])
                    ++len;
                if (len > bestLen)
                    bestQ = q, bestLen = len;
            }
        }
        if (bestQ < 0) {
            ++p;
            continue;
        }
        TextMove m{p, p + bestLen, bestQ, bestQ + bestLen};
        // The same stretch seen from a later seed of it grows the same way: tried once.
        const bool tried = failed.aEnd == m.aEnd && failed.bEnd == m.bEnd;
        const qsizetype floorA = out.empty() ? 0 : out.back().aEnd;
        const TextMove grown = tried ? m : growth.grow(m, floorA);
        const TextMove snapped = tried ? m : growth.snapToSentences(grown, floorA);
        if (snapped != m && keepsEnough(a, b, snapped, minWords))
            m = snapped;
        else if (grown != m && keepsEnough(a, b, grown, minWords))
            m = grown;
        else if (wordsIn(a, m.aBegin, m.aEnd) < minWords) {
            failed = m;
            ++p;
            continue;
        }
        std::fill(usedB.begin() + m.bBegin, usedB.begin() + m.bEnd, true);
        out.push_back(m);
        p = m.aEnd;
    }
    return out;
}

} // namespace sd
