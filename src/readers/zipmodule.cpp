// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point of storydiff-zip.so, the module of the zip-based readers (DOCX, ODT, EPUB) and
// QuaZip, loaded the first time one of them reads a file (readers/readermodule.h).
#include "readers/docxreader.h"
#include "readers/epubreader.h"
#include "readers/odtreader.h"
#include "readers/readermodule.h"

extern "C" Q_DECL_EXPORT const sd::Reader *storydiff_module_reader(int abi, sd::Format format) {
    static const sd::DocxReader docx;
    static const sd::OdtReader odt;
    static const sd::EpubReader epub;
    if (abi != sd::kReaderModuleAbi)
        return nullptr;
    switch (format) {
    case sd::Format::Docx:
        return &docx;
    case sd::Format::Odt:
        return &odt;
    case sd::Format::Epub:
        return &epub;
    case sd::Format::Text:
    case sd::Format::Markdown:
    case sd::Format::Html:
    case sd::Format::Pdf:
        return nullptr;
    }
    return nullptr;
}
