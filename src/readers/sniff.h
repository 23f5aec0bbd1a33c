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
// or many control characters).
bool looksBinary(const QByteArray &bytes);

// Plain text, Markdown or HTML, judged from the decoded content. The file name's extension is
// consulted only when the content's signals are weak (it breaks ties, it never overrules).
Format sniffTextFormat(QStringView text, const QString &path);

} // namespace sd
