// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

// Byte-level passes over an HTML file before it is parsed.

// The charset a page declares in its first 4 KB (<meta charset="..."> or an http-equiv
// Content-Type), mapped the way browsers map labels ("iso-8859-1" reads as windows-1252,
// "gb2312" as GB18030). Empty when there is none, or when it names UTF-16/32, which an
// ASCII-readable declaration cannot truthfully be.
QString declaredHtmlCharset(const QByteArray &bytes);

// gumbo checks element scopes by walking the whole stack of open elements, so a page of a
// million nested <div>s takes hours, and it frees its tree recursively. This drops the start
// and end tags that would nest deeper than `maxDepth` (their text stays, only the structure is
// flattened). gumbo also compares each attribute of a tag with all the earlier ones, so the
// attributes of a tag past the 256th go too. Returns `html` itself when nothing had to go;
// `flattened` says whether anything did.
QByteArray limitHtmlNesting(const QByteArray &html, int maxDepth, bool *flattened = nullptr);

} // namespace sd
