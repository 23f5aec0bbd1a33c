// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/panebuilder.h"

#include "pair/changewords.h"

#include "text/visible.h"

#include "util/parallel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

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

void uprightWhereItalicLacksGlyphs(QTextDocument *doc) {
    QFont upright = QGuiApplication::font();
    upright.setItalic(false);
    QFont italic = upright;
    italic.setItalic(true);
    const QFontMetricsF uprightMetrics(upright), italicMetrics(italic);
    QHash<char32_t, bool> lacking; // per character: asked once per build
    const auto lacks = [&](char32_t ch) {
        auto it = lacking.constFind(ch);
        if (it == lacking.cend())
            it = lacking.insert(ch, !italicMetrics.inFontUcs4(ch) && uprightMetrics.inFontUcs4(ch));
        return *it;
    };
    QList<QPair<int, int>> ranges; // collected first: formatting splits the fragments
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().fontItalic())
                continue;
            const QString text = fragment.text();
            int runStart = -1;
            qsizetype i = 0;
            while (i <= text.size()) {
                char32_t ch = 0;
                qsizetype next = i + 1;
                if (i < text.size()) {
                    ch = text.at(i).unicode();
                    if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
                        ch = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                        next = i + 2;
                    }
                }
                const bool bad = i < text.size() && !QChar::isSpace(ch) && lacks(ch);
                if (bad && runStart < 0)
                    runStart = int(i);
                if (!bad && runStart >= 0) {
                    ranges.append({fragment.position() + runStart, fragment.position() + int(i)});
                    runStart = -1;
                }
                i = next;
            }
        }
    }
    if (ranges.isEmpty())
        return;
    QTextCursor cur(doc);
    QTextCharFormat f;
    f.setFontItalic(false);
    for (const auto &[start, end] : std::as_const(ranges)) {
        cur.setPosition(start);
        cur.setPosition(end, QTextCursor::KeepAnchor);
        cur.mergeCharFormat(f);
    }
}

QList<qint32> longRunBreaks(QStringView text) {
    QList<qint32> out;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        if (i - runStart > kLongRun) {
            for (qsizetype at = runStart + kRunChunk; at < i; at += kRunChunk) {
                if (text.at(at).isLowSurrogate())
                    ++at; // whole code points only
                if (at < i)
                    out.append(qint32(at));
            }
        }
        runStart = i + 1;
    }
    return out;
}

QString withBreaks(QStringView text, const QList<qint32> &breaks) {
    if (breaks.isEmpty())
        return text.toString();
    QString out;
    out.reserve(text.size() + breaks.size());
    qsizetype pos = 0;
    for (qint32 b : breaks) {
        out.append(text.mid(pos, b - pos));
        out.append(QChar(0x200B));
        pos = b;
    }
    out.append(text.mid(pos));
    return out;
}

qint32 SideBySideLayout::paneOffset(Side side, qint32 block, qint32 offset, bool end) const {
    const auto &breaks = side == Side::A ? breaksA : breaksB;
    const auto it = breaks.constFind(block);
    if (it == breaks.cend())
        return offset;
    // A break at a range's end stands after it; one at its start, before it.
    const auto at = end ? std::lower_bound(it->cbegin(), it->cend(), offset)
                        : std::upper_bound(it->cbegin(), it->cend(), offset);
    return offset + qint32(at - it->cbegin());
}

namespace {

// Runs of tokens with the same style and link become one insertText call; the spaces between
// two tokens of one link belong to it so that the underline does not break.
void insertBlockText(QTextCursor &cur, const Block &block, const Theme &theme,
                     QHash<quint64, QTextCharFormat> &cache, QList<qint32> &breaks) {
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
    auto insert = [&](qsizetype from, qsizetype to, const QTextCharFormat &f) {
        const QStringView piece = QStringView(text).mid(from, to - from);
        if (breaks.isEmpty()) {
            cur.insertText(piece.toString(), f);
            return;
        }
        QList<qint32> local;
        for (qint32 b : std::as_const(breaks))
            if (b >= from && b < to)
                local.append(qint32(b - from));
        cur.insertText(withBreaks(piece, local), f);
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
            const PanePlace &place = places.at(at.block);
            if (place.paneBlock < 0)
                continue;
            const qint32 offset = at.token < block.tokens.size()
                                      ? qint32(block.tokens.at(at.token).start)
                                      : qint32(block.text.size());
            joins.append(
                {place.paneBlock, place.offset + out.paneOffset(side, at.block, offset, false)});
        }
    }
    std::sort(joins.begin(), joins.end(), [](const PanePlace &x, const PanePlace &y) {
        return std::pair(x.paneBlock, x.offset) < std::pair(y.paneBlock, y.offset);
    });
}

