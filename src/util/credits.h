// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// StoryDiff's licence and the libraries it is built with, as one table for the About box,
// `storydiff --version` and `storydiff-cli --version`, so that the three always agree.

#include <QString>
#include <QtGlobal>

#include <array>

namespace sd {

struct Credit {
    const char *name;
    const char *use;
    const char *licence; // SPDX where there is an identifier
};

inline constexpr std::array<Credit, 8> kCredits{{
    {"Qt", "application framework", "LGPL-3.0-only OR GPL-2.0-or-later"},
    {"dtl", "word diff (Wu-Manber-Myers O(NP))", "BSD-3-Clause"},
    {"md4c", "Markdown (CommonMark) parser", "MIT"},
    {"gumbo", "HTML5 parser", "Apache-2.0"},
    {"QuaZip", "DOCX, ODT and EPUB archives", "LGPL-2.1-or-later, static linking exception"},
    {"poppler", "PDF text", "GPL-2.0-only OR GPL-3.0-only"},
    {"ICU", "word breaking, legacy encodings", "Unicode-DFS-2016"},
    {"uchardet", "encoding detection", "MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"},
}};

inline constexpr const char *kLicenceName = "GPL-3.0-or-later";
inline constexpr const char *kLicenceUrl = "https://www.gnu.org/licenses/gpl-3.0.html";

// Qt is shared, so the version that runs is the one to name.
inline QString creditName(const Credit &c) {
    const QString name = QLatin1String(c.name);
    return name == QLatin1String("Qt") ? name + QLatin1Char(' ') + QLatin1String(qVersion()) : name;
}

// Every credit through `format` (%1 name, %2 use, %3 licence), one after another.
inline QString creditLines(const QString &format) {
    QString lines;
    for (const Credit &c : kCredits)
        lines += format.arg(creditName(c), QLatin1String(c.use), QLatin1String(c.licence));
    return lines;
}

// The plain-text block printed by both programs' --version, after their "name version" line.
inline QString creditsText() {
    return QStringLiteral("Copyright (C) the StoryDiff authors.\n"
                          "Licence: %1 <%2>.\n"
                          "This is free software: you are free to change and redistribute it.\n"
                          "There is NO WARRANTY, to the extent permitted by law.\n\n"
                          "Built with (poppler's GPL makes StoryDiff as a whole GPL):\n")
               .arg(QLatin1String(kLicenceName), QLatin1String(kLicenceUrl)) +
           creditLines(QStringLiteral("  %1: %2. Licence: %3\n"));
}

// The same as HTML, for the About box.
inline QString creditsHtml() {
    return QStringLiteral("<p>Licence: <a href=\"%2\">%1</a>. This is free software; there is "
                          "NO WARRANTY, to the extent permitted by law.</p><p>Built with:</p><ul>")
               .arg(QLatin1String(kLicenceName), QLatin1String(kLicenceUrl)) +
           creditLines(QStringLiteral("<li><b>%1</b>: %2 (%3)</li>")) +
           QStringLiteral("</ul><p>poppler's GPL makes StoryDiff as a whole GPL; gumbo's "
                          "Apache-2.0 licence fits GPL version 3, not version 2.</p>");
}

} // namespace sd
