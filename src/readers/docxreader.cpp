// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/docxreader.h"

#include "readers/blockbuilder.h"
#include "readers/readbudget.h"
#include "readers/ziparchive.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace sd {
namespace {

const QString kDocumentPart = QStringLiteral("word/document.xml");

// Transitional and Strict OOXML name the WordprocessingML namespace differently.
bool isW(const QXmlStreamReader &r) {
    const auto ns = r.namespaceUri();
    return ns == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main") ||
           ns == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

// By local name: the prefixes (w:, r:) are conventions, not guarantees.
QString attr(const QXmlStreamReader &r, QLatin1String local) {
    for (const QXmlStreamAttribute &a : r.attributes())
        if (a.name() == local)
            return a.value().toString();
    return {};
}

// <w:b/>, <w:b w:val="true"/> switch a style on; w:val="0", "false", "off" switch it off.
bool toggleOn(const QXmlStreamReader &r) {
    const QString v = attr(r, QLatin1String("val")).toLower();
    return !(v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("off") ||
             v == QLatin1String("none"));
}

// word/_rels/document.xml.rels: relationship id -> target (the hyperlink URL).
QHash<QString, QString> readRelationships(const QByteArray &xml) {
    QHash<QString, QString> rels;
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement &&
            r.name() == QLatin1String("Relationship"))
            rels.insert(attr(r, QLatin1String("Id")), attr(r, QLatin1String("Target")));
    return rels;
}

struct ParaStyle {
    int heading = 0; // 1..9
    bool list = false;
    bool quote = false;
    QString basedOn;
    // Character styles (w:rStyle, Word's "Emphasis" and "Strong"): what they turn on and off.
    bool character = false;
    Styles on = NoStyle, off = NoStyle;
};

Styles runFlag(QStringView name) {
    if (name == QLatin1String("b"))
        return Bold;
    if (name == QLatin1String("i"))
        return Italic;
    if (name == QLatin1String("strike") || name == QLatin1String("dstrike"))
        return Strike;
    return NoStyle;
}

// Paragraph styles from word/styles.xml: which are headings (by name or outline level), lists
// or quotes; and character styles, with the bold, italic and strike they set. Custom styles
// usually inherit those through w:basedOn.
QHash<QString, ParaStyle> readStyles(const QByteArray &xml) {
    static const QRegularExpression headingName(QStringLiteral("^heading\\s*([1-9])$"),
                                                QRegularExpression::CaseInsensitiveOption);
    QHash<QString, ParaStyle> styles;
    QXmlStreamReader r(xml);
    QString id;
    ParaStyle s;
    while (!r.atEnd()) {
        const auto tok = r.readNext();
        if (tok == QXmlStreamReader::EndElement && isW(r) && r.name() == QLatin1String("style")) {
            if (!id.isEmpty())
                styles.insert(id, s);
            id.clear();
        }
        if (tok != QXmlStreamReader::StartElement || !isW(r))
            continue;
        const auto name = r.name();
        if (name == QLatin1String("style")) {
            s = ParaStyle{};
            const QString type = attr(r, QLatin1String("type"));
            s.character = type == QLatin1String("character");
            id = type == QLatin1String("paragraph") || s.character ? attr(r, QLatin1String("styleId"))
                                                                   : QString();
        } else if (id.isEmpty()) {
            continue;
        } else if (name == QLatin1String("name")) {
            const QString n = attr(r, QLatin1String("val"));
            if (const auto m = headingName.match(n); m.hasMatch())
                s.heading = m.captured(1).toInt();
            else if (n.compare(QLatin1String("Title"), Qt::CaseInsensitive) == 0)
                s.heading = 1;
            s.quote = n.contains(QLatin1String("quote"), Qt::CaseInsensitive);
        } else if (name == QLatin1String("basedOn")) {
            s.basedOn = attr(r, QLatin1String("val"));
        } else if (name == QLatin1String("outlineLvl")) {
            const int level = attr(r, QLatin1String("val")).toInt() + 1;
            if (level >= 1 && level <= 9)
                s.heading = level;
        } else if (name == QLatin1String("numPr")) {
            s.list = true;
        } else if (const Styles flag = runFlag(name); s.character && flag != NoStyle) {
            if (toggleOn(r))
                s.on |= flag, s.off &= Styles(~flag);
            else
                s.off |= flag, s.on &= Styles(~flag);
        }
    }
    return styles;
}

// One run of text with its style and hyperlink, or a line break.
struct Segment {
    QString text;
    Styles style = NoStyle;
    int link = -1; // index into Paragraph::hrefs
    bool lineBreak = false;
};

struct Paragraph {
    QString styleId;
    int ilvl = 0;
    bool numbered = false;
    int outline = -1;
    QList<Segment> segments;
    QStringList hrefs;
};

class DocumentWalker {
public:
    DocumentWalker(const QHash<QString, QString> &rels, const QHash<QString, ParaStyle> &styles)
        : m_rels(rels), m_styles(styles) {}

