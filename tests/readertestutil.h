// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the reader tests: a compact listing of blocks to compare against expectations.

#include "readers/loader.h"
#include "testutil.h"

namespace readertest {

using namespace sd;

// One line per block: "kind[level]|text", runs of tokens with one style and link marked up as
// *bold*, _italic_, `code`, ~strike~ and [text](href).
inline QString describe(const Block &b) {
    QString out = blockKindName(b.kind);
    if (b.level)
        out += QString::number(b.level);
    out += u'|';
    qsizetype i = 0;
    while (i < b.tokens.size()) {
        const Token &t = b.tokens.at(i);
        qsizetype j = i + 1;
        while (j < b.tokens.size() && b.tokens.at(j).style == t.style &&
               b.tokens.at(j).link == t.link)
            ++j;
        QString run = b.spanText(i, j);
        if (t.style & Code)
            run = u'`' + run + u'`';
        if (t.style & Strike)
            run = u'~' + run + u'~';
        if (t.style & Italic)
            run = u'_' + run + u'_';
        if (t.style & Bold)
            run = u'*' + run + u'*';
        if (t.link >= 0)
            run = u'[' + run + QStringLiteral("](") + b.links.at(t.link).href + u')';
        if (i > 0 && (t.spacing & (SpaceBefore | NbspBefore)))
            out += u' ';
        out += run;
        i = j;
    }
    return out;
}

inline QString describe(const QList<Block> &blocks) {
    QStringList lines;
    for (const Block &b : blocks)
        lines << describe(b);
    return lines.join(u'\n');
}

inline LoadResult readAs(const QByteArray &bytes, const QString &name) {
    return readDocument(bytes, name);
}
} // namespace readertest
