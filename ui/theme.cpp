#include "theme.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd {

Category categoryOf(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Insert: return Category::Inserted;
    case ChangeKind::Delete: return Category::Deleted;
    case ChangeKind::Replace: return Category::Replaced;
    case ChangeKind::Move: return Category::Moved;
    case ChangeKind::Split:
    case ChangeKind::Merge: return Category::SplitMerge;
    case ChangeKind::LinkAdded:
    case ChangeKind::LinkRemoved:
    case ChangeKind::LinkChanged: return Category::Links;
    case ChangeKind::FormatAdded:
    case ChangeKind::FormatRemoved: return Category::Formatting;
    case ChangeKind::Typography: return Category::Typography;
    }
    return Category::Replaced;
}

QString categoryLabel(Category c) {
    switch (c) {
    case Category::Inserted: return QCoreApplication::translate("sd", "Inserted");
    case Category::Deleted: return QCoreApplication::translate("sd", "Deleted");
    case Category::Replaced: return QCoreApplication::translate("sd", "Replaced");
    case Category::Moved: return QCoreApplication::translate("sd", "Moved");
    case Category::SplitMerge: return QCoreApplication::translate("sd", "Split / merged");
    case Category::Links: return QCoreApplication::translate("sd", "Links");
    case Category::Formatting: return QCoreApplication::translate("sd", "Formatting");
    case Category::Typography: return QCoreApplication::translate("sd", "Typography");
    }
    return {};
}

QString changeKindLabel(ChangeKind k) {
    switch (k) {
    case ChangeKind::Insert: return QCoreApplication::translate("sd", "Inserted");
    case ChangeKind::Delete: return QCoreApplication::translate("sd", "Deleted");
    case ChangeKind::Replace: return QCoreApplication::translate("sd", "Replaced");
    case ChangeKind::Move: return QCoreApplication::translate("sd", "Moved");
    case ChangeKind::Split: return QCoreApplication::translate("sd", "Split");
    case ChangeKind::Merge: return QCoreApplication::translate("sd", "Merged");
    case ChangeKind::LinkAdded: return QCoreApplication::translate("sd", "Link added");
    case ChangeKind::LinkRemoved: return QCoreApplication::translate("sd", "Link removed");
    case ChangeKind::LinkChanged: return QCoreApplication::translate("sd", "Link changed");
    case ChangeKind::FormatAdded: return QCoreApplication::translate("sd", "Formatting added");
    case ChangeKind::FormatRemoved: return QCoreApplication::translate("sd", "Formatting removed");
    case ChangeKind::Typography: return QCoreApplication::translate("sd", "Typography");
    }
    return {};
}

