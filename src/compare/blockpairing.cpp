// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/blockpairing.h"

#include <algorithm>
#include <unordered_map>

namespace sd {
namespace {

// A piece is looked up by its first few tokens (all of them when it is shorter).
constexpr size_t kKeyTokens = 3;
// Pieces checked at one position when several start with the same tokens.
constexpr size_t kCandidatesPerStep = 8;
// A chain of pieces may step over this many unmatched (edited) pieces.
constexpr qint32 kMaxPieceJump = 3;

quint64 keyOf(std::span<const int> ids) {
    quint64 h = 0x84222325CBF29CE4ull ^ ids.size();
    for (int id : ids)
        h = (h ^ quint64(quint32(id))) * 0x100000001B3ull;
    return h;
}

struct Chain {
    qint32 first = -1, last = -1;
    qsizetype covered = 0;
};

class PieceIndex {
public:
    PieceIndex(const BlockView &side, const std::vector<bool> &isFree)
        : m_side(side), m_free(isFree) {
        for (qint32 k = 0; k < side.count(); ++k) {
            const auto ids = side.block(k);
            if (!isFree[size_t(k)] || ids.empty())
                continue;
            m_postings[keyOf(ids.first(std::min(kKeyTokens, ids.size())))].push_back(k);
            if (ids.size() == 1) {
                const size_t id = size_t(ids.front());
                if (id >= m_singleToken.size())
                    m_singleToken.resize(id + 1, false);
                m_singleToken[id] = true;
            } else {
                const size_t bit = pairBit(ids[0], ids[1]);
                m_pairBits[bit / 64] |= quint64(1) << (bit % 64);
            }
        }
    }
    bool usable(qint32 k) const {
        return k >= 0 && k < m_side.count() && m_free[size_t(k)] && !m_used[size_t(k)];
    }
    bool fits(qint32 k, std::span<const int> rest) const {
        const auto ids = m_side.block(k);
        return !ids.empty() && ids.size() <= rest.size() &&
               std::ranges::equal(ids, rest.first(ids.size()));
    }
    // The piece that starts `rest`: the one after `last` when it fits, else the first usable
    // one after `last` among those with the same first tokens; -1 when none.
    qint32 pieceAt(std::span<const int> rest, qint32 last) const {
        if (usable(last + 1) && fits(last + 1, rest))
            return last + 1;
        // A piece that fits is one token long and that token, or begins with the first two:
        // most positions start none, and are answered without hashing (three lookups per edited
        // token were a tenth of a 1M-word comparison).
        if (!mayStartPiece(rest))
            return -1;
        for (size_t len = std::min(kKeyTokens, rest.size()); len > 0; --len) {
            const auto it = m_postings.find(keyOf(rest.first(len)));
            if (it == m_postings.end())
                continue;
            const auto &list = it->second;
            auto at = std::upper_bound(list.begin(), list.end(), last);
            for (size_t n = 0; at != list.end() && n < kCandidatesPerStep; ++at, ++n) {
                if (usable(*at) && fits(*at, rest))
                    return *at;
            }
        }
        return -1;
    }
    qsizetype sizeOf(qint32 k) const { return qsizetype(m_side.block(k).size()); }
    void use(qint32 k) { m_used[size_t(k)] = true; }
    void release(qint32 k) { m_used[size_t(k)] = false; }

private:
    const BlockView &m_side;
    const std::vector<bool> &m_free;
    std::unordered_map<quint64, std::vector<qint32>> m_postings;
    // Which positions may start a piece: one-token pieces by id; longer pieces by their first
    // two tokens, hashed into a table of bits (a set bit may be another pair's: then the
    // lookups above decide).
    static constexpr int kPairBitsLog = 20;
    static size_t pairBit(int first, int second) {
        const quint64 h = (quint64(quint32(first)) << 32 | quint32(second)) * 0x9E3779B97F4A7C15ull;
        return size_t(h >> (64 - kPairBitsLog));
    }
    bool mayStartPiece(std::span<const int> rest) const {
        const size_t id = size_t(rest.front());
        if (id < m_singleToken.size() && m_singleToken[id])
            return true;
        if (rest.size() < 2)
            return false;
        const size_t bit = pairBit(rest[0], rest[1]);
        return (m_pairBits[bit / 64] >> (bit % 64)) & 1;
    }
    std::vector<bool> m_singleToken;
    std::vector<quint64> m_pairBits = std::vector<quint64>(size_t(1) << (kPairBitsLog - 6), 0);
    std::vector<bool> m_used = std::vector<bool>(size_t(m_side.count()), false);
};

// The heaviest chain of pieces found along one long block (pieces of other chains released).
Chain walk(std::span<const int> ids, PieceIndex &index) {
    std::vector<Chain> chains;
    std::vector<qint32> taken;
    qint32 last = -1;
    for (size_t p = 0; p < ids.size();) {
        const qint32 k = index.pieceAt(ids.subspan(p), last);
        if (k < 0) {
            ++p; // an edited token: step over it
            continue;
        }
        if (chains.empty() || k <= last || k - last > kMaxPieceJump + 1)
            chains.push_back({k, k, 0});
        index.use(k);
        taken.push_back(k);
        last = k;
        chains.back().last = k;
        const size_t size = size_t(index.sizeOf(k));
        chains.back().covered += qsizetype(size);
        p += size;
    }
    Chain best;
    for (const Chain &c : chains) {
        if (c.last > c.first && c.covered > best.covered)
            best = c;
    }
    for (qint32 k : taken) {
        if (k < best.first || k > best.last)
            index.release(k);
    }
    return best;
}

} // namespace

std::vector<std::pair<qint32, qint32>>
orderIdenticalPartners(std::vector<std::pair<qint32, qint32>> pairs,
                       std::span<const qint32> classOfA) {
    std::unordered_map<qint32, std::vector<size_t>> slots; // class -> indices into pairs
    for (size_t s = 0; s < pairs.size(); ++s)
        slots[classOfA[size_t(pairs[s].first)]].push_back(s);
    for (auto &[cls, list] : slots) {
        if (list.size() < 2)
            continue;
        std::vector<qint32> as, bs;
        for (size_t s : list) {
            as.push_back(pairs[s].first);
            bs.push_back(pairs[s].second);
        }
        std::sort(as.begin(), as.end());
        std::sort(bs.begin(), bs.end());
        for (size_t n = 0; n < list.size(); ++n)
            pairs[list[n]] = {as[n], bs[n]};
    }
    return pairs;
}

std::vector<Concatenation> findConcatenations(const BlockView &longSide,
                                              const std::vector<bool> &freeLong,
                                              const BlockView &pieceSide,
                                              const std::vector<bool> &freePiece, double minShare) {
    PieceIndex index(pieceSide, freePiece);
    std::vector<Concatenation> out;
    for (qint32 l = 0; l < longSide.count(); ++l) {
        const auto ids = longSide.block(l);
        if (!freeLong[size_t(l)] || ids.size() < 2)
            continue;
        const Chain c = walk(ids, index);
        if (c.first < 0)
            continue;
        const qsizetype pieceTokens =
            pieceSide.begins[size_t(c.last) + 1] - pieceSide.begins[size_t(c.first)];
        bool spanFree = true;
        for (qint32 k = c.first; k <= c.last; ++k)
            spanFree = spanFree && freePiece[size_t(k)];
        if (!spanFree || double(c.covered) < minShare * double(ids.size()) ||
            double(c.covered) < minShare * double(pieceTokens)) {
            for (qint32 k = c.first; k <= c.last; ++k)
                index.release(k);
            continue;
        }
        for (qint32 k = c.first; k <= c.last; ++k)
            index.use(k); // the edited pieces inside the chain belong to it too
        out.push_back({l, c.first, c.last + 1, c.covered});
    }
    return out;
}

UniqueAnchors uniqueWordAnchors(const BlockView &a, const std::vector<bool> &freeA,
                                const BlockView &b, const std::vector<bool> &freeB) {
    // Per word id: in how many blocks each side has it (capped at 2) and the last such block.
    struct Seen {
        quint8 countA = 0, countB = 0;
        qint32 blockA = -1, blockB = -1;
    };
    int top = -1;
    for (const BlockView *side : {&a, &b})
        for (int id : side->ids)
            top = std::max(top, id);
    std::vector<Seen> seen(size_t(top + 1));
    auto note = [&](const BlockView &side, bool isA) {
        for (qint32 k = 0; k < side.count(); ++k) {
            for (int id : side.block(k)) {
                Seen &s = seen[size_t(id)];
                qint32 &block = isA ? s.blockA : s.blockB;
                if (block == k)
                    continue; // again in the same block: still one place
                quint8 &count = isA ? s.countA : s.countB;
                count = quint8(std::min(2, count + 1));
                block = k;
            }
        }
    };
    note(a, true);
    note(b, false);
    UniqueAnchors out;
    out.uniqueInA.assign(size_t(a.count()), 0);
    out.uniqueInB.assign(size_t(b.count()), 0);
    std::unordered_map<quint64, qint32> shared; // (A block, B block) -> words
    for (const Seen &s : seen) {
        if (s.countA == 1)
            ++out.uniqueInA[size_t(s.blockA)];
        if (s.countB == 1)
            ++out.uniqueInB[size_t(s.blockB)];
        if (s.countA != 1 || s.countB != 1)
            continue;
        if (freeA[size_t(s.blockA)] && freeB[size_t(s.blockB)])
            ++shared[(quint64(quint32(s.blockA)) << 32) | quint32(s.blockB)];
    }
    for (const auto &[key, n] : shared)
        out.pairs.push_back({qint32(key >> 32), qint32(key & 0xFFFFFFFFu), n});
    std::sort(out.pairs.begin(), out.pairs.end(), [](const AnchorPair &x, const AnchorPair &y) {
        return std::pair(x.a, x.b) < std::pair(y.a, y.b);
    });
    return out;
}

} // namespace sd
