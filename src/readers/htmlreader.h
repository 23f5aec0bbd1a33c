// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/reader.h"

namespace sd {

// HTML pages, parsed by gumbo (the HTML5 parsing algorithm, so tag soup reads as a browser
// reads it). Only the story is kept, found as Mozilla's Readability finds it: the container
// with the best prose score and its worthy siblings, with link lists, comment sections and
// other furniture inside cleaned out (Extraction::Scored). When nothing scores, the page's
// <article> or <main> (Extraction::Article), else all its visible text (Extraction::Fallback).
// Navigation, page headers and footers, asides, scripts, forms and hidden elements are never
// part of it.
//
//   <p>Lavrov <em>held</em> <a href="/talks">talks</a></p>
//     -> Paragraph "Lavrov held talks": "held" Italic, "talks" linked to <base href> + "/talks"
//
// The title is <title>, else og:title, else the first <h1>. Nothing is ever fetched.
class HtmlReader final : public Reader {
public:
    Format format() const override { return Format::Html; }
    bool read(const QByteArray &bytes, Document &doc, QString &error) const override;
    bool readDecoded(const QByteArray &bytes, const DecodedText &decoded, Document &doc,
                     QString &error) const override;
    // The story of already decoded HTML, and how it was found; false when the page has no
    // visible text.
    static bool blocksFromHtml(const QString &html, QList<Block> &blocks, QString *title,
                               Extraction *how = nullptr);
    // Every visible word of the page's body (an EPUB chapter is all story); no source
    // offsets, hrefs as written.
    static void bodyBlocks(const QString &html, QList<Block> &blocks);
};

} // namespace sd
