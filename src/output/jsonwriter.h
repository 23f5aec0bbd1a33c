// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"
#include "multi/multicompare.h"

#include <QByteArray>
#include <QList>

namespace sd {

// Bump when the JSON contract changes (see the CLI contract, "version").
// 2: every change has an "id" and each side a "source" (offsets and line:column).
// 3: the variant-graph collation (rows gain "same_as" and "moved_from"), the change kind
//    "heading-level", moves of word runs, minimal word counts; batch lines of --candidates have a
//    "passage", those of --shard a "pair".
inline constexpr int kJsonFormatVersion = 3;

// The CLI contract's JSON for a set of documents and the comparisons of the non-base ones
// with the base. Written directly (not through QJsonObject), so that a comparison with a
// hundred thousand changes serialises in milliseconds.
// With three or more versions, `multi` adds "collation", "evolution" and "similarity_matrix".
QByteArray comparisonsToJson(const QList<Document> &documents, qsizetype base,
                             const QList<Comparison> &comparisons,
                             const MultiResult *multi = nullptr);

// One comparison as a single JSON line (batch mode, JSON Lines): the contract's comparison
// object with the two paths in front instead of document indexes:
// {"a": path, "b": path, "similarity": ..., "stats": {...}, "changes": [...]}, ending in '\n'.
// JSON escapes every control character in strings, so the line holds no other newline.
QByteArray comparisonToJsonLine(const Comparison &comparison, QStringView a, QStringView b);

// Appends `s` as a JSON string literal (quoted, escaped) to `out`.
void appendJsonString(QByteArray &out, QStringView s);

} // namespace sd
