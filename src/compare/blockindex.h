// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two lookups block alignment judges candidates with (internal to the alignment passes,
// aligner.h).

#include <QHash>

#include <span>
#include <vector>

namespace sd::blockindex {

// Word pairs found in more blocks than this say nothing about which block is which.
constexpr qsizetype kMaxPostings = 48;

// Dice similarity of one block's words (as a multiset) with many others, without sorting:
// the loaded block's word counts sit in a table indexed by token id, and each other block
// takes from them.
//   load([the cat the]) ; dice([the the dog]) -> common {the, the} -> 2*2 / (3+3) = 0.67
class BagDice {
public:
    explicit BagDice(size_t vocabulary) : m_count(vocabulary, 0), m_taken(vocabulary, 0) {}
    void load(std::span<const int> ids) {
        for (int id : m_loaded)
            m_count[size_t(id)] = 0;
        m_loaded = ids;
        for (int id : ids)
            ++m_count[size_t(id)];
    }
    size_t vocabulary() const { return m_count.size(); }
    double dice(std::span<const int> other) {
        if (m_loaded.empty() && other.empty())
            return 1.0;
        qsizetype common = 0;
        for (int id : other) {
            qint32 &taken = m_taken[size_t(id)];
            if (taken < m_count[size_t(id)]) {
                ++taken;
                ++common;
            }
        }
        for (int id : other)
            m_taken[size_t(id)] = 0;
        return 2.0 * double(common) / double(m_loaded.size() + other.size());
    }

private:
    std::vector<qint32> m_count, m_taken;
    std::span<const int> m_loaded;
};

// The included blocks of `sets` by word pair: an open-addressed table of the distinct pairs
// (a power of two, probed linearly) over one array of postings in block order. A node-based
// hash map cost a cache miss per lookup and was most of the similar-block search.
class ShingleIndex {
public:
    // What one caller's lookups count with: a table per block of the index, and the blocks
    // touched (so that several threads may look up in one index at once, each with its own).
    struct Scratch {
        explicit Scratch(size_t blocks) : count(blocks, 0) {}
        std::vector<qint32> count;
        std::vector<qint32> touched;
    };
    ShingleIndex(const std::vector<std::vector<quint64>> &sets, const std::vector<bool> &include)
        : m_scratch(sets.size()) {
        size_t total = 0;
        for (size_t blk = 0; blk < sets.size(); ++blk)
            total += include[blk] ? sets[blk].size() : 0;
        size_t capacity = 16;
        while (capacity < 2 * total)
            capacity *= 2;
        m_mask = capacity - 1;
        m_table.assign(capacity, Entry{});
        // First the postings' sizes (counted in `end`), then their places in one array.
        for (size_t blk = 0; blk < sets.size(); ++blk) {
            if (!include[blk])
                continue;
            for (quint64 s : sets[blk]) {
                Entry &e = m_table[probe(s)];
                if (e.end < 0) {
                    e.key = s;
                    e.end = 0;
                }
                ++e.end;
            }
        }
        qint32 next = 0;
        for (Entry &e : m_table) {
            if (e.end < 0)
                continue;
            e.begin = next;
            next += e.end;
            e.end = e.begin; // filled below, up to its end
        }
        m_postings.resize(size_t(next));
        for (size_t blk = 0; blk < sets.size(); ++blk) {
            if (!include[blk])
                continue;
            for (quint64 s : sets[blk])
                m_postings[size_t(m_table[probe(s)].end++)] = qint32(blk);
        }
    }
    // (-shared count, block) for every block sharing at least one informative shingle. Counted
    // in a dense table indexed by block and reset through the list of blocks touched: a hash
    // per B block and a lookup per posting were 40% of a 1M-word comparison.
    std::vector<std::pair<qsizetype, qint32>> candidates(const std::vector<quint64> &set,
                                                         Scratch &scratch) const {
        std::vector<qint32> &count = scratch.count, &touched = scratch.touched;
        touched.clear();
        // The table is far larger than the caches: each lookup is a miss to memory. Asking for
        // the slot a few pairs ahead lets those misses overlap instead of queueing.
        constexpr size_t kAhead = 8;
        for (size_t i = 0; i < set.size(); ++i) {
            if (i + kAhead < set.size())
                __builtin_prefetch(&m_table[home(set[i + kAhead])]);
            const Entry &e = m_table[probe(set[i])];
            if (e.end < 0 || e.end - e.begin > kMaxPostings)
                continue;
            for (qint32 p = e.begin; p < e.end; ++p) {
                const qint32 blk = m_postings[size_t(p)];
                if (count[size_t(blk)]++ == 0)
                    touched.push_back(blk);
            }
        }
        std::vector<std::pair<qsizetype, qint32>> out;
        out.reserve(touched.size());
        for (qint32 blk : touched) {
            out.emplace_back(-qsizetype(count[size_t(blk)]), blk);
            count[size_t(blk)] = 0;
        }
        return out;
    }
    // The same with the index's own scratch: not for use from two threads at once.
    std::vector<std::pair<qsizetype, qint32>> candidates(const std::vector<quint64> &set) {
        return candidates(set, m_scratch);
    }
    size_t blockCount() const { return m_scratch.count.size(); }

private:
    // One table position: the pair and its postings' range, side by side, so that a lookup
    // costs one cache miss, not one each in three arrays. `end` < 0: empty.
    struct Entry {
        quint64 key = 0;
        qint32 begin = 0;
        qint32 end = -1;
    };
    // Where pair `s` would stand if nothing stood there before it.
    size_t home(quint64 s) const {
        return size_t((s ^ (s >> 29)) * 0xBF58476D1CE4E5B9ull) & m_mask;
    }
    // The table position of pair `s`: where it is, or the empty one where it would go.
    size_t probe(quint64 s) const {
        size_t at = home(s);
        while (m_table[at].end >= 0 && m_table[at].key != s)
            at = (at + 1) & m_mask;
        return at;
    }

    size_t m_mask = 0;
    std::vector<Entry> m_table;
    std::vector<qint32> m_postings; // in block order within each pair
    Scratch m_scratch;
};

} // namespace sd::blockindex
