// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/optionactions.h"

#include "window/toggleaction.h"

#include <QSettings>

namespace sd {

namespace {

QString settingsKey(const IgnoreOption &o) {
    return QStringLiteral("options/") + QLatin1String(o.key);
}

} // namespace

OptionActions::OptionActions(QObject *parent) : QObject(parent) {
    for (const IgnoreOption &o : kIgnoreOptions) {
        QAction *a = makeToggle(this, QLatin1String(o.key) + QStringLiteral("Action"), tr(o.label),
                                tr(o.tip));
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
        o.*kIgnoreOptions[size_t(i)].member = m_ignoreActs.at(i)->isChecked();
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
        m_ignoreActs.at(i)->setChecked(
            s.value(settingsKey(kIgnoreOptions[size_t(i)]), false).toBool());
    const quint32 hidden = s.value(QStringLiteral("view/hiddenCategories"), 0u).toUInt();
    for (int c = 0; c < kCategoryCount; ++c)
        m_filterActs[size_t(c)]->setChecked(!(hidden & (1u << c)));
}

void OptionActions::writeSettings(QSettings &s, const CategoryFilter &filter) const {
    for (qsizetype i = 0; i < m_ignoreActs.size(); ++i)
        s.setValue(settingsKey(kIgnoreOptions[size_t(i)]), m_ignoreActs.at(i)->isChecked());
    s.setValue(QStringLiteral("view/hiddenCategories"), filter.hiddenMask());
}

} // namespace sd
