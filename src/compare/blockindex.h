// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two lookups block alignment judges candidates with (internal to the alignment passes,
// aligner.h).

#include <QHash>

#include <span>
#include <unordered_map>
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

class ShingleIndex {
public:
    ShingleIndex(const std::vector<std::vector<quint64>> &sets, const std::vector<bool> &include)
        : m_count(sets.size(), 0) {
        for (size_t blk = 0; blk < sets.size(); ++blk) {
            if (!include[blk])
                continue;
            for (quint64 s : sets[blk])
                m_postings[s].push_back(qint32(blk));
        }
    }
    // (-shared count, block) for every block sharing at least one informative shingle. Counted
    // in a dense table indexed by block and reset through the list of blocks touched: a hash
    // per B block and a lookup per posting were 40% of a 1M-word comparison. Not for use from
    // two threads at once.
    std::vector<std::pair<qsizetype, qint32>> candidates(const std::vector<quint64> &set) {
        m_touched.clear();
        for (quint64 s : set) {
            auto it = m_postings.find(s);
            if (it == m_postings.end() || qsizetype(it->second.size()) > kMaxPostings)
                continue;
            for (qint32 blk : it->second)
                if (m_count[size_t(blk)]++ == 0)
                    m_touched.push_back(blk);
        }
        std::vector<std::pair<qsizetype, qint32>> out;
        out.reserve(m_touched.size());
        for (qint32 blk : m_touched) {
            out.emplace_back(-qsizetype(m_count[size_t(blk)]), blk);
            m_count[size_t(blk)] = 0;
        }
        return out;
    }

private:
    std::unordered_map<quint64, std::vector<qint32>> m_postings;
    std::vector<qint32> m_count;
    std::vector<qint32> m_touched;
};

} // namespace sd::blockindex