Theme Theme::fromPalette(const QPalette &palette) {
    Theme t;
    const QColor base = palette.color(QPalette::Base);
    t.m_dark = base.lightness() < 128;
    // Hues chosen so that red/green never carry the meaning alone: replaced is amber, moved
    // violet, links blue; the legend names each one.
    struct Hue {
        QColor light, dark;
    };
    const std::array<Hue, kCategoryCount> markers = {{
        {QColor(0x2e, 0xa0, 0x43), QColor(0x3f, 0xb9, 0x50)}, // inserted
        {QColor(0xcf, 0x22, 0x2e), QColor(0xf8, 0x51, 0x49)}, // deleted
        {QColor(0xc6, 0x8a, 0x00), QColor(0xd2, 0x99, 0x22)}, // replaced
        {QColor(0x82, 0x50, 0xdf), QColor(0xa3, 0x71, 0xf7)}, // moved
        {QColor(0x1b, 0x9a, 0x8f), QColor(0x39, 0xc5, 0xbb)}, // split / merged
        {QColor(0x09, 0x69, 0xda), QColor(0x58, 0xa6, 0xff)}, // links
        {QColor(0xbf, 0x39, 0x89), QColor(0xdb, 0x61, 0xa2)}, // formatting
        {QColor(0x8c, 0x95, 0x9f), QColor(0x8b, 0x94, 0x9e)}, // typography
    }};
    const std::array<QColor, kCategoryCount> lightWords = {
        QColor(0xab, 0xf2, 0xbc), QColor(0xff, 0xc0, 0xc0), QColor(0xff, 0xe0, 0x8a),
        QColor(0xdd, 0xcc, 0xfb), QColor(0xb4, 0xec, 0xe6), QColor(0xc8, 0xe1, 0xff),
        QColor(0xf9, 0xd0, 0xea), QColor(0xe4, 0xe7, 0xeb)};
    const std::array<QColor, kCategoryCount> darkWords = {
        QColor(0x1f, 0x5f, 0x2e), QColor(0x7a, 0x24, 0x28), QColor(0x6b, 0x53, 0x10),
        QColor(0x4b, 0x34, 0x80), QColor(0x16, 0x5a, 0x55), QColor(0x1c, 0x43, 0x75),
        QColor(0x6a, 0x25, 0x4e), QColor(0x3a, 0x40, 0x47)};
    for (int c = 0; c < kCategoryCount; ++c) {
        t.m_marker[c] = t.m_dark ? markers[c].dark : markers[c].light;
        // Row tints: the word colour mixed far towards the base, so words stand out in it.
        const QColor w = t.m_dark ? darkWords[c] : lightWords[c];
        const double k = t.m_dark ? 0.35 : 0.3;
        t.m_rowTint[c] = QColor::fromRgbF(base.redF() + (w.redF() - base.redF()) * k,
                                          base.greenF() + (w.greenF() - base.greenF()) * k,
                                          base.blueF() + (w.blueF() - base.blueF()) * k);
    }
    for (int k = 0; k < kChangeKindCount; ++k) {
        const auto kind = ChangeKind(k);
        const int c = int(categoryOf(kind));
        QColor w = t.m_dark ? darkWords[c] : lightWords[c];
        if (kind == ChangeKind::LinkRemoved)
            w = t.m_dark ? QColor(0x5c, 0x35, 0x2a) : QColor(0xff, 0xd8, 0xc4);
        else if (kind == ChangeKind::LinkChanged)
            w = t.m_dark ? QColor(0x2a, 0x4d, 0x5c) : QColor(0xc4, 0xec, 0xf8);
        if (kind == ChangeKind::FormatAdded || kind == ChangeKind::FormatRemoved)
            w = t.m_dark ? w.darker(140) : w.lighter(106); // the dotted underline carries it
        t.m_highlight[k] = w;
    }
    t.m_gapBase = t.m_dark ? base.lighter(115) : base.darker(104);
    t.m_gapBrush = QBrush(t.m_dark ? base.lighter(135) : base.darker(112), Qt::BDiagPattern);
    t.m_link = palette.color(QPalette::Link);
    if (t.m_dark && t.m_link.lightness() < 110)
        t.m_link = QColor(0x58, 0xa6, 0xff);
    t.m_heading = t.m_dark ? QColor(0xe6, 0xed, 0xf3) : QColor(0x1f, 0x23, 0x28);
    t.m_dimmed = palette.color(QPalette::PlaceholderText);
    t.m_deletedText = t.m_marker[int(Category::Deleted)];
    t.m_insertedText = t.m_dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    t.m_flash = t.m_dark ? QColor(0xff, 0xd3, 0x3d, 150) : QColor(0xff, 0xd3, 0x3d, 190);
    t.m_current = t.m_dark ? QColor(0xff, 0xff, 0xff, 40) : QColor(0x00, 0x00, 0x00, 22);
    t.m_code = t.m_dark ? base.lighter(140) : base.darker(108);

    // Version hues: a qualitative palette (Tableau 10 order, minus grey) so that neighbouring
    // versions never get similar colours; tints are mixed towards the base like the row tints,
    // dark enough on a dark desktop that light text stays readable.
    const std::array<QColor, kVersionHues> versionHues = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
        QColor(0xe1, 0x57, 0x59), QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2),
        QColor(0xed, 0xc9, 0x48), QColor(0x9c, 0x75, 0x5f)};
    for (int v = 0; v < kVersionHues; ++v) {
        const QColor h = versionHues[v];
        t.m_versionMarker[v] = t.m_dark ? h.lighter(125) : h;
        const double k = t.m_dark ? 0.45 : 0.32;
        t.m_versionTint[v] = QColor::fromRgbF(base.redF() + (h.redF() - base.redF()) * k,
                                              base.greenF() + (h.greenF() - base.greenF()) * k,
                                              base.blueF() + (h.blueF() - base.blueF()) * k);
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
