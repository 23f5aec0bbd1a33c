// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/htmlprescan.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace sd {

QString declaredHtmlCharset(const QByteArray &bytes) {
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(bytes.left(4096)));
    if (!m.hasMatch())
        return {};
    const QString label = m.captured(1).toLower();
    // The WHATWG Encoding Standard's label mapping, for the labels that differ from what ICU
    // would do with them: browsers read "latin1" pages as windows-1252 (curly quotes in
    // 0x80-0x9F) and "gb2312" pages as GBK, of which GB18030 is a superset.
    static const char *const latin1[] = {"iso-8859-1",   "iso8859-1", "latin1",     "l1",
                                         "us-ascii",     "ascii",     "iso_8859-1", "cp1252",
                                         "windows-1252", "x-cp1252",  "cp819",      "ibm819"};
    for (const char *l : latin1)
        if (label == QLatin1String(l))
            return QStringLiteral("windows-1252");
    if (label == QLatin1String("gb2312") || label == QLatin1String("gbk") ||
        label == QLatin1String("x-gbk") || label == QLatin1String("gb18030") ||
        label == QLatin1String("chinese"))
        return QStringLiteral("GB18030");
    if (label == QLatin1String("x-sjis") || label == QLatin1String("sjis") ||
        label == QLatin1String("shift-jis") || label == QLatin1String("shift_jis") ||
        label == QLatin1String("ms_kanji") || label == QLatin1String("windows-31j"))
        return QStringLiteral("Shift_JIS");
    if (label.startsWith(QLatin1String("utf-16")) || label.startsWith(QLatin1String("utf-32")))
        return {};
    if (label == QLatin1String("utf8") || label == QLatin1String("utf-8"))
        return QStringLiteral("UTF-8");
    return label;
}

namespace {

bool isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool isNameChar(char c) {
    return isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':';
}

bool oneOf(const QByteArray &name, std::initializer_list<const char *> names) {
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == n; });
}

// Elements that never hold children, or whose end tag is implied by what follows: neither
// adds lasting depth, so counting them would flatten ordinary sloppy pages.
bool addsNoDepth(const QByteArray &name) {
    return oneOf(name,
                 {"area",    "base",  "br",    "col",    "embed",    "hr",   "img",    "input",
                  "link",    "meta",  "param", "source", "track",    "wbr",  "keygen", "p",
                  "li",      "dt",    "dd",    "option", "optgroup", "tr",   "td",     "th",
                  "tbody",   "thead", "tfoot", "rb",     "rt",       "rp",   "rtc",    "colgroup",
                  "caption", "html",  "head",  "body",   "image",    "frame"});
}

// Elements whose content is raw text: a '<' inside them starts no tag.
bool isRawText(const QByteArray &name) {
    return oneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                        "noframes", "plaintext"});
}

bool isInline(const QByteArray &name) {
    return oneOf(name, {"a",    "b",    "i",     "em",    "strong", "span", "font",   "u",
                        "s",    "code", "small", "big",   "sub",    "sup",  "tt",     "kbd",
                        "samp", "cite", "del",   "ins",   "mark",   "abbr", "strike", "q",
                        "var",  "bdi",  "bdo",   "label", "nobr"});
}

// gumbo checks every attribute of a tag against all the earlier ones (a duplicate is dropped),
// so one tag with 100,000 attributes takes minutes. No real page needs more than this many.
constexpr int kMaxAttributes = 256;

