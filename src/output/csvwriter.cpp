// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/csvwriter.h"

#include "output/changefields.h"
#include "output/changeids.h"
#include "output/sourcepos.h"

namespace sd {

const QList<const char *> kCsvColumns = {
    "from_file",   "to_file",  "id",          "kind",      "from_text",  "to_text",  "href",
    "old_href",    "style",    "from_blocks", "to_blocks", "from_start", "from_end", "from_line",
    "from_column", "to_start", "to_end",      "to_line",   "to_column",
};

QByteArray csvField(QStringView text) {
    QString t = text.toString();
    if (!t.isEmpty() && (t.front() == u'=' || t.front() == u'+' || t.front() == u'-' ||
                         t.front() == u'@' || t.front() == u'\t' || t.front() == u'\r'))
        t.prepend(u'\'');
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r'))
        t = u'"' + t.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return t.toUtf8();
}

namespace {

class Row {
public:
    void text(QStringView s) { next(), m_out += csvField(s); }
    void number(qint64 n) { next(), m_out += QByteArray::number(n); }
    void empty() { next(); }
    QByteArray finish() { return std::move(m_out) + "\r\n"; }

private:
    void next() {
        if (m_fields++ > 0)
            m_out += ',';
    }
    QByteArray m_out;
    int m_fields = 0;
};

void blockList(Row &row, const ChangeSide &side) {
    QString list;
    for (qint32 b = side.blockBegin; side.isValid() && b < side.blockEnd; ++b)
        list += (list.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(b);
    row.text(list);
}

void source(Row &row, const Document &doc, const ChangeSide &side) {
    const std::optional<SourceSpan> span = sideSource(doc, side);
    if (!span) {
        for (int i = 0; i < 4; ++i)
            row.empty();
        return;
    }
    row.number(span->start.offset);
    row.number(span->end.offset);
    row.number(span->start.line);
    row.number(span->start.column);
}

QByteArray changeRow(const Comparison &c, const Change &ch, const QByteArray &id) {
    Row row;
    row.text(c.a.path);
    row.text(c.b.path);
    row.text(QString::fromLatin1(id));
    row.text(changeKindName(ch.kind));
    row.text(c.sideText(ch, Side::A));
    row.text(c.sideText(ch, Side::B));
    row.text(kindHasHref(ch.kind) ? ch.href : QString());
    row.text(kindHasOldHref(ch.kind) ? ch.oldHref : QString());
    row.text(kindHasStyle(ch.kind) ? changeStyleName(ch) : QString());
    blockList(row, ch.from);
    blockList(row, ch.to);
    source(row, c.a, ch.from);
    source(row, c.b, ch.to);
    return row.finish();
}

} // namespace

QByteArray comparisonsToCsv(const QList<Comparison> &comparisons) {
    Row header;
    for (const char *column : kCsvColumns)
        header.text(QString::fromLatin1(column));
    QByteArray out = header.finish();
    for (const Comparison &c : comparisons) {
        const QList<QByteArray> ids = changeIds(c);
        for (qsizetype i = 0; i < c.changes.size(); ++i)
            out += changeRow(c, c.changes.at(i), ids.at(i));
    }
    return out;
}

} // namespace sd
