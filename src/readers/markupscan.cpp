// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/markupscan.h"

#include <string_view>

namespace sd {
namespace {

constexpr qsizetype kNone = -1;

// \s and \w as PCRE2 reads them without Unicode properties: ASCII only.
bool isSpace(char16_t c) {
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}
bool isWord(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

// The text with reads past either end as NUL (which no pattern character equals).
struct Text {
    QStringView t;
    qsizetype n = t.size();

    char16_t at(qsizetype i) const { return i >= 0 && i < n ? t[i].unicode() : u'\0'; }
    bool has(qsizetype i) const { return i >= 0 && i < n; }
    bool spaceAt(qsizetype i) const { return has(i) && isSpace(at(i)); }
    bool wordAt(qsizetype i) const { return has(i) && isWord(at(i)); }
    qsizetype skipSpaces(qsizetype i) const {
        while (spaceAt(i))
            ++i;
        return i;
    }
    qsizetype run(qsizetype i, char16_t c) const { // how many c from i on
        qsizetype k = 0;
        while (at(i + k) == c && has(i + k))
            ++k;
        return k;
    }
    bool literalAt(qsizetype i, std::u16string_view s) const {
        return i >= 0 && i + qsizetype(s.size()) <= n && t.sliced(i, s.size()) == s;
    }
    // A case-insensitive match in PCRE2's UTF mode: ASCII letters, and the two characters
    // outside ASCII that are another case of one (U+017F long s, U+212A Kelvin sign).
    bool caselessAt(qsizetype i, std::u16string_view lower) const {
        if (i < 0 || i + qsizetype(lower.size()) > n)
            return false;
        for (size_t k = 0; k < lower.size(); ++k) {
            const char16_t c = at(i + qsizetype(k)), want = lower[k];
            const bool letter = want >= u'a' && want <= u'z';
            if (c != want && !(letter && c == want - (u'a' - u'A')) &&
                !(want == u's' && c == u'\u017F') && !(want == u'k' && c == u'\u212A'))
                return false;
        }
        return true;
    }
    // The last position in [from, to] where $ matches with ^ and $ at every line (before a
    // '\n', or at the end), or kNone.
    qsizetype lastLineEnd(qsizetype from, qsizetype to) const {
        if (to >= n)
            return n;
        for (qsizetype q = to; q >= from; --q)
            if (at(q) == u'\n')
                return q;
        return kNone;
    }
};

// The first position from i on where `stop` holds (or the end), remembering the last answer:
// a scan started again inside a stretch already scanned ends where that one did, so a line of
// a thousand '[' costs one pass, not a thousand.
template <bool (*stop)(char16_t)> struct NextStop {
    const Text &text;
    qsizetype from = kNone, found = kNone;

    qsizetype operator()(qsizetype i) {
        if (from != kNone && i >= from && i <= found)
            return found;
        from = i;
        found = i;
        while (found < text.n && !stop(text.at(found)))
            ++found;
        return found;
    }
};

// <!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>] at r.
bool htmlStartAt(const Text &x, qsizetype r) {
    if (x.caselessAt(r, u"<!doctype"))
        return x.spaceAt(r + 9) && x.caselessAt(x.skipSpaces(r + 9), u"html");
    for (std::u16string_view tag : {u"<html", u"<head", u"<body"})
        if (x.caselessAt(r, tag) && (x.spaceAt(r + 5) || x.at(r + 5) == u'>'))
            return true;
    return false;
}

// Where a tag match starting at p ends, or kNone.
qsizetype htmlTagEnd(const Text &x, qsizetype p) {
    if (x.at(p + 1) == u'/') {
        static constexpr std::u16string_view kNames[] = {
            u"p",       u"div", u"a",      u"span", u"li", u"h", u"article",
            u"section", u"em",  u"strong", u"td",   u"b",  u"i"};
        for (std::u16string_view name : kNames) {
            if (!x.caselessAt(p + 2, name))
                continue;
            qsizetype j = p + 2 + qsizetype(name.size());
            if (name == u"h") {
                if (x.at(j) < u'1' || x.at(j) > u'6')
                    continue;
                ++j;
            }
            if (x.at(j) == u'>')
                return j + 1;
        }
        return kNone;
    }
    if (!x.caselessAt(p, u"<br"))
        return kNone;
    qsizetype j = x.skipSpaces(p + 3);
    if (x.at(j) == u'/')
        ++j;
    return x.at(j) == u'>' ? j + 1 : kNone;
}

// (c\s*){3,}$ at p: the stretch of c and white space, then the last line end in it from after
// the third c on (the repeat gives back what $ needs).
qsizetype ruleEnd(const Text &x, qsizetype p, char16_t c) {
    qsizetype i = p, count = 0, afterThird = kNone;
    while (x.at(i) == c && x.has(i)) {
        ++i;
        if (++count == 3)
            afterThird = i;
        i = x.skipSpaces(i);
    }
    return count < 3 ? kNone : x.lastLineEnd(afterThird, i);
}

// \s+\S from i: the end of the first non-space after at least one space.
qsizetype spacesThenText(const Text &x, qsizetype i) {
    if (!x.spaceAt(i))
        return kNone;
    const qsizetype j = x.skipSpaces(i);
    return x.has(j) ? j + 1 : kNone;
}

// Where a line signal starting at line start p ends, or kNone; the alternatives in order.
qsizetype lineSignalEnd(const Text &x, qsizetype p) {
    const char16_t c = x.at(p);
    if (c == u'#') {
        const qsizetype k = x.run(p, u'#');
        return k <= 6 ? spacesThenText(x, p + k) : kNone;
    }
    if (c == u'>')
        return x.spaceAt(p + 1) ? p + 2 : kNone;
    if (x.literalAt(p, u"```") || x.literalAt(p, u"~~~"))
        return p + 3;
    if (c == u'*' || c == u'-' || c == u'_') {
        if (const qsizetype e = ruleEnd(x, p, c); e != kNone || c == u'_')
            return e;
    }
    if (c == u'-' || c == u'*' || c == u'+')
        return spacesThenText(x, p + 1);
    if (c >= u'0' && c <= u'9') {
        qsizetype d = p;
        while (x.at(d) >= u'0' && x.at(d) <= u'9')
            ++d;
        if (d - p > 9 || (x.at(d) != u'.' && x.at(d) != u')'))
            return kNone;
        return spacesThenText(x, d + 1);
    }
    if (c == u'=') {
        const qsizetype k = x.run(p, u'=');
        return k >= 3 ? x.lastLineEnd(p + k, x.skipSpaces(p + k)) : kNone;
    }
    return kNone;
}

bool isCloseBracketOrEol(char16_t c) {
    return c == u']' || c == u'\n';
}
bool isCloseParenOrSpace(char16_t c) {
    return c == u')' || isSpace(c);
}
bool isStarOrEol(char16_t c) {
    return c == u'*' || c == u'\n';
}
bool isUnderscoreOrEol(char16_t c) {
    return c == u'_' || c == u'\n';
}
bool isBacktickOrEol(char16_t c) {
    return c == u'`' || c == u'\n';
}
bool isAngleOrSpace(char16_t c) {
    return c == u'>' || isSpace(c);
}

// The inline signals' scans, one remembered stop per kind of stretch.
// The characters InlineScan::endAt may start an inline at.
constexpr bool mayStartInline(char16_t c) {
    return c == u'[' || c == u'!' || c == u'*' || c == u'_' || c == u'`' || c == u'<';
}

struct InlineScan {
    const Text &x;
    NextStop<isCloseBracketOrEol> bracket{x};
    NextStop<isCloseParenOrSpace> paren{x};
    NextStop<isStarOrEol> star{x};
    NextStop<isUnderscoreOrEol> underscore{x};
    NextStop<isBacktickOrEol> backtick{x};
    NextStop<isAngleOrSpace> angle{x};

    // \[[^\]\n]+\]\([^)\s]*\)  and  !\[[^\]\n]*\]\(
    qsizetype link(qsizetype p, bool image) {
        const qsizetype open = image ? p + 2 : p + 1, r = bracket(open);
        if ((!image && r == open) || x.at(r) != u']' || x.at(r + 1) != u'(')
            return kNone;
        if (image)
            return r + 2;
        const qsizetype s = paren(r + 2);
        return x.at(s) == u')' ? s + 1 : kNone;
    }
    // \*\*[^*\n]+\*\*  and  (?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])
    qsizetype emphasis(qsizetype p) {
        if (x.at(p + 1) == u'*') {
            const qsizetype r = star(p + 2);
            return r > p + 2 && x.at(r) == u'*' && x.at(r + 1) == u'*' ? r + 2 : kNone;
        }
        if (x.wordAt(p - 1) || x.at(p - 1) == u'*' || !x.has(p + 1) || x.spaceAt(p + 1))
            return kNone;
        const qsizetype r = star(p + 2);
        if (x.at(r) != u'*' || x.wordAt(r + 1) || x.at(r + 1) == u'*')
            return kNone;
        return r + 1;
    }
    // (?<!\w)_[^_\s][^_\n]*_(?!\w)
    qsizetype underline(qsizetype p) {
        if (x.wordAt(p - 1) || !x.has(p + 1) || x.at(p + 1) == u'_' || x.spaceAt(p + 1))
            return kNone;
        const qsizetype r = underscore(p + 2);
        return x.at(r) == u'_' && !x.wordAt(r + 1) ? r + 1 : kNone;
    }
    // `[^`\n]+`
    qsizetype code(qsizetype p) {
        const qsizetype r = backtick(p + 1);
        return r > p + 1 && x.at(r) == u'`' ? r + 1 : kNone;
    }
    // <https?://[^>\s]+>
    qsizetype autolink(qsizetype p) {
        if (!x.literalAt(p, u"<http"))
            return kNone;
        qsizetype j = p + 5;
        if (x.at(j) == u's' && x.literalAt(j + 1, u"://"))
            j += 4;
        else if (x.literalAt(j, u"://"))
            j += 3;
        else
            return kNone;
        const qsizetype r = angle(j);
        return r > j && x.at(r) == u'>' ? r + 1 : kNone;
    }
    qsizetype endAt(qsizetype p) {
        switch (x.at(p)) {
        case u'[':
            return link(p, false);
        case u'!':
            return x.at(p + 1) == u'[' ? link(p, true) : kNone;
        case u'*':
            return emphasis(p);
        case u'_':
            return underline(p);
        case u'`':
            return code(p);
        case u'<':
            return autolink(p);
        }
        return kNone;
    }
};

bool htmlSkeletonIn(QStringView text) {
    const Text x{text};
    const qsizetype r = x.skipSpaces(0);
    if (htmlStartAt(x, r))
        return true;
    // Comments before the tag: .*? may reach past any later "-->", so every one is tried.
    if (!x.literalAt(r, u"<!--"))
        return false;
    for (qsizetype e = text.indexOf(u"-->", r + 4); e >= 0; e = text.indexOf(u"-->", e + 1))
        if (htmlStartAt(x, x.skipSpaces(e + 3)))
            return true;
    return false;
}

int htmlTagsIn(QStringView text, int limit) {
    const Text x{text};
    int count = 0;
    for (qsizetype p = text.indexOf(u'<'); p >= 0 && count < limit; p = text.indexOf(u'<', p)) {
        const qsizetype e = htmlTagEnd(x, p);
        count += e != kNone;
        p = e != kNone ? e : p + 1;
    }
    return count;
}

int markdownLinesIn(QStringView text, int limit) {
    const Text x{text};
    int count = 0;
    for (qsizetype p = 0; p < x.n && count < limit;) {
        if (const qsizetype e = lineSignalEnd(x, p); e != kNone) {
            ++count;
            p = e;
            if (x.at(p - 1) == u'\n') // the match took its line end: p starts a line
                continue;
        }
        const qsizetype nl = text.indexOf(u'\n', p);
        if (nl < 0)
            break;
        p = nl + 1;
    }
    return count;
}

int markdownInlinesIn(QStringView text, int limit) {
    const Text x{text};
    InlineScan scan{x};
    int count = 0;
    for (qsizetype p = 0; p < x.n && count < limit;) {
        // Most characters start no inline: skip them without the scan's bounds checks.
        if (!mayStartInline(text[p].unicode())) {
            ++p;
            continue;
        }
        const qsizetype e = scan.endAt(p);
        count += e != kNone;
        p = e != kNone ? e : p + 1;
    }
    return count;
}

} // namespace

// Where the text is not valid UTF-16, PCRE2 matches nothing: each scan checks it first, and
// markupSignals once for all four.
bool hasHtmlSkeleton(QStringView text) {
    return text.isValidUtf16() && htmlSkeletonIn(text);
}

int countHtmlTags(QStringView text, int limit) {
    return text.isValidUtf16() ? htmlTagsIn(text, limit) : 0;
}

int countMarkdownLines(QStringView text, int limit) {
    return text.isValidUtf16() ? markdownLinesIn(text, limit) : 0;
}

int countMarkdownInlines(QStringView text, int limit) {
    return text.isValidUtf16() ? markdownInlinesIn(text, limit) : 0;
}

MarkupSignals markupSignals(QStringView text, int tagLimit, int lineLimit, int inlineLimit) {
    if (!text.isValidUtf16())
        return {};
    return {htmlSkeletonIn(text), htmlTagsIn(text, tagLimit), markdownLinesIn(text, lineLimit),
            markdownInlinesIn(text, inlineLimit)};
}

} // namespace sd
