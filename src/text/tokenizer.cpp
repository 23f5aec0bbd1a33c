#include "text/tokenizer.h"

#include <QString>

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace sd {
namespace {

bool isAsciiAlpha(char16_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char16_t c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char16_t c) { return isAsciiAlpha(c) || isAsciiDigit(c) || c == '_'; }

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

// Length of a run of the same repeated punctuation that forms one typographic unit.
qsizetype punctuationRun(QStringView s, qsizetype i, qsizetype end) {
    const char16_t c = s[i].unicode();
    if (c != '.' && c != '-')
        return 1;
    qsizetype j = i + 1;
    while (j < end && s[j].unicode() == c)
        ++j;
    return j - i;
}

// UAX #29 for an all-ASCII chunk without whitespace.
void tokenizeAscii(QStringView s, qsizetype begin, qsizetype end, Emitter &em) {
    qsizetype i = begin;
    while (i < end) {
        const char16_t c = s[i].unicode();
        if (!isAsciiAlnum(c)) {
            const qsizetype n = punctuationRun(s, i, end);
            em.push(i, i + n, TokenKind::Punctuation);
            i += n;
            continue;
        }
        qsizetype j = i;
        bool hasLetter = false;
        while (j < end) {
            const char16_t d = s[j].unicode();
            if (isAsciiAlnum(d)) {
                hasLetter = hasLetter || isAsciiAlpha(d);
                ++j;
                continue;
            }
            // A mid-word separator joins only when the characters on both sides allow it:
            // letters around ' or . (MidNumLet), digits around , ; . ' (MidNum).
            if (j + 1 < end && j > i) {
                const char16_t prev = s[j - 1].unicode();
                const char16_t next = s[j + 1].unicode();
                const bool letters = isAsciiAlpha(prev) && isAsciiAlpha(next);
                const bool digits = isAsciiDigit(prev) && isAsciiDigit(next);
                if ((letters && (d == '\'' || d == '.')) ||
                    (digits && (d == ',' || d == ';' || d == '.' || d == '\''))) {
                    j += 2;
                    hasLetter = hasLetter || letters;
                    continue;
                }
            }
            break;
        }
        em.push(i, j, hasLetter ? TokenKind::Word : TokenKind::Number);
        i = j;
    }
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
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (isTokenizerSpace(c)) {
            em.pendingSpacing |= SpaceBefore;
            if (isNbsp(c))
                em.pendingSpacing |= NbspBefore;
            ++i;
            continue;
        }
        qsizetype j = i;
        bool ascii = true;
        while (j < n && !isTokenizerSpace(text[j].unicode())) {
            ascii = ascii && text[j].unicode() < 0x80;
            ++j;
        }
        if (ascii)
            tokenizeAscii(text, i, j, em);
        else
            tokenizeUnicode(text, i, j, em);
        i = j;
    }
    return out;
}

} // namespace sd
