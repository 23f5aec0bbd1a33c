// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"
#include "output/palette.h"

#include <QBrush>
#include <QColor>
#include <QPalette>
#include <QString>
#include <array>

namespace sd {

// A set of hidden categories; the default shows everything.
class CategoryFilter {
public:
    bool shows(Category c) const { return !(m_hidden & bit(c)); }
    bool shows(ChangeKind k) const { return shows(categoryOf(k)); }
    void setShown(Category c, bool on) {
        m_hidden = on ? (m_hidden & ~bit(c)) : (m_hidden | bit(c));
    }
    quint32 hiddenMask() const { return m_hidden; }
    void setHiddenMask(quint32 mask) { m_hidden = mask; }
    friend bool operator==(const CategoryFilter &, const CategoryFilter &) = default;

private:
    static quint32 bit(Category c) { return 1u << int(c); }
    quint32 m_hidden = 0;
};

// Every colour the views use, in one place, derived from the system palette so that a dark
// desktop gets a dark diff. Views hold a const reference and never invent colours.
class Theme {
public:
    static Theme fromPalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    // Background behind changed words: at least kMinHighlightContrast against the base and
    // every row tint, so that no kind hides on any desktop.
    QColor highlight(ChangeKind kind) const { return m_highlight[int(kind)]; }
    // The text on that background: the palette's text colour where it reads well enough
    // (kMinTextContrast), else black or white.
    QColor highlightText(ChangeKind kind) const { return m_highlightText[int(kind)]; }
    // A strong, opaque colour for markers (ruler, connector, legend swatches).
    QColor marker(Category c) const { return m_marker[int(c)]; }
    // Faint whole-row tint behind paragraphs that changed.
    QColor rowTint(Category c) const { return m_rowTint[int(c)]; }
    QBrush gapBrush() const { return m_gapBrush; } // where one side has nothing
    QColor gapBase() const { return m_gapBase; }
    QColor link() const { return m_link; }
    QColor heading() const { return m_heading; }
    QColor dimmedText() const { return m_dimmed; }
    QColor deletedText() const { return m_deletedText; }   // inline view
    QColor insertedText() const { return m_insertedText; } // inline view
    QColor flash() const { return m_flash; }
    QColor current() const { return m_current; }
    QColor codeBackground() const { return m_code; }
    // One colour per version for the multi-version views (columns, blame, legend). Indices past
    // the palette cycle; the base or first version is never tinted, so it needs no entry.
    QColor versionMarker(int version) const { return m_versionMarker[version % kVersionHues]; }
    QColor versionTint(int version) const { return m_versionTint[version % kVersionHues]; }
    // The heat strip: from "every version agrees" (transparent) to "all of them differ".
    QColor heat(double level) const;
    QColor gridLine() const { return m_gridLine; }

    static constexpr int kVersionHues = 8;
    // WCAG 2: 3:1 for what is not text (1.4.11), 4.5:1 for text (1.4.3) (output/palette.h).
    static constexpr double kMinHighlightContrast = sd::kMinHighlightContrast;
    static constexpr double kMinTextContrast = sd::kMinTextContrast;

private:
    bool m_dark = false;
    std::array<QColor, kChangeKindCount> m_highlight;
    std::array<QColor, kChangeKindCount> m_highlightText;
    std::array<QColor, kCategoryCount> m_marker;
    std::array<QColor, kCategoryCount> m_rowTint;
    QBrush m_gapBrush;
    std::array<QColor, kVersionHues> m_versionMarker;
    std::array<QColor, kVersionHues> m_versionTint;
    QColor m_heatLow, m_heatHigh, m_gridLine;
    QColor m_gapBase, m_link, m_heading, m_dimmed, m_deletedText, m_insertedText, m_flash,
        m_current, m_code;
};

} // namespace sd
