// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparison.h"

#include "compare/blockalign.h"
#include "compare/groupdiff.h"
#include "compare/invariants.h"
#include "compare/textmoves.h"
#include "compare/tokenkeys.h"
#include "util/contract.h"
#include "util/parallel.h"

#include <QThread>

#include <algorithm>

namespace sd {

namespace {

ChangeSide wholeBlocks(const Document &doc, qint32 begin, qint32 end) {
    return ChangeSide{begin, end, 0, qint32(doc.blocks.at(end - 1).tokens.size())};
}

int kindOrder(ChangeKind k) {
    switch (k) {
    case ChangeKind::Move:
    case ChangeKind::Split:
    case ChangeKind::Merge: return 0;
    case ChangeKind::Delete: return 1;
    case ChangeKind::Replace: return 2;
    case ChangeKind::Insert: return 3;
    case ChangeKind::LinkAdded:
    case ChangeKind::LinkRemoved:
    case ChangeKind::LinkChanged:
    case ChangeKind::FormatAdded:
    case ChangeKind::FormatRemoved:
    case ChangeKind::Typography:
    case ChangeKind::HeadingLevel: return 4;
    }
    return 4;
}

qint64 wordsIn(const Document &doc, qint32 begin, qint32 end) {
    qint64 n = 0;
    for (qint32 i = begin; i < end; ++i)
        n += doc.blocks.at(i).wordCount();
    return n;
}

class Assembler {
public:
    Assembler(Comparison &c, const TokenSequence &sa, const TokenSequence &sb)
        : m_c(c), m_sa(sa), m_sb(sb) {}

    void structuralChanges() {
        for (qsizetype k = 0; k < m_c.groups.size(); ++k) {
            const BlockGroup &g = m_c.groups[k];
            if (g.kind == BlockGroup::Split || g.kind == BlockGroup::Merge) {
                Change c;
                c.kind = g.kind == BlockGroup::Split ? ChangeKind::Split : ChangeKind::Merge;
                c.from = wholeBlocks(m_c.a, g.aBegin, g.aEnd);
                c.to = wholeBlocks(m_c.b, g.bBegin, g.bEnd);
                c.anchorA = Anchor{g.aBegin, 0};
                c.anchorB = Anchor{g.bBegin, 0};
                c.moveId = g.moveId;
                m_c.changes.append(c);
            }
            if (!g.moved || (k > 0 && m_c.groups[k - 1].moveId == g.moveId))
                continue;
            // One move per run of groups that moved together.
            qsizetype last = k;
            while (last + 1 < m_c.groups.size() && m_c.groups[last + 1].moveId == g.moveId)
                ++last;
            qint32 a0 = g.aBegin, a1 = g.aEnd;
            for (qsizetype m = k; m <= last; ++m) {
                a0 = std::min(a0, m_c.groups[m].aBegin);
                a1 = std::max(a1, m_c.groups[m].aEnd);
            }
            Change c;
            c.kind = ChangeKind::Move;
            c.from = wholeBlocks(m_c.a, a0, a1);
            c.to = wholeBlocks(m_c.b, g.bBegin, m_c.groups[last].bEnd);
            c.anchorA = Anchor{a0, 0};
            c.anchorB = Anchor{g.bBegin, 0};
            c.moveId = g.moveId;
            m_c.changes.append(c);
            m_c.stats.movedBlocks += m_c.groups[last].bEnd - g.bBegin;
        }
    }

