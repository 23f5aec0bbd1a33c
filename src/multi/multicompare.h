#pragma once

#include "multi/collation.h"
#include "multi/evolution.h"

#include <QList>

namespace sd {

// Everything the CLI reports about three or more versions.
struct MultiResult {
    Collation collation;
    Evolution evolution;
    QList<QList<double>> similarity; // N x N, documents order
};

// Pairwise similarity of all versions (symmetric, 1 on the diagonal), computed in parallel.
QList<QList<double>> similarityMatrix(const QList<Document> &documents, const CompareOptions &options);

// `comparisons[k]`: base -> k (the base's own entry unused). Runs the evolution chain and the
// matrix; both need comparisons of their own.
MultiResult compareMany(const QList<Document> &documents, qsizetype base,
                        const QList<Comparison> &comparisons, const CompareOptions &options);

} // namespace sd
