// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/sourcepos.h"

#include <algorithm>
#include <limits>

namespace sd {

namespace {

// A token with its block, which knows where the token stands in the source.
struct TokenAt {
    const Block *block = nullptr;
    const Token *token = nullptr;
    qint32 sourceStart() const { return block->sourceStartOf(*token); }
    qint32 sourceEnd() const { return block->sourceEndOf(*token); }
    explicit operator bool() const { return token != nullptr; }
};

// The first token at or after token `token` of block `block`, not beyond `end` blocks.
TokenAt firstTokenFrom(const Document &doc, qint32 block, qint32 token, qint32 end) {
    for (; block < end; ++block, token = 0) {
        const Block &b = doc.blocks.at(block);
        if (token < b.tokens.size())
            return TokenAt{&b, &b.tokens.at(token)};
    }
    return {};
}

// The last token before token `token` of block `block`, not before block `begin`.
TokenAt lastTokenBefore(const Document &doc, qint32 block, qint32 token, qint32 begin) {
    for (; block >= begin; --block) {
        const Block &b = doc.blocks.at(block);
        token = std::min<qint32>(token, qint32(b.tokens.size()));
        if (token > 0)
            return TokenAt{&b, &b.tokens.at(token - 1)};
        token = std::numeric_limits<qint32>::max(); // the previous block, to its end
    }
    return {};
}

} // namespace

std::optional<SourceSpan> sideSource(const Document &doc, const ChangeSide &side) {
    if (!side.isValid() || !doc.source.isKnown() || side.blockEnd > doc.blocks.size())
        return std::nullopt;
    const TokenAt first = firstTokenFrom(doc, side.blockBegin, side.tokenBegin, side.blockEnd);
    const TokenAt last = lastTokenBefore(doc, side.blockEnd - 1, side.tokenEnd, side.blockBegin);
    if (!first || !last || first.sourceStart() < 0 || last.sourceStart() < 0 ||
        last.sourceEnd() < first.sourceStart())
        return std::nullopt;
    return SourceSpan{doc.source.position(first.sourceStart()),
                      doc.source.position(last.sourceEnd())};
}

} // namespace sd
