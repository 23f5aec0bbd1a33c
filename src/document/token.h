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
// so that a million-word document stays a few flat arrays.
struct Token {
    quint32 start = 0;  // offset in Block::text (UTF-16 code units)
    quint32 length = 0; // half-open: [start, start + length)
    TokenKind kind = TokenKind::Word;
    Styles style = NoStyle;
    quint8 spacing = NoSpace;
    qint32 link = -1;        // index into Block::links, -1 when not inside a link
    qint32 sourceStart = -1; // offset in the decoded source file, -1 when unknown

    bool isWord() const { return kind != TokenKind::Punctuation; }
    // A token maps 1:1 onto its source (readers start a new run where that breaks), so its
    // source range is as long as its text: one field less in a million-token array.
    qint32 sourceEnd() const { return sourceStart < 0 ? -1 : sourceStart + qint32(length); }
    quint32 end() const { return start + length; }
    friend bool operator==(const Token &, const Token &) = default;
};

} // namespace sd
