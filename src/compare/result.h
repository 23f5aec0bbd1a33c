// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/editscript.h"
#include "compare/options.h"
#include "document/document.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <vector>

// The result of a comparison as plain values: what the passes (block alignment, word diffs)
// produce and every writer and view reads. The pipeline that fills them is compare/comparison.h.

namespace sd {

// Which version of a comparison: A, the "from" version (Comparison::a, Change::from), or B,
// the "to" version (Comparison::b, Change::to). A type, not a bool: a bool's meaning flipped
// from one function to the next ("from side" here, "B side" there).
enum class Side : quint8 { A, B };
constexpr Side other(Side s) { return s == Side::A ? Side::B : Side::A; }

enum class ChangeKind : quint8 {
    Insert,
    Delete,
    Replace,
    Move,
    Split,
    Merge,
    LinkAdded,
    LinkRemoved,
    LinkChanged,
    FormatAdded,
    FormatRemoved,
    Typography,
    HeadingLevel, // a heading re-levelled (## -> ###, h2 -> h3): levelFrom / levelTo
};
inline constexpr int kChangeKindCount = 13;

QString changeKindName(ChangeKind kind); // the contract's names: "insert", "link-added" ...
QString styleName(Styles style);         // "italic", "bold", "code", "strike"

// Where one side of a change is: blocks [blockBegin, blockEnd) and, inside them, tokens from
// tokenBegin of the first block to tokenEnd of the last block (half-open).
struct ChangeSide {
    qint32 blockBegin = -1;
    qint32 blockEnd = -1;
    qint32 tokenBegin = 0;
    qint32 tokenEnd = 0;
    bool isValid() const { return blockBegin >= 0; }
    qint32 blockCount() const { return blockEnd - blockBegin; }
    friend bool operator==(const ChangeSide &, const ChangeSide &) = default;
};

// A place in a document: before token `token` of block `block` (token may equal the block's
// token count: at its end).
struct Anchor {
    qint32 block = -1;
    qint32 token = 0;
    friend bool operator==(const Anchor &, const Anchor &) = default;
    friend auto operator<=>(const Anchor &, const Anchor &) = default;
};

struct Change {
    ChangeKind kind = ChangeKind::Insert;
    ChangeSide from; // invalid for pure insertions
    ChangeSide to;   // invalid for pure deletions
    QString href;    // link-added, link-changed
    QString oldHref; // link-removed, link-changed
    Styles style = NoStyle; // format-added / format-removed
    bool headingStyle = false; // format change of a whole block to or from a heading
    bool wholeBlock = false;   // a block deleted or inserted whole: it belongs to no group
    bool inText = false;       // a move of words inside blocks (a sentence), not of blocks
    qint8 levelFrom = 0;       // heading-level: the heading's level in A and in B (1..6)
    qint8 levelTo = 0;
    qint32 moveId = -1;      // the move a change belongs to (edits inside moved blocks too)
    Anchor anchorA;          // where the change stands (or would stand) in A
    Anchor anchorB;          // ... and in B: the changes are sorted by this

