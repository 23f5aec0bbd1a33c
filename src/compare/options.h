#pragma once

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

} // namespace sd
