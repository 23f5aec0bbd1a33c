#include "multi/multicompare.h"

#include "compare/comparison.h"
#include "util/parallel.h"

#include <QThread>

#include <algorithm>
#include <atomic>

namespace sd {

QList<QList<double>> similarityMatrix(const QList<Document> &documents, const CompareOptions &options) {
    const qsizetype n = documents.size();
    QList<QList<double>> m(n, QList<double>(n, 1.0));
    std::vector<std::pair<qsizetype, qsizetype>> cells;
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = i + 1; j < n; ++j)
            cells.emplace_back(i, j);
    // Each worker takes the next cell until none is left; every cell is written by one worker.
    std::vector<double> results(cells.size(), 1.0);
    std::atomic_size_t next{0};
    auto work = [&](qsizetype) {
        for (size_t k = next++; k < cells.size(); k = next++)
            results[k] = compareDocuments(documents.at(cells[k].first),
                                          documents.at(cells[k].second), options)
                             .similarity;
    };
    const size_t threads = std::clamp<size_t>(size_t(QThread::idealThreadCount()), 1, cells.size() + 1);
    runParts(qsizetype(threads), work);
    for (size_t k = 0; k < cells.size(); ++k) {
        m[cells[k].first][cells[k].second] = results[k];
        m[cells[k].second][cells[k].first] = results[k];
    }
    return m;
}

MultiResult compareMany(const QList<Document> &documents, qsizetype base,
                        const QList<Comparison> &comparisons, const CompareOptions &options) {
    MultiResult r;
    r.collation = collate(documents, base, comparisons, options);
    QList<Comparison> steps;
    for (qsizetype v = 0; v + 1 < documents.size(); ++v)
        steps.append(compareDocuments(documents.at(v), documents.at(v + 1), options));
    r.evolution = traceEvolution(documents, steps, options);
    r.similarity = similarityMatrix(documents, options);
    return r;
}

} // namespace sd
