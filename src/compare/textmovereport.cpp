// SPDX-License-Identifier: GPL-3.0-or-later
// Reporting the text moves findTextMoves finds (textmoves.h): the move changes, the edits inside
// them, and the deletions, insertions and replacements they explain trimmed away.
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

// Token intervals [begin, end) of one block taken by moves.
using Intervals = std::vector<std::pair<qint32, qint32>>;

// [t0, t1) less the intervals (sorted, disjoint): what is left, in order.
//   [2, 10) less {[4, 6), [8, 12)}  ->  [2, 4) [6, 8)
Intervals subtract(qint32 t0, qint32 t1, const Intervals &cuts) {
    Intervals out;
    for (const auto &[c0, c1] : cuts) {
        if (c1 <= t0 || c0 >= t1)
            continue;
        if (c0 > t0)
            out.push_back({t0, c0});
        t0 = std::max(t0, c1);
    }
    if (t0 < t1)
        out.push_back({t0, t1});
    return out;
}

qint64 wordsOf(const Block &blk, qint32 t0, qint32 t1) {
    qint64 n = 0;
    for (qint32 t = t0; t < t1 && t < blk.tokens.size(); ++t)
        n += blk.tokens.at(t).isWord() ? 1 : 0;
    return n;
}

// The deletions, insertions and replacements of `c` with the moved words taken out of them:
// what is left of each, as changes of the same kind (a replacement left with one side only is
// a deletion or an insertion). Returns the words taken out of replacements' A sides.
qint64 trimChanges(Comparison &c, const std::map<qint32, Intervals> &movedA,
                   const std::map<qint32, Intervals> &movedB) {
    static const Intervals none;
    auto cutsOf = [](const std::map<qint32, Intervals> &m, qint32 block) -> const Intervals & {
        const auto it = m.find(block);
        return it == m.end() ? none : it->second;
    };
    qint64 replacedOut = 0;
    QList<Change> out;
    for (const Change &ch : std::as_const(c.changes)) {
        const bool edit = ch.kind == ChangeKind::Delete || ch.kind == ChangeKind::Insert ||
                          ch.kind == ChangeKind::Replace;
        if (!edit) {
            out.append(ch);
            continue;
        }
        Intervals restA, restB;
        if (ch.from.isValid())
            restA =
                subtract(ch.from.tokenBegin, ch.from.tokenEnd, cutsOf(movedA, ch.from.blockBegin));
        if (ch.to.isValid())
            restB = subtract(ch.to.tokenBegin, ch.to.tokenEnd, cutsOf(movedB, ch.to.blockBegin));
        if (ch.kind == ChangeKind::Replace) {
            const Block &blk = c.a.blocks.at(ch.from.blockBegin);
            replacedOut += wordsOf(blk, ch.from.tokenBegin, ch.from.tokenEnd);
            for (const auto &[t0, t1] : restA)
                replacedOut -= wordsOf(blk, t0, t1);
        }
        const size_t n = std::max(restA.size(), restB.size());
        for (size_t k = 0; k < n; ++k) {
            Change piece = ch;
            const bool hasA = k < restA.size(), hasB = k < restB.size();
            piece.kind = hasA && hasB ? ChangeKind::Replace
                         : hasA       ? ChangeKind::Delete
                                      : ChangeKind::Insert;
            piece.from = hasA ? ChangeSide{ch.from.blockBegin, ch.from.blockEnd, restA[k].first,
                                           restA[k].second}
                              : ChangeSide{};
            piece.to =
                hasB ? ChangeSide{ch.to.blockBegin, ch.to.blockEnd, restB[k].first, restB[k].second}
                     : ChangeSide{};
            if (hasA)
                piece.anchorA = Anchor{ch.from.blockBegin, restA[k].first};
            if (hasB)
                piece.anchorB = Anchor{ch.to.blockBegin, restB[k].first};
            out.append(piece);
        }
    }
    c.changes = std::move(out);
    return replacedOut;
}

// Punctuation that ends a sentence: an edited run grows up to it, not across it.
bool isSentenceEnd(const Block &blk, const Token &tok) {
    if (tok.kind != TokenKind::Punctuation)
        return false;
    const QStringView t = blk.tokenText(tok);
    return t.contains(u'.') || t.contains(u'!') || t.contains(u'?') || t.contains(u'\u2026');
}

