// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/inlineview.h"

#include "pair/changewords.h"
#include "pair/panebuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace sd {

InlineView::InlineView(QWidget *parent) : DiffPane(parent) {
    setObjectName(QStringLiteral("inlinePane"));
    setAccessibleName(tr("Changes inline"));
}

InlineView::~InlineView() {
    m_build.stop();
}

struct InlineView::Built {
    std::unique_ptr<QTextDocument> doc;
    QList<QPair<int, int>> ranges;
    QList<qint32> pieceSpacers; // between the pieces of overlong paragraphs
};

namespace {

struct InlineBuilder {
    const Comparison &c;
    const Theme &theme;
    const CategoryFilter &filter;
    QTextCursor cur;
    QList<QPair<int, int>> ranges;
    // Tooltips, each made once: a split paragraph's many style runs share its change.
    mutable QHash<int, QString> descriptions;
    QList<qint32> pieceSpacers; // the blank blocks between pieces of one paragraph
    // The piece of the paragraph being filled, not yet in the document: a paragraph's words
    // mostly share one format, and one insertText per run instead of per word is what makes
    // long texts quick to build. It is cut where the side-by-side panes cut (pieceCuts: its
    // first kPaneBlock + 1 characters of the story decide where).
    QString piece;                                 // with its zero-width spaces
    QList<qint32> breaks;                          // where in `piece` those stand
    QList<QPair<qsizetype, QTextCharFormat>> runs; // each format's end in `piece`
    qsizetype story = 0;                           // characters of the story in `piece`
    qsizetype lead = 0;                            // of which the paragraph's prefix
    QList<int> open;                               // changes with a range in this piece
    int mark = 0; // where the text being put starts (moved on when a cut puts it further)

    int at() const { return cur.position() + int(piece.size()); }
    // `text` of the story in `f`; `breakable` gives its overlong runs zero-width spaces to
    // wrap at (see longRunBreaks).
    void put(QStringView text, const QTextCharFormat &f, bool breakable = false) {
        const QList<qint32> at = breakable ? longRunBreaks(text) : QList<qint32>();
        auto b = at.cbegin();
        for (qsizetype from = 0; from < text.size();) {
            const qsizetype start = from;
            const qsizetype to =
                from + qMin(text.size() - from, qMax(qsizetype(1), kPaneBlock + 1 - story));
            for (; b != at.cend() && *b < to; ++b) {
                append(text.mid(from, *b - from), f);
                breaks.append(qint32(piece.size()));
                append(QStringView(u"\u200B"), f);
                from = *b;
            }
            append(text.mid(from, to - from), f);
            story += to - start;
            from = to;
            if (story > kPaneBlock)
                cut();
        }
    }
    void append(QStringView text, const QTextCharFormat &f) {
        if (text.isEmpty())
            return;
        piece += text;
        if (!runs.isEmpty() && runs.last().second == f)
            runs.last().first = piece.size();
        else
            runs.append({piece.size(), f});
    }
    // Writes the first `length` characters of the piece.
    void write(qsizetype length) {
        qsizetype from = 0;
        for (const auto &[end, f] : std::as_const(runs)) {
            if (from >= length)
                break;
            cur.insertText(piece.mid(from, qMin(end, length) - from), f);
            from = end;
        }
    }
    // The piece is one character too long: it goes on in a new block where pieceCuts says.
    void cut() {
        QString text;
        text.reserve(story);
        qsizetype from = 0;
        for (qint32 b : std::as_const(breaks)) {
            text += QStringView(piece).mid(from, b - from);
            from = b + 1;
        }
        text += QStringView(piece).mid(from);
        const QList<qint32> cuts = pieceCuts(QStringView(text).mid(lead), lead);
        if (cuts.isEmpty())
            return;
        const qsizetype storyCut = lead + cuts.first();
        qsizetype length = storyCut; // in `piece`, its zero-width spaces counted
        for (qint32 b : std::as_const(breaks))
            if (b <= length)
                ++length;
        write(length);
        const int end = cur.position();
        const QTextBlockFormat bf = cur.blockFormat();
        cur.insertBlock(QTextBlockFormat(), QTextCharFormat());
        pieceSpacers.append(qint32(cur.blockNumber()));
        cur.insertBlock(bf, QTextCharFormat());
        // What lies past the cut is two positions further on (the blank block, a new one).
        std::sort(open.begin(), open.end());
        open.erase(std::unique(open.begin(), open.end()), open.end());
        QList<int> stillOpen;
        for (int ch : std::as_const(open)) {
            auto &[first, last] = ranges[ch];
            first += first >= end ? 2 : 0;
            last += last > end ? 2 : 0;
            if (last > end)
                stillOpen.append(ch);
        }
        open = std::move(stillOpen);
        mark += mark >= end ? 2 : 0;
        piece.remove(0, length);
        QList<QPair<qsizetype, QTextCharFormat>> rest;
        for (const auto &[runEnd, f] : std::as_const(runs))
            if (runEnd > length)
                rest.append({runEnd - length, f});
        runs = std::move(rest);
        QList<qint32> restBreaks;
        for (qint32 b : std::as_const(breaks))
            if (b >= length)
                restBreaks.append(qint32(b - length));
        breaks = std::move(restBreaks);
        story -= storyCut;
        lead = 0;
    }
    // A new paragraph: a blank block, then one in `bf` (the first takes the empty block).
    void paragraph(const QTextBlockFormat &bf, bool first) {
        flush();
        if (!first) {
            cur.insertBlock(QTextBlockFormat(), QTextCharFormat());
            cur.insertBlock(bf, QTextCharFormat());
        } else {
            cur.setBlockFormat(bf);
        }
    }
    void flush() {
        write(piece.size());
        piece.clear();
        breaks.clear();
        runs.clear();
        open.clear();
        story = lead = 0;
    }

