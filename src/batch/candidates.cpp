// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/candidates.h"

#include <QHash>

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

using Found = std::pair<quint64, quint32>; // (pair, buckets it shares)

// Sorts `found[from, end)`, merges it into the sorted `found[0, from)` and sums the buckets of
// each pair into one entry.
void compact(std::vector<Found> &found, size_t from) {
    std::sort(found.begin() + qsizetype(from), found.end());
    std::inplace_merge(found.begin(), found.begin() + qsizetype(from), found.end());
    size_t out = 0;
    for (size_t i = 0; i < found.size(); ++i) {
        if (out > 0 && found[out - 1].first == found[i].first)
            found[out - 1].second += found[i].second;
        else
            found[out++] = found[i];
    }
    found.resize(out);
}

} // namespace

void CandidateIndex::add(qint32 document, const std::vector<quint64> &keys) {
    std::lock_guard lock(m_mutex);
    for (const quint64 k : keys)
        m_entries.emplace_back(k, document);
}

QList<BatchPair> CandidateIndex::pairs(qsizetype maxBucket, quint32 minBuckets) {
    std::lock_guard lock(m_mutex);
    std::sort(m_entries.begin(), m_entries.end());
    // The copies of one story meet in many buckets with the same members: each distinct member
    // list is expanded to pairs once, weighed by how many buckets have it (a first pass).
    QHash<quint64, quint32> lists;
    const auto forEachBucket = [&](auto f) {
        for (size_t i = 0; i < m_entries.size();) {
            size_t end = i + 1;
            while (end < m_entries.size() && m_entries[end].first == m_entries[i].first)
                ++end;
            const auto size = qsizetype(end - i);
            if (size > 1 && size <= maxBucket) {
                quint64 h = 0x2545f4914f6cdd1dULL;
                for (size_t k = i; k < end; ++k)
                    h = mixIn(h, m_entries[k].second);
                f(i, end, h);
            }
            i = end;
        }
    };
    forEachBucket([&](size_t, size_t, quint64 h) { ++lists[h]; });
    std::vector<Found> found;
    size_t sorted = 0;
    forEachBucket([&](size_t i, size_t end, quint64 h) {
        const auto it = lists.find(h);
        if (it == lists.end() || *it == 0)
            return; // expanded already
        const quint32 weight = *it;
        *it = 0;
        for (size_t x = i; x < end; ++x)
            for (size_t y = x + 1; y < end; ++y)
                found.emplace_back(pairKey(m_entries[x].second, m_entries[y].second), weight);
        // Bounded by the distinct pairs, not by every list's repeats of them.
        if (found.size() - sorted > std::max<size_t>(sorted, 1 << 20)) {
            compact(found, sorted);
            sorted = found.size();
        }
    });
    compact(found, sorted);
    QList<BatchPair> out;
    for (const auto &[p, buckets] : found)
        if (buckets >= minBuckets)
            out.append(BatchPair{qint32(p >> 32), qint32(p & 0xffffffffU)});
    return out;
}

} // namespace sd