// Where the tag that starts at `p` (just after its name) ends: the index of its '>', or the
// size of the input. Quotes count only around attribute values, as in the HTML tokenizer.
// `cut` is where the attributes past kMaxAttributes begin, -1 when there are no more.
qsizetype tagEnd(const char *d, qsizetype n, qsizetype p, qsizetype *cut) {
    int attributes = 0;
    *cut = -1;
    while (p < n) {
        while (p < n && (isSpace(d[p]) || d[p] == '/'))
            ++p;
        if (p >= n || d[p] == '>')
            return p;
        if (++attributes > kMaxAttributes && *cut < 0)
            *cut = p;
        while (p < n && !isSpace(d[p]) && d[p] != '=' && d[p] != '>' && d[p] != '/')
            ++p; // attribute name
        while (p < n && isSpace(d[p]))
            ++p;
        if (p < n && d[p] == '=') {
            ++p;
            while (p < n && isSpace(d[p]))
                ++p;
            if (p < n && (d[p] == '"' || d[p] == '\'')) {
                const char q = d[p++];
                while (p < n && d[p] != q)
                    ++p;
                if (p < n)
                    ++p;
            } else {
                while (p < n && !isSpace(d[p]) && d[p] != '>')
                    ++p;
            }
        }
    }
    return n;
}

} // namespace

QByteArray limitHtmlNesting(const QByteArray &html, int maxDepth, bool *flattened) {
    const char *d = html.constData();
    const qsizetype n = html.size();
    QList<size_t> stack; // hashes of the open elements' names
    QHash<size_t, int> dropped;
    QByteArray out;
    qsizetype copied = 0;
    bool changed = false;
    auto drop = [&](qsizetype from, qsizetype to, const QByteArray &name) {
        changed = true;
        out.append(d + copied, from - copied);
        if (!isInline(name))
            out.append(' '); // a dropped <div> still separated the words on either side
        copied = to;
    };

    qsizetype i = 0;
    while (i < n) {
        i = html.indexOf('<', i);
        if (i < 0)
            break;
        if (html.mid(i, 4) == "<!--") {
            const qsizetype e = html.indexOf("-->", i + 4);
            i = e < 0 ? n : e + 3;
            continue;
        }
        if (i + 1 < n && (d[i + 1] == '!' || d[i + 1] == '?')) {
            const qsizetype e = html.indexOf('>', i);
            i = e < 0 ? n : e + 1;
            continue;
        }
        const bool isEnd = i + 1 < n && d[i + 1] == '/';
        qsizetype p = i + (isEnd ? 2 : 1);
        if (p >= n || !isAsciiAlpha(d[p])) {
            ++i;
            continue;
        }
        const qsizetype nameStart = p;
        while (p < n && isNameChar(d[p]))
            ++p;
        const QByteArray name = html.mid(nameStart, qMin<qsizetype>(p - nameStart, 32)).toLower();
        const size_t h = qHash(name);
        qsizetype cut = -1;
        const qsizetype e = tagEnd(d, n, p, &cut);
        const qsizetype next = e < n ? e + 1 : n;
        // Drops the attributes past the limit (the tag keeps its name, first ones and '>').
        auto cutAttributes = [&] {
            if (cut < 0)
                return;
            changed = true;
            out.append(d + copied, cut - copied);
            copied = e;
        };

        if (isEnd) {
            const auto it = std::find(stack.rbegin(), stack.rend(), h);
            if (it != stack.rend()) {
                stack.resize(std::distance(it, stack.rend()) - 1); // closes what it implies
            } else if (dropped.value(h) > 0) {
                --dropped[h];
                drop(i, next, name);
                i = next;
                continue;
            }
            cutAttributes();
            i = next;
            continue;
        }
        if (isRawText(name)) {
            cutAttributes();
            // Skip to the matching end tag; it is then read as a (stray) end tag.
            qsizetype s = next;
            const QByteArray close = "</" + name;
            while ((s = html.indexOf("</", s)) >= 0 && html.mid(s, close.size()).toLower() != close)
                s += 2;
            i = s < 0 ? n : s;
            continue;
        }
        const bool selfClosing = e < n && e > nameStart && d[e - 1] == '/';
        if (!addsNoDepth(name) && !selfClosing) {
            if (stack.size() >= maxDepth) {
                ++dropped[h];
                drop(i, next, name);
                i = next;
                continue;
            }
            stack.append(h);
        }
        cutAttributes();
        i = next;
    }
    if (flattened)
        *flattened = changed;
    if (!changed)
        return html;
    out.append(d + copied, n - copied);
    return out;
}

} // namespace sd