    void extend(int change, int start, int end) {
        open.append(change);
        auto &r = ranges[change];
        if (r.first < 0)
            r = {start, end};
        else
            r = {qMin(r.first, start), qMax(r.second, end)};
    }

    QTextCharFormat deletedFormat(int change, bool moved) const {
        QTextCharFormat f;
        f.setFontStrikeOut(true);
        const ChangeKind kind = moved ? ChangeKind::Move : ChangeKind::Delete;
        f.setBackground(theme.highlight(kind));
        f.setForeground(theme.highlightText(kind)); // the strike-through says "deleted"
        if (change >= 0)
            f.setProperty(ChangeIndexProperty, change);
        return f;
    }

    // A paragraph of A that is gone (or went elsewhere), struck through as a whole.
    void deletedBlock(qint32 bi, bool moved, const QList<int> &changes) {
        const Block &block = c.a.blocks.at(bi);
        const QTextCharFormat f = deletedFormat(changes.isEmpty() ? -1 : changes.first(), moved);
        mark = at();
        put(blockPrefix(block), f);
        lead = story;
        put(block.text, f, true);
        for (int ch : changes)
            extend(ch, mark, at());
    }

    void insertDeletion(int change) {
        const Change &ch = c.changes.at(change);
        mark = at();
        put(c.sideText(ch, Side::A).replace(QLatin1Char('\n'), QChar::LineSeparator),
            deletedFormat(change, false), true);
        extend(change, mark, at());
        put(u" ", QTextCharFormat());
    }

    // Where a paragraph was split (a new one starts) or two were merged (a paragraph break
    // is gone, struck through like deleted words): a pilcrow that says so in its tooltip.
    void joinMark(int change) {
        const Change &ch = c.changes.at(change);
        QTextCharFormat f;
        auto description = descriptions.find(change);
        if (description == descriptions.end())
            description = descriptions.insert(change, describeChange(c, ch));
        applyChangeFormat(f, theme, ch, change, Side::B, *description);
        f.setBackground(theme.highlight(ch.kind));
        f.setForeground(theme.highlightText(ch.kind));
        f.setFontStrikeOut(ch.kind == ChangeKind::Merge);
        mark = at();
        put(u"¶", f);
        extend(change, mark, at());
        put(u" ", QTextCharFormat());
    }

    // A paragraph of B with the deletions that stood in it put back, struck through, and the
    // marks of splits and merges.
    void block(qint32 bi, const QHash<quint64, QList<int>> &deletions,
               const QList<QList<int>> &tokenChange, const QHash<quint64, int> &joins) {
        const Block &block = c.b.blocks.at(bi);
        put(blockPrefix(block), QTextCharFormat());
        lead = story;
        const QString &text = block.text;
        const auto &tokens = block.tokens;
        const bool heading = block.kind == BlockKind::Heading;
        const QList<int> &owner = tokenChange.at(bi);
        QTextCharFormat tokenFormat; // of the last token, reused while the next is alike
        int lastChange = -2;
        Styles lastStyle = NoStyle;
        qint32 lastLink = -2;
        qsizetype pos = 0;
        for (qsizetype t = 0; t <= tokens.size(); ++t) {
            const quint64 key = (quint64(bi) << 32) | quint64(t);
            if (auto it = deletions.find(key); it != deletions.end())
                for (int ch : *it)
                    insertDeletion(ch);
            if (t == tokens.size())
                break;
            const Token &tok = tokens.at(t);
            const int k = owner.isEmpty() ? -1 : owner.at(t);
            if (qsizetype(tok.start) > pos) {
                // The space between two tokens of one change belongs to it.
                QTextCharFormat gap;
                if (k >= 0 && t > 0 && owner.at(t - 1) == k)
                    gap = formatFor(k, NoStyle, QString(), false);
                put(text.mid(pos, tok.start - pos), gap);
            }
            if (auto it = joins.find(key); it != joins.end())
                joinMark(*it); // after the space: it stands against the word it is before
            if (k != lastChange || tok.style != lastStyle || tok.link != lastLink) {
                const QString href = tok.link >= 0 && tok.link < block.links.size()
                                         ? block.links.at(tok.link).href
                                         : QString();
                tokenFormat = formatFor(k, tok.style, href, heading);
                lastChange = k;
                lastStyle = tok.style;
                lastLink = tok.link;
            }
            mark = at();
            put(block.tokenText(tok), tokenFormat, true);
            if (k >= 0)
                extend(k, mark, at());
            pos = tok.end();
        }
        if (pos < text.size())
            put(text.mid(pos), QTextCharFormat());
    }