    bool run(const QByteArray &xml) {
        static const QRegularExpression hyperlinkField(
            QStringLiteral(R"(^\s*HYPERLINK\s+(?:\\[a-z]\s+)*"([^"]*)\")"));
        QXmlStreamReader r(xml);
        while (!r.atEnd() && !ReadBudget::exhausted()) {
            const auto tok = r.readNext();
            if (tok == QXmlStreamReader::EndElement && isW(r)) {
                leave(r.name());
                continue;
            }
            if (tok != QXmlStreamReader::StartElement)
                continue;
            if (!isW(r)) {
                // mc:AlternateContent holds text boxes twice over (choice and fallback);
                // VML and DrawingML are pictures.
                if (r.name() == QLatin1String("AlternateContent"))
                    r.skipCurrentElement();
                continue;
            }
            const auto name = r.name();
            if (name == QLatin1String("del") || name == QLatin1String("moveFrom") ||
                name == QLatin1String("delText") || name == QLatin1String("drawing") ||
                name == QLatin1String("pict") || name == QLatin1String("object") ||
                name == QLatin1String("txbxContent") || name == QLatin1String("sectPr")) {
                r.skipCurrentElement(); // rejected changes, pictures, text boxes
            } else if (name == QLatin1String("p")) {
                flush();
                m_inPara = true;
            } else if (name == QLatin1String("pPr")) {
                m_inPPr = true;
            } else if (name == QLatin1String("pStyle") && m_inPPr) {
                m_para.styleId = attr(r, QLatin1String("val"));
            } else if (name == QLatin1String("ilvl") && m_inPPr) {
                m_para.ilvl = attr(r, QLatin1String("val")).toInt();
            } else if (name == QLatin1String("numId") && m_inPPr) {
                m_para.numbered = attr(r, QLatin1String("val")) != QLatin1String("0");
            } else if (name == QLatin1String("outlineLvl") && m_inPPr) {
                m_para.outline = attr(r, QLatin1String("val")).toInt();
            } else if (name == QLatin1String("r")) {
                m_runStyle = NoStyle;
            } else if (name == QLatin1String("rPr")) {
                m_inRPr = !m_inPPr; // the paragraph mark's run properties style no text
            } else if (m_inRPr && name == QLatin1String("rStyle")) {
                m_runStyle = characterStyle(attr(r, QLatin1String("val")), m_runStyle);
            } else if (const Styles flag = runFlag(name); m_inRPr && flag != NoStyle) {
                // Direct formatting, after the run's character style.
                m_runStyle = toggleOn(r) ? Styles(m_runStyle | flag) : Styles(m_runStyle & ~flag);
            } else if (name == QLatin1String("t")) {
                append(r.readElementText());
            } else if (name == QLatin1String("tab") || name == QLatin1String("ptab")) {
                if (!m_inPPr)
                    append(QStringLiteral(" "));
            } else if (name == QLatin1String("noBreakHyphen")) {
                append(QString(QChar(0x2011)));
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                m_para.segments.append(Segment{{}, NoStyle, -1, true});
            } else if (name == QLatin1String("hyperlink")) {
                QString href = m_rels.value(attr(r, QLatin1String("id")));
                const QString anchor = attr(r, QLatin1String("anchor"));
                if (!anchor.isEmpty())
                    href += u'#' + anchor;
                m_link = openLink(href);
            } else if (name == QLatin1String("fldSimple")) {
                const auto m = hyperlinkField.match(attr(r, QLatin1String("instr")));
                m_link = m.hasMatch() ? openLink(m.captured(1)) : -1;
            } else if (name == QLatin1String("instrText")) {
                m_fieldCode += r.readElementText();
            } else if (name == QLatin1String("fldChar")) {
                // Complex fields: begin, the code (instrText), separate, the shown result, end.
                const QString type = attr(r, QLatin1String("fldCharType"));
                if (type == QLatin1String("begin")) {
                    m_fieldCode.clear();
                } else if (type == QLatin1String("separate")) {
                    const auto m = hyperlinkField.match(m_fieldCode);
                    if (m.hasMatch()) {
                        m_link = openLink(m.captured(1));
                        m_fieldLink = true;
                    }
                } else if (type == QLatin1String("end") && m_fieldLink) {
                    m_link = -1;
                    m_fieldLink = false;
                }
            } else if (name == QLatin1String("tbl")) {
                flush();
                ++m_tableDepth;
            }
        }
        flush();
        return !r.hasError();
    }

    QList<Block> takeBlocks() { return m_builder.takeBlocks(); }

private:
    void leave(QStringView name) {
        if (name == QLatin1String("p")) {
            flush();
        } else if (name == QLatin1String("pPr")) {
            m_inPPr = false;
        } else if (name == QLatin1String("rPr")) {
            m_inRPr = false;
        } else if (name == QLatin1String("hyperlink") || name == QLatin1String("fldSimple")) {
            m_link = -1;
        } else if (name == QLatin1String("tbl")) {
            flush();
            m_tableDepth = qMax(0, m_tableDepth - 1);
        }
    }

    int openLink(const QString &href) {
        if (href.isEmpty())
            return -1;
        m_para.hrefs.append(href);
        return int(m_para.hrefs.size() - 1);
    }

    void append(const QString &text) {
        if (!m_inPara)
            return;
        m_para.segments.append(Segment{text, m_runStyle, m_link, false});
    }

    // `style` with a character style's chain applied, the farthest base first.
    Styles characterStyle(QString id, Styles style) const {
        QList<const ParaStyle *> chain;
        for (int hops = 0; hops < 16 && !id.isEmpty(); ++hops) { // basedOn may form a cycle
            const auto it = m_styles.constFind(id);
            if (it == m_styles.cend() || !it->character)
                break;
            chain.append(&*it);
            id = it->basedOn;
        }
        for (auto it = chain.crbegin(); it != chain.crend(); ++it)
            style = Styles((style | (*it)->on) & ~(*it)->off);
        return style;
    }

    ParaStyle styleOf(QString id) const {
        ParaStyle merged;
        static const QRegularExpression headingId(QStringLiteral("^Heading([1-9])$"));
        if (const auto m = headingId.match(id); m.hasMatch())
            merged.heading = m.captured(1).toInt();
        else if (id == QLatin1String("Title"))
            merged.heading = 1;
        for (int hops = 0; hops < 16 && !id.isEmpty(); ++hops) { // basedOn may form a cycle
            const auto it = m_styles.constFind(id);
            if (it == m_styles.cend())
                break;
            merged.heading = merged.heading ? merged.heading : it->heading;
            merged.list = merged.list || it->list;
            merged.quote = merged.quote || it->quote;
            id = it->basedOn;
        }
        return merged;
    }

    void flush() {
        if (!m_inPara)
            return;
        m_inPara = false;
        const ParaStyle style = styleOf(m_para.styleId);
        BlockKind kind = BlockKind::Paragraph;
        int level = 0;
        if (m_tableDepth > 0) {
            kind = BlockKind::TableCell;
        } else if (m_para.outline >= 0 && m_para.outline < 9) {
            kind = BlockKind::Heading;
            level = m_para.outline + 1;
        } else if (style.heading > 0) {
            kind = BlockKind::Heading;
            level = style.heading;
        } else if (m_para.numbered || style.list) {
            kind = BlockKind::ListItem;
            level = qBound(0, m_para.ilvl, 8) + 1;
        } else if (style.quote) {
            kind = BlockKind::Quote;
            level = 1;
        }
        m_builder.begin(kind, level);
        QList<qint32> linkIndex(m_para.hrefs.size(), -1);
        for (const Segment &s : std::as_const(m_para.segments)) {
            if (s.lineBreak) {
                m_builder.appendBreak();
                continue;
            }
            qint32 link = -1;
            if (s.link >= 0) {
                if (linkIndex[s.link] < 0)
                    linkIndex[s.link] = m_builder.addLink(m_para.hrefs.at(s.link));
                link = linkIndex[s.link];
            }
            m_builder.appendText(s.text, s.style, link);
        }
        m_builder.end();
        m_para = Paragraph{};
        m_link = -1;
    }

    const QHash<QString, QString> &m_rels;
    const QHash<QString, ParaStyle> &m_styles;
    BlockBuilder m_builder;
    Paragraph m_para;
    bool m_inPara = false;
    bool m_inPPr = false;
    bool m_inRPr = false;
    Styles m_runStyle = NoStyle;
    int m_link = -1;
    bool m_fieldLink = false;
    QString m_fieldCode;
    int m_tableDepth = 0;
};

} // namespace

bool DocxReader::read(const QByteArray &bytes, Document &doc, QString &error) const {
    ZipArchive zip(bytes);
    if (!zip.isValid()) {
        error = QStringLiteral("a broken DOCX file (not a valid zip archive)");
        return false;
    }
    QByteArray documentXml, relsXml, stylesXml, coreXml;
    const auto status = zip.read(kDocumentPart, documentXml);
    if (status != ZipArchive::Status::Ok) {
        error = zipReadCause(status, kDocumentPart, QStringLiteral("a Word document"),
                             zip.unpackLimit());
        return false;
    }
    // Optional parts: without them links have no targets and headings come from style ids.
    for (auto [part, out] : {std::pair{QStringLiteral("word/_rels/document.xml.rels"), &relsXml},
                             std::pair{QStringLiteral("word/styles.xml"), &stylesXml},
                             std::pair{QStringLiteral("docProps/core.xml"), &coreXml}}) {
        const auto s = zip.read(part, *out);
        if (s == ZipArchive::Status::TooLarge) {
            error = zipReadCause(s, part, QString(), zip.unpackLimit());
            return false;
        }
    }
    const QHash<QString, QString> rels = readRelationships(relsXml);
    const QHash<QString, ParaStyle> styles = readStyles(stylesXml);
    DocumentWalker walker(rels, styles);
    if (!walker.run(documentXml)) {
        error = QStringLiteral("a broken DOCX file (word/document.xml is not well-formed XML)");
        return false;
    }
    doc.format = Format::Docx;
    doc.encoding = QStringLiteral("UTF-8");
    doc.blocks = walker.takeBlocks();
    doc.title = titleOf(coreXml, doc.blocks);
    return true;
}

} // namespace sd