    // Blocks in no group were deleted or inserted whole.
    void unmatchedBlocks(WordTally &tally) {
        const qint32 nA = qint32(m_c.a.blocks.size()), nB = qint32(m_c.b.blocks.size());
        std::vector<bool> inA(size_t(nA), false), inB(size_t(nB), false);
        // Where a deleted A block would stand in B: after the B side of the in-place group
        // before it in A (and the mirror for inserted blocks).
        std::vector<qint32> bAfterA(size_t(nA + 1), 0), aAfterB(size_t(nB + 1), 0);
        for (const BlockGroup &g : m_c.groups) {
            for (qint32 i = g.aBegin; i < g.aEnd; ++i)
                inA[size_t(i)] = true;
            for (qint32 j = g.bBegin; j < g.bEnd; ++j)
                inB[size_t(j)] = true;
            if (!g.moved) {
                bAfterA[size_t(g.aEnd)] = g.bEnd;
                aAfterB[size_t(g.bEnd)] = g.aEnd;
            }
        }
        for (qint32 i = 1; i <= nA; ++i)
            bAfterA[size_t(i)] = std::max(bAfterA[size_t(i)], bAfterA[size_t(i - 1)]);
        for (qint32 j = 1; j <= nB; ++j)
            aAfterB[size_t(j)] = std::max(aAfterB[size_t(j)], aAfterB[size_t(j - 1)]);
        for (qint32 i = 0; i < nA; ++i) {
            if (inA[size_t(i)] || m_sa.blockSize(i) == 0)
                continue;
            Change c;
            c.kind = ChangeKind::Delete;
            c.wholeBlock = true;
            c.from = wholeBlocks(m_c.a, i, i + 1);
            c.anchorA = Anchor{i, 0};
            c.anchorB = Anchor{bAfterA[size_t(i)], 0};
            tally.deleted += wordsIn(m_c.a, i, i + 1);
            m_c.changes.append(c);
            wholeBlockLinks(Side::A, i, c.anchorB);
        }
        for (qint32 j = 0; j < nB; ++j) {
            if (inB[size_t(j)] || m_sb.blockSize(j) == 0)
                continue;
            Change c;
            c.kind = ChangeKind::Insert;
            c.wholeBlock = true;
            c.to = wholeBlocks(m_c.b, j, j + 1);
            c.anchorA = Anchor{aAfterB[size_t(j)], 0};
            c.anchorB = Anchor{j, 0};
            tally.inserted += wordsIn(m_c.b, j, j + 1);
            m_c.changes.append(c);
            wholeBlockLinks(Side::B, j, c.anchorA);
        }
    }

    void rows() {
        qint32 pa = 0, pb = 0;
        auto gap = [&](qint32 a1, qint32 b1) {
            if (pa < a1 || pb < b1)
                m_c.rows.append(AlignedRow{pa, std::max(pa, a1), pb, std::max(pb, b1), -1});
        };
        for (qsizetype k = 0; k < m_c.groups.size(); ++k) {
            const BlockGroup &g = m_c.groups[k];
            if (g.moved)
                continue;
            gap(g.aBegin, g.bBegin);
            m_c.rows.append(AlignedRow{g.aBegin, g.aEnd, g.bBegin, g.bEnd, qint32(k)});
            pa = g.aEnd;
            pb = g.bEnd;
        }
        gap(qint32(m_c.a.blocks.size()), qint32(m_c.b.blocks.size()));
    }

private:
    // Every link in a block that was inserted (or deleted) whole is a link added (removed):
    // block `index` of `side`, where the other side has `otherAnchor`.
    void wholeBlockLinks(Side side, qint32 index, Anchor otherAnchor) {
        if (m_c.options.ignoreLinks)
            return;
        const Block &blk = m_c.document(side).blocks.at(index);
        const bool inserted = side == Side::B;
        for (qint32 t = 0; t < blk.tokens.size();) {
            const qint32 link = blk.tokens.at(t).link;
            qint32 u = t + 1;
            if (link < 0) {
                t = u;
                continue;
            }
            while (u < blk.tokens.size() && blk.tokens.at(u).link == link)
                ++u;
            Change c;
            c.kind = inserted ? ChangeKind::LinkAdded : ChangeKind::LinkRemoved;
            c.side(side) = ChangeSide{index, index + 1, t, u};
            (inserted ? c.href : c.oldHref) = blk.links.at(link).href;
            c.anchor(side) = Anchor{index, t};
            c.anchor(other(side)) = otherAnchor;
            m_c.changes.append(c);
            t = u;
        }
    }

