// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/comparisonmodel.h"
#include "common/theme.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;
class QToolButton;

namespace sd {

class BlameView;
class CollationView;
class HeatStrip;
class ReadingView;

// The "All versions" mode: the collation table with its heat strip, a side panel with every
// reading of the chosen row and the similarity matrix, and the blame of the latest version.
// It asks the model for the multi-version result while it is on screen and shows whatever the
// model publishes; choosing a base here sets the model's base, which re-aligns.
class AllVersionsView : public QWidget {
    Q_OBJECT
public:
    explicit AllVersionsView(ComparisonModel *model, QWidget *parent = nullptr);
    void setTheme(const Theme &theme);

    CollationView *collation() const { return m_collation; }
    HeatStrip *heatStrip() const { return m_heat; }
    BlameView *blame() const { return m_blame; }
    ReadingView *reading() const { return m_reading; }
    void setReadingMode(); // the reading view of the base
    QTextBrowser *readings() const { return m_readings; }
    QTableWidget *similarity() const { return m_similarity; }
    QComboBox *baseSelector() const { return m_baseBox; }
    bool isBlameMode() const;
    void setBlameMode(bool on);
    void showReadings(int row);
    void step(int direction); // next / previous variant row

Q_SIGNALS:
    void timelineRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();
    void updateBaseSelector();
    void fillSimilarity();

    ComparisonModel *m_model;
    Theme m_theme;
    QComboBox *m_baseBox;
    QToolButton *m_alignedButton;
    QToolButton *m_blameButton;
    QToolButton *m_readingButton;
    QCheckBox *m_expand;
    QLabel *m_summary;
    QLabel *m_placeholder;
    QStackedWidget *m_pages;
    CollationView *m_collation;
    HeatStrip *m_heat;
    QTextBrowser *m_readings;
    QTableWidget *m_similarity;
    BlameView *m_blame;
    ReadingView *m_reading;
    const MultiView *m_shown = nullptr; // what the table shows, to skip re-measuring
    bool m_themeDirty = false;
};

} // namespace sd
