// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/collationview.h"

#include "text/visible.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace sd {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 5;
constexpr int kMinColumn = 190;
constexpr int kStripe = 4; // left edge of a variant row, where the eye runs down the table

// Double quotation marks of any script's style; single ones stay (’Tis, the dogs’).
bool isDoubleQuote(QChar c) {
    switch (c.unicode()) {
    case 0x0022: // "
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F: // ‟
    case 0x301D: // 〝
    case 0x301E: // 〞
    case 0x301F: // 〟
    case 0xFF02: // ＂
        return true;
    }
    return false;
}

// Words quoted in a label lose their own quotation marks at either end, so that the label
// never reads near ““The …; words that are nothing but quotation marks are kept.
QString withoutOuterQuotes(const QString &words) {
    qsizetype from = 0, to = words.size();
    while (from < to && isDoubleQuote(words.at(from)))
        ++from;
    while (to > from && isDoubleQuote(words.at(to - 1)))
        --to;
    const QString inner = words.mid(from, to - from).trimmed();
    return inner.isEmpty() ? words : inner;
}
} // namespace

int CollationView::percentShown(double similarity) {
    return similarity >= 1.0 ? 100 : std::clamp(int(std::floor(similarity * 100)), 0, 99);
}

QString CollationView::shownText(const QString &reading) {
    // Controls as their pictures, but a paragraph break stays a break, with its mark.
    QStringList paragraphs;
    for (const QString &p : reading.split(QLatin1Char('\n')))
        paragraphs << visibleControls(p);
    return paragraphs.join(QStringLiteral(" ¶\n"));
}

