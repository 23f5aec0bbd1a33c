// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <array>

namespace sd {

// What a comparison hides. One value shared by the CLI flags and the GUI toggles.
// Whitespace and line wrapping inside a paragraph never count, whatever the options.
struct CompareOptions {
    bool ignoreCase = false;
    bool ignorePunctuation = false;
    bool ignoreTypography = false; // quote styles, dashes, ellipses, NBSP: hidden, not reported
    bool ignoreFormatting = false;
    bool ignoreLinks = false;
    friend bool operator==(const CompareOptions &, const CompareOptions &) = default;
};

// One ignore option everywhere it shows: the CLI flag and its --help line, the "options" names
// in JSON (and so the --resume check), the GUI toggle and its QSettings key. A new option is a
// member above and a row below; every list of options is built from this table, in its order.
struct IgnoreOption {
    bool CompareOptions::*member;
    const char *name;      // the CLI flag without its dashes, and the JSON name: "ignore-case"
    const char *shortName; // its one-letter CLI alias as in diff(1) and grep ("i"), or null
    const char *help;      // the flag's line in --help
    const char *label;     // the GUI toggle (Compare menu and the Options toolbar)
    const char *tip;       // the GUI toggle's tooltip and status tip
    const char *key;       // QSettings "options/<key>"; the toggle's object name is "<key>Action"
};

inline constexpr std::array<IgnoreOption, 5> kIgnoreOptions = {{
    {&CompareOptions::ignoreCase, "ignore-case", "i", "Ignore case differences.", "Ignore Case",
     "Treat upper and lower case as the same", "ignoreCase"},
    {&CompareOptions::ignorePunctuation, "ignore-punctuation", nullptr, "Ignore punctuation.",
     "Ignore Punctuation", "Do not report changed punctuation", "ignorePunctuation"},
    {&CompareOptions::ignoreTypography, "ignore-typography", nullptr,
     "Hide quote, dash, ellipsis and non-breaking space changes.", "Ignore Typography",
     "Treat straight and curly quotes, dashes and ellipses as the same", "ignoreTypography"},
    {&CompareOptions::ignoreFormatting, "ignore-formatting", nullptr, "Ignore formatting changes.",
     "Ignore Formatting", "Do not report italic, bold and heading changes", "ignoreFormatting"},
    {&CompareOptions::ignoreLinks, "ignore-links", nullptr, "Ignore link changes.", "Ignore Links",
     "Do not report added, removed or changed links", "ignoreLinks"},
}};

static_assert(sizeof(CompareOptions) == kIgnoreOptions.size() * sizeof(bool),
              "every member of CompareOptions has its row in kIgnoreOptions");

// The options that are on, named as the CLI's flags without the dashes ("ignore-case" ...).
inline QStringList optionNames(const CompareOptions &o) {
    QStringList names;
    for (const IgnoreOption &option : kIgnoreOptions)
        if (o.*option.member)
            names.append(QLatin1String(option.name));
    return names;
}

} // namespace sd
