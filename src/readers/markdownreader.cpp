// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/markdownreader.h"

#include "readers/blockbuilder.h"
#include "readers/decode.h"
#include "readers/mdhtmlguard.h"

#include <QRegularExpression>

#include <md4c-html.h>
#include <md4c.h>

namespace sd {

QString decodeEntity(QStringView entity) {
    if (entity.size() < 3 || entity.front() != u'&' || entity.back() != u';')
        return {};
    if (entity.at(1) == u'#') {
        bool ok = false;
        const bool hex = entity.size() > 3 && (entity.at(2) == u'x' || entity.at(2) == u'X');
        const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    // Named references: md4c's HTML renderer carries the full HTML5 table; render the entity
    // alone and take the character it produced.
    const QByteArray utf8 = entity.toUtf8();
    QByteArray html;
    md_html(
        utf8.constData(), MD_SIZE(utf8.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *out) {
            static_cast<QByteArray *>(out)->append(text, qsizetype(size));
        },
        &html, 0, 0);
    html = html.trimmed();
    if (!html.startsWith("<p>") || !html.endsWith("</p>"))
        return {};
    // The renderer escapes what HTML needs escaped; undo that.
    QString s = QString::fromUtf8(html.mid(3, html.size() - 7));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s == entity ? QString() : s;
}

namespace {

class MarkdownWalker {
public:
    explicit MarkdownWalker(const QByteArray &utf8) : m_utf8(utf8), m_offsets(utf8) {}

    QList<Block> run() {
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = MD_FLAG_STRIKETHROUGH | MD_FLAG_TABLES | MD_FLAG_PERMISSIVEAUTOLINKS |
                       MD_FLAG_TASKLISTS;
        parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) {
            return static_cast<MarkdownWalker *>(u)->enterBlock(t, d);
        };
        parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *u) {
            return static_cast<MarkdownWalker *>(u)->leaveBlock(t, d);
        };
        parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) {
            return static_cast<MarkdownWalker *>(u)->enterSpan(t, d);
        };
        parser.leave_span = [](MD_SPANTYPE t, void *d, void *u) {
            return static_cast<MarkdownWalker *>(u)->leaveSpan(t, d);
        };
        parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) {
            return static_cast<MarkdownWalker *>(u)->text(t, s, n);
        };
        md_parse(m_utf8.constData(), MD_SIZE(m_utf8.size()), &parser, this);
        finishLeaf();
        return m_builder.takeBlocks();
    }

