// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/mdhtmlguard.h"

#include <QByteArrayView>

#include <algorithm>
#include <array>

namespace sd {
namespace {

// CommonMark's HTML block start conditions 1 and 6, the names md4c compares by prefix.
constexpr std::array<const char *, 66> kBlockTags = {
    "pre",      "script",   "style",      "textarea", "address", "article",  "aside",
    "base",     "basefont", "blockquote", "body",     "caption", "center",   "col",
    "colgroup", "dd",       "details",    "dialog",   "dir",     "div",      "dl",
    "dt",       "fieldset", "figcaption", "figure",   "footer",  "form",     "frame",
    "frameset", "h1",       "h2",         "h3",       "h4",      "h5",       "h6",
    "head",     "header",   "hr",         "html",     "iframe",  "legend",   "li",
    "link",     "main",     "menu",       "menuitem", "nav",     "noframes", "ol",
    "optgroup", "option",   "p",          "param",    "section", "source",   "summary",
    "table",    "tbody",    "td",         "tfoot",    "th",      "thead",    "title",
    "tr",       "track",    "ul"};

bool isTagChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// True when `name` starts with a block tag's name without being one.
bool isPrefixedBlockTag(QByteArrayView name) {
    bool exact = false, prefixed = false;
    for (const char *tag : kBlockTags) {
        const QByteArrayView t(tag);
        if (name.size() == t.size() && name.compare(t, Qt::CaseInsensitive) == 0)
            exact = true;
        else if (name.size() > t.size() &&
                 name.first(t.size()).compare(t, Qt::CaseInsensitive) == 0)
            prefixed = true;
    }
    return prefixed && !exact;
}

// Skips what may stand before a block on a line: up to three spaces, blockquote markers and
// list markers ("- ", "* ", "+ ", "12. ", "3) "), in any nesting.
qsizetype blockStart(const QByteArray &s, qsizetype i, qsizetype end) {
    for (;;) {
        const qsizetype from = i;
        for (int n = 0; n < 3 && i < end && s[i] == ' '; ++n)
            ++i;
        if (i < end && s[i] == '>') {
            ++i;
            if (i < end && s[i] == ' ')
                ++i;
        } else if (i + 1 < end && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ') {
            i += 2;
        } else {
            qsizetype d = i;
            while (d < end && d - i < 9 && s[d] >= '0' && s[d] <= '9')
                ++d;
            if (d > i && d + 1 < end && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ')
                i = d + 2;
        }
        if (i == from)
            return i;
    }
}

// A code fence line: three or more backticks or tildes; returns the fence character or 0.
char fenceOf(const QByteArray &s, qsizetype i, qsizetype end, qsizetype &length) {
    if (i >= end || (s[i] != '`' && s[i] != '~'))
        return 0;
    qsizetype j = i;
    while (j < end && s[j] == s[i])
        ++j;
    length = j - i;
    return length >= 3 ? s[i] : 0;
}

} // namespace

void neutraliseHtmlPrefixTags(QByteArray &utf8) {
    // Read through a const view: a file's bytes shared with the loader are copied only when a
    // tag is rewritten.
    const QByteArray &text = utf8;
    char fence = 0;
    qsizetype fenceLength = 0;
    for (qsizetype line = 0; line < utf8.size();) {
        qsizetype end = text.indexOf('\n', line);
        if (end < 0)
            end = text.size();
        const qsizetype i = blockStart(text, line, end);
        qsizetype length = 0;
        if (const char f = fenceOf(text, i, end, length); f != 0 && (!fence || f == fence)) {
            if (!fence) {
                fence = f;
                fenceLength = length;
            } else if (length >= fenceLength) {
                fence = 0;
            }
        } else if (!fence && i < end && text[i] == '<') {
            const qsizetype nameStart = i + 1 + (i + 1 < end && text[i + 1] == '/');
            qsizetype nameEnd = nameStart;
            while (nameEnd < end && isTagChar(text[nameEnd]))
                ++nameEnd;
            const QByteArrayView name(text.constData() + nameStart, nameEnd - nameStart);
            if (!name.isEmpty() && isPrefixedBlockTag(name))
                utf8[nameStart] = 'x';
        }
        line = end + 1;
    }
}

} // namespace sd
