// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/sourcepos.h"

#include <algorithm>
#include <limits>

namespace sd {

namespace {

// The first token at or after token `token` of block `block`, not beyond `end` blocks.
const Token *firstTokenFrom(const Document &doc, qint32 block, qint32 token, qint32 end) {
    for (; block < end; ++block, token = 0) {
        const QList<Token> &tokens = doc.blocks.at(block).tokens;
        if (token < tokens.size())
            return &tokens.at(token);
    }
    return nullptr;
}

// The last token before token `token` of block `block`, not before block `begin`.
const Token *lastTokenBefore(const Document &doc, qint32 block, qint32 token, qint32 begin) {
    for (; block >= begin; --block) {
        const QList<Token> &tokens = doc.blocks.at(block).tokens;
        token = std::min<qint32>(token, qint32(tokens.size()));
        if (token > 0)
            return &tokens.at(token - 1);
        token = std::numeric_limits<qint32>::max(); // the previous block, to its end
    }
    return nullptr;
}

} // namespace

std::optional<SourceSpan> sideSource(const Document &doc, const ChangeSide &side) {
    if (!side.isValid() || !doc.source.isKnown() || side.blockEnd > doc.blocks.size())
        return std::nullopt;
    const Token *first = firstTokenFrom(doc, side.blockBegin, side.tokenBegin, side.blockEnd);
    const Token *last = lastTokenBefore(doc, side.blockEnd - 1, side.tokenEnd, side.blockBegin);
    if (!first || !last || first->sourceStart < 0 || last->sourceStart < 0 ||
        last->sourceEnd() < first->sourceStart)
        return std::nullopt;
    return SourceSpan{doc.source.position(first->sourceStart),
                      doc.source.position(last->sourceEnd())};
}

} // namespace sd
