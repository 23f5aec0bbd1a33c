// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/theme.h"

#include "output/versionhues.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace sd {
namespace {

// How bright a colour looks (0..255): pure blue has HSL lightness 127 but reads as dark.
int perceivedBrightness(const QColor &c) {
    return (299 * c.red() + 587 * c.green() + 114 * c.blue()) / 1000;
}

quint32 rgbOf(const QColor &c) {
    return c.rgb() & 0xffffff;
}

} // namespace

Theme Theme::fromPalette(const QPalette &palette) {
    Theme t;
    const QColor base = palette.color(QPalette::Base);
    t.m_dark = base.lightness() < 128;
    // The change colours come from the core palette, and the shades from the function the HTML
    // report uses too (output/palette.h: pageShades).
    const PageShades shades =
        pageShades(rgbOf(base), rgbOf(palette.color(QPalette::Text)), t.m_dark);
    for (int c = 0; c < kCategoryCount; ++c) {
        t.m_marker[c] = QColor::fromRgb(categoryColors(Category(c), t.m_dark).marker);
        t.m_rowTint[c] = QColor::fromRgb(shades.rowTint[c]);
    }
    for (int k = 0; k < kChangeKindCount; ++k) {
        t.m_highlight[k] = QColor::fromRgb(shades.highlight[k]);
        t.m_highlightText[k] = QColor::fromRgb(shades.highlightText[k]);
    }
    t.m_gapBase = t.m_dark ? base.lighter(115) : base.darker(104);
    t.m_gapBrush = QBrush(t.m_dark ? base.lighter(135) : base.darker(112), Qt::BDiagPattern);
    t.m_link = palette.color(QPalette::Link);
    // A dark palette that keeps the light default link colour (Qt's is pure blue) gets a link
    // blue that reads on a dark background.
    if (t.m_dark && perceivedBrightness(t.m_link) < 110)
        t.m_link = QColor(0x58, 0xa6, 0xff);
    t.m_heading = t.m_dark ? QColor(0xe6, 0xed, 0xf3) : QColor(0x1f, 0x23, 0x28);
    t.m_dimmed = palette.color(QPalette::PlaceholderText);
    t.m_deletedText = t.m_marker[int(Category::Deleted)];
    t.m_insertedText = t.m_dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    t.m_flash = t.m_dark ? QColor(0xff, 0xd3, 0x3d, 150) : QColor(0xff, 0xd3, 0x3d, 190);
    t.m_current = t.m_dark ? QColor(0xff, 0xff, 0xff, 40) : QColor(0x00, 0x00, 0x00, 22);
    t.m_code = t.m_dark ? base.lighter(140) : base.darker(108);

    static_assert(kVersionHues == kVersionHueCount, "one hue per version of the palette");
    // Version hues (palette.h); tints are mixed towards the base like the row tints, dark enough
    // on a dark desktop that light text stays readable.
    for (int v = 0; v < kVersionHues; ++v) {
        const QColor h = QColor::fromRgb(versionHue(v));
        t.m_versionMarker[v] = t.m_dark ? h.lighter(125) : h;
        t.m_versionTint[v] =
            QColor::fromRgb(mixRgb(rgbOf(base), versionHue(v), t.m_dark ? 0.45 : 0.32));
    }
    t.m_heatLow = t.m_dark ? QColor(0xd2, 0x99, 0x22) : QColor(0xf2, 0xb4, 0x4c);
    t.m_heatHigh = t.m_dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xc4, 0x1e, 0x3a);
    t.m_gridLine = t.m_dark ? base.lighter(160) : base.darker(115);
    return t;
}

QColor Theme::heat(double level) const {
    if (level <= 0)
        return Qt::transparent;
    level = std::min(level, 1.0);
    // One differing version is already clearly visible; more of them deepen towards red.
    const auto mix = [&](double a, double b) { return a + (b - a) * level; };
    QColor c = QColor::fromRgbF(mix(m_heatLow.redF(), m_heatHigh.redF()),
                                mix(m_heatLow.greenF(), m_heatHigh.greenF()),
                                mix(m_heatLow.blueF(), m_heatHigh.blueF()));
    c.setAlphaF(0.55 + 0.45 * level);
    return c;
}

} // namespace sd
