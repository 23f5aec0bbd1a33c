// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/formats.h"

#include "readers/htmlreader.h"
#include "readers/markdownreader.h"
#include "readers/readermodule.h"
#include "readers/textreader.h"

#include <iterator>

namespace sd {
namespace {

template <class R> const Reader *readerOf() {
    static const R reader;
    return &reader;
}

// A reader in a module (readers/readermodule.h), loaded when it first reads a file.
template <Format F, ReaderModule M> const Reader *moduleReaderOf() {
    static const ModuleReader reader(F, M);
    return &reader;
}

bool isPdf(const QByteArray &bytes) {
    return bytes.startsWith("%PDF-");
}

// A zip package that names its kind in an uncompressed "mimetype" entry stored first (ODF,
// EPUB): the name and the type are visible in the first local file header.
bool isZipOfMimetype(const QByteArray &bytes, const char *mimetype) {
    return bytes.startsWith("PK\x03\x04") &&
           bytes.left(4096).contains(QByteArray("mimetype") + mimetype);
}

bool isOdt(const QByteArray &bytes) {
    return isZipOfMimetype(bytes, "application/vnd.oasis.opendocument.text");
}

bool isEpub(const QByteArray &bytes) {
    return isZipOfMimetype(bytes, "application/epub+zip");
}

// A Word file has "word/" parts and a content types part, whatever its order.
bool isDocx(const QByteArray &bytes) {
    return bytes.startsWith("PK\x03\x04") &&
           (bytes.contains("word/document.xml") || bytes.contains("[Content_Types].xml"));
}

const FormatSpec kFormats[] = {
    {Format::Pdf, "pdf", "pdf", isPdf, moduleReaderOf<Format::Pdf, ReaderModule::Pdf>},
    {Format::Odt, "odt", "odt", isOdt, moduleReaderOf<Format::Odt, ReaderModule::Zip>},
    {Format::Epub, "epub", "epub", isEpub, moduleReaderOf<Format::Epub, ReaderModule::Zip>},
    {Format::Docx, "docx", "docx", isDocx, moduleReaderOf<Format::Docx, ReaderModule::Zip>},
    {Format::Html, "html", "html htm xhtml", nullptr, readerOf<HtmlReader>},
    {Format::Markdown, "markdown", "md markdown mdown mkd", nullptr, readerOf<MarkdownReader>},
    {Format::Text, "text", "txt", nullptr, readerOf<TextReader>},
};
static_assert(std::size(kFormats) == size_t(Format::Epub) + 1, "one row per Format");

} // namespace

std::span<const FormatSpec> formatSpecs() {
    return kFormats;
}

const FormatSpec &formatSpec(Format format) {
    for (const FormatSpec &f : kFormats)
        if (f.format == format)
            return f;
    return kFormats[std::size(kFormats) - 1]; // unreachable: every Format has its row
}

bool hasExtension(Format format, const QString &suffix) {
    const QStringList exts = QString::fromLatin1(formatSpec(format).extensions).split(u' ');
    return exts.contains(suffix.toLower());
}

QString storyFilePatterns() {
    QStringList patterns;
    for (const FormatSpec &f : kFormats)
        for (const QString &ext : QString::fromLatin1(f.extensions).split(u' '))
            patterns << QStringLiteral("*.") + ext;
    return patterns.join(u' ');
}

QString formatName(Format format) {
    return QString::fromLatin1(formatSpec(format).name);
}

const Reader *readerFor(Format format) {
    const FormatSpec &f = formatSpec(format);
    return f.reader ? f.reader() : nullptr;
}

} // namespace sd
