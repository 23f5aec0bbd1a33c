// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/reader.h"

namespace sd {

// PDF text layers, read with poppler. Words come in reading order with their boxes; lines are
// rebuilt from the boxes and paragraphs from the lines' geometry (a gap well over the usual
// line pitch, or a first-line indent, starts a paragraph). A line ending in "exam-" joins
// "ple" as "example". Web links (URI annotations) go to the words their areas cover.
// Scans without a text layer have no words: the reader says so instead of inventing any.
class PdfReader final : public Reader {
public:
    Format format() const override { return Format::Pdf; }
    bool read(const QByteArray &bytes, Document &doc, QString &error) const override;
    // Reading stops after this many pages in a row without text (a PDF of blank pages).
    static constexpr int kMaxEmptyPagesInARow = 200;
};

} // namespace sd
