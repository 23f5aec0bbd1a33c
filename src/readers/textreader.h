// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/reader.h"

namespace sd {

// Plain text. Paragraphs end at blank lines. A hard-wrapped file (lines broken near one width)
// has its lines joined; in a file whose lines are not wrapped, each line is a paragraph:
//
//   wrapped (width ~70)                        unwrapped (lines of any length)
//   The sides agreed to continue               date 2017-05-11 © Global Look Press
//   cooperation to solve problems.       ->    Meeting by Russian Foreign Minister ...
//   => one block                               => two blocks
class TextReader final : public DecodingReader {
public:
    Format format() const override { return Format::Text; }
    bool readDecoded(const QByteArray &bytes, const DecodedText &decoded, Document &doc,
                     QString &error) const override;
    // The block structure of already decoded text (offsets are into `text`).
    static QList<Block> blocksFromText(QStringView text);
};

} // namespace sd
