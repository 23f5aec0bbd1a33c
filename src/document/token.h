// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sd {

// What a token is; punctuation tokens are not words (the CLI contract counts words only).
enum class TokenKind : quint8 { Word, Number, Punctuation };

// Inline styles a token can carry. Headings are a block kind, not a token style.
enum StyleFlag : quint8 {
    NoStyle = 0,
    Italic = 1 << 0,
    Bold = 1 << 1,
    Code = 1 << 2,
    Strike = 1 << 3,
};
using Styles = quint8;
inline constexpr StyleFlag kAllStyles[] = {Italic, Bold, Code, Strike};

// Whitespace facts about what stood before a token in its block. Whitespace never counts as a
// change, but a space that became a non-breaking space is a typographic change.
enum SpacingFlag : quint8 {
    NoSpace = 0,
    SpaceBefore = 1 << 0,
    NbspBefore = 1 << 1,
};

// One token of a block. Its text is Block::text.mid(start, length); the token owns no string
// so that a million-word document stays a few flat arrays. Twelve bytes: the link index and the
// three small facts share one word, and where a token stood in the source is the block's to
// say (Block::sourceStartOf), from its few runs (a 1M-word pair keeps 2.3M tokens all run).
struct Token {
    static constexpr int kLinkBits = 24;
    static constexpr qint32 kMaxLinks = (qint32(1) << (kLinkBits - 1)) - 1; // per block

    quint32 start = 0;            // offset in Block::text (UTF-16 code units)
    quint32 length = 0;           // half-open: [start, start + length)
    qint32 link : kLinkBits = -1; // index into Block::links, -1 when not inside a link
    TokenKind kind : 2 = TokenKind::Word;
    Styles style : 4 = NoStyle;
    quint8 spacing : 2 = NoSpace;

    bool isWord() const { return kind != TokenKind::Punctuation; }
    quint32 end() const { return start + length; }
    friend bool operator==(const Token &, const Token &) = default;
};
static_assert(sizeof(Token) == 12);

} // namespace sd
