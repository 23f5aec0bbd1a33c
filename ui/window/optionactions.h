// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "compare/options.h"

#include <QList>
#include <QObject>
#include <array>

class QAction;
class QSettings;

namespace sd {

// The user's choices about what a comparison shows: the ignore options (Compare menu and the
// Options toolbar) and the Show Changes filter (View menu and the legend). Kept in QSettings.
class OptionActions : public QObject {
    Q_OBJECT
public:
    explicit OptionActions(QObject *parent);

    // One toggle per row of kIgnoreOptions (compare/options.h), in its order.
    const QList<QAction *> &ignoreActions() const { return m_ignoreActs; }
    const std::array<QAction *, kCategoryCount> &filterActions() const { return m_filterActs; }
    CompareOptions options() const;
    CategoryFilter filter() const;

    void readSettings(const QSettings &s);
    // The filter is written as the model holds it (`filter`), the options as toggled.
    void writeSettings(QSettings &s, const CategoryFilter &filter) const;

Q_SIGNALS:
    void optionsChanged(const CompareOptions &options);
    void filterChanged(const CategoryFilter &filter);

private:
    QList<QAction *> m_ignoreActs;
    std::array<QAction *, kCategoryCount> m_filterActs{};
};

} // namespace sd
