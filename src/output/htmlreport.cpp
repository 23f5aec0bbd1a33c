// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/htmlreport.h"

#include "output/changefields.h"
#include "output/palette.h"
#include "output/textwriter.h"
#include "output/versionhues.h"
#include "text/visible.h"

#include <QMap>

namespace sd {
namespace {

// Escaped, with control characters shown as their pictures (a browser would drop them unseen).
QString esc(const QString &s) {
    return visibleControls(s).toHtmlEscaped();
}

// CSS class of a change kind: "k-link-added" ...
QString kindClass(ChangeKind k) {
    return QStringLiteral("k-") + changeKindName(k);
}

// The page and text colours of kStyle, and of its dark counterpart.
constexpr quint32 kLightPage = 0xffffff, kLightText = 0x1f2328;
constexpr quint32 kDarkPage = 0x0d1117, kDarkText = 0xe6edf3;

const char *kStyle = R"css(
body{font:15px/1.5 "DejaVu Sans",Arial,sans-serif;color:#1f2328;background:#ffffff;margin:24px;max-width:1400px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse}td,th{vertical-align:top;padding:4px 8px;border:1px solid #d0d7de}
th{background:#f6f8fa;text-align:left}
.meta td,.meta th,.stats td,.stats th{font-size:13px}
.sbs{width:100%;table-layout:fixed}.sbs td{width:50%}
.sbs tr.gap td{background:#fafbfc}.sbs td.empty{background:repeating-linear-gradient(135deg,#f6f8fa,#f6f8fa 6px,#eef1f4 6px,#eef1f4 12px)}
.sbs tr.changed td{background:#fffdf5}
.blk{margin:0 0 6px}.blk.heading{font-weight:bold;font-size:17px}.num{color:#8c959f;font-size:11px;margin-right:6px}
.legend span{display:inline-block;margin:0 10px 4px 0;padding:0 6px;border-radius:3px}
.changes{font-size:13px}.changes td{max-width:600px}
.i{font-style:italic}.b{font-weight:bold}.c{font-family:monospace}.s{text-decoration:line-through}
.k-delete{text-decoration:line-through}.k-link-added,.k-link-removed,.k-link-changed{text-decoration-line:underline}
.collation{width:100%}.collation td{min-width:14em}.collation td p,.reading p{margin:0 0 6px}
.collation td.none{color:#8c959f}.collation tr.agree td{color:#57606a}
.reading{max-width:46em;font-size:16px;line-height:1.6}
.reading a.rdg{color:inherit;background:transparent;text-decoration:underline dotted 2px}
)css";

struct TokenMarks {
    QStringList classes;
    QString anchor;
    QString title;
};

// The marks each token of one side carries, from every change that touches it.
QList<QList<TokenMarks>> marksFor(const Comparison &c, Side s, const QString &prefix) {
    const Document &doc = c.document(s);
    // resize(), not the sized constructor: Qt 6.4's constructor writes through the null pointer
    // of a failed allocation, resize() throws std::bad_alloc (the CLI's "out of memory").
    QList<QList<TokenMarks>> marks;
    marks.resize(doc.blocks.size());
    for (qsizetype b = 0; b < doc.blocks.size(); ++b)
        marks[b].resize(doc.blocks[b].tokens.size());
    for (qsizetype i = 0; i < c.changes.size(); ++i) {
        const Change &ch = c.changes[i];
        const ChangeSide &side = ch.side(s);
        forEachBlockSpan(doc, side, [&](const BlockSpan &span) {
            const qint32 b = span.block, t0 = span.tokenBegin;
            for (qint32 t = t0; t < span.tokenEnd && t < marks[b].size(); ++t) {
                TokenMarks &m = marks[b][t];
                m.classes << kindClass(ch.kind);
                if (m.anchor.isEmpty() && t == t0 && b == side.blockBegin)
                    m.anchor = prefix + QString::number(i);
                QString what = changeKindName(ch.kind);
                if (!ch.href.isEmpty() || !ch.oldHref.isEmpty())
                    what +=
                        QStringLiteral(" ") +
                        (ch.oldHref.isEmpty() ? QString() : ch.oldHref + QStringLiteral(" -> ")) +
                        ch.href;
                if (!m.title.contains(what))
                    m.title += (m.title.isEmpty() ? QString() : QStringLiteral("; ")) + what;
            }
        });
    }
    return marks;
}

QString styleClasses(Styles s) {
    QStringList c;
    if (s & Italic)
        c << QStringLiteral("i");
    if (s & Bold)
        c << QStringLiteral("b");
    if (s & Code)
        c << QStringLiteral("c");
    if (s & Strike)
        c << QStringLiteral("s");
    return c.join(QLatin1Char(' '));
}

// Runs of tokens with the same marks and style share one element, spaces included, so a moved
// paragraph is one outlined box and not a box per word.
QString renderBlock(const Block &blk, qsizetype index, const QList<TokenMarks> &marks) {
    QString out = QStringLiteral("<div class=\"blk%1\"><span class=\"num\">%2</span>")
                      .arg(blk.kind == BlockKind::Heading ? QStringLiteral(" heading") : QString())
                      .arg(index + 1);
    auto classesOf = [&](qsizetype t) {
        QStringList cls = marks[t].classes;
        const QString st = styleClasses(blk.tokens[t].style);
        if (!st.isEmpty())
            cls << st;
        return cls.join(QLatin1Char(' '));
    };
    qsizetype t = 0;
    while (t < blk.tokens.size()) {
        if (t > 0)
            out += esc(blk.text.mid(blk.tokens[t - 1].end(),
                                    blk.tokens[t].start - blk.tokens[t - 1].end()));
        const QString cls = classesOf(t);
        qsizetype u = t + 1;
        while (u < blk.tokens.size() && classesOf(u) == cls && marks[u].anchor.isEmpty() &&
               marks[u].title == marks[t].title)
            ++u;
        const QString text =
            esc(blk.text.mid(blk.tokens[t].start, blk.tokens[u - 1].end() - blk.tokens[t].start));
        const TokenMarks &m = marks[t];
        if (cls.isEmpty() && m.anchor.isEmpty()) {
            out += text;
        } else {
            out += QStringLiteral("<span");
            if (!m.anchor.isEmpty())
                out += QStringLiteral(" id=\"%1\"").arg(m.anchor);
            if (!cls.isEmpty())
                out += QStringLiteral(" class=\"%1\"").arg(cls);
            if (!m.title.isEmpty())
                out += QStringLiteral(" title=\"%1\"").arg(esc(m.title));
            out += QLatin1Char('>') + text + QStringLiteral("</span>");
        }
        t = u;
    }
    return out + QStringLiteral("</div>");
}

QString renderBlocks(const Document &d, qint32 begin, qint32 end,
                     const QList<QList<TokenMarks>> &marks) {
    QString out;
    for (qint32 b = begin; b < end; ++b)
        out += renderBlock(d.blocks[b], b, marks[b]);
    return out;
}

// The change colours, from the palette and the shades the app's theme uses (pageShades): on
// white, as reports are printed, and on a dark page where the reader's browser asks for one.
QString kindStyles(quint32 page, quint32 text, bool dark) {
    const PageShades shades = pageShades(page, text, dark);
    QString css;
    for (int k = 0; k < kChangeKindCount; ++k)
        css += QStringLiteral(".%1{background:%2;color:%3}")
                   .arg(kindClass(ChangeKind(k)), cssColor(shades.highlight[k]),
                        cssColor(shades.highlightText[k]));
    auto marker = [dark](Category c) { return cssColor(categoryColors(c, dark).marker); };
    css +=
        QStringLiteral(".k-move{outline:2px solid %1}.k-split,.k-merge{border-bottom:2px solid %2}"
                       ".k-link-added,.k-link-removed,.k-link-changed{text-decoration-color:%3}\n")
            .arg(marker(Category::Moved), marker(Category::SplitMerge), marker(Category::Links));
    return css;
}

QString legend() {
    QString out = QStringLiteral("<p class=\"legend\">");
    for (int k = 0; k < kChangeKindCount; ++k) {
        const ChangeKind kind = ChangeKind(k);
        out += QStringLiteral("<span class=\"%1\">%2</span>")
                   .arg(kindClass(kind), changeKindName(kind));
    }
    return out + QStringLiteral("</p>");
}

QString statsTable(const Comparison &c) {
    const ComparisonStats &s = c.stats;
    const QList<std::pair<const char *, qint64>> rows{{"inserted words", s.insertedWords},
                                                      {"deleted words", s.deletedWords},
                                                      {"replaced words", s.replacedWords},
                                                      {"moved paragraphs", s.movedBlocks},
                                                      {"split", s.splitBlocks},
                                                      {"merged", s.mergedBlocks},
                                                      {"links added", s.linksAdded},
                                                      {"links removed", s.linksRemoved},
                                                      {"links changed", s.linksChanged},
                                                      {"formatting changes", s.formatChanges},
                                                      {"typography changes", s.typographyChanges}};
    QString out = QStringLiteral("<table class=\"stats\"><tr><th>similarity</th><td>%1</td></tr>")
                      .arg(c.similarity, 0, 'f', 3);
    for (const auto &[name, value] : rows)
        out +=
            QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(QLatin1String(name)).arg(value);
    return out + QStringLiteral("</table>");
}

QString sideBySide(const Comparison &c, const QString &prefix) {
    const auto marksA = marksFor(c, Side::A, prefix + QStringLiteral("a"));
    const auto marksB = marksFor(c, Side::B, prefix + QStringLiteral("b"));
    QString out = QStringLiteral("<table class=\"sbs\"><tr><th>%1</th><th>%2</th></tr>")
                      .arg(esc(c.a.path), esc(c.b.path));
    for (const AlignedRow &r : c.rows) {
        const bool gap = r.group < 0;
        const bool changed = !gap && c.groups[r.group].kind != BlockGroup::Equal;
        out += QStringLiteral("<tr class=\"%1\">")
                   .arg(gap       ? QStringLiteral("gap")
                        : changed ? QStringLiteral("changed")
                                  : QString());
        const QString left = renderBlocks(c.a, r.aBegin, r.aEnd, marksA);
        const QString right = renderBlocks(c.b, r.bBegin, r.bEnd, marksB);
        out += left.isEmpty() ? QStringLiteral("<td class=\"empty\"></td>")
                              : QStringLiteral("<td>") + left + QStringLiteral("</td>");
        out += right.isEmpty() ? QStringLiteral("<td class=\"empty\"></td>")
                               : QStringLiteral("<td>") + right + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>");
}

QString changeList(const Comparison &c, const QString &prefix) {
    QString out = QStringLiteral("<table "
                                 "class=\"changes\"><tr><th>#</th><th>kind</th><th>before</"
                                 "th><th>after</th><th>detail</th></tr>");
    for (qsizetype i = 0; i < c.changes.size(); ++i) {
        const Change &ch = c.changes[i];
        QString detail;
        if (!ch.oldHref.isEmpty())
            detail += QStringLiteral("was ") + esc(ch.oldHref) + QStringLiteral(" ");
        if (!ch.href.isEmpty())
            detail += QStringLiteral("now ") + esc(ch.href);
        if (kindHasStyle(ch.kind))
            detail += changeStyleName(ch);
        if (kindHasLevels(ch.kind))
            detail += QStringLiteral("level %1 &rarr; %2").arg(ch.levelFrom).arg(ch.levelTo);
        if (const QString word = typographyWord(c, ch); !word.isEmpty())
            detail += QStringLiteral("on &ldquo;%1&rdquo;").arg(esc(word));
        auto cell = [&](Side s) {
            if (!ch.side(s).isValid())
                return QStringLiteral("<td></td>");
            const QString id = prefix + (s == Side::A ? QStringLiteral("a") : QStringLiteral("b")) +
                               QString::number(i);
            return QStringLiteral("<td><a href=\"#%1\">%2</a></td>")
                .arg(id, esc(c.sideText(ch, s)));
        };
        out += QStringLiteral(
                   "<tr id=\"%1c%2\"><td>%3</td><td class=\"%4\">%5</td>%6%7<td>%8</td></tr>\n")
                   .arg(prefix)
                   .arg(i)
                   .arg(i + 1)
                   .arg(kindClass(ch.kind), changeKindName(ch.kind), cell(Side::A), cell(Side::B),
                        detail);
    }
    return out + QStringLiteral("</table>");
}

// Per version, how its cells are set: "rtl" where most of its letters read right to left
// (Arabic, Hebrew), so that a cell opening with a Latin word still reads from the right;
// "auto" elsewhere, each cell by its first strong letter.
QStringList directions(const QList<Document> &docs) {
    QStringList out;
    for (const Document &d : docs) {
        qint64 rtl = 0, ltr = 0;
        for (const Block &b : d.blocks)
            for (const QChar c : b.text) {
                const QChar::Direction dir = c.direction();
                rtl += dir == QChar::DirR || dir == QChar::DirAL ? 1 : 0;
                ltr += dir == QChar::DirL ? 1 : 0;
            }
        out << (rtl > ltr ? QStringLiteral("rtl") : QStringLiteral("auto"));
    }
    return out;
}

// A reading's colour classes, one per version hue: a tint behind it (the hue mixed towards the
// page by `mix`) and a marker under it.
QString versionStyles(quint32 page, double mix) {
    QString css;
    for (int v = 0; v < kVersionHueCount; ++v) {
        const quint32 hue = versionHue(v);
        const quint32 tint = mixRgb(page, hue, mix); // as the app's theme mixes it
        css += QStringLiteral(".g%1{background:%2;text-decoration-color:%3}.sw%1{border-left:6px "
                              "solid %3}")
                   .arg(v)
                   .arg(cssColor(tint), cssColor(hue));
    }
    return css;
}

QString groupClass(qsizetype group) {
    return group < 0 ? QString() : QStringLiteral("g%1").arg(group % kVersionHueCount);
}

// A reading as paragraphs: each of its paragraph breaks ends one.
QString prose(const QString &reading) {
    QStringList paragraphs;
    for (const QString &p : reading.split(QLatin1Char('\n')))
        paragraphs << QStringLiteral("<p>") + esc(p) + QStringLiteral("</p>");
    return paragraphs.join(QString());
}

// The rows as the all-versions view shows them, one per aligned passage: each cell the
// version's whole reading as prose, tinted by the first version that reads it so where it
// differs from the base's reading (the base's stays plain), and saying so where it moved.
QString collationTable(const QList<Document> &docs, qsizetype base, const Collation &col,
                       const QStringList &dirs) {
    QString out = QStringLiteral("<h2>All versions aligned</h2><table class=\"collation\"><tr>");
    for (qsizetype k = 0; k < docs.size(); ++k)
        out += QStringLiteral("<th class=\"sw%1\" dir=\"auto\">%2</th>")
                   .arg(QString::number(k % kVersionHueCount), esc(docs.at(k).path));
    out += QStringLiteral("</tr>\n");
    for (qsizetype row = 0; row < col.rows.size(); ++row) {
        const CollationRow &r = col.rows.at(row);
        out += QStringLiteral("<tr id=\"row%1\"%2>")
                   .arg(QString::number(row),
                        r.agree ? QStringLiteral(" class=\"agree\"") : QString());
        for (qsizetype k = 0; k < r.texts.size(); ++k) {
            const auto &t = r.texts.at(k);
            QStringList classes;
            if (!t)
                classes << QStringLiteral("none");
            if (r.differs(k, base))
                classes << QStringLiteral("variant") << groupClass(r.colourOf(k, base));
            QString cell = t ? prose(*t) : QStringLiteral("<p>&mdash;</p>");
            if (r.movedFrom.at(k) >= 0)
                cell += QStringLiteral("<p><a class=\"moved\" href=\"#row%1\">(moved)</a></p>")
                            .arg(r.movedFrom.at(k));
            out += QStringLiteral("<td class=\"%1\" dir=\"%2\">%3</td>")
                       .arg(classes.join(QLatin1Char(' ')), dirs.at(k), cell);
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>");
}

// The app's reading view: the base as prose, row after row, its paragraphs as they are; where
// the others read differently its words are underlined in the colour of the first version that
// shares its reading, their title lists every other reading, and each mark links to its row.
QString readingSection(const QList<Document> &docs, qsizetype base, const Collation &col,
                       const QStringList &dirs) {
    QString out = QStringLiteral("<h2>Reading %1</h2><div class=\"reading\" dir=\"%2\"><p>")
                      .arg(esc(docs.at(base).path), dirs.at(base));
    bool started = false;
    for (qsizetype row = 0; row < col.rows.size(); ++row) {
        const CollationRow &r = col.rows.at(row);
        const std::optional<QString> &reading = r.texts.at(base);
        if (!reading && r.agree)
            continue;
        if (started && reading && r.opensParagraph.at(base))
            out += QStringLiteral("</p>\n<p>");
        else if (started && !(reading && followsWithoutSpace(*reading)))
            out += QLatin1Char(' ');
        started = true;
        QString open, close; // a variant's mark: a link to its row, the others' readings
        if (!r.agree) {
            QStringList others;
            for (qsizetype k = 0; k < r.texts.size(); ++k)
                if (k != base && r.differs(k, base))
                    others << esc(docs.at(k).path + QStringLiteral(": ") +
                                  r.texts.at(k).value_or(QStringLiteral("(nothing)")).left(300));
            open = QStringLiteral("<a class=\"rdg %1\" href=\"#row%2\" title=\"%3\">")
                       .arg(groupClass(r.sameAs.at(base)), QString::number(row),
                            others.join(QStringLiteral("&#10;")));
            close = QStringLiteral("</a>");
        }
        // A break inside the reading ends a paragraph here too (the mark closed and opened
        // again: an element never spans two paragraphs).
        QStringList paragraphs;
        for (const QString &p :
             reading.value_or(QStringLiteral("[\u2014]")).split(QLatin1Char('\n')))
            paragraphs << open + esc(p) + close;
        if (r.movedFrom.at(base) >= 0)
            paragraphs.first().prepend(QStringLiteral("\u21c4 "));
        out += paragraphs.join(QStringLiteral("</p>\n<p>"));
    }
    return out + QStringLiteral("</p></div>");
}

// The page in dark: what kStyle sets in light colours, then the kinds' dark shades.
QString darkStyles() {
    return QStringLiteral(
               "@media (prefers-color-scheme: dark){"
               "body{color:%1;background:%2}h2{border-bottom-color:%3}"
               "td,th{border-color:%3}th{background:#161b22}"
               ".sbs tr.gap td{background:#10151c}.sbs td.empty{background:"
               "repeating-linear-gradient(135deg,#161b22,#161b22 6px,#1c222b 6px,#1c222b "
               "12px)}.sbs tr.changed td{background:#15140f}"
               ".num,.collation td.none{color:#7d8590}.collation tr.agree td{color:#9198a1}\n")
               .arg(cssColor(kDarkText), cssColor(kDarkPage), QStringLiteral("#30363d")) +
           kindStyles(kDarkPage, kDarkText, true) + versionStyles(kDarkPage, 0.45) +
           QStringLiteral("}\n");
}

} // namespace

QByteArray htmlReport(const QList<Document> &documents, qsizetype base,
                      const QList<Comparison> &comparisons, const MultiResult *multi) {
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"color-scheme\" content=\"light dark\">"
                       "<meta name=\"generator\" content=\"StoryDiff\"><title>StoryDiff: ");
    QStringList names;
    for (const Document &d : documents)
        names << d.path;
    out += esc(names.join(QStringLiteral(" vs "))) + QStringLiteral("</title><style>") +
           QString::fromLatin1(kStyle) + kindStyles(kLightPage, kLightText, false) +
           versionStyles(kLightPage, 0.32) + darkStyles() +
           QStringLiteral("</style></head><body>\n");
    out += QStringLiteral(
        "<h1>StoryDiff report</h1><table class=\"meta\"><tr><th>#</th><th>file</th>"
        "<th>format</th><th>encoding</th><th>title</th><th>paragraphs</th><th>words</th></tr>");
    // One .arg() with every value: a later .arg() would replace a "%1" inside a file name.
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const Document &d = documents[i];
        out += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                              "<td>%7</td><td>%8</td></tr>")
                   .arg(QString::number(i + 1), i == base ? QStringLiteral(" (base)") : QString(),
                        esc(d.path), formatName(d.format), esc(d.encoding), esc(d.title),
                        QString::number(d.blocks.size()), QString::number(d.wordCount()));
    }
    out += QStringLiteral("</table>") + legend();
    for (qsizetype k = 0; k < comparisons.size(); ++k) {
        const Comparison &c = comparisons[k];
        const QString prefix = QStringLiteral("c%1").arg(k);
        out += QStringLiteral("<h2>%1 &rarr; %2</h2>").arg(esc(c.a.path), esc(c.b.path));
        out += QStringLiteral("<p>%1</p>").arg(esc(statsSummary(c)));
        out += statsTable(c) + QStringLiteral("<h3>Side by side</h3>") + sideBySide(c, prefix);
        out +=
            QStringLiteral("<h3>Changes (%1)</h3>").arg(c.changes.size()) + changeList(c, prefix);
    }
    if (multi) {
        const QStringList dirs = directions(documents);
        out += readingSection(documents, base, multi->collation, dirs) +
               collationTable(documents, base, multi->collation, dirs);
    }
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

} // namespace sd
