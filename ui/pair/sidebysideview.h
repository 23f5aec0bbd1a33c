#pragma once

#include "pair/diffpane.h"
#include "pair/panebuilder.h"

#include <QLabel>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace sd {

class ConnectorWidget;
class OverviewRuler;

// Base on the left, the other version on the right, row by row. Rows line up because the
// shorter side of each row is padded with empty lines after layout (realign), so the two
// panes always have the same number of lines and scroll together by line number.
class SideBySideView : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideView(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> c, const Theme &theme,
                       const CategoryFilter &filter);
    void clear();
    void showChange(int index, bool flash);

    DiffPane *leftPane() const { return m_left; }
    DiffPane *rightPane() const { return m_right; }
    const Comparison *comparison() const { return m_comparison.get(); }
    const SideBySideLayout &layout() const { return m_layout; }
    const Theme &theme() const { return m_theme; }
    const CategoryFilter &filter() const { return m_filter; }

    // Document ranges [start, end) of one side of a change in its pane.
    QList<QPair<int, int>> paneRanges(const Change &ch, Side side) const;
    // Where a document block's text starts in its pane, -1 when not shown.
    int panePosition(qint32 block, Side side) const;
    QTextBlock rowBlock(int row, Side side) const;
    // The rows at least partly inside the panes' viewports.
    QPair<int, int> visibleRows() const;
    // Lines of real text in a row side (without padding); 0 for an empty side.
    int contentLines(int row, Side side) const;

    void realign(); // public so tests and benchmarks can force it
    // True when the panes show the comparison last given (built and aligned).
    bool isReady() const { return true; }

Q_SIGNALS:
    void linkActivationRequested(const QString &href);
    void changeClicked(int index);
    void aligned();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void syncFrom(DiffPane *source);
    void setPad(QTextBlock block, qint32 &pad, int wanted);

    DiffPane *m_left;
    DiffPane *m_right;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    ConnectorWidget *m_connector;
    OverviewRuler *m_ruler;
    std::shared_ptr<const Comparison> m_comparison;
    Theme m_theme;
    CategoryFilter m_filter;
    SideBySideLayout m_layout;
    QTimer m_alignTimer;
    bool m_syncing = false;
    int m_alignedWidth = -1;
};

} // namespace sd
