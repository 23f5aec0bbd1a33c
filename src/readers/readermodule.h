// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/reader.h"

namespace sd {

// Readers whose libraries cost every run to load live in modules of their own, shipped with the
// program in LIBEXECDIR/storydiff and loaded the first time a file of theirs is read:
//   storydiff-pdf.so  PDF: poppler-qt6, poppler-cpp and the Qt GUI stack (some forty libraries)
//   storydiff-zip.so  DOCX, ODT, EPUB: QuaZip and Qt6Core5Compat (a fifth of the relocations)
// so that a .txt pair pays for none of them. Without its module a file fails with a message
// that says which support is missing.
enum class ReaderModule { Pdf, Zip };

class ModuleReader final : public Reader {
public:
    ModuleReader(Format format, ReaderModule module) : m_format(format), m_module(module) {}
    Format format() const override { return m_format; }
    bool read(const QByteArray &bytes, Document &doc, QString &error) const override;

private:
    Format m_format;
    ReaderModule m_module;
};

// A module's one entry point: its reader of a format, when the module was built for this ABI
// and reads that format (else nullptr).
inline constexpr int kReaderModuleAbi = 2;
using ReaderModuleEntry = const Reader *(*)(int abi, Format format);
inline constexpr char kReaderModuleEntryName[] = "storydiff_module_reader";

} // namespace sd
