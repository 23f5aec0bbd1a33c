// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/changewords.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace sd {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("sd::ChangeWords", text);
}

bool isComparable(const Token &t, const CompareOptions &options) {
    return !(options.ignorePunctuation && t.kind == TokenKind::Punctuation);
}

qsizetype comparableCount(const Block &block, const CompareOptions &options) {
    return std::count_if(block.tokens.cbegin(), block.tokens.cend(),
                         [&](const Token &t) { return isComparable(t, options); });
}

// Position `pos` of the pieces' side of the group's script, on the whole side.
qsizetype acrossScript(const EditScript &script, qsizetype pos, Side pieces) {
    for (const EditRun &run : script) {
        const qsizetype begin = pieces == Side::A ? run.aBegin : run.bBegin;
        const qsizetype end = pieces == Side::A ? run.aEnd : run.bEnd;
        if (end <= pos || begin == end)
            continue;
        const qsizetype other = pieces == Side::A ? run.bBegin : run.aBegin;
        return run.kind == EditRun::Equal ? other + (pos - begin) : other;
    }
    if (script.isEmpty())
        return pos;
    return pieces == Side::A ? script.last().bEnd : script.last().aEnd;
}

// The comparable token `pos` of blocks [begin, end) of `doc` as a (block, token) anchor.
Anchor anchorOf(const Document &doc, qint32 begin, qint32 end, qsizetype pos,
                const CompareOptions &options) {
    for (qint32 bi = begin; bi < end && bi < doc.blocks.size(); ++bi) {
        const Block &block = doc.blocks.at(bi);
        for (qint32 t = 0; t < block.tokens.size(); ++t) {
            if (!isComparable(block.tokens.at(t), options))
                continue;
            if (pos-- == 0)
                return {bi, t};
        }
    }
    const qint32 last = qMin(end, qint32(doc.blocks.size())) - 1;
    return last < begin ? Anchor{} : Anchor{last, qint32(doc.blocks.at(last).tokens.size())};
}

// Up to `words` tokens of `block` before `token` (or from it), as the text reads.
QString wordsNear(const Block &block, qint32 token, int words, bool before) {
    const qint32 n = qint32(block.tokens.size());
    const qint32 first = before ? qMax(0, token - words) : qBound(0, token, n);
    const qint32 last = before ? qBound(0, token, n) : qMin(n, token + words);
    if (first >= last)
        return {};
    QString text = block.spanText(first, last);
    if (before && first > 0)
        text.prepend(QStringLiteral("…"));
    if (!before && last < n)
        text.append(QStringLiteral("…"));
    return text;
}

// A paragraph named by its first and last words.
QString pieceName(const Block &block) {
    constexpr int kWords = 4;
    const qint32 n = qint32(block.tokens.size());
    if (n <= 2 * kWords)
        return block.spanText(0, n);
    return block.spanText(0, kWords) + QStringLiteral(" … ") + block.spanText(n - kWords, n);
}

QString quoted(const QString &text) {
    return QStringLiteral("“") + text + QStringLiteral("”");
}

// The words a typography change stands in, as B has them: a change of punctuation alone (a
// quote mark) with the token either side, so that the reader sees which word it was.
QString typographyContext(const Comparison &c, const Change &ch) {
    const ChangeSide &side = ch.to;
    if (!side.isValid() || side.blockCount() != 1 || side.blockBegin >= c.b.blocks.size())
        return c.sideText(ch, Side::B);
    const Block &block = c.b.blocks.at(side.blockBegin);
    const qint32 n = qint32(block.tokens.size());
    qint32 t0 = qBound(0, side.tokenBegin, n), t1 = qBound(t0, side.tokenEnd, n);
    const bool hasWord = std::any_of(block.tokens.cbegin() + t0, block.tokens.cbegin() + t1,
                                     [](const Token &t) { return t.isWord(); });
    if (!hasWord) {
        t0 = qMax(0, t0 - 1);
        t1 = qMin(n, t1 + 1);
    }
    return block.spanText(t0, t1);
}

QString describeJoin(const Comparison &c, const Change &change) {
    const qint32 g = groupOfChange(c, change);
    const bool split = change.kind == ChangeKind::Split;
    QString out = changeKindLabel(change.kind);
    if (g < 0)
        return out;
    const BlockGroup &group = c.groups.at(g);
    const Side whole = wholeSide(group);
    const Document &wholeDoc = c.document(whole);
    const Document &piecesDoc = c.document(whole == Side::A ? Side::B : Side::A);
    const qint32 first = whole == Side::A ? group.bBegin : group.aBegin;
    const qint32 end = whole == Side::A ? group.bEnd : group.aEnd;
    for (const Anchor &at : joinPoints(c, group)) {
        const Block &block = wholeDoc.blocks.at(at.block);
        out += QLatin1Char('\n') +
               (split ? tr("split after %1, before %2") : tr("joined after %1, before %2"))
                   .arg(quoted(wordsNear(block, at.token, 3, true)),
                        quoted(wordsNear(block, at.token, 3, false)));
    }
    out += QLatin1Char('\n') +
           (split ? tr("into %1 paragraphs:") : tr("%1 paragraphs merged:")).arg(end - first);
    for (qint32 bi = first; bi < end && bi < piecesDoc.blocks.size(); ++bi)
        out += QStringLiteral("\n  %1. %2")
                   .arg(bi - first + 1)
                   .arg(quoted(pieceName(piecesDoc.blocks.at(bi))));
    return out;
}

} // namespace

