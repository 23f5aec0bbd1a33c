// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

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
