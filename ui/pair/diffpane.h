#pragma once

#include "common/theme.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>

namespace sd {

// A read-only text pane that shows one version. It knows nothing about comparisons: it shows
// a prepared QTextDocument, explains links and changes in tooltips, and reports clicks.
class DiffPane : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit DiffPane(QWidget *parent = nullptr);

    // Geometry of a QTextBlock in viewport coordinates (public for the connector and ruler).
    QRectF blockRect(const QTextBlock &block) const;
    int lineHeight() const;
    int visibleLineCount() const;
    QTextBlock topBlock() const { return firstVisibleBlock(); }

    // Scrolls so that document position `pos` stands a third of the way down.
    void scrollToPosition(int pos);

    // Marks [start, end) ranges as the current change; `flash` makes them blink first.
    void markRanges(const QList<QPair<int, int>> &ranges, const Theme &theme, bool flash);
    void clearMarks();

Q_SIGNALS:
    void linkActivationRequested(const QString &href);
    void changeClicked(int changeIndex);
    void focused();

protected:
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void applyMarks(const QColor &color);
    QTextCharFormat formatAt(const QPoint &viewportPos) const;

    QList<QPair<int, int>> m_marks;
    QColor m_markColor;
    QTimer m_flashTimer;
    QPoint m_pressPos;
};

} // namespace sd
