// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionactions.h"

#include "toggleaction.h"

#include <QSettings>

namespace sd {

namespace {

struct IgnoreToggle {
    bool CompareOptions::*member;
    const char *label;
    const char *tip;
    const char *key;
};
const IgnoreToggle kToggles[] = {
    {&CompareOptions::ignoreCase, "Ignore Case", "Treat upper and lower case as the same",
     "ignoreCase"},
    {&CompareOptions::ignorePunctuation, "Ignore Punctuation", "Do not report changed punctuation",
     "ignorePunctuation"},
    {&CompareOptions::ignoreTypography, "Ignore Typography",
     "Treat straight and curly quotes, dashes and ellipses as the same", "ignoreTypography"},
    {&CompareOptions::ignoreFormatting, "Ignore Formatting",
     "Do not report italic, bold and heading changes", "ignoreFormatting"},
    {&CompareOptions::ignoreLinks, "Ignore Links", "Do not report added, removed or changed links",
     "ignoreLinks"},
};

QString settingsKey(const IgnoreToggle &t) {
    return QStringLiteral("options/") + QLatin1String(t.key);
}

} // namespace

OptionActions::OptionActions(QObject *parent) : QObject(parent) {
    for (const IgnoreToggle &t : kToggles) {
        QAction *a = makeToggle(this, QLatin1String(t.key) + QStringLiteral("Action"), tr(t.label),
                                tr(t.tip));
        connect(a, &QAction::toggled, this, [this] { Q_EMIT optionsChanged(options()); });
        m_ignoreActs.append(a);
    }
    for (int c = 0; c < kCategoryCount; ++c) {
        QAction *a =
            makeToggle(this, QStringLiteral("filter_%1").arg(c), categoryLabel(Category(c)),
                       tr("Show or hide: %1").arg(categoryLabel(Category(c))));
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this] { Q_EMIT filterChanged(filter()); });
        m_filterActs[size_t(c)] = a;
    }
}

CompareOptions OptionActions::options() const {
    CompareOptions o;
    for (qsizetype i = 0; i < m_ignoreActs.size(); ++i)
        o.*kToggles[i].member = m_ignoreActs.at(i)->isChecked();
    return o;
}

CategoryFilter OptionActions::filter() const {
    CategoryFilter f;
    for (int c = 0; c < kCategoryCount; ++c)
        f.setShown(Category(c), m_filterActs[size_t(c)]->isChecked());
    return f;
}

void OptionActions::readSettings(const QSettings &s) {
    for (qsizetype i = 0; i < m_ignoreActs.size(); ++i)
        m_ignoreActs.at(i)->setChecked(s.value(settingsKey(kToggles[i]), false).toBool());
    const quint32 hidden = s.value(QStringLiteral("view/hiddenCategories"), 0u).toUInt();
    for (int c = 0; c < kCategoryCount; ++c)
        m_filterActs[size_t(c)]->setChecked(!(hidden & (1u << c)));
}

void OptionActions::writeSettings(QSettings &s, const CategoryFilter &filter) const {
    for (qsizetype i = 0; i < m_ignoreActs.size(); ++i)
        s.setValue(settingsKey(kToggles[i]), m_ignoreActs.at(i)->isChecked());
    s.setValue(QStringLiteral("view/hiddenCategories"), filter.hiddenMask());
}

} // namespace sd
