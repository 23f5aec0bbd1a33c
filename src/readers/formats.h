// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one table of the formats StoryDiff reads: for each Format, its name (as JSON and
// messages spell it), its file extensions, how its bytes are recognised, and its reader.
// Everything that lists formats (formatName, readerFor, sniffing, the open dialog's filter)
// reads this table.

#include "document/document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <span>

namespace sd {

class Reader;

struct FormatSpec {
    Format format;
    const char *name;
    const char *extensions; // lower case, space-separated, the usual one first
    // Recognises a container format by its bytes; nullptr for a text format, which is told by
    // its content (sniffTextFormat).
    bool (*sniff)(const QByteArray &bytes);
    const Reader *(*reader)(); // nullptr when this build has no reader for the format
};

// In the order sniffing tries them.
std::span<const FormatSpec> formatSpecs();
const FormatSpec &formatSpec(Format format);
bool hasExtension(Format format, const QString &suffix); // suffix without the dot, any case
// "*.txt *.md ...": every extension of every format, for file dialogs.
QString storyFilePatterns();

} // namespace sd
