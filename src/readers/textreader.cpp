// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/textreader.h"

#include "readers/blockbuilder.h"
#include "readers/decode.h"
#include "text/tokenizer.h"

#include <algorithm>

namespace sd {
namespace {

struct Line {
    qsizetype start = 0;
    qsizetype length = 0; // without the line end
    bool blank = true;
    qsizetype visible = 0; // length without trailing whitespace
};

QList<Line> splitLines(QStringView text) {
    QList<Line> lines;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i <= n) {
        qsizetype j = i;
        while (j < n && text[j] != u'\n' && text[j] != u'\r' && text[j] != QChar(0x2029) &&
               text[j] != QChar(0x2028))
            ++j;
        Line l;
        l.start = i;
        l.length = j - i;
        qsizetype v = l.length;
        while (v > 0 && isTokenizerSpace(text[i + v - 1].unicode()))
            --v;
        l.visible = v;
        l.blank = true;
        for (qsizetype k = i; k < i + v; ++k) {
            if (!isTokenizerSpace(text[k].unicode())) {
                l.blank = false;
                break;
            }
        }
        lines.append(l);
        if (j >= n)
            break;
        // CRLF is one line end; a lone CR (old Mac files) is one too.
        i = (text[j] == u'\r' && j + 1 < n && text[j + 1] == u'\n') ? j + 2 : j + 1;
    }
    return lines;
}

// The wrap width of a hard-wrapped file, or 0 when its lines are not wrapped. A file is wrapped
// when nearly all its lines are short and paragraphs run over several lines.
qsizetype wrapWidth(const QList<Line> &lines) {
    QList<qsizetype> lengths;
    qsizetype continued = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].blank)
            continue;
        lengths.append(lines[i].visible);
        if (i + 1 < lines.size() && !lines[i + 1].blank)
            ++continued;
    }
    if (lengths.size() < 2 || continued == 0)
        return 0;
    std::sort(lengths.begin(), lengths.end());
    const qsizetype p95 = lengths.at((lengths.size() - 1) * 95 / 100);
    const qsizetype longest = lengths.last();
    if (p95 > 110 || longest > 250)
        return 0;
    return std::max<qsizetype>(p95, 20);
}

} // namespace

QList<Block> TextReader::blocksFromText(QStringView text) {
    const QList<Line> lines = splitLines(text);
    const qsizetype width = wrapWidth(lines);
    BlockBuilder builder;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        if (l.blank) {
            builder.end(qint32(l.start));
            continue;
        }
        if (!builder.inBlock())
            builder.begin(BlockKind::Paragraph, 0, qint32(l.start));
        else
            builder.appendBreak();
        builder.appendText(text.mid(l.start, l.length), NoStyle, -1, qint32(l.start));
        // Unwrapped files: every line is a paragraph. Wrapped files: a line well short of the
        // width ended its paragraph on purpose (a dateline, a signature).
        const bool lastOfChunk = i + 1 >= lines.size() || lines[i + 1].blank;
        if (!lastOfChunk && (width == 0 || (width >= 40 && l.visible < width * 4 / 10)))
            builder.end(qint32(l.start + l.length));
    }
    builder.end(qint32(text.size()));
    return builder.takeBlocks();
}

bool TextReader::readDecoded(const QByteArray &, const DecodedText &decoded, Document &doc,
                             QString &) const {
    doc.format = Format::Text;
    doc.encoding = decoded.encoding;
    doc.source = SourceMap::of(decoded.text);
    doc.blocks = blocksFromText(decoded.text);
    if (!doc.blocks.isEmpty())
        doc.title = doc.blocks.first().text.left(200);
    return true;
}

} // namespace sd
