// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/sourcemap.h"

#include <algorithm>
#include <limits>

namespace sd {

SourceMap SourceMap::of(QStringView text) {
    SourceMap m;
    m.m_size = qint32(std::min<qsizetype>(text.size(), std::numeric_limits<qint32>::max()));
    m.m_lineStarts.append(0);
    const char16_t *s = text.utf16();
    for (qint32 i = 0; i < m.m_size; ++i) {
        const char16_t c = s[i];
        if (c > u'\r' && c < 0x2028)
            continue; // nearly every character: none of the few the map records
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < m.m_size && s[i + 1] >= 0xDC00 &&
            s[i + 1] <= 0xDFFF) {
            m.m_pairs.append(i++);
        } else if (c == u'\n' || c == 0x2028 || c == 0x2029) {
            m.m_lineStarts.append(i + 1);
        } else if (c == u'\r') {
            if (i + 1 < m.m_size && s[i + 1] == u'\n')
                ++i; // CRLF is one line end
            m.m_lineStarts.append(i + 1);
        }
    }
    return m;
}

qint64 SourceMap::codePoints(qint32 utf16) const {
    // Each pair that ends at or before `utf16` is two units for one code point.
    const auto pairsBefore =
        std::lower_bound(m_pairs.begin(), m_pairs.end(), utf16 - 1) - m_pairs.begin();
    return qint64(utf16) - pairsBefore;
}

SourcePos SourceMap::position(qint32 utf16) const {
    utf16 = std::clamp<qint32>(utf16, 0, m_size);
    // The line is the last one starting at or before the offset.
    const auto line = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), utf16) - 1;
    SourcePos p;
    p.offset = codePoints(utf16);
    p.line = (line - m_lineStarts.begin()) + 1;
    p.column = p.offset - codePoints(*line) + 1;
    return p;
}

} // namespace sd
