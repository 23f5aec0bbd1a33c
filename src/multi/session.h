// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "multi/multicompare.h"

#include <QList>
#include <QString>

#include <atomic>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <tuple>

namespace sd {

// What a session computes for its base and options at the time of asking: the multi-version
// result and the comparisons base -> k it was built from (every k != base, in version order).
struct SessionResult {
    MultiResult result;
    QList<Comparison> fromBase;
    qsizetype base = 0;
    CompareOptions options;
};

// N versions of a story compared with each other: the documents, the base, the options and
// every comparison made so far, keyed by (from, to, options), so that each pair is compared
// at most once per options however the collation, the evolution, the matrix and the single
// pairs on screen ask for it. Plain C++, safe to share between threads: every call may come
// from any thread, and two callers wanting the same pair wait for one comparison.
//
// A call given a cancel flag stops soon after the flag is set: its result says `incomplete`
// (or is nullopt), and what was cut short is not cached. `progress`, when given, goes from 0
// to 100. The pairs are compared on the one WorkPool, several at once.
class VersionSession {
public:
    VersionSession(QList<Document> documents, qsizetype base, const CompareOptions &options);
    VersionSession(const VersionSession &) = delete;
    VersionSession &operator=(const VersionSession &) = delete;

    const QList<Document> &documents() const { return m_documents; } // fixed for the session
    qsizetype base() const;
    void setBase(qsizetype base);
    CompareOptions options() const;
    void setOptions(const CompareOptions &options);

    // Version `from` compared with version `to` (fromIndex and toIndex set) under the options;
    // never null.
    std::shared_ptr<const Comparison> comparison(qsizetype from, qsizetype to,
                                                 const std::atomic_bool *cancel = nullptr,
                                                 std::atomic_int *progress = nullptr);
    // The base compared with every other version, in version order, compared in parallel.
    std::optional<QList<Comparison>> fromBase(const std::atomic_bool *cancel = nullptr);
    // Pairwise similarity, N x N in documents order, 1 on the diagonal, from each version's
    // words (overlapMatrix): no comparison is made for it.
    std::optional<QList<QList<double>>> similarity(const std::atomic_bool *cancel = nullptr);
    // Two or more versions: the collation (along the matrix's guide tree), the evolution in
    // version order and the matrix, with the base's comparisons. None of the three depends on the
    // base: a new base compares only the base's pairs, and hands on the very same (implicitly
    // shared) values.
    SessionResult multi(const std::atomic_bool *cancel = nullptr,
                        std::atomic_int *progress = nullptr);

    // The pairs the evolution takes for each version and the next, in version order: the
    // guide tree's comparison (`treePairs`, GuideTree::comparisons) where the tree joins them,
    // whichever way round, else v -> v + 1.
    static std::vector<std::pair<qsizetype, qsizetype>>
    stepPairs(qsizetype versions, const std::vector<std::pair<qsizetype, qsizetype>> &treePairs);

    // How many comparisons this session has run (cut-short ones included): what the cache
    // saves, for tests and measurements.
    qint64 comparisonsMade() const { return m_made.load(); }

private:
    using Key = std::tuple<qsizetype, qsizetype, QString>; // from, to, the options' names
    using Shared = std::shared_ptr<const Comparison>;
    struct Settings {
        qsizetype base;
        CompareOptions options;
    };
    Settings settings() const;
    // The one place that compares: takes the pair from the cache, or compares it into it.
    Shared cached(qsizetype from, qsizetype to, const CompareOptions &options,
                  const std::atomic_bool *cancel, std::atomic_int *progress);
    // Makes sure every pair is in the cache, several at once; false when cancelled.
    bool compareAll(const std::vector<std::pair<qsizetype, qsizetype>> &pairs,
                    const CompareOptions &options, const std::atomic_bool *cancel,
                    std::atomic_int *progress = nullptr, int progressFrom = 0,
                    int progressTo = 100);
    std::optional<QList<QList<double>>> similarity(const CompareOptions &options,
                                                   const std::atomic_bool *cancel);
    // The pairs compared (several at once), in the order given; nullopt when cancelled.
    std::optional<QList<Comparison>>
    comparisons(const std::vector<std::pair<qsizetype, qsizetype>> &pairs,
                const CompareOptions &options, const std::atomic_bool *cancel);
    // Each version compared with the next, in version order, either way round: the guide
    // tree's comparison where it joins the two (`treePairs`).
    std::optional<QList<Comparison>>
    steps(const std::vector<std::pair<qsizetype, qsizetype>> &treePairs,
          const CompareOptions &options, const std::atomic_bool *cancel);
    // What `cache` holds for the options, or compute() put there (nothing when it gives
    // nullopt: cancelled).
    template <typename T, typename Compute>
    std::optional<T> remembered(std::map<QString, T> &cache, const CompareOptions &options,
                                Compute compute);
    std::optional<QList<Comparison>> fromBase(const Settings &s, const std::atomic_bool *cancel);

    const QList<Document> m_documents;
    mutable std::mutex m_mutex; // guards everything below
    Settings m_settings;
    std::map<Key, std::shared_future<Shared>> m_comparisons; // null value: cut short
    std::map<QString, Evolution> m_evolutions;               // by the options' names
    std::map<QString, QList<QList<double>>> m_similarities;  // by the options' names
    std::map<QString, Collation> m_collations;               // by the options' names
    std::atomic<qint64> m_made{0};
};

} // namespace sd
