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

bool isTokenizerSpace(char16_t c);

} // namespace sd