// Per position of one side: may a text move take it (unpaired: deleted on A, inserted on B,
// inside a group or in a block deleted or inserted whole), is it a word, does it end a sentence.
struct MoveFlags {
    std::vector<bool> free, word, sentenceEnd;
};

MoveFlags moveFlags(const Comparison &c, Side side, const TokenSequence &s) {
    const Document &doc = c.document(side);
    const auto &partner = side == Side::A ? c.pairing.partnerOfA : c.pairing.partnerOfB;
    MoveFlags f{std::vector<bool>(s.ids.size()), std::vector<bool>(s.ids.size()),
                std::vector<bool>(s.ids.size())};
    for (size_t p = 0; p < s.ids.size(); ++p) {
        const Block &blk = doc.blocks.at(s.blockOf[p]);
        const Token &tok = blk.tokens.at(s.tokenOf[p]);
        f.free[p] = partner[p] < 0;
        f.word[p] = tok.isWord();
        f.sentenceEnd[p] = isSentenceEnd(blk, tok);
    }
    return f;
}

// A run that is the whole of a block in no group is that block moved into another: block
// news, for the alignment (a merge or a split) to tell; a text move leaves some of it.
// `grouped[k]`: block k of the side is in a group.
bool wholeLoneBlock(const std::vector<bool> &grouped, const TokenSequence &s, qsizetype p0,
                    qsizetype p1) {
    const qint32 blk = s.blockOf[size_t(p0)];
    return !grouped[size_t(blk)] && p0 == s.blockBegin[size_t(blk)] &&
           p1 == s.blockBegin[size_t(blk) + 1];
}

std::vector<bool> groupedBlocks(const Comparison &c, Side side) {
    std::vector<bool> grouped(size_t(c.document(side).blocks.size()), false);
    for (const BlockGroup &g : c.groups)
        std::fill(grouped.begin() + (side == Side::A ? g.aBegin : g.bBegin),
                  grouped.begin() + (side == Side::A ? g.aEnd : g.bEnd), true);
    return grouped;
}

// Moves whose runs are made of stock phrases of these documents: a quarter of a run's seeds
// or more are found in other places too. A text written from a few set phrases (a template,
// a form letter: "in spite of the rain and the") has runs of eight words or more in common
// between unrelated sentences; a sentence moved is mostly found nowhere else.
std::vector<bool> stockPhrases(const std::vector<TextMove> &moves, std::span<const int> idsA,
                               std::span<const int> idsB) {
    std::unordered_map<quint64, std::pair<qint32, qint32>> places; // seed -> places in A, B
    auto seedsOf = [&](const TextMove &m, auto &&f) {
        for (qsizetype p = m.aBegin; p + qsizetype(kSeedTokens) <= m.aEnd; ++p)
            f(seedKey(idsA.subspan(size_t(p), kSeedTokens)));
    };
    for (const TextMove &m : moves)
        seedsOf(m, [&](quint64 key) { places.try_emplace(key, 0, 0); });
    auto count = [&](std::span<const int> ids, bool isA) {
        for (size_t p = 0; p + kSeedTokens <= ids.size(); ++p) {
            const auto it = places.find(seedKey(ids.subspan(p, kSeedTokens)));
            if (it != places.end())
                ++(isA ? it->second.first : it->second.second);
        }
    };
    count(idsA, true);
    count(idsB, false);
    std::vector<bool> out;
    for (const TextMove &m : moves) {
        qsizetype seeds = 0, own = 0;
        seedsOf(m, [&](quint64 key) {
            const auto &[inA, inB] = places.at(key);
            // A seed over an edit inside the run is in no place of B: it tells nothing.
            seeds += inB > 0 ? 1 : 0;
            own += inA == 1 && inB == 1 ? 1 : 0;
        });
        out.push_back(4 * own < 3 * seeds);
    }
    return out;
}

