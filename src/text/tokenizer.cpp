#include "text/tokenizer.h"

#include <QString>

#include <array>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

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
    QList<Token> &out;
    quint8 pendingSpacing = NoSpace;

    void push(qsizetype start, qsizetype end, TokenKind kind) {
        Token t;
        t.start = quint32(start);
        t.length = quint32(end - start);
        t.kind = kind;
        t.spacing = pendingSpacing;
        pendingSpacing = NoSpace;
        out.append(t);
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

icu::BreakIterator *wordBreaker() {
    // One iterator per thread: creating one costs far more than using it.
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> bi(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            bi.reset();
        return bi;
    }();
    return it.get();
}

bool isPunctuationSegment(QStringView seg) {
    for (QChar ch : seg) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing ||
            ch.category() == QChar::Mark_SpacingCombining)
            return false;
    }
    return true;
}

bool isNumberSegment(QStringView seg) {
    bool digit = false;
    for (QChar ch : seg) {
        if (ch.isLetter())
            return false;
        digit = digit || ch.isDigit();
    }
    return digit;
}

void tokenizeUnicode(QStringView s, qsizetype begin, qsizetype end, Emitter &em) {
    QList<Token> &out = em.out;
    const qsizetype firstOwn = out.size();
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
        for (qsizetype i = a; i < b; ++i) {
            const char16_t c = s[i].unicode();
            const bool runChar = c == '.' || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015;
            if (!out.isEmpty() && runChar && out.last().kind == TokenKind::Punctuation &&
                out.last().end() == quint32(i) && s[out.last().start].unicode() == c &&
                out.size() > firstOwn) {
                ++out.last().length;
                continue;
            }
            em.push(i, i + 1, TokenKind::Punctuation);
        }
    }
}

} // namespace

QList<Token> tokenize(QStringView text) {
    QList<Token> out;
    out.reserve(text.size() / 5 + 1);
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
        const qsizetype firstToken = out.size();
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
    return out;
}

} // namespace sd
