// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/reader.h"

namespace sd {

// Word documents (Office Open XML): word/document.xml read with QXmlStreamReader.
//
//   <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>          -> Heading, level 2
//   <w:r><w:rPr><w:b/></w:rPr><w:t>held</w:t></w:r>           -> "held" Bold
//   <w:hyperlink r:id="rId4"> ... </w:hyperlink>              -> linked to the rels Target
//
// Lists (numPr) are list items, table cells one block per cell paragraph. Tracked changes read
// as accepted: insertions and moved-to text kept, deletions and moved-from text dropped.
// Text boxes, drawings, comments, headers, footers and footnotes are not part of the story.
class DocxReader final : public Reader {
public:
    Format format() const override { return Format::Docx; }
    bool read(const QByteArray &bytes, Document &doc, QString &error) const override;
};

} // namespace sd
