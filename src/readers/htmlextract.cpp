// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML reader's walk that turns the chosen subtrees of a page into blocks.
#include "readers/blockbuilder.h"
#include "readers/htmlnodes.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace sd::html {
namespace {

int headingLevel(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_H1:
        return 1;
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
        return 4;
    case GUMBO_TAG_H5:
        return 5;
    case GUMBO_TAG_H6:
        return 6;
    default:
        return 0;
    }
}

} // namespace

namespace {

class Extractor {
public:
    Extractor(const Selection &sel, const QUrl &base, const QByteArray *source)
        : m_sel(sel), m_base(base) {
        if (source)
            m_map.emplace(*source);
    }

    void extract(const GumboNode *root) {
        Frame first{root, 0, {}, false};
        first.ctx.inSectioning = ancestorIsSectioning(root);
        first.block = enter(root, first.ctx);
        QList<Frame> stack{first};
        while (!stack.isEmpty()) {
            Frame &f = stack.last();
            const GumboVector *kids = childrenOf(f.node);
            if (!kids || f.next >= kids->length) {
                if (f.block)
                    m_b.end(endOffset(f.node));
                stack.removeLast();
                continue;
            }
            const GumboNode *c = childAt(kids, f.next++);
            if (isTextNode(c)) {
                appendText(c, f.ctx);
                continue;
            }
            if (c->type != GUMBO_NODE_ELEMENT || leftOut(c, f.ctx.inSectioning))
                continue;
            Frame next{c, 0, f.ctx, false};
            next.block = enter(c, next.ctx);
            stack.append(std::move(next)); // `f` dangles from here
        }
        m_b.end();
    }

    QList<Block> take() { return m_b.takeBlocks(); }

private:
    // What holds inside an element: inline styles, the enclosing link, the kind of block
    // that text there starts.
    struct Ctx {
        Styles style = NoStyle;
        const GumboNode *link = nullptr;
        QString href;
        BlockKind kind = BlockKind::Paragraph;
        int level = 0;
        int listDepth = 0;
        int quoteDepth = 0;
        bool inPre = false;
        bool inSectioning = false;
    };
    struct Frame {
        const GumboNode *node;
        unsigned next;
        Ctx ctx;
        bool block; // ends the current block when left
    };

    bool leftOut(const GumboNode *c, bool inSectioning) const {
        return (m_sel.namedFurniture ? isExcluded(c, inSectioning)
                                     : isExcludedAlways(c, inSectioning)) ||
               m_sel.dropped.contains(c);
    }

    // Updates `ctx` for the element's content; true when the element is a block boundary.
    bool enter(const GumboNode *n, Ctx &ctx) {
        const GumboTag t = tagOf(n);
        ctx.inSectioning = ctx.inSectioning || isSectioning(n);
        switch (t) {
        case GUMBO_TAG_BR:
            m_b.appendBreak();
            return false;
        case GUMBO_TAG_A:
            if (const char *href = attr(n, "href")) {
                ctx.link = n;
                ctx.href = resolve(QString::fromUtf8(href));
            }
            return false;
        case GUMBO_TAG_EM:
        case GUMBO_TAG_I:
        case GUMBO_TAG_CITE:
            ctx.style |= Italic;
            return false;
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B:
            ctx.style |= Bold;
            return false;
        case GUMBO_TAG_CODE:
        case GUMBO_TAG_KBD:
        case GUMBO_TAG_SAMP:
        case GUMBO_TAG_TT:
            // Code inside <pre> is the block's kind already, as a Markdown code block.
            if (!ctx.inPre)
                ctx.style |= Code;
            return false;
        case GUMBO_TAG_S:
        case GUMBO_TAG_DEL:
        case GUMBO_TAG_STRIKE:
            ctx.style |= Strike;
            return false;
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            ctx.kind = BlockKind::Heading;
            ctx.level = headingLevel(t);
            begin(ctx, n);
            return true;
        case GUMBO_TAG_P:
            begin(ctx, n);
            return true;
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_DIR:
            ++ctx.listDepth;
            break;
        case GUMBO_TAG_LI:
            ctx.kind = BlockKind::ListItem;
            ctx.level = qMax(1, ctx.listDepth);
            begin(ctx, n);
            return true;
        case GUMBO_TAG_BLOCKQUOTE:
            ctx.kind = BlockKind::Quote;
            ctx.level = ++ctx.quoteDepth;
            break;
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_CAPTION:
            ctx.kind = BlockKind::Caption;
            ctx.level = 0;
            begin(ctx, n);
            return true;
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_LISTING:
            ctx.kind = BlockKind::Preformatted;
            ctx.level = 0;
            ctx.inPre = true;
            ctx.style &= ~Code;
            begin(ctx, n);
            return true;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            ctx.kind = BlockKind::TableCell;
            ctx.level = 0;
            begin(ctx, n);
            return true;
        default:
            if (!isBlockTag(t))
                return false; // inline: <span>, <u>, <font>, custom elements
            break;
        }
        m_b.end(); // containers (div, section, lists, quotes, tables) separate their text runs
        return true;
    }

    void begin(const Ctx &ctx, const GumboNode *element) {
        m_b.end();
        m_b.begin(ctx.kind, ctx.level, element ? startOffset(element) : -1);
        ++m_blockSerial;
    }

