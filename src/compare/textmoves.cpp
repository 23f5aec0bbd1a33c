// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/textmoves.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace sd {
namespace {

// Runs are found from seeds of this many tokens; seeds found in more places than
// kMaxSeedPlaces (a refrain, "said the") start no run.
constexpr size_t kSeedTokens = 4;
constexpr size_t kMaxSeedPlaces = 32;

quint64 seedKey(std::span<const int> ids) {
    quint64 h = 0xcbf29ce484222325ull;
    for (int id : ids)
        h = (h ^ quint64(quint32(id))) * 0x100000001b3ull;
    return h;
}

// Where the run of free positions of one block that holds `p` ends, for every free p.
std::vector<qsizetype> runEnds(const MoveSide &s) {
    const qsizetype n = qsizetype(s.ids.size());
    std::vector<qsizetype> end(size_t(n), -1);
    for (qsizetype p = n - 1; p >= 0; --p) {
        if (!s.free[size_t(p)])
            continue;
        const bool joins =
            p + 1 < n && s.free[size_t(p + 1)] && s.blockOf[size_t(p + 1)] == s.blockOf[size_t(p)];
        end[size_t(p)] = joins ? end[size_t(p + 1)] : p + 1;
    }
    return end;
}

qsizetype wordsIn(const MoveSide &s, qsizetype p0, qsizetype p1) {
    return std::count(s.word.begin() + p0, s.word.begin() + p1, true);
}

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

// Positions of one side that a text move may take (unpaired: deleted on A, inserted on B,
// inside a group or in a block deleted or inserted whole) and which of them are words.
std::pair<std::vector<bool>, std::vector<bool>> moveFlags(const Comparison &c, Side side,
                                                          const TokenSequence &s) {
    const Document &doc = c.document(side);
    const auto &partner = side == Side::A ? c.pairing.partnerOfA : c.pairing.partnerOfB;
    std::vector<bool> free(s.ids.size()), word(s.ids.size());
    for (size_t p = 0; p < s.ids.size(); ++p) {
        free[p] = partner[p] < 0;
        word[p] = doc.blocks.at(s.blockOf[p]).tokens.at(s.tokenOf[p]).isWord();
    }
    return {std::move(free), std::move(word)};
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
            ++seeds;
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

} // namespace

std::vector<TextMove> findTextMoves(const MoveSide &a, const MoveSide &b, qsizetype minWords) {
    const std::vector<qsizetype> endA = runEnds(a), endB = runEnds(b);
    std::unordered_map<quint64, std::vector<qsizetype>> seeds; // key -> B positions
    for (qsizetype q = 0; q < qsizetype(b.ids.size()); ++q)
        if (b.free[size_t(q)] && endB[size_t(q)] - q >= qsizetype(kSeedTokens))
            seeds[seedKey(b.ids.subspan(size_t(q), kSeedTokens))].push_back(q);
    std::vector<bool> usedB(b.ids.size(), false);
    std::vector<TextMove> out;
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
        if (bestQ < 0 || wordsIn(a, p, p + bestLen) < minWords) {
            ++p;
            continue;
        }
        std::fill(usedB.begin() + bestQ, usedB.begin() + bestQ + bestLen, true);
        out.push_back({p, p + bestLen, bestQ, bestQ + bestLen});
        p += bestLen;
    }
    return out;
}

void reportTextMoves(Comparison &c, const TokenSequence &sa, const TokenSequence &sb,
                     WordTally &tally) {
    const auto [freeA, wordA] = moveFlags(c, Side::A, sa);
    const auto [freeB, wordB] = moveFlags(c, Side::B, sb);
    const MoveSide a{sa.ids, sa.blockOf, freeA, wordA}, b{sb.ids, sb.blockOf, freeB, wordB};
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
        for (qsizetype k = 0; k < m.aEnd - m.aBegin; ++k) {
            c.pairing.partnerOfA[size_t(m.aBegin + k)] = m.bBegin + k;
            c.pairing.partnerOfB[size_t(m.bBegin + k)] = m.aBegin + k;
        }
        tally.deleted -= wordsIn(a, m.aBegin, m.aEnd);
        tally.inserted -= wordsIn(b, m.bBegin, m.bEnd);
        Change ch;
        ch.kind = ChangeKind::Move;
        ch.inText = true;
        ch.from = sideOf(sa, m.aBegin, m.aEnd);
        ch.to = sideOf(sb, m.bBegin, m.bEnd);
        ch.anchorA = Anchor{ch.from.blockBegin, ch.from.tokenBegin};
        ch.anchorB = Anchor{ch.to.blockBegin, ch.to.tokenBegin};
        ch.moveId = nextMove++;
        added.append(ch);
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
