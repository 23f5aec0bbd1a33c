// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a PDF's words look like (internal to the PDF reader): the font of each word, for bold,
// italic and headings, and the lines that repeat at the head or foot of every page.

#include "document/token.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace sd::pdf {

struct WordFont {
    QString text;
    QRectF box;
    Styles style = NoStyle;   // of its first character
    QList<Styles> charStyles; // one per UTF-16 unit when the font changes inside the word
    double size = 0;          // points; 0 when unknown
};

// The fonts of a PDF's words, page by page (poppler-cpp names them; poppler-qt6 does not).
// Without poppler-cpp in the build, or for a PDF it cannot open, every page has none.
class FontReader {
public:
    explicit FontReader(const QByteArray &bytes);
    ~FontReader();
    FontReader(const FontReader &) = delete;
    FontReader &operator=(const FontReader &) = delete;
    QList<WordFont> page(int index) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Bold and italic from a font's name: "ABCDEF+DejaVuSerif-BoldItalic", "Helvetica-Oblique",
// "Arial,Bold", "MinionPro-Semibold". The subset prefix before '+' is not part of the name.
Styles stylesFromFontName(QString name);

// A line's text with its numbers made alike ("Page 3 of 9" and "Page 4 of 9" match), for
// finding running heads and feet.
QString runningKey(const QString &line);
// "12", "- 12 -", "Page 12", "12 of 30", "xii": a line that is only a page number.
bool isPageNumber(const QString &line);

// Of the first and last lines of each page (their texts, in page order; empty when the
// page has none), those that are running heads or feet: page numbers, and a text that
// repeats on most pages. Needs two pages or more.
struct PageEdges {
    QString first, last;
    double firstTop = 0, lastBottom = 0; // a running line stands at the same place every time
};
struct RunningLines {
    bool first = false, last = false;
};
QList<RunningLines> findRunningLines(const QList<PageEdges> &pages);

} // namespace sd::pdf
