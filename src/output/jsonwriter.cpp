// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/jsonwriter.h"

#include "output/changefields.h"
#include "output/changeids.h"
#include "output/sourcepos.h"
#include "util/parallel.h"

#include <QThread>

#include <algorithm>
#include <charconv>
#include <string_view>
#include <utility>
#include <vector>

namespace sd {

namespace {

// Writes `s` escaped for a JSON string (without the quotes) at `p`, which has room for 6 bytes
// per UTF-16 unit (the longest escape, \u00XX, is 6 bytes; UTF-8 needs at most 3 per unit);
// returns the end. One pass from UTF-16 to escaped UTF-8: this runs for every text of every
// change.
char *writeJsonChars(char *p, QStringView s) {
    static const char hex[] = "0123456789abcdef";
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s[i].unicode();
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = char(c);
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            default:
                *p++ = 'u', *p++ = '0', *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 15];
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && s[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), s[++i].unicode());
        else if (QChar::isSurrogate(c))
            c = 0xFFFD; // a lone surrogate is not text: write the replacement character
        if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *p++ = char(0x80 | (c & 0x3F));
    }
    return p;
}

} // namespace

void appendJsonString(QByteArray &out, QStringView s) {
    // Room is made for the worst case piece by piece (the buffer grows geometrically and the
    // slack is cut after each), so that a long text never holds six times its size.
    constexpr qsizetype kPiece = 1 << 16;
    out.append('"');
    for (qsizetype i = 0; i < s.size();) {
        qsizetype n = std::min(kPiece, s.size() - i);
        if (n > 1 && i + n < s.size() && s[i + n - 1].isHighSurrogate())
            --n; // a surrogate pair stays in one piece
        const qsizetype start = out.size();
        out.resize(start + 6 * n);
        char *end = writeJsonChars(out.data() + start, s.sliced(i, n));
        out.resize(end - out.constData());
        i += n;
    }
    out.append('"');
}

namespace {

class Writer {
public:
    QByteArray out;

