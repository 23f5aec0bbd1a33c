// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/overlap.h"

#include "compare/tokenkeys.h"
#include "util/parallel.h"

#include <algorithm>

namespace sd {
namespace {

qint64 commonCount(const std::vector<int> &a, const std::vector<int> &b) {
    qint64 common = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common, ++i, ++j;
        }
    }
    return common;
}

} // namespace

std::optional<QList<QList<double>>> overlapMatrix(const QList<Document> &documents,
                                                  const CompareOptions &options,
                                                  const std::atomic_bool *cancel) {
    const qsizetype n = documents.size();
    TokenInterner interner; // one table, so that the ids mean the same in every version
    std::vector<std::vector<int>> words(static_cast<size_t>(n));
    for (qsizetype k = 0; k < n; ++k)
        words[size_t(k)] = buildTokenSequence(documents.at(k), options, interner).ids;
    forEachIndex(n,
                 [&](qsizetype k) { std::sort(words[size_t(k)].begin(), words[size_t(k)].end()); });
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = i + 1; j < n; ++j)
            pairs.emplace_back(i, j);
    std::vector<double> cells(pairs.size());
    forEachIndex(qsizetype(pairs.size()), [&](qsizetype k) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return;
        const auto [i, j] = pairs[size_t(k)];
        const qint64 total = qint64(words[size_t(i)].size() + words[size_t(j)].size());
        const qint64 common = commonCount(words[size_t(i)], words[size_t(j)]);
        cells[size_t(k)] = total == 0 ? 1.0 : double(2 * common) / double(total);
    });
    if (cancel && cancel->load())
        return std::nullopt;
    QList<QList<double>> m;
    for (qsizetype i = 0; i < n; ++i)
        m.append(QList<double>(n, 1.0)); // each its own, not one shared row
    for (size_t k = 0; k < pairs.size(); ++k) {
        const auto [i, j] = pairs[k];
        m[i][j] = m[j][i] = cells[k];
    }
    return m;
}

} // namespace sd
