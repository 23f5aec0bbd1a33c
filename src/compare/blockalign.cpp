// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/blockalign.h"

#include "compare/aligner.h"
#include "compare/blockpairing.h"
#include "compare/sequencediff.h"

#include <algorithm>

namespace sd {
namespace align {

quint64 mix(quint64 h, quint64 v) {
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h;
}

quint64 signature(std::span<const int> ids) {
    quint64 h = 1469598103934665603ull;
    for (int id : ids)
        h = mix(h, quint64(quint32(id)));
    return mix(h, ids.size());
}

std::vector<quint64> shingles(std::span<const int> ids) {
    std::vector<quint64> out;
    if (ids.size() == 1)
        out.push_back(mix(7, quint64(quint32(ids[0]))));
    for (size_t i = 0; i + 1 < ids.size(); ++i)
        out.push_back(mix(mix(11, quint64(quint32(ids[i]))), quint64(quint32(ids[i + 1]))));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

qsizetype sharedCount(const std::vector<quint64> &x, const std::vector<quint64> &y) {
    qsizetype n = 0;
    auto i = x.begin(), j = y.begin();
    while (i != x.end() && j != y.end()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            ++n, ++i, ++j;
    }
    return n;
}

Aligner::Aligner(const TokenSequence &sa, const TokenSequence &sb)
    : a(sa), b(sb), nA(qint32(sa.blockCount())), nB(qint32(sb.blockCount())), shA(size_t(nA)),
      shB(size_t(nB)), haveA(size_t(nA), false), haveB(size_t(nB), false), groupOfA(size_t(nA), -1),
      groupOfB(size_t(nB), -1), bag([&] {
          int top = -1;
          for (const TokenSequence *s : {&sa, &sb})
              for (int id : s->ids)
                  top = std::max(top, id);
          return size_t(top + 1);
      }()) {}

const std::vector<quint64> &Aligner::shingleA(qint32 i) {
    if (!haveA[size_t(i)]) {
        shA[size_t(i)] = shingles(a.blockIds(i));
        haveA[size_t(i)] = true;
    }
    return shA[size_t(i)];
}

const std::vector<quint64> &Aligner::shingleB(qint32 j) {
    if (!haveB[size_t(j)]) {
        shB[size_t(j)] = shingles(b.blockIds(j));
        haveB[size_t(j)] = true;
    }
    return shB[size_t(j)];
}

void Aligner::match(qint32 i, qint32 j) {
    groupOfA[size_t(i)] = groupOfB[size_t(j)] = qint32(groups.size());
    groups.append(BlockGroup{BlockGroup::Edited, i, i + 1, j, j + 1, false, -1, {}});
}

// Equal paragraphs in the same order: a diff over whole paragraphs (each one an id by its
// content), so repeated paragraphs ("Read more", a boilerplate line) pair in order too.
void Aligner::exactInOrder() {
    std::unordered_map<quint64, int> ids;
    std::vector<int> seqA, seqB;
    std::vector<qint32> idxA, idxB;
    auto idOf = [&](std::span<const int> blk) {
        return ids.try_emplace(signature(blk), int(ids.size())).first->second;
    };
    classOfA.assign(size_t(nA), -1);
    signatureOfB.assign(size_t(nB), 0);
    for (qint32 i = 0; i < nA; ++i) {
        classOfA[size_t(i)] = idOf(a.blockIds(i));
        if (!emptyA(i)) {
            seqA.push_back(classOfA[size_t(i)]);
            idxA.push_back(i);
        }
    }
    for (qint32 j = 0; j < nB; ++j) {
        signatureOfB[size_t(j)] = signature(b.blockIds(j));
        if (!emptyB(j)) {
            seqB.push_back(idOf(b.blockIds(j)));
            idxB.push_back(j);
        }
    }
    // A paragraph found on one side only cannot pair exactly; leaving those out first keeps
    // the diff small when nearly every paragraph was edited (a rewrite), where it would
    // otherwise cost the square of the paragraph count.
    std::vector<quint8> sides(ids.size(), 0);
    for (int id : seqA)
        sides[size_t(id)] |= 1;
    for (int id : seqB)
        sides[size_t(id)] |= 2;
    auto keepShared = [&](std::vector<int> &seq, std::vector<qint32> &idx) {
        size_t kept = 0;
        for (size_t k = 0; k < seq.size(); ++k) {
            if (sides[size_t(seq[k])] == 3) {
                seq[kept] = seq[k];
                idx[kept++] = idx[k];
            }
        }
        seq.resize(kept);
        idx.resize(kept);
    };
    keepShared(seqA, idxA);
    keepShared(seqB, idxB);
    for (const EditRun &r : diffSequences(seqA, seqB)) {
        if (r.kind != EditRun::Equal)
            continue;
        for (qsizetype k = 0; k < r.aLength(); ++k) {
            const qint32 i = idxA[size_t(r.aBegin + k)], j = idxB[size_t(r.bBegin + k)];
            if (std::ranges::equal(a.blockIds(i), b.blockIds(j))) // not a hash collision
                match(i, j);
        }
    }
}

// Where in A each B block is expected, from the matched blocks around it: [lo, hi).
std::vector<std::pair<qint32, qint32>> Aligner::expectedRanges() const {
    std::vector<std::pair<qint32, qint32>> out(size_t(nB), {0, nA});
    qint32 lo = 0;
    for (qint32 j = 0; j < nB; ++j) {
        out[size_t(j)].first = lo;
        if (groupOfB[size_t(j)] >= 0)
            lo = groups[groupOfB[size_t(j)]].aEnd;
    }
    qint32 hi = nA;
    for (qint32 j = nB - 1; j >= 0; --j) {
        out[size_t(j)].second = std::max(out[size_t(j)].first, hi);
        if (groupOfB[size_t(j)] >= 0)
            hi = groups[groupOfB[size_t(j)]].aBegin;
    }
    return out;
}

// Identical blocks left over by the in-order pass moved: pair them wherever they stand,
// the k-th leftover copy in A with the k-th in B.
//   A: p1 p2 p3 p4    B: p4 p2 p3 p1   ->  in order p2 p3; then p1~p1, p4~p4 (moves)
void Aligner::exactAnywhere() {
    std::unordered_map<quint64, std::vector<qint32>> freeA; // signature -> A blocks, in order
    for (qint32 i = nA - 1; i >= 0; --i)
        if (groupOfA[size_t(i)] < 0 && a.blockSize(i) >= kDistinctiveTokens)
            freeA[signature(a.blockIds(i))].push_back(i);
    for (qint32 j = 0; j < nB; ++j) {
        if (groupOfB[size_t(j)] >= 0 || emptyB(j))
            continue;
        auto it = freeA.find(signatureOfB[size_t(j)]);
        if (it == freeA.end() || it->second.empty())
            continue;
        const qint32 i = it->second.back();
        if (!std::ranges::equal(a.blockIds(i), b.blockIds(j)))
            continue; // a hash collision
        it->second.pop_back();
        match(i, j);
    }
}

// Blocks of one side with no group yet and something to compare.
std::vector<bool> Aligner::freeBlocks(Side side) const {
    const qint32 n = side == Side::A ? nA : nB;
    const auto &groupOf = side == Side::A ? groupOfA : groupOfB;
    std::vector<bool> out(static_cast<size_t>(n));
    for (qint32 k = 0; k < n; ++k)
        out[size_t(k)] = groupOf[size_t(k)] < 0 && (side == Side::A ? !emptyA(k) : !emptyB(k));
    return out;
}

// A block of one side that is several consecutive blocks of the other, joined (lost
// paragraph breaks, of any number).
void Aligner::concatenations() {
    std::vector<bool> freeA = freeBlocks(Side::A), freeB = freeBlocks(Side::B);
    const BlockView viewA{a.ids, a.blockBegin}, viewB{b.ids, b.blockBegin};
    for (const Concatenation &c :
         findConcatenations(viewB, freeB, viewA, freeA, kContainThreshold)) {
        groups.append(BlockGroup{BlockGroup::Merge,
                                 c.pieceBegin,
                                 c.pieceEnd,
                                 c.longBlock,
                                 c.longBlock + 1,
                                 false,
                                 -1,
                                 {}});
        for (qint32 i = c.pieceBegin; i < c.pieceEnd; ++i)
            groupOfA[size_t(i)] = qint32(groups.size() - 1);
        groupOfB[size_t(c.longBlock)] = qint32(groups.size() - 1);
    }
    freeA = freeBlocks(Side::A);
    freeB = freeBlocks(Side::B);
    for (const Concatenation &c :
         findConcatenations(viewA, freeA, viewB, freeB, kContainThreshold)) {
        groups.append(BlockGroup{BlockGroup::Split,
                                 c.longBlock,
                                 c.longBlock + 1,
                                 c.pieceBegin,
                                 c.pieceEnd,
                                 false,
                                 -1,
                                 {}});
        for (qint32 j = c.pieceBegin; j < c.pieceEnd; ++j)
            groupOfB[size_t(j)] = qint32(groups.size() - 1);
        groupOfA[size_t(c.longBlock)] = qint32(groups.size() - 1);
    }
}

// Copies of one paragraph are interchangeable: give their partners out in order.
void Aligner::orderRepeatedPairs() {
    std::vector<std::pair<qint32, qint32>> pairs;
    std::vector<qint32> slot;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const BlockGroup &grp = groups[g];
        if (grp.aEnd - grp.aBegin == 1 && grp.bEnd - grp.bBegin == 1) {
            pairs.emplace_back(grp.aBegin, grp.bBegin);
            slot.push_back(qint32(g));
        }
    }
    pairs = orderIdenticalPartners(std::move(pairs), classOfA);
    for (size_t s = 0; s < pairs.size(); ++s) {
        BlockGroup &grp = groups[slot[s]];
        grp.aBegin = pairs[s].first;
        grp.aEnd = grp.aBegin + 1;
        grp.bBegin = pairs[s].second;
        grp.bEnd = grp.bBegin + 1;
        groupOfA[size_t(grp.aBegin)] = groupOfB[size_t(grp.bBegin)] = slot[s];
    }
}

void Aligner::classifyAndMove() {
    for (BlockGroup &g : groups) {
        if (g.bEnd - g.bBegin > 1)
            g.kind = BlockGroup::Split;
        else if (g.aEnd - g.aBegin > 1)
            g.kind = BlockGroup::Merge;
        else if (std::ranges::equal(a.blockIds(g.aBegin), b.blockIds(g.bBegin)))
            g.kind = BlockGroup::Equal;
        else
            g.kind = BlockGroup::Edited;
    }
    // Heaviest chain in order on both sides stays; the rest moved.
    std::sort(groups.begin(), groups.end(),
              [](const BlockGroup &x, const BlockGroup &y) { return x.aBegin < y.aBegin; });
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    std::vector<qint64> weights;
    for (const BlockGroup &g : groups) {
        pairs.emplace_back(g.aBegin, g.bBegin);
        weights.push_back(1 + (a.blockBegin[g.aEnd] - a.blockBegin[g.aBegin]) +
                          (b.blockBegin[g.bEnd] - b.blockBegin[g.bBegin]));
    }
    const QList<qsizetype> keep = weightedIncreasingSubsequence(pairs, weights);
    std::vector<bool> inPlace(size_t(groups.size()), false);
    for (qsizetype k : keep)
        inPlace[size_t(k)] = true;
    for (qsizetype k = 0; k < groups.size(); ++k)
        groups[k].moved = !inPlace[size_t(k)];
    std::sort(groups.begin(), groups.end(),
              [](const BlockGroup &x, const BlockGroup &y) { return x.bBegin < y.bBegin; });
    // Moved groups next to each other on both sides move together, as one run.
    qint32 nextMove = 0;
    for (qsizetype k = 0; k < groups.size(); ++k) {
        BlockGroup &g = groups[k];
        if (!g.moved)
            continue;
        const BlockGroup *prev = k > 0 ? &groups[k - 1] : nullptr;
        if (prev && prev->moved && prev->bEnd == g.bBegin && prev->aEnd == g.aBegin)
            g.moveId = prev->moveId;
        else
            g.moveId = nextMove++;
    }
}

QList<BlockGroup> Aligner::run() {
    exactInOrder();
    concatenations();
    exactAnywhere();
    similarBlocks(true);
    anchoredBlocks();
    heedElsewhere = true;
    gapPairs();
    heedElsewhere = false;
    similarBlocks(false);
    uncrossHeldPairs();
    uncrossNearbySwaps();
    pairHeldInGaps();
    splitsAndMerges();
    gapPairs();
    orderedBlocks();
    orderRepeatedPairs();
    classifyAndMove();
    return groups;
}

} // namespace align

QList<BlockGroup> alignBlocks(const TokenSequence &a, const TokenSequence &b) {
    return align::Aligner(a, b).run();
}

} // namespace sd