private:
    BlockKind contextKind() const {
        if (m_listDepth > 0 && m_inListItem)
            return BlockKind::ListItem;
        if (m_quoteDepth > 0)
            return BlockKind::Quote;
        return BlockKind::Paragraph;
    }

    // Inline spans never cross a block, but md4c does not always close them first (a link
    // cut by a table cell's edge): whatever is open ends with the block, so that no link index
    // of one block reaches into the next.
    void endBlock() {
        m_builder.end();
        m_link = -1;
        m_linkStack.clear();
        m_style = NoStyle;
        m_imageDepth = 0;
    }

    void startLeaf(BlockKind kind, int level) {
        endBlock();
        m_builder.begin(kind, level);
        m_blockHasText = false;
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail) {
        switch (type) {
        case MD_BLOCK_QUOTE: endBlock(); ++m_quoteDepth; break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: endBlock(); ++m_listDepth; break;
        case MD_BLOCK_LI:
            m_inListItem = true;
            startLeaf(BlockKind::ListItem, m_listDepth);
            break;
        case MD_BLOCK_P:
            // A tight list item's first paragraph continues the item's block.
            if (!(m_builder.inBlock() && !m_blockHasText && m_inListItem))
                startLeaf(contextKind(), contextKind() == BlockKind::ListItem ? m_listDepth : m_quoteDepth);
            break;
        case MD_BLOCK_H:
            startLeaf(BlockKind::Heading, int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level));
            break;
        case MD_BLOCK_CODE: startLeaf(BlockKind::Preformatted, 0); break;
        case MD_BLOCK_HTML: startLeaf(contextKind(), 0); m_inHtmlBlock = true; break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: startLeaf(BlockKind::TableCell, 0); break;
        case MD_BLOCK_HR: endBlock(); break;
        default: break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *) {
        switch (type) {
        case MD_BLOCK_QUOTE: endBlock(); --m_quoteDepth; break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: endBlock(); --m_listDepth; m_inListItem = m_listDepth > 0; break;
        case MD_BLOCK_LI: endBlock(); break;
        case MD_BLOCK_H:
            if (m_titleBlock < 0 && m_builder.inBlock())
                m_titlePending = true;
            finishLeaf();
            break;
        case MD_BLOCK_CODE: finishLeaf(); break;
        case MD_BLOCK_HTML: m_inHtmlBlock = false; finishLeaf(); break;
        case MD_BLOCK_P:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: finishLeaf(); break;
        default: break;
        }
        return 0;
    }

    void finishLeaf() {
        const qsizetype before = m_builder.blockCount();
        endBlock();
        if (m_titlePending) {
            m_titlePending = false;
            if (m_builder.blockCount() > before)
                m_titleBlock = before;
        }
    }

    int enterSpan(MD_SPANTYPE type, void *detail) {
        switch (type) {
        case MD_SPAN_EM: m_style |= Italic; break;
        case MD_SPAN_STRONG: m_style |= Bold; break;
        case MD_SPAN_CODE: m_style |= Code; break;
        case MD_SPAN_DEL: m_style |= Strike; break;
        case MD_SPAN_A: {
            const auto *a = static_cast<MD_SPAN_A_DETAIL *>(detail);
            m_linkStack.append(m_link);
            m_link = m_builder.addLink(attributeText(a->href));
            break;
        }
        case MD_SPAN_IMG: ++m_imageDepth; break;
        default: break;
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type, void *) {
        switch (type) {
        case MD_SPAN_EM: m_style &= ~Italic; break;
        case MD_SPAN_STRONG: m_style &= ~Bold; break;
        case MD_SPAN_CODE: m_style &= ~Code; break;
        case MD_SPAN_DEL: m_style &= ~Strike; break;
        case MD_SPAN_A: m_link = m_linkStack.isEmpty() ? -1 : m_linkStack.takeLast(); break;
        case MD_SPAN_IMG: m_imageDepth = qMax(0, m_imageDepth - 1); break;
        default: break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE n) {
        if (m_imageDepth > 0)
            return 0; // alt text of an image is not part of the story
        const qsizetype byteOffset = s - m_utf8.constData();
        const bool inSource = byteOffset >= 0 && byteOffset <= m_utf8.size();
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH:
            if (m_inHtmlBlock) {
                appendHtml(QString::fromUtf8(s, qsizetype(n)));
                break;
            }
            m_builder.appendText(QString::fromUtf8(s, qsizetype(n)), m_style, m_link,
                                 inSource ? m_offsets.map(byteOffset) : -1);
            m_blockHasText = true;
            break;
        case MD_TEXT_ENTITY:
            m_builder.appendText(decodeEntity(QString::fromUtf8(s, qsizetype(n))), m_style, m_link);
            m_blockHasText = true;
            break;
        case MD_TEXT_NULLCHAR: m_builder.appendText(QString(QChar(0xFFFD)), m_style, m_link); break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: m_builder.appendBreak(); break;
        case MD_TEXT_HTML: {
            if (m_inHtmlBlock) {
                appendHtml(QString::fromUtf8(s, qsizetype(n)));
                break;
            }
            // Inline tags are markup; a <br> still separates words.
            const QByteArray tag = QByteArray(s, qsizetype(n)).toLower();
            if (tag.startsWith("<br"))
                m_builder.appendBreak();
            break;
        }
        default: break;
        }
        return 0;
    }

    // Raw HTML blocks: keep the words, drop the tags and comments.
    void appendHtml(const QString &html) {
        static const QRegularExpression tag(QStringLiteral(R"(<!--.*?-->|<[^>]*>)"),
                                            QRegularExpression::DotMatchesEverythingOption);
        QString plain = html;
        plain.replace(tag, QStringLiteral(" "));
        m_builder.appendText(plain, m_style, m_link);
        m_blockHasText = true;
    }

    QString attributeText(const MD_ATTRIBUTE &attr) {
        QString out;
        for (int i = 0; attr.substr_offsets[i] < attr.size; ++i) {
            const MD_OFFSET off = attr.substr_offsets[i];
            const QString piece = QString::fromUtf8(attr.text + off,
                                                    qsizetype(attr.substr_offsets[i + 1] - off));
            if (attr.substr_types[i] == MD_TEXT_ENTITY)
                out += decodeEntity(piece);
            else if (attr.substr_types[i] == MD_TEXT_NULLCHAR)
                out += QChar(0xFFFD);
            else
                out += piece;
        }
        return out;
    }

    const QByteArray &m_utf8;
    Utf8ToUtf16 m_offsets;
    BlockBuilder m_builder;
    Styles m_style = NoStyle;
    qint32 m_link = -1;
    QList<qint32> m_linkStack;
    int m_quoteDepth = 0;
    int m_listDepth = 0;
    int m_imageDepth = 0;
    bool m_inListItem = false;
    bool m_inHtmlBlock = false;
    bool m_blockHasText = false;
    bool m_titlePending = false;
    qsizetype m_titleBlock = -1;

public:
    qsizetype titleBlock() const { return m_titleBlock; }
};

} // namespace

namespace {

QList<Block> blocksFromUtf8(QByteArray utf8, QString *title) {
    neutraliseHtmlPrefixTags(utf8); // works around md4c 0.4.8's raw-HTML prefix match
    MarkdownWalker walker(utf8);
    QList<Block> blocks = walker.run();
    if (title) {
        const qsizetype t = walker.titleBlock();
        *title = t >= 0 && t < blocks.size() ? blocks.at(t).text : QString();
    }
    return blocks;
}

// The UTF-8 md4c reads: the file's own bytes when they are exactly that (valid UTF-8 without a
// BOM decodes and encodes back to the same bytes), which spares a second copy of a long book
// and the buffer of three bytes per character that encoding it takes.
QByteArray utf8Of(const QByteArray &bytes, const DecodedText &decoded) {
    if (!bytes.isEmpty() && decoded.settled && !decoded.hadBom &&
        decoded.encoding == QLatin1String("UTF-8"))
        return bytes;
    return decoded.text.toUtf8();
}

} // namespace

QList<Block> MarkdownReader::blocksFromMarkdown(const QString &text, QString *title) {
    return blocksFromUtf8(text.toUtf8(), title);
}

bool MarkdownReader::readDecoded(const QByteArray &bytes, const DecodedText &decoded, Document &doc,
                                 QString &) const {
    doc.format = Format::Markdown;
    doc.encoding = decoded.encoding;
    doc.source = SourceMap::of(decoded.text);
    doc.blocks = blocksFromUtf8(utf8Of(bytes, decoded), &doc.title);
    return true;
}

} // namespace sd
