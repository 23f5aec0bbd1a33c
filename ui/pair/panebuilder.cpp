// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/panebuilder.h"

#include "pair/changewords.h"

#include "text/visible.h"

#include "util/parallel.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <functional>

namespace sd {

QTextCharFormat styleFormat(const Theme &theme, Styles style, const QString &href, bool heading) {
    QTextCharFormat f;
    // Every variant keeps the one font family and size: QPlainTextEdit scrolls by lines, and
    // rows only line up if every line has the same height.
    if (style & Italic)
        f.setFontItalic(true);
    if ((style & Bold) || heading)
        f.setFontWeight(QFont::Bold);
    if (style & Strike)
        f.setFontStrikeOut(true);
    if (style & Code)
        f.setBackground(theme.codeBackground());
    if (heading)
        f.setForeground(theme.heading());
    if (!href.isEmpty()) {
        f.setAnchor(true);
        f.setAnchorHref(href);
        f.setForeground(theme.link());
        f.setFontUnderline(true);
        f.setUnderlineColor(theme.link());
    }
    return f;
}

QString blockPrefix(const Block &block) {
    switch (block.kind) {
    case BlockKind::ListItem:
        return QString(qMax(0, int(block.level) - 1) * 2, QLatin1Char(' ')) + QStringLiteral("• ");
    case BlockKind::Quote:
        return QStringLiteral("▍ ");
    case BlockKind::Separator:
        return QStringLiteral("⁂");
    default:
        return {};
    }
}

void applyChangeFormat(QTextCharFormat &f, const Theme &theme, const Change &ch, int index,
                       Side side, const QString &description) {
    f.setProperty(ChangeIndexProperty, index);
    f.setProperty(DescriptionProperty, description);
    // The text colour goes with the background: on a strong highlight the palette's own text
    // colour may not read.
    const auto highlight = [&] {
        f.setBackground(theme.highlight(ch.kind));
        f.setForeground(theme.highlightText(ch.kind));
    };
    switch (ch.kind) {
    case ChangeKind::LinkAdded:
    case ChangeKind::LinkRemoved:
    case ChangeKind::LinkChanged:
        highlight();
        f.setFontUnderline(true);
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(theme.highlightText(ch.kind));
        if (ch.kind == ChangeKind::LinkChanged && side == Side::B)
            f.setProperty(OldHrefProperty, ch.oldHref);
        break;
    case ChangeKind::FormatAdded:
    case ChangeKind::FormatRemoved:
    case ChangeKind::HeadingLevel:
        highlight();
        f.setFontUnderline(true);
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(theme.highlightText(ch.kind));
        break;
    case ChangeKind::Typography:
        highlight();
        break;
    case ChangeKind::Split:
    case ChangeKind::Merge:
        // The row tint and the connector show a split; colouring every word would drown the
        // edits inside the paragraph.
        break;
    case ChangeKind::Insert:
    case ChangeKind::Delete:
    case ChangeKind::Replace:
    case ChangeKind::Move:
        highlight();
        break;
    }
}

PanePlace SideBySideLayout::placeOf(Side side, qint32 block, qint32 offset, bool end) const {
    const QList<PanePlace> &places = side == Side::A ? placesA : placesB;
    if (block < 0 || block >= places.size() || places.at(block).paneBlock < 0)
        return {};
    const PanePlace start = places.at(block);
    const auto &allCuts = side == Side::A ? cutsA : cutsB;
    const auto &allBreaks = side == Side::A ? breaksA : breaksB;
    const QList<qint32> none;
    const auto cutIt = allCuts.constFind(block);
    const QList<qint32> &cuts = cutIt == allCuts.cend() ? none : *cutIt;
    const auto breakIt = allBreaks.constFind(block);
    const QList<qint32> &breaks = breakIt == allBreaks.cend() ? none : *breakIt;
    // The piece it stands in: an end at a cut stays at the end of the piece before.
    const qsizetype piece = (end ? std::lower_bound(cuts.cbegin(), cuts.cend(), offset)
                                 : std::upper_bound(cuts.cbegin(), cuts.cend(), offset)) -
                            cuts.cbegin();
    const qint32 from = piece > 0 ? cuts.at(piece - 1) : 0;
    // The zero-width spaces before it in its piece (none stands at a cut: the piece starts
    // there). A break at a range's end stands after it; one at its start, before it.
    const auto first = std::upper_bound(breaks.cbegin(), breaks.cend(), from);
    const auto last = end ? std::lower_bound(breaks.cbegin(), breaks.cend(), offset)
                          : std::upper_bound(breaks.cbegin(), breaks.cend(), offset);
    const qint32 spaces = last > first ? qint32(last - first) : 0;
    return {qint32(start.paneBlock + 2 * piece),
            (piece > 0 ? 0 : start.offset) + (offset - from) + spaces};
}

namespace {

// Runs of tokens with the same style and link become one insertText call; the spaces between
// two tokens of one link belong to it so that the underline does not break. `breaks` gets
// the text's longRunBreaks; at each of `cuts` (pieceCuts of the text) `newPiece` starts the
// next display row first.
void insertBlockText(QTextCursor &cur, const Block &block, const Theme &theme,
                     QHash<quint64, QTextCharFormat> &cache, QList<qint32> &breaks,
                     const QList<qint32> &cuts, const std::function<void()> &newPiece) {
    const bool heading = block.kind == BlockKind::Heading;
    auto formatFor = [&](Styles style, qint32 link) -> const QTextCharFormat & {
        const quint64 key = (quint64(quint32(link + 1)) << 16) | (quint64(style) << 1) | heading;
        auto it = cache.find(key);
        if (it == cache.end()) {
            const QString href =
                link >= 0 && link < block.links.size() ? block.links.at(link).href : QString();
            it = cache.insert(key, styleFormat(theme, style, href, heading));
        }
        return *it;
    };
    // Links are looked up by index in this block, so the cache must not outlive the block when
    // links exist.
    const bool hasLinks = !block.links.isEmpty();
    // Controls in the story shown as their pictures, one for one: token offsets stay valid.
    const QString text = visibleControls(block.text);
    breaks = longRunBreaks(text);
    qsizetype nextCut = 0;
    qint32 pieceStart = 0;
    // [from, to) in `f`, with its zero-width spaces (none at the start of a piece).
    auto insertPart = [&](qsizetype from, qsizetype to, const QTextCharFormat &f) {
        QList<qint32> local;
        for (auto b = std::lower_bound(breaks.cbegin(), breaks.cend(), qint32(from));
             b != breaks.cend() && *b < to; ++b)
            if (*b > pieceStart)
                local.append(qint32(*b - from));
        cur.insertText(withBreaks(QStringView(text).mid(from, to - from), local), f);
    };
    auto insert = [&](qsizetype from, qsizetype to, const QTextCharFormat &f) {
        while (from < to) {
            if (nextCut < cuts.size() && cuts.at(nextCut) == from) {
                newPiece();
                pieceStart = cuts.at(nextCut++);
            }
            const qsizetype stop =
                nextCut < cuts.size() ? qMin(to, qsizetype(cuts.at(nextCut))) : to;
            insertPart(from, stop, f);
            from = stop;
        }
    };
    const auto &tokens = block.tokens;
    qsizetype pos = 0;
    qsizetype i = 0;
    while (i < tokens.size()) {
        const Token &t = tokens.at(i);
        if (qsizetype(t.start) > pos) // leading gap before this run: plain
            insert(pos, t.start, formatFor(NoStyle, -1));
        qsizetype j = i + 1;
        while (j < tokens.size() && tokens.at(j).style == t.style && tokens.at(j).link == t.link)
            ++j;
        const qsizetype end = tokens.at(j - 1).end();
        insert(t.start, end, formatFor(t.style, t.link));
        pos = end;
        i = j;
    }
    if (pos < text.size())
        insert(pos, text.size(), formatFor(NoStyle, -1));
    if (hasLinks) {
        for (auto it = cache.begin(); it != cache.end();)
            it = (it.key() >> 16) ? cache.erase(it) : std::next(it);
    }
}

int tintOfSide(const Comparison &c, const AlignedRow &row, Side side, const QList<qint32> &groupOfA,
               const QList<qint32> &groupOfB, const CategoryFilter &filter) {
    if (row.begin(side) == row.end(side))
        return -1;
    Category cat;
    if (row.group >= 0) {
        const BlockGroup &g = c.groups.at(row.group);
        if (g.moved)
            cat = Category::Moved;
        else if (g.kind == BlockGroup::Split || g.kind == BlockGroup::Merge)
            cat = Category::SplitMerge;
        else if (g.kind == BlockGroup::Edited)
            cat = Category::Replaced;
        else
            return -1;
    } else {
        const qint32 first = row.begin(side);
        const qint32 g = (side == Side::A ? groupOfA : groupOfB).value(first, -1);
        if (g >= 0 && c.groups.at(g).moved)
            cat = Category::Moved;
        else
            cat = side == Side::A ? Category::Deleted : Category::Inserted;
    }
    return filter.shows(cat) ? int(cat) : -1;
}

// The join points of the splits and merges whose whole paragraph stands on `side`.
void placeJoins(const Comparison &c, Side side, SideBySideLayout &out) {
    const Document &d = c.document(side);
    const QList<PanePlace> &places = side == Side::A ? out.placesA : out.placesB;
    QList<PanePlace> &joins = side == Side::A ? out.joinsA : out.joinsB;
    for (const BlockGroup &g : c.groups) {
        if ((g.kind != BlockGroup::Split && g.kind != BlockGroup::Merge) || wholeSide(g) != side)
            continue;
        for (const Anchor &at : joinPoints(c, g)) {
            const Block &block = d.blocks.at(at.block);
            if (places.at(at.block).paneBlock < 0)
                continue;
            const qint32 offset = at.token < block.tokens.size()
                                      ? qint32(block.tokens.at(at.token).start)
                                      : qint32(block.text.size());
            joins.append(out.placeOf(side, at.block, offset, false));
        }
    }
    std::sort(joins.begin(), joins.end(), [](const PanePlace &x, const PanePlace &y) {
        return std::pair(x.paneBlock, x.offset) < std::pair(y.paneBlock, y.offset);
    });
}

QTextBlockFormat rowFormat(const Theme &theme, const RowInfo &info, Side side) {
    QTextBlockFormat bf;
    const int tint = side == Side::A ? info.tintA : info.tintB;
    if (side == Side::A ? info.emptyA : info.emptyB)
        bf.setBackground(theme.gapBrush());
    else if (tint >= 0)
        bf.setBackground(theme.rowTint(Category(tint)));
    return bf;
}

// The text of `side`, display row by display row. False when cancelled.
bool insertRows(const Comparison &c, const Theme &theme, QTextDocument *doc, Side side,
                SideBySideLayout &out, const std::atomic_bool *cancel) {
    const Document &d = c.document(side);
    QList<PanePlace> &places = side == Side::A ? out.placesA : out.placesB;
    auto &allBreaks = side == Side::A ? out.breaksA : out.breaksB;
    const auto &allCuts = side == Side::A ? out.cutsA : out.cutsB;
    places.fill(PanePlace{}, d.blocks.size());
    QTextCursor cur(doc);
    QHash<quint64, QTextCharFormat> cache;
    QList<qint32> breaks;
    const QList<qint32> noCuts;
    const QTextBlockFormat plainBlock;
    qsizetype shown = 0; // display rows begun
    auto startRow = [&] {
        const QTextBlockFormat bf = rowFormat(theme, out.rows.at(shown), side);
        if (shown++ > 0) {
            cur.insertBlock(plainBlock, QTextCharFormat()); // spacer
            cur.insertBlock(bf, QTextCharFormat());
        } else {
            cur.setBlockFormat(bf);
        }
    };
    for (qsizetype r = 0; r < c.rows.size(); ++r) {
        if (cancel && (r & 255) == 0 && cancel->load())
            return false;
        const AlignedRow &row = c.rows.at(r);
        startRow();
        for (qint32 bi = row.begin(side); bi < row.end(side); ++bi) {
            if (bi > row.begin(side)) // a blank line between paragraphs sharing a row (splits)
                cur.insertText(QString(2, QChar::LineSeparator), QTextCharFormat());
            const Block &block = d.blocks.at(bi);
            const QString prefix = blockPrefix(block);
            if (!prefix.isEmpty())
                cur.insertText(prefix, QTextCharFormat());
            places[bi] = {qint32(2 * (shown - 1)), qint32(cur.positionInBlock())};
            insertBlockText(cur, block, theme, cache, breaks, allCuts.value(bi, noCuts), startRow);
            if (!breaks.isEmpty())
                allBreaks.insert(bi, breaks);
        }
        while (shown < out.rows.size() && out.continues(shown)) // past this side's pieces
            startRow();
    }
    return true;
}

// Word highlights on top of the styles, one mergeCharFormat per block a change covers.
void highlightChanges(const Comparison &c, const Theme &theme, const CategoryFilter &filter,
                      QTextDocument *doc, Side side, const SideBySideLayout &out) {
    const Document &d = c.document(side);
    QTextCursor cur(doc);
    const auto position = [&](const PanePlace &at) {
        return doc->findBlockByNumber(at.paneBlock).position() + at.offset;
    };
    for (qsizetype i = 0; i < c.changes.size(); ++i) {
        const Change &ch = c.changes.at(i);
        if (!filter.shows(ch.kind) || !ch.side(side).isValid())
            continue;
        QTextCharFormat f;
        applyChangeFormat(f, theme, ch, int(i), side, describeChange(c, ch));
        forEachBlockSpan(d, ch.side(side), [&](const BlockSpan &span) {
            const Block &block = d.blocks.at(span.block);
            const qint32 t0 = span.tokenBegin, t1 = span.tokenEnd;
            if (t0 >= t1 || t1 > block.tokens.size())
                return;
            const PanePlace from = out.placeOf(side, span.block, block.tokens.at(t0).start, false);
            const PanePlace to =
                out.placeOf(side, span.block, qint32(block.tokens.at(t1 - 1).end()), true);
            if (from.paneBlock < 0)
                return;
            cur.setPosition(position(from));
            cur.setPosition(position(to), QTextCursor::KeepAnchor);
            cur.mergeCharFormat(f);
        });
    }
}

// False when cancelled (the document is then half built).
bool buildSide(const Comparison &c, const Theme &theme, const CategoryFilter &filter,
               QTextDocument *doc, Side side, SideBySideLayout &out,
               const std::atomic_bool *cancel) {
    doc->clear();
    doc->setUndoRedoEnabled(false);
    QTextCursor cur(doc);
    cur.beginEditBlock();
    if (!insertRows(c, theme, doc, side, out, cancel)) {
        cur.endEditBlock();
        return false;
    }
    if (filter.shows(Category::SplitMerge))
        placeJoins(c, side, out);
    highlightChanges(c, theme, filter, doc, side, out);
    uprightWhereItalicLacksGlyphs(doc);
    cur.endEditBlock();
    return true;
}

qsizetype rowLength(const Document &d, qint32 begin, qint32 end) {
    qsizetype n = 0;
    for (qint32 i = begin; i < end && i < d.blocks.size(); ++i)
        n += d.blocks.at(i).text.size() + 2;
    return n;
}

// Cuts the text of `side` in `row` into pieces of at most kPaneBlock (a row of many short
// paragraphs too: it is one QTextBlock) and notes the display row each paragraph starts in (the
// row's first is `firstRow`): returns how many display rows the side needs.
qsizetype cutRowSide(const Comparison &c, const AlignedRow &row, Side side, qsizetype firstRow,
                     SideBySideLayout &out) {
    const Document &d = c.document(side);
    auto &cuts = side == Side::A ? out.cutsA : out.cutsB;
    QList<qint32> &rowOf = side == Side::A ? out.rowOfA : out.rowOfB;
    qsizetype pieces = 1;
    qsizetype filled = 0; // characters in the piece being filled
    for (qint32 i = row.begin(side); i < row.end(side) && i < d.blocks.size(); ++i) {
        rowOf[i] = qint32(firstRow + pieces - 1);
        const Block &block = d.blocks.at(i);
        filled += (i > row.begin(side) ? 2 : 0) + blockPrefix(block).size(); // see insertRows
        QList<qint32> at = pieceCuts(block.text, filled);
        if (at.isEmpty()) {
            filled += block.text.size();
            continue;
        }
        filled = block.text.size() - at.last();
        pieces += at.size();
        cuts.insert(i, std::move(at));
    }
    return pieces;
}

// The display rows, their tints and where each block goes: everything but the documents.
SideBySideLayout rowLayout(const Comparison &c, const CategoryFilter &filter) {
    SideBySideLayout out;
    QList<qint32> groupOfA(c.a.blocks.size(), -1), groupOfB(c.b.blocks.size(), -1);
    for (qsizetype g = 0; g < c.groups.size(); ++g) {
        const BlockGroup &grp = c.groups.at(g);
        for (qint32 i = grp.aBegin; i < grp.aEnd && i < groupOfA.size(); ++i)
            groupOfA[i] = qint32(g);
        for (qint32 i = grp.bBegin; i < grp.bEnd && i < groupOfB.size(); ++i)
            groupOfB[i] = qint32(g);
    }
    out.rowOfA.fill(-1, c.a.blocks.size());
    out.rowOfB.fill(-1, c.b.blocks.size());
    out.rows.reserve(c.rows.size());
    out.rowEnd.reserve(c.rows.size());
    qint64 end = 0;
    for (qsizetype r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        const qsizetype first = out.rows.size();
        const qsizetype piecesA = cutRowSide(c, row, Side::A, first, out);
        const qsizetype piecesB = cutRowSide(c, row, Side::B, first, out);
        const qsizetype pieces = qMax(piecesA, piecesB);
        RowInfo info;
        info.row = qint32(r);
        info.tintA = qint8(tintOfSide(c, row, Side::A, groupOfA, groupOfB, filter));
        info.tintB = qint8(tintOfSide(c, row, Side::B, groupOfA, groupOfB, filter));
        const qint64 length =
            80 + qMax(rowLength(c.a, row.aBegin, row.aEnd), rowLength(c.b, row.bBegin, row.bEnd));
        for (qsizetype p = 0; p < pieces; ++p) {
            info.emptyA = row.aBegin == row.aEnd || p >= piecesA;
            info.emptyB = row.bBegin == row.bEnd || p >= piecesB;
            out.rows.append(info);
            out.rowEnd.append(end + length * (p + 1) / pieces);
        }
        end += length;
    }
    return out;
}

} // namespace

SideBySideLayout buildSideBySide(const Comparison &c, const Theme &theme,
                                 const CategoryFilter &filter, QTextDocument *left,
                                 QTextDocument *right, const std::atomic_bool *cancel) {
    SideBySideLayout out = rowLayout(c, filter);
    if (!buildSide(c, theme, filter, left, Side::A, out, cancel) ||
        !buildSide(c, theme, filter, right, Side::B, out, cancel))
        return {};
    return out;
}

std::shared_ptr<PaneDocuments> buildPaneDocuments(const Comparison &c, const Theme &theme,
                                                  const CategoryFilter &filter,
                                                  const std::atomic_bool *cancel) {
    auto out = std::make_shared<PaneDocuments>();
    out->layout = rowLayout(c, filter);
    // The sides write only their own document, places and breaks: built side by side, each
    // document made on the thread that fills it (its internal objects are its children) and
    // then moved to the GUI thread, where the panes lay it out and paint it.
    std::atomic_bool complete[2] = {false, false};
    runParts(2, [&](qsizetype part) {
        const Side side = part == 0 ? Side::A : Side::B;
        auto doc = std::make_unique<QTextDocument>();
        complete[part] = buildSide(c, theme, filter, doc.get(), side, out->layout, cancel);
        if (!complete[part])
            return; // destroyed here, on its own thread
        doc->moveToThread(QCoreApplication::instance()->thread());
        (part == 0 ? out->left : out->right) = std::move(doc);
    });
    if (!complete[0] || !complete[1]) {
        for (auto *doc : {&out->left, &out->right})
            if (*doc)
                doc->release()->deleteLater(); // on the GUI thread it now belongs to
        return nullptr;
    }
    return out;
}

} // namespace sd
