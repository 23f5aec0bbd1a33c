#pragma once

#include "compare/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace sd {

// One row of the collation table: what each version reads there (nullopt: nothing).
struct CollationRow {
    QList<std::optional<QString>> texts;
    // Which versions share a reading here: per version, the first version that reads the same
    // (the base first, then the others in order). The base's own reading, and every reading in
    // an agreeing row, is the base's; a version whose entry is itself reads what no version
    // before it reads.
    //   texts: [Monday (base), Tuesday, Monday, Tuesday]  ->  sameAs: [0, 1, 0, 1]
    QList<qsizetype> sameAs;
    bool agree = false; // every version reads the same words here
    friend bool operator==(const CollationRow &, const CollationRow &) = default;
};

struct Collation {
    QList<CollationRow> rows;
};

// Aligns N versions at word level on top of their pairwise comparisons with the base
// (`comparisons[k]` compares the base with version k; the base's own entry is ignored).
// Rows are cut at every edge of every version's edit regions (in base coordinates); a region
// spanning several rows gives its text in the first. Stretches where every version pairs every
// base word are agreeing rows, merged into long runs. Every version's texts, joined over the
// rows, give back its words in order, so a block that moved is a deletion at its old place and
// an insertion at its new one. The rows depend only on each version's own comparison with the
// base, never on the order of the others.
//
//   base: the council met on Monday     v1: the council met on Tuesday    v2: the board met on Monday
//   rows: [the] [council|council|board] [met on] [Monday|Tuesday|Monday]
Collation collate(const QList<Document> &documents, qsizetype base,
                  const QList<Comparison> &comparisons, const CompareOptions &options);

} // namespace sd
