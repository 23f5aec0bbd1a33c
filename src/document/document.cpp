// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

#include <algorithm>

namespace sd {

QString blockKindName(BlockKind kind) {
    switch (kind) {
    case BlockKind::Paragraph: return QStringLiteral("paragraph");
    case BlockKind::Heading: return QStringLiteral("heading");
    case BlockKind::ListItem: return QStringLiteral("list-item");
    case BlockKind::Quote: return QStringLiteral("quote");
    case BlockKind::Caption: return QStringLiteral("caption");
    case BlockKind::Preformatted: return QStringLiteral("preformatted");
    case BlockKind::TableCell: return QStringLiteral("table-cell");
    case BlockKind::Separator: return QStringLiteral("separator");
    }
    return QStringLiteral("paragraph");
}

QString extractionName(Extraction extraction) {
    switch (extraction) {
    case Extraction::None: return {};
    case Extraction::Article: return QStringLiteral("article");
    case Extraction::Scored: return QStringLiteral("scored");
    case Extraction::Fallback: return QStringLiteral("fallback");
    }
    return {};
}

QString Block::spanText(qsizetype first, qsizetype last) const {
    if (first >= last || first < 0 || last > tokens.size())
        return {};
    const Token &a = tokens.at(first);
    const Token &b = tokens.at(last - 1);
    return text.mid(a.start, b.end() - a.start);
}

qint32 Block::sourceStartOf(const Token &t) const {
    // The last run starting at or before the token (the token's first character is in it).
    const auto after =
        std::upper_bound(sourceRuns.cbegin(), sourceRuns.cend(), t.start,
                         [](quint32 at, const SourceRun &run) { return at < run.textStart; });
    if (after == sourceRuns.cbegin())
        return -1;
    const SourceRun &run = *(after - 1);
    return run.sourceStart < 0 ? -1 : run.sourceStart + qint32(t.start - run.textStart);
}

qint32 Block::sourceEndOf(const Token &t) const {
    const qint32 start = sourceStartOf(t);
    return start < 0 ? -1 : start + qint32(t.length);
}

qsizetype Block::wordCount() const {
    qsizetype n = 0;
    for (const Token &t : tokens)
        n += t.isWord() ? 1 : 0;
    return n;
}

qsizetype Document::wordCount() const {
    if (knownWordCount >= 0)
        return knownWordCount;
    qsizetype n = 0;
    for (const Block &b : blocks)
        n += b.wordCount();
    return n;
}

qsizetype Document::tokenCount() const {
    qsizetype n = 0;
    for (const Block &b : blocks)
        n += b.tokens.size();
    return n;
}

} // namespace sd
