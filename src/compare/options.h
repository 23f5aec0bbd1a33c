#pragma once

#include <QStringList>

#include <utility>

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

// The options that are on, named as the CLI's flags without the dashes ("ignore-case" ...).
inline QStringList optionNames(const CompareOptions &o) {
    QStringList names;
    const std::pair<bool, const char *> all[] = {
        {o.ignoreCase, "ignore-case"},           {o.ignorePunctuation, "ignore-punctuation"},
        {o.ignoreTypography, "ignore-typography"}, {o.ignoreFormatting, "ignore-formatting"},
        {o.ignoreLinks, "ignore-links"}};
    for (const auto &[on, name] : all)
        if (on)
            names.append(QLatin1String(name));
    return names;
}

} // namespace sd
