#pragma once

#include "compare/comparison.h"
#include "multi/multicompare.h"

#include <QByteArray>
#include <QList>

namespace sd {

// Bump when the JSON contract changes (see the CLI contract, "version").
inline constexpr int kJsonFormatVersion = 1;

// The CLI contract's JSON for a set of documents and the comparisons of the non-base ones
// with the base. Written directly (not through QJsonObject), so that a comparison with a
// hundred thousand changes serialises in milliseconds.
// With three or more versions, `multi` adds "collation", "evolution" and "similarity_matrix".
QByteArray comparisonsToJson(const QList<Document> &documents, qsizetype base,
                             const QList<Comparison> &comparisons,
                             const MultiResult *multi = nullptr);

// Appends `s` as a JSON string literal (quoted, escaped) to `out`.
void appendJsonString(QByteArray &out, QStringView s);

} // namespace sd