CollationView::CollationView(QWidget *parent) : QAbstractScrollArea(parent) {
    setObjectName(QStringLiteral("collationView"));
    setAccessibleName(tr("All versions, aligned"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setMouseTracking(true);
    horizontalScrollBar()->setSingleStep(20);
}

void CollationView::setMulti(std::shared_ptr<const MultiView> multi, const Theme &theme) {
    m_theme = theme;
    const int oldRows = int(m_rows.size());
    m_multi = std::move(multi);
    m_rows.clear();
    if (m_multi) {
        const auto &rows = m_multi->result.collation.rows;
        const int n = int(m_multi->labels.size());
        const int base = m_multi->base;
        m_rows.reserve(rows.size());
        for (const CollationRow &r : rows) {
            Row row;
            row.agree = r.agree;
            row.group.fill(-1, n);
            // A reading's colour is that of the first version (in order) that has it; the
            // base's reading and everything that agrees with it stay plain.
            for (int c = 0; c < n && c < r.sameAs.size(); ++c) {
                row.group[c] = qint16(r.colourOf(c, base));
                row.differing += row.group[c] >= 0 ? 1 : 0;
            }
            m_rows.append(row);
        }
    }
    if (m_current >= int(m_rows.size()) || int(m_rows.size()) != oldRows)
        m_current = -1;
    if (m_widths.size() != columnCount()) // other versions: every column its share again
        m_widths.fill(-1, columnCount());
    m_measuredWidths.clear(); // other rows: all measured again
    relayout();
}

void CollationView::setExpandAgreeing(bool on) {
    if (on == m_expandAgreeing)
        return;
    m_expandAgreeing = on;
    m_measuredWidths.clear();
    relayout();
}

int CollationView::minimumColumnWidth() {
    return kMinColumn / 2;
}

int CollationView::shareWidth() const {
    const int n = std::max(1, columnCount());
    return std::max(kMinColumn, (viewport()->width() - kStripe) / n);
}

int CollationView::columnWidth(int column) const {
    const int w = m_widths.value(column, -1);
    return w > 0 ? w : shareWidth();
}

void CollationView::setColumnWidth(int column, int width) {
    if (column < 0 || column >= columnCount())
        return;
    const int w = width < 0 ? -1 : std::max(minimumColumnWidth(), width);
    if (w == m_widths.at(column))
        return;
    m_widths[column] = w;
    relayout();
}

int CollationView::slotOf(int column) const {
    const int base = m_multi ? m_multi->base : 0;
    return column == base ? 0 : column < base ? column + 1 : column;
}

int CollationView::columnOfSlot(int slot) const {
    const int base = m_multi ? m_multi->base : 0;
    return slot == 0 ? base : slot <= base ? slot - 1 : slot;
}

int CollationView::slotLeft(int slot) const {
    int x = kStripe;
    for (int s = 0; s < slot; ++s)
        x += columnWidth(columnOfSlot(s));
    return x;
}

int CollationView::columnX(int column) const {
    // The base is pinned at the left; the others scroll past it.
    const int slot = slotOf(column);
    return slotLeft(slot) - (slot == 0 ? 0 : horizontalScrollBar()->value());
}

QRect CollationView::textRect(const QRect &cell) const {
    return cell.adjusted(kPadX, kPadY, -kPadX, -kPadY);
}

void CollationView::measure() {
    const int n = columnCount();
    const QFontMetrics fm(font());
    const int line = fm.lineSpacing();
    const auto &rows = m_multi ? m_multi->result.collation.rows : QList<CollationRow>();
    if (m_measuredWidths.size() != n || m_cellHeights.size() != m_rows.size() * n) {
        m_measuredWidths.fill(-1, n);
        m_cellHeights.fill(line, m_rows.size() * n);
    }
    for (int c = 0; c < n; ++c) {
        const int w = columnWidth(c);
        if (w == m_measuredWidths.at(c))
            continue;
        m_measuredWidths[c] = w;
        const QRect box(0, 0, w - 2 * kPadX, 1 << 28);
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            int h = line;
            if (!m_rows.at(r).agree || m_expandAgreeing)
                if (rows.at(r).texts.value(c) || rows.at(r).movedFrom.value(c, -1) >= 0)
                    h = std::max(
                        h, fm.boundingRect(box, Qt::TextWordWrap, cellText(int(r), c)).height());
            m_cellHeights[r * n + c] = h;
        }
    }
    m_top.resize(m_rows.size() + 1);
    m_top[0] = 0;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        int h = line;
        for (int c = 0; c < n; ++c)
            h = std::max(h, m_cellHeights.at(r * n + c));
        m_top[r + 1] = m_top[r] + h + 2 * kPadY + 1; // +1: the grid line
    }
}

void CollationView::relayout() {
    const QFontMetrics fm(font());
    m_headerHeight = fm.height() * 2 + 2 * kPadY + 4;
    measure();
    const int page = std::max(0, viewport()->height() - m_headerHeight);
    verticalScrollBar()->setRange(0, std::max(0, totalHeight() - page));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(fm.lineSpacing() * 3);
    const int full = slotLeft(columnCount());
    const int pinned = columnCount() > 0 ? columnWidth(columnOfSlot(0)) : 0;
    horizontalScrollBar()->setRange(0, std::max(0, full - viewport()->width()));
    horizontalScrollBar()->setPageStep(std::max(1, viewport()->width() - kStripe - pinned));
    viewport()->update();
    Q_EMIT layoutChanged();
}

