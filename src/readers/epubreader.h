// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/reader.h"

namespace sd {

// EPUB books: a zip of XHTML chapters. META-INF/container.xml names the package (OPF) file;
// its manifest lists the files and its spine the reading order. Each chapter in spine order
// is read with the HTML reader, all of its visible text (a chapter is all story); the
// navigation document (the table of contents) is not part of the story. The title is the
// package's dc:title. Reading goes through ZipArchive, with its caps on what may be unpacked.
class EpubReader final : public Reader {
public:
    Format format() const override { return Format::Epub; }
    bool read(const QByteArray &bytes, Document &doc, QString &error) const override;
};

} // namespace sd
