// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sd {

namespace {

struct Shades {
    quint32 markerLight, markerDark, wordLight, wordDark;
};

constexpr std::array<Shades, kCategoryCount> kShades = {{
    {0x2ea043, 0x3fb950, 0xabf2bc, 0x1f5f2e}, // inserted
    {0xcf222e, 0xf85149, 0xffc0c0, 0x7a2428}, // deleted
    {0xc68a00, 0xd29922, 0xffe08a, 0x6b5310}, // replaced
    {0x8250df, 0xa371f7, 0xddccfb, 0x4b3480}, // moved
    {0x1b9a8f, 0x39c5bb, 0xb4ece6, 0x165a55}, // split / merged
    {0x0969da, 0x58a6ff, 0xc8e1ff, 0x1c4375}, // links
    {0xbf3989, 0xdb61a2, 0xf9d0ea, 0x6a254e}, // formatting
    {0x8c959f, 0x8b949e, 0xe4e7eb, 0x3a4047}, // typography
}};

} // namespace

ChangeColors categoryColors(Category c, bool dark) {
    const Shades &s = kShades[size_t(c)];
    return dark ? ChangeColors{s.markerDark, s.wordDark} : ChangeColors{s.markerLight, s.wordLight};
}

quint32 highlightColor(ChangeKind kind, bool dark) {
    if (kind == ChangeKind::LinkRemoved)
        return dark ? 0x5c352a : 0xffd8c4;
    if (kind == ChangeKind::LinkChanged)
        return dark ? 0x2a4d5c : 0xc4ecf8;
    return categoryColors(categoryOf(kind), dark).highlight;
}

quint32 markerColor(ChangeKind kind, bool dark) {
    if (kind == ChangeKind::LinkRemoved)
        return dark ? 0xf0883e : 0xbc4c00;
    if (kind == ChangeKind::LinkChanged)
        return dark ? 0x4cc3e8 : 0x1b7c9e;
    return categoryColors(categoryOf(kind), dark).marker;
}

double relativeLuminance(quint32 rgb) {
    const auto linear = [](quint32 channel) {
        const double v = double(channel & 0xff) / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
}

double contrastRatio(quint32 a, quint32 b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

quint32 mixRgb(quint32 from, quint32 to, double t) {
    quint32 out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
        const double f = (from >> shift) & 0xff, g = (to >> shift) & 0xff;
        out |= quint32(std::lround(f + (g - f) * t)) << shift;
    }
    return out;
}

namespace {

// The faintest colour on the way from `seed` (the soft shade) through `deep` (the kind's strong
// colour) on to `ink` (black or white, away from the base) that stands out by `ratio` from every
// colour in `backgrounds`: soft where the palette allows it, as strong as it must be.
quint32 standOut(quint32 seed, quint32 deep, quint32 ink,
                 const std::array<quint32, 1 + kCategoryCount> &backgrounds, double ratio) {
    constexpr int kSteps = 40; // per leg of the way
    for (int step = 0; step <= 2 * kSteps; ++step) {
        const quint32 c = step <= kSteps ? mixRgb(seed, deep, double(step) / kSteps)
                                         : mixRgb(deep, ink, double(step - kSteps) / kSteps);
        const bool clear = std::all_of(backgrounds.cbegin(), backgrounds.cend(),
                                       [&](quint32 bg) { return contrastRatio(c, bg) >= ratio; });
        if (clear)
            return c;
    }
    return ink;
}

// `preferred` if it reads on `background`, else whichever of black and white reads better.
quint32 readableOn(quint32 background, quint32 preferred, double ratio) {
    if (contrastRatio(preferred, background) >= ratio)
        return preferred;
    return contrastRatio(0x000000, background) >= contrastRatio(0xffffff, background) ? 0x000000
                                                                                      : 0xffffff;
}

} // namespace

PageShades pageShades(quint32 base, quint32 text, bool dark) {
    base &= 0xffffff;
    text &= 0xffffff;
    PageShades out{};
    std::array<quint32, 1 + kCategoryCount> backgrounds{};
    backgrounds[0] = base;
    for (int c = 0; c < kCategoryCount; ++c) {
        out.rowTint[c] = mixRgb(base, categoryColors(Category(c), dark).marker, dark ? 0.15 : 0.12);
        backgrounds[1 + c] = out.rowTint[c];
    }
    const quint32 ink = dark ? 0xffffff : 0x000000;
    for (int k = 0; k < kChangeKindCount; ++k) {
        const auto kind = ChangeKind(k);
        // A hair over the ratio: the app rounds through QColor, a browser through CSS.
        out.highlight[k] = standOut(highlightColor(kind, dark), markerColor(kind, dark), ink,
                                    backgrounds, kMinHighlightContrast + 0.05);
        out.highlightText[k] = readableOn(out.highlight[k], text, kMinTextContrast);
    }
    return out;
}

QString cssColor(quint32 rgb) {
    return QStringLiteral("#%1").arg(rgb & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace sd