    void key(std::string_view k) {
        // One append for the comma, the quoted key and the colon.
        char buf[64];
        char *p = buf;
        if (m_needComma)
            *p++ = ',';
        *p++ = '"';
        if (k.size() > sizeof buf - 4)
            k = k.substr(0, sizeof buf - 4);
        p = std::copy(k.begin(), k.end(), p);
        *p++ = '"', *p++ = ':';
        out.append(buf, p - buf);
        m_needComma = false;
    }
    void open(char c) {
        comma();
        out.append(c);
        m_needComma = false;
    }
    void close(char c) {
        out.append(c);
        m_needComma = true;
    }
    void str(QStringView s) {
        comma();
        appendJsonString(out, s);
        m_needComma = true;
    }
    void num(qint64 v) {
        char buf[24];
        char *p = buf;
        if (m_needComma)
            *p++ = ',';
        p = std::to_chars(p, buf + sizeof buf, v).ptr;
        out.append(buf, p - buf);
        m_needComma = true;
    }
    void real(double v) {
        comma();
        out.append(QByteArray::number(v, 'g', 6));
        m_needComma = true;
    }
    void boolean(bool v) {
        comma();
        out.append(v ? "true" : "false");
        m_needComma = true;
    }
    void null() {
        comma();
        out.append("null");
        m_needComma = true;
    }
    void newline() { out.append('\n'); }
    // This writer's text goes after items another writer wrote: its first item needs a comma.
    void continueList() { m_needComma = true; }

private:
    void comma() {
        if (m_needComma)
            out.append(',');
    }
    bool m_needComma = false;
};

void writeDocument(Writer &w, const Document &d, qsizetype index) {
    w.open('{');
    w.key("index"), w.num(index);
    w.key("path"), w.str(d.path);
    w.key("format"), w.str(formatName(d.format));
    w.key("encoding"), w.str(d.encoding);
    w.key("title"), w.str(d.title);
    if (d.extraction != Extraction::None) // how a web page's story was found
        w.key("extraction"), w.str(extractionName(d.extraction));
    w.key("blocks"), w.num(d.blocks.size());
    w.key("words"), w.num(d.wordCount());
    w.close('}');
}

// Where a side stands in its source file, or null when its reader could not say.
void writeSource(Writer &w, const std::optional<SourceSpan> &span) {
    if (!span) {
        w.null();
        return;
    }
    w.open('{');
    w.key("start"), w.num(span->start.offset);
    w.key("end"), w.num(span->end.offset);
    w.key("line"), w.num(span->start.line);
    w.key("column"), w.num(span->start.column);
    w.key("end_line"), w.num(span->end.line);
    w.key("end_column"), w.num(span->end.column);
    w.close('}');
}

void writeSide(Writer &w, const Comparison &c, const Change &ch, Side s) {
    const ChangeSide &side = ch.side(s);
    if (!side.isValid()) {
        w.null();
        return;
    }
    w.open('{');
    if (side.blockCount() == 1) {
        w.key("block"), w.num(side.blockBegin);
    } else {
        w.key("blocks"), w.open('[');
        for (qint32 b = side.blockBegin; b < side.blockEnd; ++b)
            w.num(b);
        w.close(']');
    }
    w.key("text"), w.str(c.sideText(ch, s));
    w.key("tokens"), w.open('['), w.num(side.tokenBegin), w.num(side.tokenEnd), w.close(']');
    w.key("source"), writeSource(w, sideSource(c.document(s), side));
    w.close('}');
}

void writeChange(Writer &w, const Comparison &c, const Change &ch, const QByteArray &id) {
    w.open('{');
    w.key("id"), w.str(QString::fromLatin1(id));
    w.key("kind"), w.str(changeKindName(ch.kind));
    w.key("from"), writeSide(w, c, ch, Side::A);
    w.key("to"), writeSide(w, c, ch, Side::B);
    if (kindHasHref(ch.kind))
        w.key("href"), w.str(ch.href);
    if (kindHasOldHref(ch.kind))
        w.key("old_href"), w.str(ch.oldHref);
    if (kindHasStyle(ch.kind))
        w.key("style"), w.str(changeStyleName(ch));
    if (kindHasLevels(ch.kind)) {
        w.key("level_from"), w.num(ch.levelFrom);
        w.key("level_to"), w.num(ch.levelTo);
    }
    if (ch.moveId >= 0)
        w.key("move_id"), w.num(ch.moveId);
    w.close('}');
}

void writeStats(Writer &w, const ComparisonStats &s) {
    w.open('{');
    w.key("inserted_words"), w.num(s.insertedWords);
    w.key("deleted_words"), w.num(s.deletedWords);
    w.key("replaced_words"), w.num(s.replacedWords);
    w.key("moved_blocks"), w.num(s.movedBlocks);
    w.key("split_blocks"), w.num(s.splitBlocks);
    w.key("merged_blocks"), w.num(s.mergedBlocks);
    w.key("links_added"), w.num(s.linksAdded);
    w.key("links_removed"), w.num(s.linksRemoved);
    w.key("links_changed"), w.num(s.linksChanged);
    w.key("format_changes"), w.num(s.formatChanges);
    w.key("typography_changes"), w.num(s.typographyChanges);
    w.close('}');
}

void writeMulti(Writer &w, const MultiResult &m) {
    w.key("collation"), w.open('{');
    w.key("rows"), w.open('[');
    for (const CollationRow &row : m.collation.rows) {
        w.open('{');
        w.key("texts"), w.open('[');
        for (const auto &t : row.texts) {
            if (t)
                w.str(*t);
            else
                w.null();
        }
        w.close(']');
        w.key("agree"), w.boolean(row.agree);
        w.key("same_as"), w.open('[');
        for (qsizetype k : row.sameAs)
            w.num(k);
        w.close(']');
        w.key("moved_from"), w.open('[');
        for (qint32 from : row.movedFrom) {
            if (from >= 0)
                w.num(from);
            else
                w.null();
        }
        w.close(']');
        w.close('}');
    }
    w.close(']');
    w.close('}');
    w.key("evolution"), w.open('{');
    w.key("words"), w.open('[');
    for (const EvolutionWord &word : m.evolution.words) {
        w.open('{');
        w.key("text"), w.str(word.text);
        w.key("introduced_in"), w.num(word.introducedIn);
        w.close('}');
    }
    w.close(']');
    w.key("dropped"), w.open('[');
    for (const DroppedPassage &d : m.evolution.dropped) {
        w.open('{');
        w.key("text"), w.str(d.text);
        w.key("introduced_in"), w.num(d.introducedIn);
        w.key("dropped_in"), w.num(d.droppedIn);
        w.close('}');
    }
    w.close(']');
    w.key("versions"), w.open('[');
    for (qsizetype v = 0; v < m.evolution.versions.size(); ++v) {
        const VersionStats &s = m.evolution.versions.at(v);
        w.open('{');
        w.key("index"), w.num(v);
        w.key("words_added"), w.num(s.wordsAdded);
        w.key("words_dropped"), w.num(s.wordsDropped);
        w.key("link_changes"), w.num(s.linkChanges);
        w.key("format_changes"), w.num(s.formatChanges);
        w.close('}');
    }
    w.close(']');
    w.close('}');
    w.key("similarity_matrix"), w.open('[');
    for (const QList<double> &row : m.similarity) {
        w.open('[');
        for (double v : row)
            w.real(v);
        w.close(']');
    }
    w.close(']');
}

// The changes of a long comparison (a rewritten book has a hundred thousand) are written in
// parts on all cores and joined in order: the same bytes as one writer makes.
void writeChanges(Writer &w, const Comparison &c) {
    const qsizetype n = c.changes.size();
    const QList<QByteArray> ids = changeIds(c);
    const qsizetype parts = n < 20000 ? 1 : std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
    if (parts == 1) {
        for (qsizetype i = 0; i < n; ++i)
            writeChange(w, c, c.changes.at(i), ids.at(i));
        return;
    }
    std::vector<Writer> pieces(static_cast<size_t>(parts));
    auto work = [&](qsizetype k) {
        Writer &piece = pieces[size_t(k)];
        if (k > 0)
            piece.continueList();
        for (qsizetype i = n * k / parts; i < n * (k + 1) / parts; ++i)
            writeChange(piece, c, c.changes.at(i), ids.at(i));
    };
    runParts(parts, work);
    // One allocation for the joined report (a rewritten book's is tens of MB), and each piece
    // freed once it is in: no doubling of the buffer, no second copy alive at the end.
    qsizetype total = w.out.size();
    for (const Writer &piece : pieces)
        total += piece.out.size();
    w.out.reserve(total + 64); // and the brackets that close the report
    for (Writer &piece : pieces)
        w.out.append(std::exchange(piece.out, QByteArray()));
}

// The fields every comparison object shares, whether in the contract's document or in a batch
// line: similarity, stats and the changes.
void writeComparisonBody(Writer &w, const Comparison &c) {
    w.key("similarity"), w.real(c.similarity);
    w.key("stats"), writeStats(w, c.stats);
    w.key("changes"), w.open('[');
    writeChanges(w, c);
    w.close(']');
}

} // namespace

