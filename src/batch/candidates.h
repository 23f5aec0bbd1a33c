// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchplan.h"

#include <QHash>
#include <QList>

#include <mutex>
#include <utility>
#include <vector>

namespace sd {

// A bucket holding more documents than this is boilerplate (a masthead, a byline, a licence
// line that every page carries), as passim drops its most frequent n-grams: its pairs are not
// candidates through it. The cost: a story reprinted more than this many times is not found
// through its own buckets either (docs/cli.md says so).
inline constexpr qsizetype kMaxBucketDocuments = 1000;

// Two copies of a passage share many buckets (each of its windows in several bands); two
// unrelated articles that share a common phrase by chance mostly share one. Pairs need this
// many shared buckets to be candidates.
inline constexpr quint32 kMinSharedBuckets = 2;

// The LSH buckets of an archive, filled one document at a time (in any order, from any thread)
// with its band keys; 16 bytes per (document, key), the documents themselves are not kept.
class CandidateIndex {
public:
    void add(qint32 document, const std::vector<quint64> &keys);
    qsizetype entries() const { return qsizetype(m_entries.size()); }
    // The pairs (a < b) of documents that share at least `minBuckets` buckets of at most
    // `maxBucket` documents, sorted: the same set and order whatever the order the documents
    // were added in.
    QList<BatchPair> pairs(qsizetype maxBucket = kMaxBucketDocuments,
                           quint32 minBuckets = kMinSharedBuckets);

private:
    std::mutex m_mutex;
    std::vector<std::pair<quint64, qint32>> m_entries; // (band key, document)
};

} // namespace sd