// False when cancelled (the document is then half built).
bool buildSide(const Comparison &c, const Theme &theme, const CategoryFilter &filter,
               QTextDocument *doc, Side side, SideBySideLayout &out,
               const std::atomic_bool *cancel) {
    const Document &d = c.document(side);
    QList<PanePlace> &places = side == Side::A ? out.placesA : out.placesB;
    auto &allBreaks = side == Side::A ? out.breaksA : out.breaksB;
    QList<qint32> breaks;
    places.fill(PanePlace{}, d.blocks.size());
    doc->clear();
    doc->setUndoRedoEnabled(false);
    QTextCursor cur(doc);
    cur.beginEditBlock();
    QHash<quint64, QTextCharFormat> cache;
    const QTextBlockFormat plainBlock;
    for (qsizetype r = 0; r < c.rows.size(); ++r) {
        if (cancel && (r & 255) == 0 && cancel->load()) {
            cur.endEditBlock();
            return false;
        }
        const AlignedRow &row = c.rows.at(r);
        const RowInfo &info = out.rows.at(r);
        QTextBlockFormat bf;
        const int tint = side == Side::A ? info.tintA : info.tintB;
        if (side == Side::A ? info.emptyA : info.emptyB)
            bf.setBackground(theme.gapBrush());
        else if (tint >= 0)
            bf.setBackground(theme.rowTint(Category(tint)));
        if (r > 0) {
            cur.insertBlock(plainBlock, QTextCharFormat()); // spacer
            cur.insertBlock(bf, QTextCharFormat());
        } else {
            cur.setBlockFormat(bf);
        }
        const qint32 begin = row.begin(side);
        const qint32 end = row.end(side);
        const int blockStart = cur.block().position();
        for (qint32 bi = begin; bi < end; ++bi) {
            if (bi > begin) // a blank line between paragraphs sharing a row (splits, gaps)
                cur.insertText(QString(2, QChar::LineSeparator), QTextCharFormat());
            const Block &block = d.blocks.at(bi);
            const QString prefix = blockPrefix(block);
            if (!prefix.isEmpty())
                cur.insertText(prefix, QTextCharFormat());
            places[bi] = {qint32(2 * r), qint32(cur.position() - blockStart)};
            insertBlockText(cur, block, theme, cache, breaks);
            if (!breaks.isEmpty())
                allBreaks.insert(bi, breaks);
        }
    }
    if (filter.shows(Category::SplitMerge))
        placeJoins(c, side, out);
    // Word highlights go on top of the styles, one mergeCharFormat per block a change covers.
    for (qsizetype i = 0; i < c.changes.size(); ++i) {
        const Change &ch = c.changes.at(i);
        if (!filter.shows(ch.kind))
            continue;
        if (!ch.side(side).isValid())
            continue;
        QTextCharFormat f;
        applyChangeFormat(f, theme, ch, int(i), side, describeChange(c, ch));
        forEachBlockSpan(d, ch.side(side), [&](const BlockSpan &span) {
            const Block &block = d.blocks.at(span.block);
            const qint32 t0 = span.tokenBegin, t1 = span.tokenEnd;
            const PanePlace &place = places[span.block];
            if (t0 >= t1 || t1 > block.tokens.size() || place.paneBlock < 0)
                return;
            const QTextBlock tb = doc->findBlockByNumber(place.paneBlock);
            const int base = tb.position() + place.offset;
            cur.setPosition(base +
                            out.paneOffset(side, span.block, block.tokens.at(t0).start, false));
            cur.setPosition(base + out.paneOffset(side, span.block,
                                                  qint32(block.tokens.at(t1 - 1).end()), true),
                            QTextCursor::KeepAnchor);
            cur.mergeCharFormat(f);
        });
    }
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

} // namespace

namespace {

// The rows, their tints and where each block goes: everything but the documents.
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
    out.rows.resize(c.rows.size());
    out.rowEnd.resize(c.rows.size());
    qint64 end = 0;
    for (qsizetype r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        RowInfo &info = out.rows[r];
        end +=
            80 + qMax(rowLength(c.a, row.aBegin, row.aEnd), rowLength(c.b, row.bBegin, row.bEnd));
        out.rowEnd[r] = end;
        info.emptyA = row.aBegin == row.aEnd;
        info.emptyB = row.bBegin == row.bEnd;
        info.tintA = qint8(tintOfSide(c, row, Side::A, groupOfA, groupOfB, filter));
        info.tintB = qint8(tintOfSide(c, row, Side::B, groupOfA, groupOfB, filter));
        for (qint32 i = row.aBegin; i < row.aEnd && i < out.rowOfA.size(); ++i)
            out.rowOfA[i] = qint32(r);
        for (qint32 i = row.bBegin; i < row.bEnd && i < out.rowOfB.size(); ++i)
            out.rowOfB[i] = qint32(r);
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
