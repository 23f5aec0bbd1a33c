// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace sd {

// The signals sniffTextFormat weighs, each found by a hand-written scan that finds exactly what
// a regular expression (Qt's, PCRE2 without Unicode properties: \s, \d and \w are ASCII) would
// find; the expressions are quoted with each function. Scans, because compiling the
// expressions was a tenth of a small comparison's whole run. `text` is the part looked at.

// ^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]), case-insensitive,
// . matching line ends too.
bool hasHtmlSkeleton(QStringView text);

// The matches, up to `limit`, of a global search for
// </(p|div|a|span|li|h[1-6]|article|section|em|strong|td|b|i)>|<br\s*/?>, case-insensitive.
int countHtmlTags(QStringView text, int limit);

// The matches, up to `limit`, of a global search, ^ and $ at every line, for
// ^(#{1,6}\s+\S|>\s|```|~~~|(\*\s*){3,}$|(-\s*){3,}$|(_\s*){3,}$|[-*+]\s+\S|\d{1,9}[.)]\s+\S|={3,}\s*$)
int countMarkdownLines(QStringView text, int limit);

// The matches, up to `limit`, of a global search for
// \[[^\]\n]+\]\([^)\s]*\)|\*\*[^*\n]+\*\*|(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])|
// (?<!\w)_[^_\s][^_\n]*_(?!\w)|`[^`\n]+`|<https?://[^>\s]+>|!\[[^\]\n]*\]\(
int countMarkdownInlines(QStringView text, int limit);

// The four at once, with their limits, the text checked for valid UTF-16 once instead of four
// times (where it is not, every scan finds nothing).
struct MarkupSignals {
    bool htmlSkeleton = false;
    int htmlTags = 0;
    int markdownLines = 0;
    int markdownInlines = 0;
};
MarkupSignals markupSignals(QStringView text, int tagLimit, int lineLimit, int inlineLimit);

} // namespace sd