    QTextCharFormat formatFor(int change, Styles style, const QString &href, bool heading) const {
        QTextCharFormat f = styleFormat(theme, style, href, heading);
        if (change < 0)
            return f;
        const Change &ch = c.changes.at(change);
        auto description = descriptions.find(change);
        if (description == descriptions.end())
            description = descriptions.insert(change, describeChange(c, ch));
        applyChangeFormat(f, theme, ch, change, Side::B, *description);
        if (ch.kind == ChangeKind::Insert || ch.kind == ChangeKind::Replace) {
            f.setFontUnderline(true);
            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            f.setUnderlineColor(theme.highlightText(ch.kind));
        }
        return f;
    }
};

} // namespace

namespace {

// (B block, token) -> the split or merge change whose mark stands before it: the start of each
// piece of a split but the first, each join point of a merge.
QHash<quint64, int> joinsInB(const Comparison &cmp) {
    QHash<quint64, int> joins;
    for (qsizetype i = 0; i < cmp.changes.size(); ++i) {
        const qint32 g = groupOfChange(cmp, cmp.changes.at(i));
        if (g < 0)
            continue;
        const BlockGroup &group = cmp.groups.at(g);
        if (group.kind == BlockGroup::Split) {
            for (qint32 bi = group.bBegin + 1; bi < group.bEnd; ++bi)
                joins.insert(quint64(bi) << 32, int(i));
        } else {
            for (const Anchor &at : joinPoints(cmp, group))
                joins.insert((quint64(at.block) << 32) | quint64(at.token), int(i));
        }
    }
    return joins;
}

// The track-changes document of `cmp`, on the calling thread; null when cancelled.
std::unique_ptr<QTextDocument> buildInline(const Comparison &cmp, const Theme &theme,
                                           const CategoryFilter &filter,
                                           const std::atomic_bool *cancel,
                                           QList<QPair<int, int>> &ranges,
                                           QList<qint32> &pieceSpacers) {
    QList<qint32> movedA(cmp.a.blocks.size(), 0), movedB(cmp.b.blocks.size(), 0);
    for (const BlockGroup &g : cmp.groups) {
        if (!g.moved)
            continue;
        for (qint32 i = g.aBegin; i < g.aEnd && i < movedA.size(); ++i)
            movedA[i] = 1;
        for (qint32 i = g.bBegin; i < g.bEnd && i < movedB.size(); ++i)
            movedB[i] = 1;
    }
    // A blocks shown whole as deleted rows; their changes are not repeated inline.
    QList<qint32> gapA(cmp.a.blocks.size(), 0);
    for (const AlignedRow &r : cmp.rows)
        if (r.group < 0)
            for (qint32 i = r.aBegin; i < r.aEnd; ++i)
                gapA[i] = 1;
    QHash<quint64, QList<int>> deletions; // (B block, token) -> changes put back there
    QList<QList<int>> changesOfA(cmp.a.blocks.size());
    QList<QList<int>> tokenChange(cmp.b.blocks.size());
    for (qsizetype i = 0; i < cmp.changes.size(); ++i) {
        const Change &ch = cmp.changes.at(i);
        if (!filter.shows(ch.kind))
            continue;
        if (ch.from.isValid() && ch.from.blockBegin < gapA.size() && gapA[ch.from.blockBegin]) {
            changesOfA[ch.from.blockBegin].append(int(i));
        } else if ((ch.kind == ChangeKind::Delete || ch.kind == ChangeKind::Replace) &&
                   ch.from.isValid() && ch.anchorB.block >= 0) {
            deletions[(quint64(ch.anchorB.block) << 32) | quint64(ch.anchorB.token)].append(int(i));
        }
        forEachBlockSpan(cmp.b, ch.to, [&](const BlockSpan &span) {
            auto &owner = tokenChange[span.block];
            const qsizetype n = cmp.b.blocks.at(span.block).tokens.size();
            if (owner.isEmpty())
                owner.fill(-1, n);
            for (qint32 t = qMax(0, span.tokenBegin); t < span.tokenEnd && t < n; ++t)
                owner[t] = int(i);
        });
    }
    const QHash<quint64, int> joins =
        filter.shows(Category::SplitMerge) ? joinsInB(cmp) : QHash<quint64, int>();
    auto owned = std::make_unique<QTextDocument>();
    QTextDocument *doc = owned.get();
    doc->setUndoRedoEnabled(false);
    InlineBuilder b{cmp, theme, filter, QTextCursor(doc), {}, {}, {}, {}, {}, {}, 0, 0, {}, 0};
    b.ranges.fill({-1, -1}, cmp.changes.size());
    b.cur.beginEditBlock();
    bool first = true;
    auto newParagraph = [&](const QBrush &bg) {
        QTextBlockFormat bf;
        if (bg.style() != Qt::NoBrush)
            bf.setBackground(bg);
        b.paragraph(bf, first);
        first = false;
    };
    qsizetype done = 0;
    for (const AlignedRow &r : cmp.rows) {
        if (cancel && (++done & 255) == 0 && cancel->load())
            return nullptr;
        if (r.group < 0) {
            for (qint32 i = r.aBegin; i < r.aEnd; ++i) {
                const Category cat = movedA[i] ? Category::Moved : Category::Deleted;
                if (!filter.shows(cat))
                    continue;
                newParagraph(theme.rowTint(cat));
                b.deletedBlock(i, movedA[i], changesOfA[i]);
            }
        }
        for (qint32 i = r.bBegin; i < r.bEnd; ++i) {
            QBrush bg;
            const Category cat = movedB[i] ? Category::Moved : Category::Inserted;
            if (r.group < 0 && filter.shows(cat))
                bg = theme.rowTint(cat);
            newParagraph(bg);
            b.block(i, deletions, tokenChange, joins);
        }
    }
    b.flush();
    uprightWhereItalicLacksGlyphs(doc);
    b.cur.endEditBlock();
    ranges = std::move(b.ranges);
    pieceSpacers = std::move(b.pieceSpacers);
    return owned;
}

} // namespace