QString CollationView::cellText(int row, int column) const {
    if (!m_multi || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    const CollationRow &r = m_multi->result.collation.rows.at(row);
    QString text = shownText(r.texts.value(column).value_or(QString()));
    if (const qint32 from = r.movedFrom.value(column, -1); from >= 0) {
        // A transposition: where the passage stands in this version, by the words there.
        const CollationRow &there = m_multi->result.collation.rows.at(from);
        QString near = there.texts.value(column).value_or(QString());
        for (qsizetype k = 0; near.isEmpty() && k < there.texts.size(); ++k)
            near = there.texts.at(k).value_or(QString());
        const QStringList words = withoutOuterQuotes(near.simplified()).split(QLatin1Char(' '));
        near = shownText(words.mid(0, 5).join(QLatin1Char(' '))) +
               (words.size() > 5 ? QStringLiteral("…") : QString());
        text = tr("⇄ moved: in this version near “%1”").arg(near) + QLatin1Char('\n') + text;
    }
    return text;
}

QColor CollationView::cellColor(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    const int g = m_rows.at(row).group.at(column);
    return g < 0 ? QColor() : m_theme.versionTint(g);
}

QRect CollationView::cellRect(int row, int column) const {
    const int y = m_headerHeight + m_top.at(row) - verticalScrollBar()->value();
    return QRect(columnX(column), y, columnWidth(column), rowHeight(row) - 1);
}

int CollationView::rowAt(int y) const {
    if (y < m_headerHeight || m_rows.isEmpty())
        return -1;
    const int content = y - m_headerHeight + verticalScrollBar()->value();
    const auto it = std::upper_bound(m_top.begin(), m_top.end(), content);
    const int row = int(it - m_top.begin()) - 1;
    return row >= 0 && row < rowCount() ? row : -1;
}

int CollationView::columnAt(int x) const {
    if (columnCount() == 0 || x < kStripe)
        return -1;
    if (x < kStripe + columnWidth(columnOfSlot(0)))
        return columnOfSlot(0);
    const int content = x + horizontalScrollBar()->value();
    for (int slot = 1; slot < columnCount(); ++slot)
        if (content < slotLeft(slot + 1))
            return columnOfSlot(slot);
    return -1;
}

void CollationView::setCurrentRow(int row, bool scroll) {
    if (row < -1 || row >= rowCount())
        row = -1;
    m_current = row;
    if (row >= 0 && scroll) {
        const int page = viewport()->height() - m_headerHeight;
        const int top = m_top.at(row), bottom = m_top.at(row + 1);
        QScrollBar *v = verticalScrollBar();
        // Rows taller than the page start at the top; others are centred when out of view.
        if (top < v->value() || bottom > v->value() + page)
            v->setValue(bottom - top > page ? top : top - (page - (bottom - top)) / 2);
    }
    viewport()->update();
    Q_EMIT currentRowChanged(row);
}

int CollationView::nextVariant(int from, int step) const {
    const int n = rowCount();
    for (int r = (from < 0 ? (step > 0 ? -1 : n) : from) + step; r >= 0 && r < n; r += step)
        if (!m_rows.at(r).agree)
            return r;
    return -1;
}

void CollationView::scrollToFraction(double fraction) {
    const int page = viewport()->height() - m_headerHeight;
    verticalScrollBar()->setValue(int(fraction * totalHeight()) - page / 2);
}

void CollationView::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void CollationView::scrollContentsBy(int, int) {
    viewport()->update();
    Q_EMIT scrolled();
}

void CollationView::paintEvent(QPaintEvent *) {
    QPainter p(viewport());
    const QPalette &pal = palette();
    const QFontMetrics fm(font());
    const int n = columnCount();
    const int pinnedRight = n > 0 ? kStripe + columnWidth(columnOfSlot(0)) : kStripe;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height() - m_headerHeight;
    if (m_multi && !m_rows.isEmpty()) {
        const auto &rows = m_multi->result.collation.rows;
        int r =
            std::max(0, int(std::upper_bound(m_top.begin(), m_top.end(), top) - m_top.begin()) - 1);
        p.setClipRect(QRect(0, m_headerHeight, viewport()->width(), viewport()->height()));
        for (; r < rowCount() && m_top.at(r) < bottom; ++r) {
            const Row &row = m_rows.at(r);
            const int h = rowHeight(r) - 1;
            const int y = m_headerHeight + m_top.at(r) - top;
            if (!row.agree) {
                p.fillRect(QRect(0, y, kStripe - 1, h),
                           m_theme.heat(double(row.differing) / std::max(1, n - 1)));
            }
            for (int slot = n - 1; slot >= 0; --slot) { // the pinned base last, on top
                const int c = columnOfSlot(slot);
                const int w = columnWidth(c);
                const QRect cell(columnX(c), y, w, h);
                if (cell.right() < 0 || cell.left() > viewport()->width() ||
                    (slot > 0 && cell.right() < pinnedRight))
                    continue;
                p.setClipRect(QRect(slot == 0 ? 0 : pinnedRight, m_headerHeight,
                                    viewport()->width(), viewport()->height()));
                const std::optional<QString> &text = rows.at(r).texts.value(c);
                if (!row.agree && !text) {
                    p.fillRect(cell, m_theme.gapBase());
                    p.fillRect(cell, m_theme.gapBrush());
                    continue;
                }
                p.fillRect(cell, pal.color(QPalette::Base));
                if (row.group.at(c) >= 0)
                    p.fillRect(cell, m_theme.versionTint(row.group.at(c)));
                const QString shown = cellText(r, c);
                if (row.agree && !m_expandAgreeing) {
                    p.setPen(m_theme.dimmedText());
                    p.drawText(textRect(cell), Qt::AlignLeft | Qt::AlignTop,
                               fm.elidedText(shown.left(4000), Qt::ElideRight, w - 2 * kPadX));
                } else {
                    p.setPen(row.agree ? m_theme.dimmedText() : pal.color(QPalette::Text));
                    p.drawText(textRect(cell), Qt::TextWordWrap | Qt::AlignTop, shown);
                }
            }
            p.setClipRect(QRect(0, m_headerHeight, viewport()->width(), viewport()->height()));
            if (r == m_current) {
                p.fillRect(QRect(0, y, viewport()->width(), h), m_theme.current());
                p.setPen(QPen(pal.color(QPalette::Highlight), 2));
                p.drawRect(QRect(1, y + 1, std::min(viewport()->width(), columnX(n)) - 2, h - 2));
            }
            p.setPen(m_theme.gridLine());
            p.drawLine(0, y + h, viewport()->width(), y + h);
        }
        p.setPen(m_theme.gridLine());
        for (int slot = 1; slot < n; ++slot) {
            const int x = std::max(pinnedRight, columnX(columnOfSlot(slot)));
            p.drawLine(x, m_headerHeight, x, viewport()->height());
        }
        p.setClipping(false);
    }
    paintHeader(p);
}

void CollationView::paintHeader(QPainter &p) {
    const QPalette &pal = palette();
    const QRect band(0, 0, viewport()->width(), m_headerHeight);
    p.fillRect(band, pal.color(QPalette::Window));
    if (!m_multi)
        return;
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    for (int slot = columnCount() - 1; slot >= 0; --slot) {
        const int c = columnOfSlot(slot);
        const QRect cell(columnX(c), 0, columnWidth(c), m_headerHeight);
        if (slot > 0 && cell.right() < kStripe + columnWidth(columnOfSlot(0)))
            continue;
        p.fillRect(cell, pal.color(QPalette::Window));
        const QRect text = textRect(cell);
        const bool isBase = c == m_multi->base;
        // The swatch is the colour this version's own readings get in the table.
        const QRect sw(text.left(), text.top() + (fm.height() - 10) / 2, 10, 10);
        p.setPen(m_theme.versionMarker(c).darker(120));
        p.setBrush(isBase ? pal.color(QPalette::Base) : m_theme.versionTint(c));
        p.drawRect(sw);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(text.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   bfm.elidedText(m_multi->labels.at(c), Qt::ElideMiddle, text.width() - 16));
        p.setFont(font());
        p.setPen(m_theme.dimmedText());
        QString sub;
        if (isBase) {
            sub = tr("base");
        } else {
            const auto &sim = m_multi->result.similarity;
            const double s = c < sim.size() && m_multi->base < sim.at(c).size()
                                 ? sim.at(c).at(m_multi->base)
                                 : 0.0;
            sub = tr("%1% like the base").arg(percentShown(s));
        }
        p.drawText(text.adjusted(16, fm.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop, sub);
    }
    p.setPen(m_theme.gridLine());
    p.drawLine(0, m_headerHeight - 1, viewport()->width(), m_headerHeight - 1);
    for (int slot = 0; slot < columnCount(); ++slot) { // the edges one drags
        const int c = columnOfSlot(slot);
        const int x = columnX(c) + columnWidth(c) - 1;
        if (slot == 0 || x > kStripe + columnWidth(columnOfSlot(0)))
            p.drawLine(x, 4, x, m_headerHeight - 5);
    }
}

int CollationView::resizeEdgeAt(QPoint pos) const {
    if (!m_multi || pos.y() < 0 || pos.y() >= m_headerHeight)
        return -1;
    constexpr int grip = 4;
    const int pinned = columnOfSlot(0);
    const int pinnedRight = kStripe + columnWidth(pinned);
    if (std::abs(pos.x() - pinnedRight) <= grip)
        return pinned;
    for (int slot = 1; slot < columnCount(); ++slot) {
        const int c = columnOfSlot(slot);
        const int right = columnX(c) + columnWidth(c);
        if (right > pinnedRight + grip && std::abs(pos.x() - right) <= grip)
            return c;
    }
    return -1;
}

void CollationView::mousePressEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (const int edge = resizeEdgeAt(pos); edge >= 0 && event->button() == Qt::LeftButton) {
        m_resizing = edge;
        m_dragFrom = pos.x();
        m_dragWidth = columnWidth(edge);
        return;
    }
    const int row = rowAt(pos.y());
    if (row < 0)
        return;
    setCurrentRow(row, false);
    Q_EMIT rowActivated(row, columnAt(pos.x()));
}

void CollationView::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (m_resizing >= 0) {
        setColumnWidth(m_resizing, m_dragWidth + pos.x() - m_dragFrom);
        return;
    }
    if (resizeEdgeAt(pos) >= 0)
        viewport()->setCursor(Qt::SplitHCursor);
    else
        viewport()->unsetCursor();
}