// The longest run of tokens that paragraphs of the two documents paired with others share by
// chance, over a few paired groups spread evenly (each side's first kChanceSpan tokens): a
// text of set phrases shares runs of ten words between unrelated sentences, prose three or
// four.
constexpr qsizetype kChanceSamples = 24;
constexpr qsizetype kChanceSpan = 2000;
qsizetype chanceRunTokens(const Comparison &c, const TokenSequence &sa, const TokenSequence &sb) {
    const qsizetype n = std::min<qsizetype>(c.groups.size(), kChanceSamples);
    struct Span {
        qsizetype begin, end;
    };
    std::vector<Span> spansA, spansB;
    for (qsizetype k = 0; k < n; ++k) {
        const BlockGroup &g = c.groups[k * c.groups.size() / n];
        const qsizetype a0 = sa.blockBegin[size_t(g.aBegin)], b0 = sb.blockBegin[size_t(g.bBegin)];
        spansA.push_back({a0, std::min(a0 + kChanceSpan, sa.blockBegin[size_t(g.aEnd)])});
        spansB.push_back({b0, std::min(b0 + kChanceSpan, sb.blockBegin[size_t(g.bEnd)])});
    }
    std::unordered_map<quint64, std::vector<std::pair<qsizetype, size_t>>> seeds; // -> (q, span)
    for (size_t s = 0; s < spansB.size(); ++s)
        for (qsizetype q = spansB[s].begin; q + qsizetype(kSeedTokens) <= spansB[s].end; ++q)
            seeds[seedKey(std::span<const int>(sb.ids).subspan(size_t(q), kSeedTokens))].push_back(
                {q, s});
    qsizetype longest = 0;
    for (size_t s = 0; s < spansA.size(); ++s) {
        for (qsizetype p = spansA[s].begin; p + qsizetype(kSeedTokens) <= spansA[s].end; ++p) {
            const auto it =
                seeds.find(seedKey(std::span<const int>(sa.ids).subspan(size_t(p), kSeedTokens)));
            if (it == seeds.end() || it->second.size() > kMaxSeedPlaces)
                continue;
            for (const auto &[q, t] : it->second) {
                qsizetype len = 0;
                while (t != s && p + len < spansA[s].end && q + len < spansB[t].end &&
                       sa.ids[size_t(p + len)] == sb.ids[size_t(q + len)])
                    ++len;
                longest = std::max(longest, len);
            }
        }
    }
    return longest;
}

ChangeSide sideOf(const TokenSequence &s, qsizetype p0, qsizetype p1) {
    const qint32 blk = s.blockOf[size_t(p0)];
    return ChangeSide{blk, blk + 1, s.tokenOf[size_t(p0)], s.tokenOf[size_t(p1 - 1)] + 1};
}

Anchor anchorAt(const TokenSequence &s, qsizetype p, qsizetype runEnd) {
    if (p < runEnd)
        return Anchor{s.blockOf[size_t(p)], s.tokenOf[size_t(p)]};
    return Anchor{s.blockOf[size_t(p - 1)], s.tokenOf[size_t(p - 1)] + 1};
}

// The edits inside a moved run (its word diff `script`, positions from the run's starts): a
// deletion, insertion or replacement per edit region, with the move's id.
void innerEdits(const TokenSequence &sa, const TokenSequence &sb, const MoveSide &a,
                const TextMove &m, const EditScript &script, const Change &move, WordTally &tally,
                QList<Change> &added) {
    for (qsizetype k = 0; k < script.size(); ++k) {
        const EditRun &r = script[k];
        if (r.kind == EditRun::Equal)
            continue;
        // normalizeScript: an edit region is [Delete][Insert], either may be absent.
        const bool pair = r.kind == EditRun::Delete && k + 1 < script.size() &&
                          script[k + 1].kind == EditRun::Insert;
        const EditRun &ins = pair ? script[++k] : r;
        const qsizetype a0 = m.aBegin + r.aBegin, a1 = m.aBegin + r.aEnd;
        const qsizetype b0 = m.bBegin + ins.bBegin, b1 = m.bBegin + ins.bEnd;
        Change e;
        e.kind = a1 > a0 && b1 > b0 ? ChangeKind::Replace
                 : a1 > a0          ? ChangeKind::Delete
                                    : ChangeKind::Insert;
        if (a1 > a0)
            e.from = sideOf(sa, a0, a1);
        if (b1 > b0)
            e.to = sideOf(sb, b0, b1);
        e.anchorA = anchorAt(sa, a0, m.aEnd);
        e.anchorB = anchorAt(sb, b0, m.bEnd);
        e.moveId = move.moveId;
        if (e.kind == ChangeKind::Replace)
            tally.replaced += wordsIn(a, a0, a1);
        added.append(e);
    }
}

