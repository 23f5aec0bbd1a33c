// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pair/backgroundbuild.h"
#include "pair/diffpane.h"

#include <memory>

namespace sd {

// One pane in track-changes style: the compared version in reading order, with deleted words
// struck through where they were and inserted words underlined.
// The document is built off the GUI thread (as the side-by-side panes are).
class InlineView : public DiffPane {
    Q_OBJECT
public:
    explicit InlineView(QWidget *parent = nullptr);
    ~InlineView() override;
    void setComparison(std::shared_ptr<const Comparison> c, const Theme &theme,
                       const CategoryFilter &filter);
    void showChange(int index, bool flash);
    // Where F7 (+1) or Shift+F7 (-1) steps from, as SideBySideView::stepOrigin: `current`
    // while it is on screen, else the change before (F7) or at (Shift+F7) the first change that
    // starts at or below the top of the view.
    int stepOrigin(int current, int direction) const;
    bool isReady() const { return !m_build.isRunning() && m_comparison == m_requested; }

private:
    struct Built;

    std::shared_ptr<const Comparison> m_comparison; // shown
    std::shared_ptr<const Comparison> m_requested;  // being built, or shown
    Theme m_theme;
    QList<QPair<int, int>> m_ranges; // per change, [-1, -1] when not shown
    QPair<int, bool> m_pendingChange{-1, false};
    BackgroundBuild m_build{this};
};

} // namespace sd