    void appendText(const GumboNode *n, const Ctx &ctx) {
        const GumboText &t = n->v.text;
        if (!m_b.inBlock()) {
            // Whitespace between blocks starts nothing; text outside any block element (in a
            // <div>, a <section>, <body>) is a paragraph of its own.
            const QString text = QString::fromUtf8(t.text);
            if (std::all_of(text.cbegin(), text.cend(),
                            [](QChar c) { return isTokenizerSpace(c.unicode()); }))
                return;
            m_b.begin(ctx.kind, ctx.level, m_map ? m_map->map(qsizetype(t.start_pos.offset)) : -1);
            ++m_blockSerial;
        }
        qint32 link = -1;
        if (ctx.link) {
            // One Link per <a> per block: an <a> around two paragraphs links in both.
            if (ctx.link != m_linkNode || m_linkSerial != m_blockSerial) {
                m_linkNode = ctx.link;
                m_linkSerial = m_blockSerial;
                m_linkIndex = m_b.addLink(ctx.href);
            }
            link = m_linkIndex;
        }
        const QByteArrayView decoded(t.text);
        if (!m_map || n->type == GUMBO_NODE_CDATA) {
            m_b.appendText(QString::fromUtf8(decoded), ctx.style, link);
            return;
        }
        // Pieces copied verbatim from the source carry their offset; characters that came
        // from a character reference ("&eacute;") do not.
        const QByteArrayView orig(t.original_text.data, qsizetype(t.original_text.length));
        auto put = [&](qsizetype from, qsizetype to, qsizetype origAt) {
            m_b.appendText(QString::fromUtf8(decoded.sliced(from, to - from)), ctx.style, link,
                           origAt < 0 ? -1 : m_map->map(qsizetype(t.start_pos.offset) + origAt));
        };
        qsizetype i = 0, j = 0;
        while (j < decoded.size()) {
            const qsizetype i0 = i, j0 = j;
            while (i < orig.size() && j < decoded.size() && orig[i] == decoded[j] &&
                   orig[i] != '&') {
                ++i;
                ++j;
            }
            if (j > j0)
                put(j0, j, i0);
            if (j >= decoded.size())
                break;
            if (i < orig.size() && orig[i] == '\r') { // CR LF and lone CR were read as LF
                i += (i + 1 < orig.size() && orig[i + 1] == '\n') ? 1 : 0;
                if (orig[i] == '\r') {
                    put(j, j + 1, -1);
                    ++i;
                    ++j;
                }
                continue;
            }
            if (i >= orig.size() || orig[i] != '&') {
                put(j, decoded.size(), -1); // out of step: the rest goes without offsets
                break;
            }
            // A character reference: find its end in the source, then where the source text
            // after it resumes in the decoded text.
            qsizetype e = i + 1;
            if (e < orig.size() && orig[e] == '#')
                ++e;
            while (e < orig.size() && e - i < 40 && QChar::isLetterOrNumber(uchar(orig[e])) &&
                   uchar(orig[e]) < 0x80)
                ++e;
            if (e < orig.size() && orig[e] == ';')
                ++e;
            qsizetype k = -1;
            if (e >= orig.size()) {
                k = decoded.size();
            } else {
                const QByteArrayView rest = orig.sliced(e, qMin<qsizetype>(8, orig.size() - e));
                for (qsizetype c = j + 1; c <= qMin(decoded.size(), j + 8) && k < 0; ++c)
                    if (decoded.sliced(c).startsWith(rest))
                        k = c;
            }
            if (k < 0) {
                put(j, decoded.size(), -1);
                break;
            }
            put(j, k, -1);
            i = e;
            j = k;
        }
    }

    QString resolve(const QString &raw) const {
        const QString href = raw.trimmed();
        // Fragment links stay as written: they point into the page, wherever it is.
        if (href.isEmpty() || href.startsWith(u'#') || m_base.isEmpty())
            return href;
        const QUrl url(href);
        return url.isRelative() ? m_base.resolved(url).toString() : href;
    }

    qint32 startOffset(const GumboNode *n) {
        if (!m_map || n->v.element.original_tag.length == 0)
            return -1;
        return m_map->map(qsizetype(n->v.element.start_pos.offset));
    }
    qint32 endOffset(const GumboNode *n) {
        if (!m_map || n->v.element.original_end_tag.length == 0)
            return -1;
        return m_map->map(qsizetype(n->v.element.end_pos.offset));
    }

    const Selection &m_sel;
    QUrl m_base;
    std::optional<Utf8ToUtf16> m_map;
    BlockBuilder m_b;
    quint64 m_blockSerial = 0;
    const GumboNode *m_linkNode = nullptr;
    quint64 m_linkSerial = 0;
    qint32 m_linkIndex = -1;
};

} // namespace

bool extractStory(const Selection &selection, const QUrl &base, const QByteArray *source,
                  QList<Block> &blocks) {
    if (selection.roots.isEmpty())
        return false;
    Extractor ex(selection, base, source);
    for (const GumboNode *root : selection.roots)
        ex.extract(root);
    blocks = ex.take();
    return !blocks.isEmpty();
}

} // namespace sd::html
