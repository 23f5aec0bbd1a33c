// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/odtreader.h"

#include "readers/blockbuilder.h"
#include "readers/ziparchive.h"

#include <QHash>
#include <QXmlStreamReader>

namespace sd {
namespace {

const QLatin1String kTextNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QLatin1String kStyleNs("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QLatin1String kFoNs("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QLatin1String kTableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QLatin1String kOfficeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String kDrawNs("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QLatin1String kXlinkNs("http://www.w3.org/1999/xlink");

struct OdfStyle {
    Styles on = NoStyle;  // set by this style's own text properties
    Styles off = NoStyle; // explicitly reset ("normal", "none") by them
    QString parent;
    QString displayName;
    bool automatic = false;
};

// style:style elements of styles.xml and of content.xml's automatic styles, by name.
void readStyles(const QByteArray &xml, QHash<QString, OdfStyle> &styles) {
    QXmlStreamReader r(xml);
    QString current;
    bool automatic = false;
    while (!r.atEnd()) {
        const auto tok = r.readNext();
        if (tok == QXmlStreamReader::EndElement) {
            if (r.namespaceUri() == kOfficeNs && r.name() == QLatin1String("automatic-styles"))
                automatic = false;
            if (r.namespaceUri() == kOfficeNs && r.name() == QLatin1String("body"))
                return; // styles come before the body; no need to read on
            continue;
        }
        if (tok != QXmlStreamReader::StartElement)
            continue;
        const auto a = r.attributes();
        if (r.namespaceUri() == kOfficeNs && r.name() == QLatin1String("automatic-styles")) {
            automatic = true;
        } else if (r.namespaceUri() == kStyleNs && r.name() == QLatin1String("style")) {
            current = a.value(kStyleNs, QLatin1String("name")).toString();
            OdfStyle &s = styles[current];
            s.parent = a.value(kStyleNs, QLatin1String("parent-style-name")).toString();
            s.displayName = a.value(kStyleNs, QLatin1String("display-name")).toString();
            s.automatic = automatic;
        } else if (r.namespaceUri() == kStyleNs && r.name() == QLatin1String("text-properties") &&
                   !current.isEmpty()) {
            OdfStyle &s = styles[current];
            auto set = [&s](bool hasValue, bool on, StyleFlag flag) {
                if (!hasValue)
                    return;
                if (on)
                    s.on |= flag;
                else
                    s.off |= flag;
            };
            const auto fontStyle = a.value(kFoNs, QLatin1String("font-style"));
            set(!fontStyle.isEmpty(),
                fontStyle == QLatin1String("italic") || fontStyle == QLatin1String("oblique"),
                Italic);
            const auto weight = a.value(kFoNs, QLatin1String("font-weight"));
            set(!weight.isEmpty(), weight == QLatin1String("bold") || weight.toInt() >= 600, Bold);
            const auto strike = a.value(kStyleNs, QLatin1String("text-line-through-style"));
            set(!strike.isEmpty(), strike != QLatin1String("none"), Strike);
        }
    }
}

class ContentWalker {
public:
    explicit ContentWalker(const QHash<QString, OdfStyle> &styles) : m_styles(styles) {}

    bool run(const QByteArray &xml) {
        QXmlStreamReader r(xml);
        QList<Inline> stack{Inline{}};
        bool inBody = false;
        while (!r.atEnd()) {
            const auto tok = r.readNext();
            if (tok == QXmlStreamReader::Characters) {
                if (m_inParagraph)
                    append(r.text().toString(), stack.last());
                continue;
            }
            if (tok == QXmlStreamReader::EndElement) {
                if (stack.size() > 1)
                    stack.removeLast();
                leave(r);
                continue;
            }
            if (tok != QXmlStreamReader::StartElement)
                continue;
            const auto ns = r.namespaceUri();
            const auto name = r.name();
            if (!inBody) {
                inBody = ns == kOfficeNs && name == QLatin1String("body");
                if (!inBody)
                    continue;
            }
            // Deleted text of tracked changes, frames and drawings, notes, comments and
            // generated indexes are not part of the story.
            if ((ns == kTextNs &&
                 (name == QLatin1String("tracked-changes") || name == QLatin1String("note") ||
                  name == QLatin1String("table-of-content") ||
                  name == QLatin1String("alphabetical-index"))) ||
                ns == kDrawNs ||
                (ns == kOfficeNs &&
                 (name == QLatin1String("annotation") || name == QLatin1String("forms")))) {
                r.skipCurrentElement();
                continue;
            }
            Inline in = stack.last();
            if (ns == kTextNs)
                enterText(r, name, in);
            else if (ns == kTableNs && name == QLatin1String("table"))
                ++m_tableDepth;
            stack.append(in);
        }
        m_builder.end();
        return !r.hasError();
    }

    QList<Block> takeBlocks() { return m_builder.takeBlocks(); }

private:
    struct Inline {
        Styles style = NoStyle;
        int link = -1; // serial of the text:a, -1 outside links
        QString href;
    };

    void enterText(const QXmlStreamReader &r, QStringView name, Inline &in) {
        const auto a = r.attributes();
        if (name == QLatin1String("p") || name == QLatin1String("h")) {
            BlockKind kind = BlockKind::Paragraph;
            int level = 0;
            const QString styleName = a.value(kTextNs, QLatin1String("style-name")).toString();
            if (m_tableDepth > 0) {
                kind = BlockKind::TableCell;
            } else if (name == QLatin1String("h")) {
                kind = BlockKind::Heading;
                level = qBound(1, a.value(kTextNs, QLatin1String("outline-level")).toInt(), 10);
            } else if (m_listItemDepth > 0) {
                kind = BlockKind::ListItem;
                level = m_listDepth;
            } else if (isQuotation(styleName)) {
                kind = BlockKind::Quote;
                level = 1;
            }
            m_builder.begin(kind, level);
            ++m_blockSerial;
            m_inParagraph = true;
            // Direct formatting of a whole paragraph lives in its automatic style; the common
            // styles behind it (a heading's bold) are the block kind, not token styles.
            const OdfStyle s = m_styles.value(styleName);
            if (s.automatic)
                in.style = Styles((in.style | s.on) & ~s.off);
        } else if (name == QLatin1String("list")) {
            ++m_listDepth;
        } else if (name == QLatin1String("list-item") || name == QLatin1String("list-header")) {
            ++m_listItemDepth;
        } else if (name == QLatin1String("span")) {
            in.style =
                textStyle(a.value(kTextNs, QLatin1String("style-name")).toString(), in.style);
        } else if (name == QLatin1String("a")) {
            in.link = ++m_linkSerial;
            in.href = a.value(kXlinkNs, QLatin1String("href")).toString();
        } else if (name == QLatin1String("s")) {
            if (m_inParagraph)
                append(QStringLiteral(" "), in);
        } else if (name == QLatin1String("tab")) {
            if (m_inParagraph)
                append(QStringLiteral(" "), in);
        } else if (name == QLatin1String("line-break")) {
            m_builder.appendBreak();
        }
    }

    void leave(const QXmlStreamReader &r) {
        const auto ns = r.namespaceUri();
        const auto name = r.name();
        if (ns == kTextNs && (name == QLatin1String("p") || name == QLatin1String("h"))) {
            m_builder.end();
            m_inParagraph = false;
        } else if (ns == kTextNs && name == QLatin1String("list")) {
            m_listDepth = qMax(0, m_listDepth - 1);
        } else if (ns == kTextNs &&
                   (name == QLatin1String("list-item") || name == QLatin1String("list-header"))) {
            m_listItemDepth = qMax(0, m_listItemDepth - 1);
        } else if (ns == kTableNs && name == QLatin1String("table")) {
            m_tableDepth = qMax(0, m_tableDepth - 1);
        }
    }

    // A text style's effect over `base`, its parents first (Emphasis, Strong_20_Emphasis).
    Styles textStyle(QString name, Styles base) const {
        QList<const OdfStyle *> chain;
        for (int hops = 0; hops < 16 && !name.isEmpty(); ++hops) { // parents may form a cycle
            const auto it = m_styles.constFind(name);
            if (it == m_styles.cend())
                break;
            chain.prepend(&*it);
            name = it->parent;
        }
        for (const OdfStyle *s : std::as_const(chain))
            base = Styles((base | s->on) & ~s->off);
        return base;
    }

    bool isQuotation(QString name) const {
        for (int hops = 0; hops < 16 && !name.isEmpty(); ++hops) {
            if (name == QLatin1String("Quotations"))
                return true;
            name = m_styles.value(name).parent;
        }
        return false;
    }

    void append(const QString &text, const Inline &in) {
        qint32 link = -1;
        if (in.link >= 0 && !in.href.isEmpty()) {
            if (in.link != m_blockLinkSerial || m_linkBlock != m_blockSerial) {
                m_blockLinkSerial = in.link;
                m_linkBlock = m_blockSerial;
                m_linkIndex = m_builder.addLink(in.href);
            }
            link = m_linkIndex;
        }
        m_builder.appendText(text, in.style, link);
    }

    const QHash<QString, OdfStyle> &m_styles;
    BlockBuilder m_builder;
    bool m_inParagraph = false;
    int m_listDepth = 0;
    int m_listItemDepth = 0;
    int m_tableDepth = 0;
    int m_linkSerial = 0;
    quint64 m_blockSerial = 0;
    int m_blockLinkSerial = -1;
    quint64 m_linkBlock = 0;
    qint32 m_linkIndex = -1;
};

} // namespace

bool OdtReader::read(const QByteArray &bytes, Document &doc, QString &error) const {
    ZipArchive zip(bytes);
    if (!zip.isValid()) {
        error = QStringLiteral("a broken ODT file (not a valid zip archive)");
        return false;
    }
    const QString contentPart = QStringLiteral("content.xml");
    QByteArray content, stylesXml, metaXml;
    const auto status = zip.read(contentPart, content);
    if (status != ZipArchive::Status::Ok) {
        error = zipReadCause(status, contentPart, QStringLiteral("an OpenDocument text"),
                             zip.unpackLimit());
        return false;
    }
    for (auto [part, out] : {std::pair{QStringLiteral("styles.xml"), &stylesXml},
                             std::pair{QStringLiteral("meta.xml"), &metaXml}}) {
        const auto s = zip.read(part, *out);
        if (s == ZipArchive::Status::TooLarge) {
            error = zipReadCause(s, part, QString(), zip.unpackLimit());
            return false;
        }
    }
    QHash<QString, OdfStyle> styles;
    readStyles(stylesXml, styles);
    readStyles(content, styles); // automatic styles: after the common ones, so they win
    ContentWalker walker(styles);
    if (!walker.run(content)) {
        error = QStringLiteral("a broken ODT file (content.xml is not well-formed XML)");
        return false;
    }
    doc.format = Format::Odt;
    doc.encoding = QStringLiteral("UTF-8");
    doc.blocks = walker.takeBlocks();
    doc.title = titleOf(metaXml, doc.blocks);
    return true;
}

} // namespace sd