// Reports one moved run: its shared tokens paired and taken out of `tally`, the move change
// and the edits inside it.
Change reportMove(Comparison &c, const TokenSequence &sa, const TokenSequence &sb,
                  const MoveSide &a, const TextMove &m, qint32 moveId, WordTally &tally,
                  QList<Change> &added) {
    const EditScript script = runScript(sa.ids, sb.ids, m);
    for (const EditRun &r : script) {
        if (r.kind != EditRun::Equal)
            continue;
        for (qsizetype k = 0; k < r.aLength(); ++k) {
            const qsizetype pa = m.aBegin + r.aBegin + k, pb = m.bBegin + r.bBegin + k;
            c.pairing.partnerOfA[size_t(pa)] = qint32(pb);
            c.pairing.partnerOfB[size_t(pb)] = qint32(pa);
        }
        const qsizetype words = wordsIn(a, m.aBegin + r.aBegin, m.aBegin + r.aEnd);
        tally.deleted -= words;
        tally.inserted -= words;
    }
    Change ch;
    ch.kind = ChangeKind::Move;
    ch.inText = true;
    ch.from = sideOf(sa, m.aBegin, m.aEnd);
    ch.to = sideOf(sb, m.bBegin, m.bEnd);
    ch.anchorA = Anchor{ch.from.blockBegin, ch.from.tokenBegin};
    ch.anchorB = Anchor{ch.to.blockBegin, ch.to.tokenBegin};
    ch.moveId = moveId;
    added.append(ch);
    innerEdits(sa, sb, a, m, script, ch, tally, added);
    return ch;
}

} // namespace

void reportTextMoves(Comparison &c, const TokenSequence &sa, const TokenSequence &sb,
                     WordTally &tally) {
    const MoveFlags fa = moveFlags(c, Side::A, sa), fb = moveFlags(c, Side::B, sb);
    const MoveSide a{sa.ids, sa.blockOf, fa.free, fa.word, &fa.sentenceEnd};
    const MoveSide b{sb.ids, sb.blockOf, fb.free, fb.word, &fb.sentenceEnd};
    const std::vector<TextMove> moves = findTextMoves(a, b, kMinMovedWords);
    if (moves.empty())
        return;
    qint32 nextMove = 0;
    for (const BlockGroup &g : c.groups)
        nextMove = std::max(nextMove, g.moveId + 1);
    const std::vector<bool> groupedA = groupedBlocks(c, Side::A);
    const std::vector<bool> groupedB = groupedBlocks(c, Side::B);
    // Between a block deleted whole and one inserted whole the run is all there is to tie them
    // (untied): a stock phrase does not, nor a run not clearly longer (by half) than unrelated
    // paragraphs share. Both measured for those runs only (a scan of both documents).
    std::vector<TextMove> untied;
    for (const TextMove &m : moves)
        if (!groupedA[size_t(sa.blockOf[size_t(m.aBegin)])] &&
            !groupedB[size_t(sb.blockOf[size_t(m.bBegin)])])
            untied.push_back(m);
    const std::vector<bool> stock =
        untied.empty() ? std::vector<bool>{} : stockPhrases(untied, sa.ids, sb.ids);
    qsizetype chance = -1; // measured when first needed
    size_t nextUntied = 0;
    std::map<qint32, Intervals> movedA, movedB;
    QList<Change> added;
    for (const TextMove &m : moves) {
        const bool isUntied = nextUntied < untied.size() && untied[nextUntied] == m;
        const bool isStock = isUntied && stock[nextUntied++];
        if (isUntied && !isStock && chance < 0)
            chance = chanceRunTokens(c, sa, sb);
        if ((isUntied && (isStock || 2 * (m.aEnd - m.aBegin) <= 3 * chance)) ||
            wholeLoneBlock(groupedA, sa, m.aBegin, m.aEnd) ||
            wholeLoneBlock(groupedB, sb, m.bBegin, m.bEnd))
            continue;
        const Change ch = reportMove(c, sa, sb, a, m, nextMove++, tally, added);
        movedA[ch.from.blockBegin].push_back({ch.from.tokenBegin, ch.from.tokenEnd});
        movedB[ch.to.blockBegin].push_back({ch.to.tokenBegin, ch.to.tokenEnd});
    }
    for (auto *m : {&movedA, &movedB})
        for (auto &[blk, list] : *m)
            std::sort(list.begin(), list.end());
    tally.replaced -= trimChanges(c, movedA, movedB);
    c.changes.append(added);
}

} // namespace sd