void InlineView::setComparison(std::shared_ptr<const Comparison> c, const Theme &theme,
                               const CategoryFilter &filter) {
    m_theme = theme;
    m_requested = c;
    m_pendingChange = {-1, false};
    if (!c) {
        m_build.cancel();
        m_comparison.reset();
        clearMarks();
        m_ranges.clear();
        showDocument(std::make_unique<QTextDocument>());
        return;
    }
    m_build.start<Built>(
        [c, theme, filter](const std::atomic_bool *cancel) -> std::shared_ptr<Built> {
            auto built = std::make_shared<Built>();
            built->doc = buildInline(*c, theme, filter, cancel, built->ranges, built->pieceSpacers);
            if (!built->doc)
                return nullptr;
            built->doc->moveToThread(QCoreApplication::instance()->thread());
            return built;
        },
        [this, c](std::shared_ptr<Built> built) {
            clearMarks();
            m_comparison = c;
            m_ranges = std::move(built->ranges);
            showDocument(std::move(built->doc));
            setPieceBreaks(built->pieceSpacers, built->pieceSpacers);
            if (m_pendingChange.first >= 0)
                showChange(m_pendingChange.first, m_pendingChange.second);
            m_pendingChange = {-1, false};
        });
}

int InlineView::stepOrigin(int current, int direction) const {
    if (!m_comparison || !isReady())
        return current;
    const int top = cursorForPosition(QPoint(0, 0)).position();
    const QRect view = viewport()->rect();
    const int bottom = cursorForPosition(view.bottomRight()).position();
    if (current >= 0 && current < m_ranges.size()) {
        const auto [start, end] = m_ranges.at(current);
        if (start >= 0 && start <= bottom && end >= top)
            return current;
    }
    const int n = int(m_ranges.size());
    int firstBelow = n;
    for (int i = 0; i < n; ++i) {
        if (m_ranges.at(i).first >= top) {
            firstBelow = i;
            break;
        }
    }
    return direction > 0 ? firstBelow - 1 : firstBelow;
}

void InlineView::showChange(int index, bool flash) {
    if (!isReady()) {
        m_pendingChange = {index, flash}; // for the document on its way
        return;
    }
    clearMarks();
    if (index < 0 || index >= m_ranges.size() || m_ranges.at(index).first < 0)
        return;
    scrollToPosition(m_ranges.at(index).first);
    markRanges({m_ranges.at(index)}, m_theme, flash);
}

} // namespace sd