    const ChangeSide &side(Side s) const { return s == Side::A ? from : to; }
    ChangeSide &side(Side s) { return s == Side::A ? from : to; }
    Anchor &anchor(Side s) { return s == Side::A ? anchorA : anchorB; }
    friend bool operator==(const Change &, const Change &) = default;
};

struct ComparisonStats {
    qint64 insertedWords = 0;
    qint64 deletedWords = 0;
    qint64 replacedWords = 0;
    qint64 movedBlocks = 0;
    qint64 splitBlocks = 0;
    qint64 mergedBlocks = 0;
    qint64 linksAdded = 0;
    qint64 linksRemoved = 0;
    qint64 linksChanged = 0;
    qint64 formatChanges = 0; // format-added, format-removed and heading-level changes
    qint64 typographyChanges = 0;
    friend bool operator==(const ComparisonStats &, const ComparisonStats &) = default;
};

// Blocks of A and B that correspond: one to one (equal or edited), one to several (split) or
// several to one (merge). `moved` when the group stands elsewhere in B than its order in A.
struct BlockGroup {
    enum Kind : quint8 { Equal, Edited, Split, Merge };
    Kind kind = Equal;
    qint32 aBegin = 0, aEnd = 0;
    qint32 bBegin = 0, bEnd = 0;
    bool moved = false;
    qint32 moveId = -1;
    // The word diff of the group after clean-up, over the comparable tokens of its blocks
    // (positions count from the group's first block; see buildTokenSequence).
    EditScript script;
    friend bool operator==(const BlockGroup &, const BlockGroup &) = default;
};

// One row of a side-by-side view: blocks of A and of B shown next to each other. Matched
// groups in place get a row each; between them, a gap row holds what only one side has there
// (deleted, inserted, moved-away and moved-in blocks).
struct AlignedRow {
    qint32 aBegin = 0, aEnd = 0;
    qint32 bBegin = 0, bEnd = 0;
    qint32 group = -1; // index into Comparison::groups, -1 for gap rows
    qint32 begin(Side s) const { return s == Side::A ? aBegin : bBegin; }
    qint32 end(Side s) const { return s == Side::A ? aEnd : bEnd; }
    friend bool operator==(const AlignedRow &, const AlignedRow &) = default;
};

// One block's share of a change side: tokens [tokenBegin, tokenEnd) of block `block`.
struct BlockSpan {
    qint32 block = -1;
    qint32 tokenBegin = 0;
    qint32 tokenEnd = 0;
};

// Calls visit(BlockSpan) for each block of `side` in `doc`, in order: the first block from
// side.tokenBegin, the last up to side.tokenEnd, the blocks between whole. Blocks past the end
// of `doc` are left out; an invalid side has none.
template <typename Visit>
void forEachBlockSpan(const Document &doc, const ChangeSide &side, Visit &&visit) {
    if (!side.isValid())
        return;
    const qint32 end = std::min(side.blockEnd, qint32(doc.blocks.size()));
    for (qint32 bi = side.blockBegin; bi < end; ++bi) {
        const qint32 t0 = bi == side.blockBegin ? side.tokenBegin : 0;
        const qint32 t1 =
            bi == side.blockEnd - 1 ? side.tokenEnd : qint32(doc.blocks.at(bi).tokens.size());
        visit(BlockSpan{bi, t0, t1});
    }
}

// Which comparable token of B each comparable token of A corresponds to, and back. Positions
// count the comparable tokens of a document in reading order, as buildTokenSequence numbers
// them with the comparison's options (every token; with ignorePunctuation, every token but
// punctuation). Moved words keep their partners, and equal words inside a replacement are
// paired too (the clean-up absorbs short equal islands into one replacement for the reader; a
// word's history must not lose them). Four bytes a position, as TokenSequence's blockOf and
// tokenOf (a 1M-word pair: 9 MB less).
struct TokenPairing {
    std::vector<qint32> partnerOfA; // -1: not paired
    std::vector<qint32> partnerOfB;
    friend bool operator==(const TokenPairing &, const TokenPairing &) = default;
};

// The result of comparing two versions: immutable values, safe to share between threads.
struct Comparison {
    Document a; // "from"
    Document b; // "to"
    qint32 fromIndex = 0;
    qint32 toIndex = 1;
    CompareOptions options;
    QList<BlockGroup> groups; // in B's reading order
    QList<AlignedRow> rows;
    QList<Change> changes; // in B's reading order
    ComparisonStats stats;
    double similarity = 1.0;
    // compareDocuments() was cancelled and returned early: this is not the whole comparison.
    bool incomplete = false;
    TokenPairing pairing;

    bool hasChanges() const { return !changes.isEmpty(); }
    const Document &document(Side s) const { return s == Side::A ? a : b; }
    // The plain text of one side of a change, as a reader sees it. Several blocks are joined
    // with a line break.
    QString sideText(const Change &change, Side s) const;
};

// The families a reader thinks in (legend, filters, report): eight, not the thirteen change
// kinds. A heading re-levelled is formatting, next to a paragraph that became a heading.
enum class Category : quint8 {
    Inserted,
    Deleted,
    Replaced,
    Moved,
    SplitMerge,
    Links,
    Formatting,
    Typography,
};
inline constexpr int kCategoryCount = 8;

Category categoryOf(ChangeKind kind);
QString categoryLabel(Category c);     // "Inserted", "Split / merged" ...
QString changeKindLabel(ChangeKind k); // "Link added" ...

} // namespace sd
