// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/reader.h"

namespace sd {

// CommonMark with the GitHub extensions people write in (strikethrough, tables, autolinks),
// parsed by md4c. Markup never becomes words: emphasis, strong, code and strikethrough become
// token styles, links keep their href, images and raw HTML tags are dropped.
class MarkdownReader final : public DecodingReader {
public:
    Format format() const override { return Format::Markdown; }
    bool readDecoded(const QByteArray &bytes, const DecodedText &decoded, Document &doc,
                     QString &error) const override;
    static QList<Block> blocksFromMarkdown(const QString &text, QString *title = nullptr);
};

// Decodes one HTML character reference ("&amp;", "&#x2014;"); empty when it is not one.
QString decodeEntity(QStringView entity);

} // namespace sd
