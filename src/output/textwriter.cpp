// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/textwriter.h"

#include "output/changefields.h"
#include "output/hunks.h"
#include "output/plural.h"
#include "text/visible.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <climits>

namespace sd {
namespace {

struct Palette {
    QString delOpen, delClose, insOpen, insClose, noteOpen, noteClose, headOpen, headClose;
};

Palette paletteFor(const TextStyle &style) {
    if (style.color)
        return {QStringLiteral("\x1b[31;9m"), QStringLiteral("\x1b[0m"),
                QStringLiteral("\x1b[32;4m"), QStringLiteral("\x1b[0m"),
                QStringLiteral("\x1b[36m"),   QStringLiteral("\x1b[0m"),
                QStringLiteral("\x1b[1m"),    QStringLiteral("\x1b[0m")};
    return {QStringLiteral("[-"),
            QStringLiteral("-]"),
            QStringLiteral("{+"),
            QStringLiteral("+}"),
            QString(),
            QString(),
            QString(),
            QString()};
}

QString quoted(const QString &s) {
    QString t = s;
    t.replace(QLatin1Char('\n'), QLatin1String(" | "));
    if (t.size() > 80)
        t = t.left(77) + QStringLiteral("...");
    return QStringLiteral("\"") + t + QStringLiteral("\"");
}

QString paragraphRef(qint32 block) {
    return QStringLiteral("paragraph %1").arg(block + 1);
}

QString sideRef(const ChangeSide &s) {
    if (s.blockCount() <= 1)
        return paragraphRef(s.blockBegin);
    return QStringLiteral("paragraphs %1-%2").arg(s.blockBegin + 1).arg(s.blockEnd);
}

// " on "word"" after a typography note whose marks are no word (see typographyWord).
QString onWord(const Comparison &c, const Change &ch) {
    const QString word = typographyWord(c, ch);
    return word.isEmpty() ? QString() : QStringLiteral(" on ") + quoted(word);
}

// One line for a change that word markers cannot show. `editedInside`: a moved run of words
// has edits of its own (shown by word markers in it).
QString note(const Comparison &c, const Change &ch, bool editedInside) {
    switch (ch.kind) {
    case ChangeKind::Move:
        if (ch.inText)
            return QStringLiteral("moved text %1 from %2%3")
                .arg(quoted(c.sideText(ch, Side::B)), sideRef(ch.from),
                     editedInside ? QStringLiteral(", edited") : QString());
        return QStringLiteral("moved from %1 (now %2)").arg(sideRef(ch.from), sideRef(ch.to));
    case ChangeKind::Split:
        return QStringLiteral("%1 split into %2").arg(sideRef(ch.from), sideRef(ch.to));
    case ChangeKind::Merge:
        return QStringLiteral("%1 merged into %2").arg(sideRef(ch.from), sideRef(ch.to));
    case ChangeKind::LinkAdded:
        return QStringLiteral("link added on %1 -> %2")
            .arg(quoted(c.sideText(ch, Side::B)), ch.href);
    case ChangeKind::LinkRemoved:
        return QStringLiteral("link removed from %1 (was %2)")
            .arg(quoted(c.sideText(ch, Side::A)), ch.oldHref);
    case ChangeKind::LinkChanged:
        return QStringLiteral("link on %1 changed: %2 -> %3")
            .arg(quoted(c.sideText(ch, Side::B)), ch.oldHref, ch.href);
    case ChangeKind::FormatAdded:
    case ChangeKind::FormatRemoved: {
        const QString style = ch.headingStyle ? QStringLiteral("heading") : styleName(ch.style);
        const bool added = ch.kind == ChangeKind::FormatAdded;
        return QStringLiteral("%1 %2 %3")
            .arg(style, added ? QStringLiteral("added to") : QStringLiteral("removed from"),
                 quoted(c.sideText(ch, added ? Side::B : Side::A)));
    }
    case ChangeKind::Typography:
        return QStringLiteral("typography: %1 -> %2%3")
            .arg(quoted(c.sideText(ch, Side::A)), quoted(c.sideText(ch, Side::B)), onWord(c, ch));
    case ChangeKind::HeadingLevel:
        return QStringLiteral("heading level %1 -> %2 on %3")
            .arg(ch.levelFrom)
            .arg(ch.levelTo)
            .arg(quoted(c.sideText(ch, Side::B)));
    case ChangeKind::Insert:
    case ChangeKind::Delete:
    case ChangeKind::Replace: // shown by word markers
        return {};
    }
    return {};
}

// A side's text as the output shows it: controls in the story never reach the terminal raw.
QString shownText(const Comparison &c, const Change &ch, Side side) {
    return visibleControls(c.sideText(ch, side));
}

// Word markers placed into one block of B: text inserted before token `at`, and spans of
// tokens to wrap as inserted.
struct BlockMarks {
    QMultiMap<qint32, QString> before;    // token index -> text to put before it
    QList<std::pair<qint32, qint32>> ins; // inserted token ranges
    QStringList notes;
};

QString renderBlock(const Block &blk, const BlockMarks &m, const Palette &p) {
    QString out;
    qint32 insIdx = 0;
    auto insertedAt = [&](qint32 t) {
        while (insIdx < m.ins.size() && m.ins[insIdx].second <= t)
            ++insIdx;
        return insIdx < m.ins.size() && m.ins[insIdx].first <= t;
    };
    const qint32 n = qint32(blk.tokens.size());
    bool inIns = false;
    for (qint32 t = 0; t <= n; ++t) {
        const bool ins = t < n && insertedAt(t);
        if (inIns && (!ins || m.before.contains(t))) {
            out += p.insClose;
            inIns = false;
        }
        const auto dels = m.before.values(t);
        for (auto it = dels.crbegin(); it != dels.crend(); ++it) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
            out += p.delOpen + *it + p.delClose;
        }
        if (t == n)
            break;
        const Token &tok = blk.tokens.at(t);
        if (t > 0) {
            const Token &prev = blk.tokens.at(t - 1);
            out += visibleControls(QStringView(blk.text).mid(prev.end(), tok.start - prev.end()));
        } else if (!dels.isEmpty() && tok.kind != TokenKind::Punctuation) {
            // Deleted words at the start of a paragraph stand apart from the first word kept
            // ("[-Council votes to-] close"); only punctuation hangs on them.
            out += QLatin1Char(' ');
        }
        if (ins && !inIns) {
            out += p.insOpen;
            inIns = true;
        }
        out += visibleControls(blk.tokenText(tok));
    }
    if (inIns)
        out += p.insClose;
    return out;
}

} // namespace