void CollationView::mouseReleaseEvent(QMouseEvent *event) {
    if (m_resizing >= 0) {
        setColumnWidth(m_resizing, m_dragWidth + event->position().toPoint().x() - m_dragFrom);
        m_resizing = -1;
    }
}

void CollationView::mouseDoubleClickEvent(QMouseEvent *event) {
    if (const int edge = resizeEdgeAt(event->position().toPoint()); edge >= 0) {
        m_resizing = -1;
        setColumnWidth(edge, -1);
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void CollationView::keyPressEvent(QKeyEvent *event) {
    int next = -2;
    switch (event->key()) {
    case Qt::Key_Down:
        next = m_current < 0 ? 0 : std::min(rowCount() - 1, m_current + 1);
        break;
    case Qt::Key_Up:
        next = std::max(0, m_current - 1);
        break;
    case Qt::Key_N:
        next = nextVariant(m_current, 1);
        break;
    case Qt::Key_P:
        next = nextVariant(m_current, -1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            Q_EMIT rowActivated(m_current, -1);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (next >= 0 && next < rowCount()) {
        setCurrentRow(next);
        Q_EMIT rowActivated(next, -1);
    }
}

bool CollationView::viewportEvent(QEvent *event) {
    // Agreeing rows are cut to one line; the tooltip gives the whole text without a click.
    if (event->type() == QEvent::ToolTip) {
        auto *he = static_cast<QHelpEvent *>(event);
        const int row = rowAt(he->pos().y());
        const int col = columnAt(he->pos().x());
        if (row >= 0 && col >= 0 && m_rows.at(row).agree && !m_expandAgreeing) {
            QString t = cellText(row, col);
            if (t.size() > 600)
                t = t.left(600) + QStringLiteral("…");
            QToolTip::showText(he->globalPos(), t, viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace sd
