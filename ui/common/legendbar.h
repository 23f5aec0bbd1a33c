// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"

#include <QAction>
#include <QWidget>
#include <array>

class QLabel;
class QToolButton;

namespace sd {

// The colour legend, which doubles as the filter: each swatch is a toggle that shows or hides
// one family of changes. It shares its QActions with the View menu.
class LegendBar : public QWidget {
    Q_OBJECT
public:
    LegendBar(const std::array<QAction *, kCategoryCount> &actions, QWidget *parent = nullptr);
    void setTheme(const Theme &theme);
    // Narrower than its names need, the swatches drop their names (the tooltips keep them):
    // the legend never holds the window wider than a half screen.
    QSize minimumSizeHint() const override;
    bool isCompact() const { return m_compact; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setCompact(bool compact);
    int widthFor(bool compact);

    std::array<QAction *, kCategoryCount> m_actions;
    QLabel *m_label = nullptr;
    QList<QToolButton *> m_buttons;
    bool m_compact = false;
    int m_fullWidth = 0, m_compactWidth = 0;
};

QIcon swatchIcon(const QColor &color, bool crossed = false);

} // namespace sd
