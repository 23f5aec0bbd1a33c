// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "compare/result.h"

#include <QTreeWidget>

#include <array>
#include <memory>

namespace sd {

// Every change the filter shows, grouped by kind with counts. Selecting one makes it current.
class ChangeList : public QTreeWidget {
    Q_OBJECT
public:
    explicit ChangeList(QWidget *parent = nullptr);
    void setComparison(std::shared_ptr<const Comparison> c, const Theme &theme,
                       const CategoryFilter &filter);
    void setCurrentChange(int index); // selects without emitting changeActivated
    int visibleChangeCount() const { return m_visible; }
    // The selected changes in reading order; the current one when nothing is selected.
    QList<int> selectedChanges() const;

Q_SIGNALS:
    void changeActivated(int index);

private:
    // What the list shows: the same again (a view switch) keeps the items as they are.
    std::shared_ptr<const Comparison> m_shown;
    CategoryFilter m_filter;
    std::array<QColor, kCategoryCount> m_swatches;
    QList<QTreeWidgetItem *> m_items; // per change index, null when hidden
    bool m_updating = false;
    int m_visible = 0;
};

} // namespace sd