QByteArray comparisonsToJson(const QList<Document> &documents, qsizetype base,
                             const QList<Comparison> &comparisons, const MultiResult *multi) {
    Writer w;
    w.open('{');
    w.key("format"), w.str(u"storydiff");
    w.key("version"), w.num(kJsonFormatVersion);
    w.key("base"), w.num(base);
    w.key("documents"), w.open('[');
    for (qsizetype i = 0; i < documents.size(); ++i)
        writeDocument(w, documents.at(i), i);
    w.close(']');
    w.key("comparisons"), w.open('[');
    for (const Comparison &c : comparisons) {
        w.open('{');
        w.key("from"), w.num(c.fromIndex);
        w.key("to"), w.num(c.toIndex);
        writeComparisonBody(w, c);
        w.close('}');
    }
    w.close(']');
    if (multi)
        writeMulti(w, *multi);
    w.close('}');
    w.newline();
    return std::move(w.out);
}

QByteArray comparisonToJsonLine(const Comparison &comparison, QStringView a, QStringView b) {
    Writer w;
    w.open('{');
    w.key("a"), w.str(a);
    w.key("b"), w.str(b);
    // What the pair was compared with, so that --resume never mixes lines of other options.
    w.key("options"), w.open('[');
    for (const QString &name : optionNames(comparison.options))
        w.str(name);
    w.close(']');
    writeComparisonBody(w, comparison);
    w.close('}');
    w.newline();
    return std::move(w.out);
}

} // namespace sd
