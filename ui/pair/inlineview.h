#pragma once

#include "pair/diffpane.h"

#include <memory>

namespace sd {

// One pane in track-changes style: the compared version in reading order, with deleted words
// struck through where they were and inserted words underlined.
class InlineView : public DiffPane {
    Q_OBJECT
public:
    explicit InlineView(QWidget *parent = nullptr);
    void setComparison(std::shared_ptr<const Comparison> c, const Theme &theme,
                       const CategoryFilter &filter);
    void showChange(int index, bool flash);
    bool isReady() const { return true; } // the comparison last given is shown

private:
    std::shared_ptr<const Comparison> m_comparison;
    Theme m_theme;
    QList<QPair<int, int>> m_ranges; // per change, [-1, -1] when not shown
};

} // namespace sd
