// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/session.h"

#include "compare/comparison.h"
#include "multi/collation.h"
#include "multi/evolution.h"
#include "multi/guidetree.h"
#include "multi/overlap.h"
#include "util/parallel.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace sd {
namespace {

bool isCancelled(const std::atomic_bool *cancel) {
    return cancel && cancel->load(std::memory_order_relaxed);
}

// The options as a cache key: their names, from the one table of options.
QString optionsKey(const CompareOptions &options) {
    return optionNames(options).join(QLatin1Char(','));
}

void report(std::atomic_int *progress, int percent) {
    if (progress)
        progress->store(percent, std::memory_order_relaxed);
}

} // namespace

template <typename T, typename Compute>
std::optional<T> VersionSession::remembered(std::map<QString, T> &cache,
                                            const CompareOptions &options, Compute compute) {
    const QString key = optionsKey(options);
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = cache.find(key); it != cache.end())
            return it->second;
    }
    const std::optional<T> value = compute();
    if (!value)
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    return cache.emplace(key, *value).first->second;
}

VersionSession::VersionSession(QList<Document> documents, qsizetype base,
                               const CompareOptions &options)
    : m_documents(std::move(documents)), m_settings{base, options} {}

VersionSession::Settings VersionSession::settings() const {
    std::lock_guard lock(m_mutex);
    return m_settings;
}

qsizetype VersionSession::base() const {
    return settings().base;
}

void VersionSession::setBase(qsizetype base) {
    std::lock_guard lock(m_mutex);
    m_settings.base = base;
}

CompareOptions VersionSession::options() const {
    return settings().options;
}

void VersionSession::setOptions(const CompareOptions &options) {
    std::lock_guard lock(m_mutex);
    m_settings.options = options;
}

std::shared_ptr<const Comparison> VersionSession::comparison(qsizetype from, qsizetype to,
                                                             const std::atomic_bool *cancel,
                                                             std::atomic_int *progress) {
    const CompareOptions options = settings().options;
    if (Shared c = cached(from, to, options, cancel, progress))
        return c;
    auto cut = std::make_shared<Comparison>();
    cut->a = m_documents.at(from);
    cut->b = m_documents.at(to);
    cut->fromIndex = qint32(from);
    cut->toIndex = qint32(to);
    cut->options = options;
    cut->incomplete = true;
    return cut;
}

VersionSession::Shared VersionSession::cached(qsizetype from, qsizetype to,
                                              const CompareOptions &options,
                                              const std::atomic_bool *cancel,
                                              std::atomic_int *progress) {
    const Key key{from, to, optionsKey(options)};
    for (;;) {
        std::promise<Shared> promise;
        std::shared_future<Shared> future;
        bool mine = false;
        {
            std::lock_guard lock(m_mutex);
            const auto it = m_comparisons.find(key);
            mine = it == m_comparisons.end();
            future = mine ? m_comparisons.emplace(key, promise.get_future().share()).first->second
                          : it->second;
        }
        if (mine) {
            ++m_made;
            Shared result;
            try {
                auto c = std::make_shared<Comparison>(compareDocuments(
                    m_documents.at(from), m_documents.at(to), options, cancel, progress));
                c->fromIndex = qint32(from);
                c->toIndex = qint32(to);
                if (!c->incomplete)
                    result = std::move(c);
            } catch (...) {
                {
                    std::lock_guard lock(m_mutex);
                    m_comparisons.erase(key);
                }
                promise.set_exception(std::current_exception());
                throw;
            }
            if (!result) { // cut short: the next caller compares it again
                std::lock_guard lock(m_mutex);
                m_comparisons.erase(key);
            }
            promise.set_value(result);
            return result;
        }
        // Another caller is comparing this pair: wait for it, but not past our own cancel.
        while (future.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready)
            if (isCancelled(cancel))
                return nullptr;
        if (Shared c = future.get()) {
            report(progress, 100);
            return c;
        }
        if (isCancelled(cancel))
            return nullptr;
        // Theirs was cancelled, ours is not: round again, and compare it here.
    }
}

bool VersionSession::compareAll(const std::vector<std::pair<qsizetype, qsizetype>> &pairs,
                                const CompareOptions &options, const std::atomic_bool *cancel,
                                std::atomic_int *progress, int progressFrom, int progressTo) {
    std::atomic<qint64> done{0};
    std::atomic_bool failed{false};
    forEachIndex(qsizetype(pairs.size()), [&](qsizetype k) {
        if (failed.load()) // one was cut short: so are the rest
            return;
        const auto &[a, b] = pairs[size_t(k)];
        if (!cached(a, b, options, cancel, nullptr)) {
            failed.store(true);
            return;
        }
        report(progress,
               progressFrom + int((progressTo - progressFrom) * ++done / qint64(pairs.size())));
    });
    return !failed.load();
}

