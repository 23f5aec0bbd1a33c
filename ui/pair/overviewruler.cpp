#include "pair/overviewruler.h"

#include "pair/sidebysideview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace sd {

OverviewRuler::OverviewRuler(SideBySideView *view) : QWidget(view), m_view(view) {
    setFixedWidth(14);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Where the changes are; click to go there"));
}

void OverviewRuler::rebuild() {
    m_marks.clear();
    const auto &rows = m_view->layout().rows;
    QTextDocument *doc = m_view->rightPane()->document();
    const int total = qMax(1, doc->lineCount());
    QTextBlock b = doc->firstBlock();
    for (qsizetype r = 0; r < rows.size() && b.isValid(); ++r, b = b.next().next()) {
        const RowInfo &info = rows.at(r);
        const int tint = info.tintB >= 0 ? info.tintB : info.tintA;
        if (tint < 0)
            continue;
        m_marks.append({float(b.firstLineNumber()) / total, float(b.lineCount()) / total,
                        m_view->theme().marker(Category(tint))});
    }
    update();
}

void OverviewRuler::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QColor bg = palette().color(QPalette::Base);
    p.fillRect(rect(), bg.lightness() < 128 ? bg.lighter(120) : bg.darker(103));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, 0, 0, height());
    const int h = height();
    for (const Mark &m : std::as_const(m_marks)) {
        const int y = int(m.top * h);
        p.fillRect(QRect(3, y, width() - 5, qMax(3, int(m.height * h))), m.color);
    }
    // The visible part of the document.
    QScrollBar *sb = m_view->rightPane()->verticalScrollBar();
    const int total = sb->maximum() + sb->pageStep();
    if (total > 0 && m_view->comparison()) {
        const int y = h * sb->value() / total;
        const int vh = qMax(6, h * sb->pageStep() / total);
        QColor frame = palette().color(QPalette::Text);
        frame.setAlpha(110);
        QColor fill = frame;
        fill.setAlpha(25);
        p.setPen(frame);
        p.setBrush(fill);
        p.drawRect(QRect(1, y, width() - 2, vh - 1));
    }
}

void OverviewRuler::scrollTo(int y) {
    QScrollBar *sb = m_view->rightPane()->verticalScrollBar();
    const int total = sb->maximum() + sb->pageStep();
    if (height() <= 0)
        return;
    sb->setValue(int(qint64(total) * y / height()) - sb->pageStep() / 2);
}

void OverviewRuler::mousePressEvent(QMouseEvent *event) {
    scrollTo(event->position().toPoint().y());
}

void OverviewRuler::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton)
        scrollTo(event->position().toPoint().y());
}

} // namespace sd