Side wholeSide(const BlockGroup &group) {
    return group.kind == BlockGroup::Merge ? Side::B : Side::A;
}

QList<Anchor> joinPoints(const Comparison &c, const BlockGroup &group) {
    QList<Anchor> out;
    if (group.kind != BlockGroup::Split && group.kind != BlockGroup::Merge)
        return out;
    const Side whole = wholeSide(group);
    const Side pieces = whole == Side::A ? Side::B : Side::A;
    const Document &piecesDoc = c.document(pieces);
    const qint32 p0 = pieces == Side::A ? group.aBegin : group.bBegin;
    const qint32 p1 = pieces == Side::A ? group.aEnd : group.bEnd;
    const qint32 w0 = whole == Side::A ? group.aBegin : group.bBegin;
    const qint32 w1 = whole == Side::A ? group.aEnd : group.bEnd;
    qsizetype pos = 0;
    for (qint32 bi = p0; bi + 1 < p1 && bi < piecesDoc.blocks.size(); ++bi) {
        pos += comparableCount(piecesDoc.blocks.at(bi), c.options);
        const Anchor at =
            anchorOf(c.document(whole), w0, w1, acrossScript(group.script, pos, pieces), c.options);
        if (at.block >= 0)
            out.append(at);
    }
    return out;
}

qint32 groupOfChange(const Comparison &c, const Change &change) {
    if (change.kind != ChangeKind::Split && change.kind != ChangeKind::Merge)
        return -1;
    const BlockGroup::Kind kind =
        change.kind == ChangeKind::Split ? BlockGroup::Split : BlockGroup::Merge;
    const auto matches = [&](const BlockGroup &g) {
        return g.kind == kind && g.aBegin == change.from.blockBegin &&
               g.bBegin == change.to.blockBegin;
    };
    // Groups stand in B's reading order: look where the change's B side starts first.
    const auto near = std::lower_bound(c.groups.cbegin(), c.groups.cend(), change.to.blockBegin,
                                       [](const BlockGroup &g, qint32 b) { return g.bBegin < b; });
    if (near != c.groups.cend() && matches(*near))
        return qint32(near - c.groups.cbegin());
    const auto it = std::find_if(c.groups.cbegin(), c.groups.cend(), matches);
    return it == c.groups.cend() ? -1 : qint32(it - c.groups.cbegin());
}

QString typographySwaps(QStringView from, QStringView to) {
    // A character diff (longest common subsequence) of two short texts; each differing
    // stretch is one swap.
    constexpr qsizetype kMax = 200;
    from = from.left(kMax);
    to = to.left(kMax);
    const qsizetype n = from.size(), m = to.size();
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = from.at(i) == to.at(j) ? at(i + 1, j + 1) + 1
                                              : std::max(at(i + 1, j), at(i, j + 1));
    QStringList swaps;
    QString gone, come;
    const auto flush = [&] {
        if (gone.isEmpty() && come.isEmpty())
            return;
        const QString swap = gone + QStringLiteral(" → ") + come;
        if (!swaps.contains(swap))
            swaps << swap;
        gone.clear();
        come.clear();
    };
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && from.at(i) == to.at(j)) {
            flush();
            ++i;
            ++j;
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            gone += from.at(i++);
        } else {
            come += to.at(j++);
        }
    }
    flush();
    return swaps.join(QStringLiteral(", "));
}

QString describeChange(const Comparison &c, const Change &ch) {
    QString what = changeKindLabel(ch.kind);
    switch (ch.kind) {
    case ChangeKind::LinkAdded:
        return what + QStringLiteral(": ") + ch.href;
    case ChangeKind::LinkRemoved:
        return what + QStringLiteral(": ") + ch.oldHref;
    case ChangeKind::LinkChanged:
        return what + QStringLiteral(": ") + ch.oldHref + QStringLiteral(" → ") + ch.href;
    case ChangeKind::FormatAdded:
    case ChangeKind::FormatRemoved:
        return what + QStringLiteral(" (") +
               (ch.headingStyle ? QStringLiteral("heading") : styleName(ch.style)) +
               QLatin1Char(')');
    case ChangeKind::Typography:
        return what + QStringLiteral(": ") +
               typographySwaps(c.sideText(ch, Side::A), c.sideText(ch, Side::B)) +
               QLatin1Char('\n') + tr("in: %1").arg(typographyContext(c, ch));
    case ChangeKind::Split:
    case ChangeKind::Merge:
        return describeJoin(c, ch);
    case ChangeKind::Insert:
    case ChangeKind::Delete:
    case ChangeKind::Replace:
    case ChangeKind::Move:
    case ChangeKind::HeadingLevel:
        return what;
    }
    return what;
}

} // namespace sd
