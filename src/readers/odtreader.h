// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/reader.h"

namespace sd {

// OpenDocument text (LibreOffice .odt): content.xml read with QXmlStreamReader.
//
//   <text:h text:outline-level="2">            -> Heading, level 2
//   <text:span text:style-name="T1">held</...> -> "held" Bold when style T1 has
//                                                 fo:font-weight="bold"
//   <text:a xlink:href="https://...">          -> a link
//
// Lists are list items, table cells one block per cell paragraph, text:s / text:tab /
// text:line-break are spacing. Tracked changes read as accepted: the text:tracked-changes
// region (deleted text) is skipped. Frames, notes and annotations are not part of the story.
class OdtReader final : public Reader {
public:
    Format format() const override { return Format::Odt; }
    bool read(const QByteArray &bytes, Document &doc, QString &error) const override;
};

} // namespace sd
