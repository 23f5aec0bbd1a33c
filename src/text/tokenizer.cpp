// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/tokenizer.h"

#include <QString>

#include <algorithm>
#include <array>
#include <memory>
#include <new>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <vector>

namespace sd {
namespace {

// Classes of ASCII characters, looked up in one table (the tokenizer's inner loops run once
// per character of a whole book).
enum CharClass : quint8 {
    kPunct = 0,
    kSpace = 1,
    kAlpha = 2,
    kDigit = 4,
    kUnderscore = 8,
    kNonAscii = 16, // not classified here: the chunk goes to ICU
};
constexpr quint8 kWordChar = kAlpha | kDigit | kUnderscore;
constexpr std::array<quint8, 128> kAsciiClass = [] {
    std::array<quint8, 128> t{};
    for (int c = '\t'; c <= '\r'; ++c)
        t[size_t(c)] = kSpace;
    t[' '] = kSpace;
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = t[size_t(c - 'a' + 'A')] = kAlpha;
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = kDigit;
    t['_'] = kUnderscore;
    return t;
}();

bool isNbsp(char16_t c) { return c == 0x00A0 || c == 0x202F || c == 0x2007; }

struct Emitter {
    std::vector<Token> &out;
    quint8 pendingSpacing = NoSpace;

    void push(qsizetype start, qsizetype end, TokenKind kind) {
        Token t;
        t.start = quint32(start);
        t.length = quint32(end - start);
        t.kind = kind;
        t.spacing = pendingSpacing;
        pendingSpacing = NoSpace;
        out.push_back(t);
    }
};

quint8 classOf(char16_t c) { return c < 0x80 ? kAsciiClass[c] : quint8(kNonAscii); }

// UAX #29 for ASCII text, from `begin` up to the first whitespace or non-ASCII character (or
// `end`); returns where it stopped. The caller redoes a chunk that stopped at non-ASCII with ICU.
qsizetype tokenizeAscii(const char16_t *s, qsizetype begin, qsizetype end, Emitter &em) {
    qsizetype i = begin;
    while (i < end) {
        const quint8 first = classOf(s[i]);
        if (first & (kSpace | kNonAscii))
            return i;
        if (!(first & kWordChar)) {
            // Punctuation; a run of dots or hyphens ("...", "--") is one token.
            qsizetype j = i + 1;
            if (s[i] == u'.' || s[i] == u'-')
                while (j < end && s[j] == s[i])
                    ++j;
            em.push(i, j, TokenKind::Punctuation);
            i = j;
            continue;
        }
        qsizetype j = i;
        quint8 seen = 0;
        while (j < end) {
            const quint8 cls = classOf(s[j]);
            if (cls & kWordChar) {
                seen |= cls;
                ++j;
                continue;
            }
            // A mid-word separator joins only when the characters on both sides allow it:
            // letters around ' or . (MidNumLet), digits around , ; . ' (MidNum). Whitespace or
            // non-ASCII after it has neither class.
            if (j + 1 < end) {
                const char16_t d = s[j];
                const quint8 around = classOf(s[j - 1]) & classOf(s[j + 1]);
                if (((around & kAlpha) && (d == u'\'' || d == u'.')) ||
                    ((around & kDigit) && (d == u',' || d == u';' || d == u'.' || d == u'\''))) {
                    seen |= around;
                    j += 2;
                    continue;
                }
            }
            break;
        }
        em.push(i, j, (seen & kAlpha) ? TokenKind::Word : TokenKind::Number);
        i = j;
    }
    return i;
}

// One iterator of each kind per thread: creating one costs far more than using it.
template <icu::BreakIterator *(*create)(const icu::Locale &, UErrorCode &)>
icu::BreakIterator *threadBreaker() {
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> bi(create(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            bi.reset();
        return bi;
    }();
    return it.get();
}

icu::BreakIterator *wordBreaker() {
    return threadBreaker<&icu::BreakIterator::createWordInstance>();
}

icu::BreakIterator *clusterBreaker() {
    return threadBreaker<&icu::BreakIterator::createCharacterInstance>();
}

// Characters are classified by code point, never by UTF-16 unit: a letter outside the BMP
// (CJK Extension B, mathematical letters) is two units that are each a "surrogate", neither a
// letter nor a digit.
template <typename Test> bool anyCodePoint(QStringView seg, Test test) {
    for (qsizetype i = 0; i < seg.size(); ++i) {
        char32_t c = seg[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < seg.size() && seg[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(seg[i].unicode(), seg[i + 1].unicode());
            ++i;
        }
        if (test(c))
            return true;
    }
    return false;
}

// An emoji is a word: it is read as one ("I 👍🏽 it"), and --ignore-punctuation must not hide a
// changed one. Emoji are the pictographs shown as pictures by default, or made so by U+FE0F,
// a skin tone or a flag's regional indicators; symbols such as © ™ ☺ stay punctuation.
bool isEmoji(char32_t c) {
    return c == 0xFE0F || u_hasBinaryProperty(UChar32(c), UCHAR_EMOJI_PRESENTATION) ||
           u_hasBinaryProperty(UChar32(c), UCHAR_EMOJI_MODIFIER) ||
           u_hasBinaryProperty(UChar32(c), UCHAR_REGIONAL_INDICATOR);
}

bool isPunctuationSegment(QStringView seg) {
    return !anyCodePoint(seg, [](char32_t c) {
        const QChar::Category cat = QChar::category(c);
        return QChar::isLetterOrNumber(c) || cat == QChar::Mark_NonSpacing ||
               cat == QChar::Mark_SpacingCombining || (c >= 0x80 && isEmoji(c));
    });
}

bool isNumberSegment(QStringView seg) {
    return !anyCodePoint(seg, [](char32_t c) { return QChar::isLetter(c); }) &&
           anyCodePoint(seg, [](char32_t c) { return QChar::isDigit(c); });
}

// Calls `visit(end)` at the end of each user-perceived character (grapheme cluster) of `seg`:
// an emoji with a skin tone, a ZWJ family or a letter with combining marks is one, never cut.
template <typename Visit> void forEachCluster(QStringView seg, Visit visit) {
    icu::BreakIterator *bi = seg.size() > 1 ? clusterBreaker() : nullptr;
    if (!bi) {
        for (qsizetype i = 1; i <= seg.size(); ++i)
            if (i == seg.size() || !seg[i].isLowSurrogate())
                visit(i);
        return;
    }
    const icu::UnicodeString chunk(false, reinterpret_cast<const UChar *>(seg.utf16()),
                                   int32_t(seg.size()));
    bi->setText(chunk);
    bi->first();
    for (int32_t to = bi->next(); to != icu::BreakIterator::DONE; to = bi->next())
        visit(qsizetype(to));
}

void tokenizeUnicode(QStringView s, qsizetype begin, qsizetype end, Emitter &em) {
    std::vector<Token> &out = em.out;
    const size_t firstOwn = out.size();
    icu::BreakIterator *bi = wordBreaker();
    if (!bi) {
        em.push(begin, end, TokenKind::Word);
        return;
    }
    // Alias the chunk without copying; ICU reads UTF-16 as Qt stores it.
    icu::UnicodeString chunk(false, reinterpret_cast<const UChar *>(s.utf16() + begin),
                             int32_t(end - begin));
    bi->setText(chunk);
    int32_t from = bi->first();
    for (int32_t to = bi->next(); to != icu::BreakIterator::DONE; from = to, to = bi->next()) {
        const qsizetype a = begin + from;
        const qsizetype b = begin + to;
        QStringView seg = s.sliced(a, b - a);
        if (!isPunctuationSegment(seg)) {
            em.push(a, b, isNumberSegment(seg) ? TokenKind::Number : TokenKind::Word);
            continue;
        }
        // ICU gives punctuation one character per segment; keep "..." and "--" together, and
        // runs of one dash ("——", a long dash in many books) too: otherwise "——" is two tokens
        // where its ASCII spelling "----" is one, and retyping it reads as a deleted dash.
        // Other symbols are one token per grapheme cluster (an emoji with its modifiers).
        qsizetype i = a;
        forEachCluster(seg, [&](qsizetype end) {
            const qsizetype j = a + end;
            const char16_t c = s[i].unicode();
            const bool runChar = c == '.' || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015;
            if (j == i + 1 && !out.empty() && runChar &&
                out.back().kind == TokenKind::Punctuation && out.back().end() == quint32(i) &&
                s[out.back().start].unicode() == c && out.size() > firstOwn) {
                ++out.back().length;
            } else {
                em.push(i, j, TokenKind::Punctuation);
            }
            i = j;
        });
    }
}

} // namespace

QList<Token> tokenize(QStringView text) {
    // Tokens are collected in a buffer each thread keeps (a book's blocks are tokenized one
    // after another) and copied out at their exact number: no growth while tokenizing and no
    // slack kept in the block for the rest of the run.
    thread_local std::vector<Token> buffer;
    std::vector<Token> &out = buffer;
    out.clear();
    Emitter em{out};
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i];
        if (c < 0x80 ? kAsciiClass[c] == kSpace : isTokenizerSpace(c)) {
            em.pendingSpacing |= SpaceBefore;
            if (isNbsp(c))
                em.pendingSpacing |= NbspBefore;
            ++i;
            continue;
        }
        // A chunk without whitespace. All-ASCII chunks (nearly all, in English) are tokenized
        // in one pass; one that turns out to hold other characters is redone with ICU's word
        // breaks, whole.
        const size_t firstToken = out.size();
        const quint8 spacing = em.pendingSpacing;
        const qsizetype stop = tokenizeAscii(s, i, n, em);
        if (stop < n && classOf(s[stop]) == kNonAscii && !isTokenizerSpace(s[stop])) {
            out.resize(firstToken);
            em.pendingSpacing = spacing;
            qsizetype j = stop;
            while (j < n && !isTokenizerSpace(s[j]))
                ++j;
            tokenizeUnicode(text, i, j, em);
            i = j;
        } else {
            i = stop;
        }
    }
    // reserve() allocates the exact size, resize() then fits without growing; Qt 6.4 leaves a
    // failed reserve() empty (its range constructor would write through a null pointer), and
    // that is out of memory.
    QList<Token> tokens;
    tokens.reserve(qsizetype(out.size()));
    if (tokens.capacity() < qsizetype(out.size()))
        throw std::bad_alloc();
    tokens.resize(qsizetype(out.size()));
    std::copy(out.cbegin(), out.cend(), tokens.begin());
    if (out.capacity() > (size_t(1) << 20))
        out = std::vector<Token>(); // one huge block does not hold its buffer for good
    return tokens;
}

} // namespace sd
