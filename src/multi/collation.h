// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"
#include "multi/guidetree.h"

#include <QList>
#include <QString>
#include <optional>

namespace sd {

// One row of the collation table: what each version reads at one aligned place.
struct CollationRow {
    // Per version, its reading here (nullopt: nothing). A reading over several paragraphs has
    // "\n" where a paragraph ends.
    QList<std::optional<QString>> texts;
    // Which versions share a reading: per version, the first version (in the given order) that
    // reads exactly the same here. No version is special, so a row is the same whatever the
    // base; a version differs from the base here when sameAs[k] != sameAs[base].
    //   texts: [Monday, Tuesday, Monday, Tuesday]  ->  sameAs: [0, 1, 0, 1]
    QList<qsizetype> sameAs;
    // Per version: -1, or the row at whose place this version's text stands in its own order
    // (the reading moved there: a transposition; that row has nothing of it for the version).
    // The rows follow the order of the guide tree's root (guidetree.h), so a passage is marked
    // moved in the versions that read it elsewhere than the root does.
    QList<qint32> movedFrom;
    // Per version: its reading here begins a paragraph.
    QList<bool> opensParagraph;
    bool agree = false; // every version reads the same words here, none moved
    friend bool operator==(const CollationRow &, const CollationRow &) = default;

    // A version differs from the base here when it reads other words, or reads them moved where
    // the base does not (or in place where the base reads them moved).
    bool differs(qsizetype version, qsizetype base) const {
        return !agree && (sameAs.at(version) != sameAs.at(base) ||
                          (movedFrom.at(version) >= 0) != (movedFrom.at(base) >= 0));
    }
    // The version whose colour the views give this version's cell (the first to read it so, or
    // the version itself where it reads the base's words moved); -1: plain, as the base reads.
    qsizetype colourOf(qsizetype version, qsizetype base) const {
        if (!differs(version, base))
            return -1;
        return sameAs.at(version) == sameAs.at(base) ? version : sameAs.at(version);
    }
};

struct Collation {
    QList<CollationRow> rows;
};

// Whether a reading follows the words before it without a space ("differ," not "differ ,"):
// it opens with closing punctuation, as the text reads.
bool followsWithoutSpace(const QString &reading);

// How finely the rows are cut.
enum class Segmentation : quint8 {
    // CollateX's: a row wherever the set of versions sharing the words changes.
    Segments,
    // For reading: the words between two places where every version agrees are one row (a few
    // agreeing words inside a rewritten sentence do not cut it), cut again where every version
    // that reads there ends a paragraph; agreeing runs are cut at the paragraphs all share.
    Phrases,
};

// Aligns N versions as a variant graph (see variantgraph.h) built along a guide tree of
// similarity (guidetree.h): `steps` are the tree's comparisons (GuideTree::comparisons), in
// the order the versions join. No version is a base, and the tree is chosen from the versions'
// content: the rows depend on the versions only, not on their order nor on the base, which a
// view chooses only to say what "differs" means. A passage the comparisons found moved is one
// row across the versions, marked `movedFrom` in those where it moved. Joined over the rows,
// each version's texts give back its words (moved passages at their row).
//
//   v1: the council met on Monday   v2: the council met on Tuesday   v3: the board met on Monday
//   Segments: [the] [council|council|board] [met on] [Monday|Tuesday|Monday]
//   Phrases:  [the] [council met on Monday|council met on Tuesday|board met on Monday]
Collation collate(const QList<Document> &versions, const GuideTree &tree,
                  const QList<Comparison> &steps, const CompareOptions &options,
                  Segmentation segmentation = Segmentation::Phrases);

// The same without a session: the similarity matrix, the guide tree and its comparisons are
// made here, once each.
Collation collateVersions(const QList<Document> &versions, const CompareOptions &options,
                          Segmentation segmentation = Segmentation::Phrases);

} // namespace sd
