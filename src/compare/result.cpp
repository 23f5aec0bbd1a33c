// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/result.h"

#include <QCoreApplication>

namespace sd {

QString changeKindName(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Insert: return QStringLiteral("insert");
    case ChangeKind::Delete: return QStringLiteral("delete");
    case ChangeKind::Replace: return QStringLiteral("replace");
    case ChangeKind::Move: return QStringLiteral("move");
    case ChangeKind::Split: return QStringLiteral("split");
    case ChangeKind::Merge: return QStringLiteral("merge");
    case ChangeKind::LinkAdded: return QStringLiteral("link-added");
    case ChangeKind::LinkRemoved: return QStringLiteral("link-removed");
    case ChangeKind::LinkChanged: return QStringLiteral("link-changed");
    case ChangeKind::FormatAdded: return QStringLiteral("format-added");
    case ChangeKind::FormatRemoved: return QStringLiteral("format-removed");
    case ChangeKind::Typography: return QStringLiteral("typography");
    case ChangeKind::HeadingLevel: return QStringLiteral("heading-level");
    }
    return {};
}

QString styleName(Styles style) {
    if (style & Italic)
        return QStringLiteral("italic");
    if (style & Bold)
        return QStringLiteral("bold");
    if (style & Code)
        return QStringLiteral("code");
    if (style & Strike)
        return QStringLiteral("strike");
    return {};
}

QString Comparison::sideText(const Change &change, Side s) const {
    const Document &doc = document(s);
    const ChangeSide &side = change.side(s);
    if (!side.isValid() || side.blockEnd > doc.blocks.size())
        return {};
    if (side.blockCount() == 1)
        return doc.blocks.at(side.blockBegin).spanText(side.tokenBegin, side.tokenEnd);
    QStringList parts;
    forEachBlockSpan(doc, side, [&](const BlockSpan &span) {
        parts.append(doc.blocks.at(span.block).spanText(span.tokenBegin, span.tokenEnd));
    });
    return parts.join(QLatin1Char('\n'));
}

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
    case ChangeKind::FormatRemoved:
    case ChangeKind::HeadingLevel: return Category::Formatting;
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
    case ChangeKind::HeadingLevel: return QCoreApplication::translate("sd", "Heading level");
    }
    return {};
}

} // namespace sd