QString statsSummary(const Comparison &c) {
    const ComparisonStats &s = c.stats;
    QStringList parts;
    parts << QStringLiteral("%1 inserted, %2 deleted")
                 .arg(countOf(s.insertedWords, "word", "words"))
                 .arg(s.deletedWords);
    if (s.movedBlocks)
        parts << QStringLiteral("%1 moved").arg(s.movedBlocks);
    if (s.splitBlocks || s.mergedBlocks)
        parts << QStringLiteral("%1 split, %2 merged").arg(s.splitBlocks).arg(s.mergedBlocks);
    if (s.linksAdded || s.linksRemoved || s.linksChanged)
        parts << QStringLiteral("links +%1 -%2 ~%3")
                     .arg(s.linksAdded)
                     .arg(s.linksRemoved)
                     .arg(s.linksChanged);
    if (s.formatChanges)
        parts << QStringLiteral("%1 formatting").arg(s.formatChanges);
    if (s.typographyChanges)
        parts << QStringLiteral("%1 typography").arg(s.typographyChanges);
    parts << QStringLiteral("similarity %1").arg(c.similarity, 0, 'f', 3);
    return parts.join(QStringLiteral("; "));
}

namespace {

// One paragraph of the output as printed (its word markers and note lines), with where it
// stands in each version, for the hunk headers.
struct OutputParagraph {
    QString text;
    qint32 aBegin = -1, aEnd = -1; // the paragraphs of A it shows, if any
    qint32 bBlock = -1;            // the paragraph of B it is, -1 for a deleted one
    bool movedA = false;           // its A paragraphs stand elsewhere (a moved group)
    bool changed = false;
};

// Which paragraphs of A each block of B stands for: its group's, when it has one.
QList<OutputParagraph> paragraphsOfB(const Comparison &c) {
    QList<OutputParagraph> out(c.b.blocks.size());
    for (const BlockGroup &g : c.groups)
        for (qint32 j = g.bBegin; j < g.bEnd && j < out.size(); ++j) {
            out[j].aBegin = g.aBegin;
            out[j].aEnd = g.aEnd;
            out[j].movedA = g.moved;
        }
    for (qint32 j = 0; j < out.size(); ++j)
        out[j].bBlock = j;
    return out;
}

// A whole paragraph of A deleted, shown on its own before a block of B.
struct DeletedParagraph {
    QString text;
    qint32 aBegin, aEnd;
};

// The changes placed where the output shows them: word marks and notes in the blocks of B,
// deleted paragraphs before the block they preceded.
struct PlacedChanges {
    QList<BlockMarks> marks;                           // one per block of B, and one past
    QMultiMap<qint32, DeletedParagraph> deletedBefore; // B block index -> deleted paragraphs
};

PlacedChanges placeChanges(const Comparison &c) {
    const qint32 nB = qint32(c.b.blocks.size());
    PlacedChanges placed{QList<BlockMarks>(nB + 1), {}};
    QList<BlockMarks> &marks = placed.marks;
    QSet<qint32> editedMoves; // moves with word edits inside them
    for (const Change &ch : c.changes)
        if (ch.moveId >= 0 && (ch.kind == ChangeKind::Insert || ch.kind == ChangeKind::Delete ||
                               ch.kind == ChangeKind::Replace))
            editedMoves.insert(ch.moveId);
    for (const Change &ch : c.changes) {
        const qint32 at = qBound(0, ch.anchorB.block, nB);
        switch (ch.kind) {
        case ChangeKind::Insert:
            marks[ch.to.blockBegin].ins.append({ch.to.tokenBegin, ch.to.tokenEnd});
            break;
        case ChangeKind::Replace:
            marks[ch.to.blockBegin].before.insert(ch.to.tokenBegin, shownText(c, ch, Side::A));
            marks[ch.to.blockBegin].ins.append({ch.to.tokenBegin, ch.to.tokenEnd});
            break;
        case ChangeKind::Delete:
            // A whole paragraph gone stands on its own line (always so when B is empty).
            if (ch.wholeBlock)
                placed.deletedBefore.insert(
                    at, {shownText(c, ch, Side::A), ch.from.blockBegin, ch.from.blockEnd});
            else
                marks[at].before.insert(ch.anchorB.token, shownText(c, ch, Side::A));
            break;
        case ChangeKind::Move:
        case ChangeKind::Split:
        case ChangeKind::Merge:
        case ChangeKind::LinkAdded:
        case ChangeKind::LinkRemoved:
        case ChangeKind::LinkChanged:
        case ChangeKind::FormatAdded:
        case ChangeKind::FormatRemoved:
        case ChangeKind::Typography:
        case ChangeKind::HeadingLevel:
            marks[ch.to.isValid() ? ch.to.blockBegin : at].notes.append(
                visibleControls(note(c, ch, editedMoves.contains(ch.moveId))));
            break;
        }
    }
    for (BlockMarks &m : marks)
        std::sort(m.ins.begin(), m.ins.end());
    return placed;
}

// Every paragraph of the output in reading order: the blocks of B with deleted paragraphs of
// A where they were.
QList<OutputParagraph> outputParagraphs(const Comparison &c, const Palette &p) {
    const qint32 nB = qint32(c.b.blocks.size());
    const PlacedChanges placed = placeChanges(c);
    const QList<BlockMarks> &marks = placed.marks;
    const QMultiMap<qint32, DeletedParagraph> &deletedBlocksBefore = placed.deletedBefore;
    const QList<OutputParagraph> ofB = paragraphsOfB(c);
    QList<OutputParagraph> out;
    for (qint32 j = 0; j <= nB; ++j) {
        const auto deleted = deletedBlocksBefore.values(j);
        for (auto it = deleted.crbegin(); it != deleted.crend(); ++it) {
            OutputParagraph d;
            d.text = p.delOpen + it->text + p.delClose + QStringLiteral("\n");
            d.aBegin = it->aBegin;
            d.aEnd = it->aEnd;
            d.changed = true;
            out.append(d);
        }
        if (j == nB)
            break;
        OutputParagraph b = ofB.at(j);
        const BlockMarks &m = marks.at(j);
        b.text = renderBlock(c.b.blocks.at(j), m, p) + QStringLiteral("\n");
        for (const QString &n : m.notes)
            b.text += p.noteOpen + QStringLiteral("  ~ ") + n + p.noteClose + QStringLiteral("\n");
        b.changed = !m.before.isEmpty() || !m.ins.isEmpty() || !m.notes.isEmpty();
        out.append(b);
    }
    return out;
}

// The paragraphs of A and of B a hunk shows. A moved group's A paragraphs stand elsewhere:
// they count only when nothing else in the hunk has a place in A.
QString headerFor(const QList<OutputParagraph> &paras, const Hunk &h) {
    qint32 aBegin = INT32_MAX, aEnd = -1, movedBegin = INT32_MAX, movedEnd = -1;
    qint32 bBegin = INT32_MAX, bEnd = -1;
    for (qint32 k = h.begin; k < h.end; ++k) {
        const OutputParagraph &op = paras.at(k);
        if (op.bBlock >= 0) {
            bBegin = std::min(bBegin, op.bBlock);
            bEnd = std::max(bEnd, op.bBlock + 1);
        }
        if (op.aBegin < 0)
            continue;
        qint32 &lo = op.movedA ? movedBegin : aBegin;
        qint32 &hi = op.movedA ? movedEnd : aEnd;
        lo = std::min(lo, op.aBegin);
        hi = std::max(hi, op.aEnd);
    }
    if (aEnd < 0) {
        aBegin = movedBegin;
        aEnd = movedEnd;
    }
    return hunkHeader(aBegin, aEnd, bBegin, bEnd);
}

} // namespace

QByteArray comparisonToText(const Comparison &c, const TextStyle &style) {
    const Palette p = paletteFor(style);
    const QList<OutputParagraph> paras = outputParagraphs(c, p);
    QString out;
    out += p.headOpen +
           QStringLiteral("--- %1\n+++ %2\n")
               .arg(visibleControls(c.a.path), visibleControls(c.b.path)) +
           p.headClose;
    out += p.noteOpen + statsSummary(c) + p.noteClose + QStringLiteral("\n");
    if (style.context == TextStyle::kWholeDocument) {
        for (const OutputParagraph &op : paras)
            out += QStringLiteral("\n") + op.text;
        return out.toUtf8();
    }
    QList<bool> changed;
    changed.reserve(paras.size());
    for (const OutputParagraph &op : paras)
        changed.append(op.changed);
    for (const Hunk &h : selectHunks(changed, style.context)) {
        out += QStringLiteral("\n") + p.noteOpen + headerFor(paras, h) + p.noteClose +
               QStringLiteral("\n");
        for (qint32 k = h.begin; k < h.end; ++k)
            out += (k > h.begin ? QStringLiteral("\n") : QString()) + paras.at(k).text;
    }
    return out.toUtf8();
}

} // namespace sd
