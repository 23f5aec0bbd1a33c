// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/reader.h"

namespace sd {

// The PDF reader lives in a module of its own (storydiff-pdf.so, shipped with the program in
// LIBEXECDIR/storydiff) that is loaded the first time a PDF is read: poppler and the Qt GUI stack
// it needs are some forty libraries, and loading them cost every run, a .txt pair's included,
// more time than comparing it. Without the module a PDF fails with a message that says so.
class PdfModuleReader final : public Reader {
public:
    Format format() const override { return Format::Pdf; }
    bool read(const QByteArray &bytes, Document &doc, QString &error) const override;
};

// The module's one entry point: its reader, when the module was built for this ABI.
inline constexpr int kPdfModuleAbi = 1;
using PdfModuleEntry = const Reader *(*)(int abi);
inline constexpr char kPdfModuleEntryName[] = "storydiff_pdf_reader";

} // namespace sd