    Comparison &m_c;
    const TokenSequence &m_sa;
    const TokenSequence &m_sb;
};

void countChanges(Comparison &c, const WordTally &tally) {
    ComparisonStats &s = c.stats;
    s.insertedWords = tally.inserted;
    s.deletedWords = tally.deleted;
    s.replacedWords = tally.replaced;
    for (const BlockGroup &g : c.groups) {
        s.splitBlocks += g.kind == BlockGroup::Split ? 1 : 0;
        s.mergedBlocks += g.kind == BlockGroup::Merge ? 1 : 0;
    }
    for (const Change &ch : c.changes) {
        switch (ch.kind) {
        case ChangeKind::LinkAdded: ++s.linksAdded; break;
        case ChangeKind::LinkRemoved: ++s.linksRemoved; break;
        case ChangeKind::LinkChanged: ++s.linksChanged; break;
        case ChangeKind::FormatAdded:
        case ChangeKind::FormatRemoved:
        case ChangeKind::HeadingLevel: ++s.formatChanges; break;
        case ChangeKind::Typography: ++s.typographyChanges; break;
        case ChangeKind::Insert:
        case ChangeKind::Delete:
        case ChangeKind::Replace:
        case ChangeKind::Move:
        case ChangeKind::Split:
        case ChangeKind::Merge: break; // counted from the tally and the groups
        }
    }
}

} // namespace

Comparison compareDocuments(const Document &a, const Document &b, const CompareOptions &options,
                            const std::atomic_bool *cancel, std::atomic_int *progress) {
    // Shares of the work, measured on long documents: keys 20%, alignment 15%, word diffs 60%.
    auto report = [progress](int percent) {
        if (progress)
            progress->store(percent, std::memory_order_relaxed);
    };
    report(0);
    Comparison c;
    c.a = a;
    c.b = b;
    c.options = options;
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    // Polled between the steps: a cancelled comparison says it is cut short.
    auto stopped = [&] { return c.incomplete = cancelled(); };

    const auto [seqA, seqB] = buildTokenSequences(c.a, c.b, options);
    if (stopped())
        return c;
    report(20);
    c.groups = alignBlocks(seqA, seqB);
    if (stopped())
        return c;
    report(35);

    // The groups' word diffs are independent: long documents share them out among the cores,
    // each worker with its own changes and tallies, joined in group order (so the result does
    // not depend on the number of threads).
    const GroupDiffInput in{c.a, c.b, seqA, seqB, options};
    c.pairing.partnerOfA.assign(seqA.ids.size(), -1);
    c.pairing.partnerOfB.assign(seqB.ids.size(), -1);
    struct Part {
        QList<Change> changes;
        WordTally tally;
        qint64 equalInPlace = 0, equalMoved = 0;
    };
    const qsizetype tokens = qsizetype(seqA.ids.size() + seqB.ids.size());
    const qsizetype workers =
        tokens < 200000 ? 1 : std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
    QList<Part> parts(workers);
    auto work = [&](qsizetype w) {
        Part &part = parts[w];
        const qsizetype begin = c.groups.size() * w / workers;
        const qsizetype end = c.groups.size() * (w + 1) / workers;
        for (qsizetype k = begin; k < end; ++k) {
            if ((k & 63) == 0 && cancelled())
                return;
            if (w == 0 && (k & 63) == 0 && end > begin)
                report(35 + int(60 * (k - begin) / (end - begin)));
            const qint64 before = part.tally.equal;
            diffGroup(in, c.groups[k], part.changes, part.tally);
            pairGroupTokens(in, c.groups[k], c.pairing);
            (c.groups[k].moved ? part.equalMoved : part.equalInPlace) += part.tally.equal - before;
        }
    };
    runParts(workers, work);
    if (stopped())
        return c;
    WordTally tally;
    qint64 equalInPlace = 0, equalMoved = 0;
    for (Part &part : parts) {
        c.changes.append(std::move(part.changes));
        tally.inserted += part.tally.inserted;
        tally.deleted += part.tally.deleted;
        tally.replaced += part.tally.replaced;
        tally.equal += part.tally.equal;
        equalInPlace += part.equalInPlace;
        equalMoved += part.equalMoved;
    }
    Assembler assembler(c, seqA, seqB);
    assembler.structuralChanges();
    assembler.unmatchedBlocks(tally);
    assembler.rows();
    reportTextMoves(c, seqA, seqB, tally);
    std::stable_sort(c.changes.begin(), c.changes.end(), [](const Change &x, const Change &y) {
        if (x.anchorB != y.anchorB)
            return x.anchorB < y.anchorB;
        return kindOrder(x.kind) < kindOrder(y.kind);
    });
    countChanges(c, tally);
    // 1 = the same words in the same order; words of moved blocks count half.
    const qint64 total = c.a.wordCount() + c.b.wordCount();
    c.similarity = total == 0 ? 1.0 : double(2 * equalInPlace + equalMoved) / double(total);
    SD_ENSURE(checkComparison(c));
    report(100);
    return c;
}

} // namespace sd
