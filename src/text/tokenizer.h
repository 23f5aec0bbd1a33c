// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/token.h"

#include <QList>
#include <QStringView>

namespace sd {

// Splits a block's text into word, number and punctuation tokens on Unicode word boundaries
// (UAX #29). Whitespace separates tokens and is never a token itself.
//
// ASCII runs take a fast path that follows UAX #29 for the cases prose has ("didn't", "3.5",
// "1,000", "G20", "snake_case" are one token; "e-mail" is three). Any run with other characters
// goes through ICU's word BreakIterator, which knows dictionary words in Chinese, Japanese and
// Thai (QTextBoundaryFinder would give one token per ideograph there).
// Runs of '.' ("...") and of '-' ("--") are one token, so they fold like "…" and "—".
QList<Token> tokenize(QStringView text);

// Whitespace that separates tokens: ASCII white space, the Unicode spaces (no-break and thin
// ones included), line and paragraph separators, zero-width space and BOM.
inline bool isTokenizerSpace(char16_t c) {
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return c == 0x00A0 || c == 0x202F || c == 0x2007 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x2028 || c == 0x2029 || c == 0x205F || c == 0x3000 || c == 0x1680 ||
           c == 0x0085 || c == 0xFEFF;
}

} // namespace sd