std::optional<QList<Comparison>> VersionSession::fromBase(const std::atomic_bool *cancel) {
    return fromBase(settings(), cancel);
}

std::optional<QList<Comparison>> VersionSession::fromBase(const Settings &s,
                                                          const std::atomic_bool *cancel) {
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    for (qsizetype k = 0; k < m_documents.size(); ++k)
        if (k != s.base)
            pairs.emplace_back(s.base, k);
    return comparisons(pairs, s.options, cancel);
}

std::optional<QList<Comparison>>
VersionSession::comparisons(const std::vector<std::pair<qsizetype, qsizetype>> &pairs,
                            const CompareOptions &options, const std::atomic_bool *cancel) {
    if (!compareAll(pairs, options, cancel))
        return std::nullopt;
    QList<Comparison> out;
    for (const auto &[a, b] : pairs)
        out.append(*cached(a, b, options, cancel, nullptr));
    return out;
}

std::optional<QList<QList<double>>> VersionSession::similarity(const std::atomic_bool *cancel) {
    return similarity(settings().options, cancel);
}

std::optional<QList<QList<double>>> VersionSession::similarity(const CompareOptions &options,
                                                               const std::atomic_bool *cancel) {
    // From each version's words, not from N(N-1)/2 comparisons (see overlap.h).
    return remembered(m_similarities, options,
                      [&] { return overlapMatrix(m_documents, options, cancel); });
}

std::vector<std::pair<qsizetype, qsizetype>>
VersionSession::stepPairs(qsizetype versions,
                          const std::vector<std::pair<qsizetype, qsizetype>> &treePairs) {
    const std::set<std::pair<qsizetype, qsizetype>> tree(treePairs.begin(), treePairs.end());
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    for (qsizetype v = 0; v + 1 < versions; ++v)
        pairs.push_back(tree.count({v + 1, v}) ? std::pair(v + 1, v) : std::pair(v, v + 1));
    return pairs;
}

std::optional<QList<Comparison>>
VersionSession::steps(const std::vector<std::pair<qsizetype, qsizetype>> &treePairs,
                      const CompareOptions &options, const std::atomic_bool *cancel) {
    return comparisons(stepPairs(m_documents.size(), treePairs), options, cancel);
}

SessionResult VersionSession::multi(const std::atomic_bool *cancel, std::atomic_int *progress) {
    const Settings s = settings();
    SessionResult r;
    r.base = s.base;
    r.options = s.options;
    r.result.incomplete = true; // until every part is there
    report(progress, 0);
    // The matrix first (no comparison): it chooses the collation's guide tree.
    const std::optional<QList<QList<double>>> sim = similarity(s.options, cancel);
    if (!sim)
        return r;
    const GuideTree tree = guideTree(m_documents, *sim);
    const std::vector<std::pair<qsizetype, qsizetype>> treePairs = tree.comparisons();
    // The pairs the results need, once, at once: base -> k for the changes, the guide tree's
    // for the collation, and each version with the next for the evolution (the tree's where it
    // joins them, either way round); 2(N - 1) at most where the tree follows the versions'
    // order, never N(N-1)/2.
    std::set<std::pair<qsizetype, qsizetype>> seen;
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    auto want = [&](qsizetype a, qsizetype b) {
        if (seen.insert({a, b}).second)
            pairs.emplace_back(a, b);
    };
    const qsizetype n = m_documents.size();
    for (qsizetype k = 0; k < n; ++k)
        if (k != s.base)
            want(s.base, k);
    for (const auto &[a, b] : treePairs)
        want(a, b);
    for (const auto &[a, b] : stepPairs(n, treePairs))
        want(a, b);
    if (!compareAll(pairs, s.options, cancel, progress, 0, 80))
        return r;
    // All compared now: these only read the cache (and the results cached for the options).
    auto fb = fromBase(s, cancel);
    auto st = steps(treePairs, s.options, cancel);
    auto treeSteps = comparisons(treePairs, s.options, cancel);
    if (!fb || !st || !treeSteps)
        return r;
    // The two results at once, each on its own worker: neither needs the other.
    std::optional<Evolution> ev;
    std::optional<Collation> col;
    forEachIndex(2, [&](qsizetype part) {
        if (part == 0)
            ev = remembered(m_evolutions, s.options, [&] {
                return std::optional(traceEvolution(m_documents, *st, s.options));
            });
        else
            col = remembered(m_collations, s.options, [&] {
                return std::optional(collate(m_documents, tree, *treeSteps, s.options));
            });
    });
    if (!ev || !col)
        return r;
    r.fromBase = *fb;
    r.result.collation = *col;
    r.result.evolution = *ev;
    r.result.similarity = *sim;
    r.result.incomplete = false;
    report(progress, 100);
    return r;
}

} // namespace sd
