// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/candidates.h"

#include <QSet>

#include <algorithm>

namespace sd {
namespace {

quint64 pairKey(qint32 a, qint32 b) {
    return (quint64(quint32(a)) << 32) | quint32(b);
}

// One step of a member list's hash (SplitMix64's finaliser over the running value).
quint64 mixIn(quint64 h, qint32 member) {
    quint64 x = h ^ (quint64(quint32(member)) + 0x9e3779b97f4a7c15ULL);
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Sorts and drops repeats from `pairs[from, end)` merged into the sorted `pairs[0, from)`.
void compact(std::vector<quint64> &pairs, size_t from) {
    std::sort(pairs.begin() + qsizetype(from), pairs.end());
    std::inplace_merge(pairs.begin(), pairs.begin() + qsizetype(from), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
}

} // namespace

void CandidateIndex::add(qint32 document, const std::vector<quint64> &keys) {
    std::lock_guard lock(m_mutex);
    m_entries.reserve(m_entries.size() + keys.size());
    for (const quint64 k : keys)
        m_entries.emplace_back(k, document);
}

QList<BatchPair> CandidateIndex::pairs(qsizetype maxBucket) {
    std::lock_guard lock(m_mutex);
    std::sort(m_entries.begin(), m_entries.end());
    std::vector<quint64> found;
    size_t sorted = 0;
    // The copies of one story meet in many buckets with the same members: each distinct member
    // list is expanded to pairs once.
    QSet<quint64> lists;
    std::vector<qint32> members;
    for (size_t i = 0; i < m_entries.size();) {
        size_t end = i + 1;
        while (end < m_entries.size() && m_entries[end].first == m_entries[i].first)
            ++end;
        const auto size = qsizetype(end - i);
        if (size > 1 && size <= maxBucket) {
            members.clear();
            quint64 h = 0x2545f4914f6cdd1dULL;
            for (size_t k = i; k < end; ++k) {
                members.push_back(m_entries[k].second);
                h = mixIn(h, m_entries[k].second);
            }
            if (!lists.contains(h)) {
                lists.insert(h);
                for (size_t x = 0; x < members.size(); ++x)
                    for (size_t y = x + 1; y < members.size(); ++y)
                        found.push_back(pairKey(members[x], members[y]));
                // Bounded by the distinct pairs, not by every bucket's repeats of them.
                if (found.size() - sorted > std::max<size_t>(sorted, 1 << 20)) {
                    compact(found, sorted);
                    sorted = found.size();
                }
            }
        }
        i = end;
    }
    compact(found, sorted);
    QList<BatchPair> out;
    out.reserve(qsizetype(found.size()));
    for (const quint64 p : found)
        out.append(BatchPair{qint32(p >> 32), qint32(p & 0xffffffffU)});
    return out;
}

} // namespace sd
