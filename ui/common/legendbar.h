#pragma once

#include "common/theme.h"

#include <QAction>
#include <QWidget>
#include <array>

namespace sd {

// The colour legend, which doubles as the filter: each swatch is a toggle that shows or hides
// one family of changes. It shares its QActions with the View menu.
class LegendBar : public QWidget {
    Q_OBJECT
public:
    LegendBar(const std::array<QAction *, kCategoryCount> &actions, QWidget *parent = nullptr);
    void setTheme(const Theme &theme);

private:
    std::array<QAction *, kCategoryCount> m_actions;
};

QIcon swatchIcon(const QColor &color, bool crossed = false);

} // namespace sd
