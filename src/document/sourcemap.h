// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>
#include <QtGlobal>

namespace sd {

// A place in a source file as people and tools count it: `offset` in Unicode code points from
// the start of the decoded text (BOM excluded), so that Python's text[offset] or a Rust char
// index lands on it; `line` and `column` 1-based, the column in code points too.
struct SourcePos {
    qint64 offset = 0;
    qint64 line = 1;
    qint64 column = 1;
    friend bool operator==(const SourcePos &, const SourcePos &) = default;
};

// What turns the UTF-16 offsets the readers record (Token::sourceStart) into SourcePos without
// keeping the source text: where each line starts and where the surrogate pairs are (rare, so
// the list is usually empty). Lines end as the text reader ends them: LF, CR, CRLF, U+2028 and
// U+2029. An empty map (a zip or PDF format, whose text has no one source string) knows nothing.
class SourceMap {
public:
    static SourceMap of(QStringView text);

    bool isKnown() const { return !m_lineStarts.isEmpty(); }
    // The position of UTF-16 offset `utf16` (clamped to the text); only for a known map.
    SourcePos position(qint32 utf16) const;
    qsizetype lineCount() const { return m_lineStarts.size(); }
    friend bool operator==(const SourceMap &, const SourceMap &) = default;

private:
    qint64 codePoints(qint32 utf16) const; // code points before UTF-16 offset `utf16`

    QList<qint32> m_lineStarts; // UTF-16 offsets, the first is 0
    QList<qint32> m_pairs;      // UTF-16 offsets of the high halves of surrogate pairs
    qint32 m_size = 0;          // the text's length in UTF-16 units
};

} // namespace sd
