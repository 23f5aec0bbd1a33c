// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/diffpane.h"

#include "pair/panebuilder.h"
#include "pair/panesearch.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QToolTip>

#include <algorithm>

namespace sd {

DiffPane::DiffPane(QWidget *parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Drops must reach the main window, which adds the files as versions.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setMouseTracking(true);
    setCursorWidth(0); // a viewer, not an editor: no blinking caret in the text
    setFrameShape(QFrame::NoFrame);
    QFont f = font();
    f.setPointSizeF(qMax(10.5, f.pointSizeF()));
    setFont(f);
    document()->setDocumentMargin(8);
    m_flashTimer.setSingleShot(true);
    // After the flash the change keeps its own colour; a resting tint would hide its kind.
    connect(&m_flashTimer, &QTimer::timeout, this, [this] { setExtraSelections({}); });
}

void DiffPane::relayout() {
    // QPlainTextEdit lays its document out afresh whenever the wrap mode changes.
    const QSignalBlocker blocker(verticalScrollBar());
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void DiffPane::showDocument(std::unique_ptr<QTextDocument> doc, QPlainTextDocumentLayout *layout) {
    // Font, margin and wrap mode first: each one given to a document with a layout has the
    // layout walk every block again (a hundred thousand on a long text).
    doc->setDefaultFont(font());
    doc->setDocumentMargin(8);
    doc->setUndoRedoEnabled(false);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(lineWrapMode() == QPlainTextEdit::NoWrap ? QTextOption::NoWrap
                                                                : wordWrapMode());
    doc->setDefaultTextOption(option);
    doc->setDocumentLayout(layout ? layout : new QPlainTextDocumentLayout(doc.get()));
    m_joins.clear(); // they belong to the document going
    m_pieceSpacers.clear();
    m_pieceMarks.clear();
    setDocument(doc.get());
    // The old one goes in an event of its own: taking a long text apart costs as much as
    // setting up the new one, and the window should answer between the two.
    // (A timer, not deleteLater: that waits for the outermost event loop, which a caller
    // processing events itself never returns to.)
    if (QTextDocument *old = m_document.release())
        QTimer::singleShot(0, QCoreApplication::instance(), [old] { delete old; });
    m_document = std::move(doc);
}

QRectF DiffPane::blockRect(const QTextBlock &block) const {
    return blockBoundingGeometry(block).translated(contentOffset());
}

int DiffPane::lastVisibleBlock() const {
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return -1;
    // As QPlainTextEdit::paintEvent walks: from the top block's offset, block by block.
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const int bottom = viewport()->height();
    qreal y = contentOffset().y();
    for (;;) {
        y += layout->blockBoundingRect(block).height();
        const QTextBlock next = block.next();
        if (y > bottom || !next.isValid())
            return block.blockNumber();
        block = next;
    }
}

int DiffPane::lineHeight() const {
    return qMax(1, fontMetrics().lineSpacing());
}

int DiffPane::visibleLineCount() const {
    return qMax(1, viewport()->height() / lineHeight());
}

void DiffPane::scrollToPosition(int pos) {
    const QTextBlock block = document()->findBlock(pos);
    if (!block.isValid())
        return;
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    layout->blockBoundingRect(block); // makes sure it is laid out
    int inBlock = 0;
    if (QTextLayout *tl = block.layout(); tl && tl->lineCount() > 0) {
        const QTextLine tlLine = tl->lineForTextPosition(pos - block.position());
        if (tlLine.isValid())
            inBlock = tlLine.lineNumber();
    }
    // The blocks that will stand above it on screen are laid out first: one not laid out yet
    // counts a line, and grew when it came into view, pushing the position down and, in a
    // narrow pane (paragraphs of many lines), out of the view.
    const int above = visibleLineCount() / 3;
    int lines = inBlock;
    for (QTextBlock b = block.previous(); b.isValid() && lines < above; b = b.previous()) {
        layout->blockBoundingRect(b);
        lines += qMax(1, b.lineCount());
    }
    verticalScrollBar()->setValue(qMax(0, block.firstLineNumber() + inBlock - above));
}

void DiffPane::markRanges(const QList<QPair<int, int>> &ranges, const Theme &theme, bool flash) {
    m_marks = ranges;
    m_markColor = theme.flash();
    if (flash) {
        applyMarks(m_markColor);
        m_flashTimer.start(650);
    } else {
        m_flashTimer.stop();
        setExtraSelections({});
    }
}

void DiffPane::clearMarks() {
    m_marks.clear();
    m_flashTimer.stop();
    setExtraSelections({});
}

void DiffPane::setJoinMarks(QList<PanePlace> joins, const QColor &color) {
    m_joins = std::move(joins);
    m_joinColor = color;
    viewport()->update();
}

void DiffPane::setPieceBreaks(QList<qint32> spacers, QList<qint32> marked) {
    m_pieceSpacers = std::move(spacers);
    m_pieceMarks = std::move(marked);
    viewport()->update();
}

bool DiffPane::findText(const QString &needle, QTextDocument::FindFlags flags) {
    const QTextCursor now = textCursor();
    const int from =
        flags & QTextDocument::FindBackward ? now.selectionStart() : now.selectionEnd();
    const auto [start, end] = findInPane(document(), m_pieceMarks, needle, from, flags);
    if (start < 0)
        return false;
    // Through the scroll bar, as every other move of a pane: the side-by-side view syncs the
    // other pane from there, to the pixel.
    scrollToPosition(start); // a third of the way down, as F7 shows a change
    QTextCursor c(document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(c);
    return true;
}

void DiffPane::dropSubPixelScroll() {
    // QPlainTextEdit keeps none after a move made with the viewport's updates off: there and
    // back again.
    QScrollBar *sb = verticalScrollBar();
    const int line = sb->value();
    const int away = line < sb->maximum() ? line + 1 : line - 1;
    if (away < 0)
        return; // one line only: it never scrolled
    viewport()->setUpdatesEnabled(false);
    sb->setValue(away);
    sb->setValue(line);
    viewport()->setUpdatesEnabled(true);
    viewport()->update();
}

bool DiffPane::isPieceSpacer(int block) const {
    return std::binary_search(m_pieceSpacers.cbegin(), m_pieceSpacers.cend(), qint32(block));
}

// A dashed line across the blank line between two pieces of one paragraph: it goes on, it
// was not broken in the story.
void DiffPane::paintPieceBreaks(QPainter &p) {
    const QTextBlock firstBlock = firstVisibleBlock();
    if (m_pieceMarks.isEmpty() || !firstBlock.isValid())
        return;
    QColor color = palette().color(QPalette::Text);
    color.setAlpha(110);
    p.setPen(QPen(color, 1, Qt::DashLine));
    // Only what is on screen: the geometry of a block below the view would lay out every block
    // down to it.
    const int last = lastVisibleBlock();
    for (auto it = std::lower_bound(m_pieceMarks.cbegin(), m_pieceMarks.cend(),
                                    qint32(firstBlock.blockNumber()));
         it != m_pieceMarks.cend() && *it <= last; ++it) {
        const QTextBlock block = document()->findBlockByNumber(*it);
        if (!block.isValid())
            break;
        const QRectF r = blockRect(block);
        const qreal margin = document()->documentMargin();
        p.drawLine(QPointF(r.left() + margin, r.center().y()),
                   QPointF(r.right() - margin, r.center().y()));
    }
}

// A bar as tall as the line with a flag at its top, where a paragraph broke (or two met):
// wide enough to see, narrow enough not to hide a letter.
void DiffPane::paintJoinMarks(QPainter &p) {
    const QTextBlock firstBlock = firstVisibleBlock();
    if (m_joins.isEmpty() || !firstBlock.isValid())
        return;
    auto it = std::lower_bound(m_joins.cbegin(), m_joins.cend(), firstBlock.blockNumber(),
                               [](const PanePlace &j, int block) { return j.paneBlock < block; });
    // Only joins in blocks on screen: asking where one below the view is would lay out the
    // blocks down to it (up to two screens of them), on every paint.
    const int last = lastVisibleBlock();
    QTextBlock block = firstBlock;
    for (; it != m_joins.cend() && it->paneBlock <= last; ++it) {
        if (block.blockNumber() != it->paneBlock)
            block = document()->findBlockByNumber(it->paneBlock);
        if (!block.isValid())
            break;
        QTextCursor c(document());
        c.setPosition(qMin(block.position() + it->offset, block.position() + block.length() - 1));
        const QRect r = cursorRect(c);
        p.fillRect(QRect(r.left() - 2, r.top(), 3, r.height()), m_joinColor);
        const QPointF flag[] = {QPointF(r.left() - 5, r.top()), QPointF(r.left() + 4, r.top()),
                                QPointF(r.left() - 0.5, r.top() + 5)};
        p.setPen(Qt::NoPen);
        p.setBrush(m_joinColor);
        p.drawPolygon(flag, 3);
    }
}

void DiffPane::applyMarks(const QColor &color) {
    // Only the current change uses extra selections (a handful); the many word highlights are
    // character formats in the document.
    QList<QTextEdit::ExtraSelection> sels;
    for (const auto &[start, end] : std::as_const(m_marks)) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(start);
        s.cursor.setPosition(end, QTextCursor::KeepAnchor);
        s.format.setBackground(color);
        sels.append(s);
    }
    setExtraSelections(sels);
}

QTextCharFormat DiffPane::formatAt(const QPoint &viewportPos) const {
    QTextCursor c = cursorForPosition(viewportPos);
    // cursorForPosition gives the gap nearest the point; look at the character after it
    // unless the point is past the character's middle.
    const QRect r = cursorRect(c);
    if (viewportPos.x() >= r.left() && !c.atBlockEnd())
        c.movePosition(QTextCursor::NextCharacter);
    return c.charFormat();
}

bool DiffPane::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *he = static_cast<QHelpEvent *>(event);
        const QTextCharFormat f = formatAt(he->pos());
        QStringList lines;
        if (f.hasProperty(ChangeIndexProperty)) {
            // The kind in bold, then what it did, line by line.
            QStringList what = f.stringProperty(DescriptionProperty).split(QLatin1Char('\n'));
            for (QString &line : what)
                line = line.toHtmlEscaped();
            if (!what.isEmpty())
                what.first() = QStringLiteral("<b>%1</b>").arg(what.first());
            lines << what.join(QStringLiteral("<br>"));
        }
        if (f.isAnchor() && !f.anchorHref().isEmpty()) {
            const QString old = f.stringProperty(OldHrefProperty);
            if (!old.isEmpty())
                lines << tr("Link changed: %1 → %2")
                             .arg(old.toHtmlEscaped(), f.anchorHref().toHtmlEscaped());
            else
                lines << tr("Link: %1").arg(f.anchorHref().toHtmlEscaped());
            lines << tr("<i>Ctrl+click to open</i>");
        } else if (const QString old = f.stringProperty(OldHrefProperty); !old.isEmpty()) {
            lines << tr("Link removed: %1").arg(old.toHtmlEscaped());
        }
        lines.removeAll(QString());
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(he->globalPos(), lines.join(QStringLiteral("<br>")), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void DiffPane::mousePressEvent(QMouseEvent *event) {
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void DiffPane::mouseReleaseEvent(QMouseEvent *event) {
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton ||
        (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return; // a selection drag, not a click
    const QTextCharFormat f = formatAt(event->position().toPoint());
    // A plain click never follows a link: readers click to select, not to leave the app.
    if ((event->modifiers() & Qt::ControlModifier) && f.isAnchor() && !f.anchorHref().isEmpty()) {
        Q_EMIT linkActivationRequested(f.anchorHref());
        return;
    }
    if (f.hasProperty(ChangeIndexProperty))
        Q_EMIT changeClicked(f.intProperty(ChangeIndexProperty));
}

void DiffPane::mouseMoveEvent(QMouseEvent *event) {
    QPlainTextEdit::mouseMoveEvent(event);
    const bool overLink = (event->modifiers() & Qt::ControlModifier) &&
                          formatAt(event->position().toPoint()).isAnchor();
    viewport()->setCursor(overLink ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

namespace {

// A viewer has no caret to move: the reading keys scroll, as in a pager (with Shift they
// still extend the selection). Each is a scroll bar action, so the panes' sync sees it.
struct ScrollKey {
    int key;
    QAbstractSlider::SliderAction action;
};
constexpr ScrollKey kScrollKeys[] = {
    {Qt::Key_Down, QAbstractSlider::SliderSingleStepAdd},
    {Qt::Key_Up, QAbstractSlider::SliderSingleStepSub},
    {Qt::Key_PageDown, QAbstractSlider::SliderPageStepAdd},
    {Qt::Key_PageUp, QAbstractSlider::SliderPageStepSub},
    {Qt::Key_Home, QAbstractSlider::SliderToMinimum},
    {Qt::Key_End, QAbstractSlider::SliderToMaximum},
};

} // namespace

void DiffPane::keyPressEvent(QKeyEvent *event) {
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier || mods == Qt::ControlModifier) {
        for (const ScrollKey &k : kScrollKeys) {
            if (k.key != event->key())
                continue;
            verticalScrollBar()->triggerAction(k.action);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void DiffPane::wheelEvent(QWheelEvent *event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QPlainTextEdit::wheelEvent(event);
        return;
    }
    m_wheelAngle += event->angleDelta().y();
    const int steps = m_wheelAngle / 120; // one notch, 15 degrees, is 120
    m_wheelAngle -= steps * 120;
    if (steps != 0)
        Q_EMIT zoomRequested(steps);
    event->accept();
}

// After the flash the current change keeps a frame and a bar in the margin: its own colour
// stays readable inside, and the reader still sees which change F7 stepped to.
void DiffPane::paintEvent(QPaintEvent *event) {
    QPlainTextEdit::paintEvent(event);
    if (m_marks.isEmpty() && m_joins.isEmpty() && m_pieceMarks.isEmpty())
        return;
    QPainter p(viewport());
    paintJoinMarks(p);
    paintPieceBreaks(p);
    QColor frame = palette().color(QPalette::Highlight);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect view = viewport()->rect();
    const int firstBlock = firstVisibleBlock().blockNumber();
    const int lastBlock = lastVisibleBlock();
    for (const auto &[start, end] : std::as_const(m_marks)) {
        const QTextBlock block = document()->findBlock(end);
        if (!block.isValid() || block.blockNumber() < firstBlock)
            continue; // above the view
        if (document()->findBlock(start).blockNumber() > lastBlock)
            continue; // below it (its geometry would lay out the blocks down to it)
        QTextCursor c(document());
        c.setPosition(start);
        const QRect r0 = cursorRect(c);
        if (r0.top() > view.bottom())
            continue; // below it
        c.setPosition(qMax(start, end));
        const QRect r1 = cursorRect(c);
        const bool oneLine = r0.top() == r1.top();
        const QRect box =
            oneLine ? QRect(QPoint(r0.left() - 2, r0.top()), QPoint(r1.right() + 2, r1.bottom()))
                    : QRect(QPoint(4, r0.top()), QPoint(view.right() - 4, r1.bottom()));
        p.setPen(QPen(frame, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        p.fillRect(QRect(0, box.top(), 3, box.height()), frame);
    }
}

// Copied text as the story has it: without the zero-width spaces that let overlong words
// wrap, without the padding that aligns rows (line separators ending a block), with the pieces
// of an overlong paragraph joined again, and with the line separators inside a row as new
// lines.
QMimeData *DiffPane::createMimeDataFromSelection() const {
    const QTextCursor sel = textCursor();
    const int start = sel.selectionStart(), end = sel.selectionEnd();
    const QTextBlock first = document()->findBlock(start);
    QString text;
    for (QTextBlock b = first; b.isValid() && b.position() <= end; b = b.next()) {
        const int from = qMax(start, b.position()) - b.position();
        const int to = qMin(end, b.position() + b.length() - 1) - b.position();
        QString part = b.text().mid(from, qMax(0, to - from));
        if (to >= b.length() - 1)
            while (part.endsWith(QChar::LineSeparator))
                part.chop(1);
        if (b != first && !isPieceSpacer(b.blockNumber()) && !isPieceSpacer(b.blockNumber() - 1))
            text += QLatin1Char('\n');
        text += part;
    }
    text.remove(QChar(0x200B));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    auto *data = new QMimeData;
    data->setText(text);
    return data;
}

void DiffPane::focusInEvent(QFocusEvent *event) {
    QPlainTextEdit::focusInEvent(event);
    Q_EMIT focused();
}

} // namespace sd
