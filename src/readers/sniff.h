// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace sd {

// Container formats known by their bytes (PDF; DOCX, ODT and EPUB zip archives), as the
// formats table recognises them.
std::optional<Format> sniffContainerFormat(const QByteArray &bytes);

// True for bytes that are not text in any encoding we read (NUL bytes outside UTF-16/32,
// or many control characters). The rule, as file(1) and grep have it: only the first 64 KB
// are looked at. A NUL there makes the file binary (refused); a NUL later is text like any
// other control character, kept, and shown as its picture U+2400 (text/visible.h).
bool looksBinary(const QByteArray &bytes);

// Plain text, Markdown or HTML, judged from the decoded content. The file name's extension is
// consulted only when the content's signals are weak (it breaks ties, it never overrules).
Format sniffTextFormat(QStringView text, const QString &path);

} // namespace sd
