#pragma once

#include "compare/editscript.h"
#include "compare/options.h"
#include "document/document.h"

#include <QList>
#include <QString>
#include <atomic>

namespace sd {

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
};
inline constexpr int kChangeKindCount = 12;

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
    qint32 moveId = -1;      // the move a change belongs to (edits inside moved blocks too)
    Anchor anchorA;          // where the change stands (or would stand) in A
    Anchor anchorB;          // ... and in B: the changes are sorted by this
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
    qint64 formatChanges = 0;
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
    friend bool operator==(const AlignedRow &, const AlignedRow &) = default;
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

    bool hasChanges() const { return !changes.isEmpty(); }
    // The plain text of one side of a change, as a reader sees it. Several blocks are joined
    // with a line break.
    QString sideText(const ChangeSide &side, bool fromSide) const;
};

// Compares two versions. `cancel`, when given, is polled; a cancelled comparison returns early
// with whatever it had (the caller throws it away). `progress`, when given, is raised from 0 to
// 100 as the work goes on, for a progress bar to poll.
//
// Every change has both anchors set: `anchorA` and `anchorB` say where it stands, or would
// stand, in each version (an Anchor whose block is the block count means "at the end"), so a
// pure insertion still has a place in A and a pure deletion one in B. `fromIndex`/`toIndex`
// are left 0 and 1: callers comparing more versions set them.
Comparison compareDocuments(const Document &a, const Document &b, const CompareOptions &options,
                            const std::atomic_bool *cancel = nullptr,
                            std::atomic_int *progress = nullptr);

} // namespace sd
