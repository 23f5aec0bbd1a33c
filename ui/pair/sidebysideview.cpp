// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/sidebysideview.h"

#include "pair/connector.h"
#include "pair/overviewruler.h"
#include "text/visible.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QPlainTextDocumentLayout>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace sd {

namespace {

// Tells the view when a block is about to be laid out, whoever asks (painting, the scroll
// bar's range, a cursor, a walk down the document): the view then aligns that row in both
// panes, so no row is ever laid out in one pane and not the other.
class RowLayout : public QPlainTextDocumentLayout {
public:
    RowLayout(QTextDocument *doc, std::function<void(int)> aboutToLayOut)
        : QPlainTextDocumentLayout(doc), m_aboutToLayOut(std::move(aboutToLayOut)) {}
    QRectF blockBoundingRect(const QTextBlock &block) const override {
        if (block.isValid() && block.layout()->lineCount() == 0) {
            // No width yet (the document's width is the text width once given, 0 before):
            // QPlainTextEdit::setDocument asks for the cursor's block and the last screen before
            // it gives the layout the pane's width, which then throws every line away. Laid out
            // unwrapped, that was a screen of whole paragraphs (40 pieces of 8,192 characters
            // for one long word) for nothing: a line each until then.
            if (documentSize().width() <= 0)
                return QRectF(0, 0, 0, QFontMetricsF(document()->defaultFont()).lineSpacing());
            m_aboutToLayOut(block.blockNumber());
        }
        return QPlainTextDocumentLayout::blockBoundingRect(block);
    }

private:
    std::function<void(int)> m_aboutToLayOut;
};

} // namespace

SideBySideView::SideBySideView(QWidget *parent)
    : QWidget(parent), m_left(new DiffPane(this)), m_right(new DiffPane(this)),
      m_leftTitle(new QLabel(this)), m_rightTitle(new QLabel(this)),
      m_connector(new ConnectorWidget(this)), m_ruler(new OverviewRuler(this)),
      m_lastSource(m_right) {
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_right->setObjectName(QStringLiteral("rightPane"));
    m_left->setAccessibleName(tr("Base version"));
    m_right->setAccessibleName(tr("Compared version"));
    m_ruler->setAccessibleName(tr("Overview of changes"));
    for (QLabel *l : {m_leftTitle, m_rightTitle}) {
        l->setTextFormat(Qt::PlainText);
        l->setContentsMargins(8, 4, 8, 4);
        // A long path never holds the window wide (the tooltip has it whole).
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    // Only one scroll bar: the right pane's, next to the ruler; the left follows it.
    m_left->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there: a bar that came and went with each new pair of documents (an empty one while
    // they are built, a view switch, a short text) changed the pane's width, and a new width
    // lays both panes out afresh.
    m_right->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 2, 1, 2);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_connector, 1, 1);
    grid->addWidget(m_right, 1, 2);
    grid->addWidget(m_ruler, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);

    for (DiffPane *p : {m_left, m_right}) {
        // The scroll bar moves for the wheel, a drag and the ruler; QPlainTextEdit scrolls
        // for the cursor (search, keys with Shift) through updateRequest. Both end here.
        connect(p->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, p] { syncFrom(p); });
        connect(p, &QPlainTextEdit::updateRequest, this, [this, p](const QRect &, int dy) {
            if (dy != 0)
                syncFrom(p);
        });
        connect(p, &DiffPane::linkActivationRequested, this,
                &SideBySideView::linkActivationRequested);
        connect(p, &DiffPane::changeClicked, this, [this](int index) {
            if (isReady()) // a click on the old documents names an old change
                Q_EMIT changeClicked(index);
        });
        connect(p, &DiffPane::zoomRequested, this, &SideBySideView::zoomRequested);
        p->viewport()->installEventFilter(this);
    }
    // A resize re-wraps both panes (QPlainTextEdit lays them out afresh, every row one line
    // until painted); align what is visible right after, once both have their new size.
    m_alignTimer.setSingleShot(true);
    m_alignTimer.setInterval(0);
    connect(&m_alignTimer, &QTimer::timeout, this, &SideBySideView::realign);
    m_resyncTimer.setSingleShot(true);
    m_resyncTimer.setInterval(0);
    connect(&m_resyncTimer, &QTimer::timeout, this, [this] { syncFrom(m_lastSource); });
}

SideBySideView::~SideBySideView() {
    m_build.stop(); // no worker may post to a view that is going
}

void SideBySideView::clear() {
    m_build.cancel();
    m_comparison.reset();
    m_requested.reset();
    m_layout = {};
    m_pendingChange = {-1, false};
    m_left->clearMarks();
    m_right->clearMarks();
    m_left->showDocument(std::make_unique<QTextDocument>());
    m_right->showDocument(std::make_unique<QTextDocument>());
    m_leftTitle->clear();
    m_rightTitle->clear();
    m_ruler->rebuild();
    m_connector->update();
}

void SideBySideView::setComparison(std::shared_ptr<const Comparison> c, const Theme &theme,
                                   const CategoryFilter &filter) {
    // Keep the reading position across recomputes (option toggles, filters).
    if (m_comparison && isReady())
        m_keepRow = topRow();
    if (!c) {
        clear();
        return;
    }
    m_theme = theme;
    m_filter = filter;
    m_requested = c;
    m_pendingChange = {-1, false};
    m_build.start<PaneDocuments>(
        [c, theme, filter](const std::atomic_bool *cancel) {
            return buildPaneDocuments(*c, theme, filter, cancel);
        },
        [this, c](std::shared_ptr<PaneDocuments> docs) {
            m_comparison = c;
            showDocuments(std::move(docs));
        });
}

void SideBySideView::showDocuments(std::shared_ptr<PaneDocuments> docs) {
    m_left->clearMarks();
    m_right->clearMarks();
    m_layout = {}; // no row is aligned while the two panes hold documents of different builds
    m_leftTitle->setText(QStringLiteral("◀ ") + visibleControls(m_comparison->a.path));
    m_rightTitle->setText(QStringLiteral("▶ ") + visibleControls(m_comparison->b.path));
    m_leftTitle->setToolTip(m_comparison->a.path);
    m_rightTitle->setToolTip(m_comparison->b.path);
    m_syncing = true; // both panes change documents; sync once both have theirs
    auto hook = [this](int block) { onLayoutNeeded(block); };
    QTextDocument *left = docs->left.get(), *right = docs->right.get();
    m_left->showDocument(std::move(docs->left), new RowLayout(left, hook));
    m_right->showDocument(std::move(docs->right), new RowLayout(right, hook));
    m_layout = std::move(docs->layout);
    m_left->setJoinMarks(m_layout.joinsA, m_theme.marker(Category::SplitMerge));
    m_right->setJoinMarks(m_layout.joinsB, m_theme.marker(Category::SplitMerge));
    showPieceBreaks();
    m_syncing = false;
    scrollToRow(qMin(m_keepRow, int(m_layout.rows.size()) - 1));
    alignTail();
    m_ruler->rebuild();
    Q_EMIT aligned();
    if (m_pendingChange.first >= 0)
        showChange(m_pendingChange.first, m_pendingChange.second);
    m_pendingChange = {-1, false};
}

// The spacers between the pieces of an overlong paragraph: marked where a side's text goes on,
// and left out of copied text in both panes.
void SideBySideView::showPieceBreaks() {
    QList<qint32> spacers, goesOnA, goesOnB;
    for (qsizetype r = 1; r < m_layout.rows.size(); ++r) {
        if (!m_layout.continues(r))
            continue;
        const qint32 spacer = qint32(2 * r - 1);
        spacers.append(spacer);
        if (!m_layout.rows.at(r).emptyA)
            goesOnA.append(spacer);
        if (!m_layout.rows.at(r).emptyB)
            goesOnB.append(spacer);
    }
    m_left->setPieceBreaks(spacers, goesOnA);
    m_right->setPieceBreaks(spacers, goesOnB);
}

QTextBlock SideBySideView::rowBlock(int row, Side side) const {
    if (row < 0)
        return {};
    return (side == Side::A ? m_left : m_right)->document()->findBlockByNumber(2 * row);
}

int SideBySideView::topRow() const {
    return m_right->topBlock().blockNumber() / 2;
}

int SideBySideView::panePosition(qint32 block, Side side) const {
    const auto &places = side == Side::A ? m_layout.placesA : m_layout.placesB;
    if (!m_comparison || block < 0 || block >= places.size() || places.at(block).paneBlock < 0)
        return -1;
    const PanePlace &p = places.at(block);
    const QTextBlock tb =
        (side == Side::A ? m_left : m_right)->document()->findBlockByNumber(p.paneBlock);
    return tb.isValid() ? tb.position() + p.offset : -1;
}

QList<QPair<int, int>> SideBySideView::paneRanges(const Change &ch, Side side) const {
    QList<QPair<int, int>> out;
    if (!m_comparison)
        return out;
    const Document &d = m_comparison->document(side);
    const QTextDocument *doc = (side == Side::A ? m_left : m_right)->document();
    const auto position = [doc](const PanePlace &at) {
        const QTextBlock tb = doc->findBlockByNumber(at.paneBlock);
        return tb.isValid() ? tb.position() + at.offset : -1;
    };
    forEachBlockSpan(d, ch.side(side), [&](const BlockSpan &span) {
        const Block &block = d.blocks.at(span.block);
        const qint32 t0 = span.tokenBegin, t1 = span.tokenEnd;
        const int base = panePosition(span.block, side);
        if (base < 0)
            return;
        if (t0 >= t1 || t1 > block.tokens.size())
            out.append({base, base}); // a position only (e.g. where a split happened)
        else
            out.append(
                {position(m_layout.placeOf(side, span.block, block.tokens.at(t0).start, false)),
                 position(m_layout.placeOf(side, span.block, qint32(block.tokens.at(t1 - 1).end()),
                                           true))});
    });
    return out;
}

int SideBySideView::contentLines(int row, Side side) const {
    if (row < 0 || row >= m_layout.rows.size())
        return 0;
    const RowInfo &info = m_layout.rows.at(row);
    if (side == Side::A ? info.emptyA : info.emptyB)
        return 0;
    const QTextBlock b = rowBlock(row, side);
    return qMax(1, b.lineCount() - (side == Side::A ? info.padA : info.padB));
}

QPair<int, int> SideBySideView::visibleRows() const {
    if (!m_comparison || m_layout.rows.isEmpty() || !m_right->topBlock().isValid())
        return {0, -1};
    const int rows = int(m_layout.rows.size());
    const int first = qMin(topRow(), rows - 1);
    const int height = m_right->viewport()->height();
    int last = first;
    while (last + 1 < rows && m_right->blockRect(rowBlock(last + 1, Side::B)).top() < height)
        ++last;
    return {first, last};
}

void SideBySideView::setPad(QTextBlock block, qint32 &pad, int wanted) {
    // Padding is the line separators ending the block: never take away more than are there.
    const QString text = block.text();
    int trailing = 0;
    while (trailing < pad && trailing < text.size() &&
           text.at(text.size() - 1 - trailing) == QChar::LineSeparator)
        ++trailing;
    pad = trailing;
    if (wanted == pad)
        return;
    // By position, not by movePosition: each step of that finds the cursor's line in the
    // block's layout, which made taking padding off a block of thousands of lines quadratic.
    QTextCursor c(block);
    const int end = block.position() + block.length() - 1;
    c.setPosition(end);
    if (wanted > pad) {
        c.insertText(QString(wanted - pad, QChar::LineSeparator), QTextCharFormat());
    } else {
        c.setPosition(end - (pad - wanted), QTextCursor::KeepAnchor);
        c.removeSelectedText();
    }
    pad = wanted;
}

// Lays out both sides of a row and pads the shorter. A padding edit touches one block, which
// QPlainTextDocumentLayout lays out again at once, so the line counts stay exact.
void SideBySideView::alignRow(int row) {
    if (row < 0 || row >= m_layout.rows.size())
        return;
    const QTextBlock bl = rowBlock(row, Side::A);
    const QTextBlock br = rowBlock(row, Side::B);
    if (!bl.isValid() || !br.isValid())
        return;
    RowInfo &info = m_layout.rows[row];
    m_left->document()->documentLayout()->blockBoundingRect(bl);
    m_right->document()->documentLayout()->blockBoundingRect(br);
    const int la = bl.layout()->lineCount() - info.padA;
    const int lb = br.layout()->lineCount() - info.padB;
    const int target = qMax(la, lb);
    setPad(bl, info.padA, target - la);
    setPad(br, info.padB, target - lb);
}

void SideBySideView::onLayoutNeeded(int block) {
    if (block % 2 != 0 || m_layout.rows.isEmpty())
        return; // a spacer: one empty line in both panes
    const int row = block / 2;
    if (m_aligningRow >= 0) {
        if (row != m_aligningRow)
            m_rowsToAlign.append(row); // asked for while another row is being aligned
        return;
    }
    m_rowsToAlign.append(row);
    while (!m_rowsToAlign.isEmpty()) {
        m_aligningRow = m_rowsToAlign.takeLast();
        alignRow(m_aligningRow);
    }
    m_aligningRow = -1;
    m_resyncTimer.start(); // rows above the top may have grown in both panes
}

// Aligns rows from `firstRow` on until they fill `lines` lines.
void SideBySideView::alignFrom(int firstRow, int lines) {
    const int rows = int(m_layout.rows.size());
    for (int r = qMax(0, firstRow), seen = 0; r < rows && seen <= lines; ++r) {
        alignRow(r);
        seen += rowBlock(r, Side::B).lineCount() + 1; // and the spacer
    }
}

// The last screen too: both scroll ranges end on the same line (Ctrl+End, the scroll bar's
// bottom).
void SideBySideView::alignTail() {
    const int lines = m_right->visibleLineCount() + 2;
    int r = int(m_layout.rows.size()) - 1;
    for (int seen = 0; r >= 0 && seen <= lines; --r) {
        alignRow(r);
        seen += rowBlock(r, Side::B).lineCount() + 1;
    }
}

void SideBySideView::realign() {
    m_alignTimer.stop();
    if (!m_comparison || m_layout.rows.isEmpty())
        return;
    if (m_relayout)
        relayoutBoth();
    alignTail();
    syncFrom(m_lastSource);
    m_ruler->rebuild();
    Q_EMIT aligned();
}

// The other pane shows the same block at the same line within it. Pairing by block, not by
// line number, holds even while rows above are being aligned.
void SideBySideView::syncFrom(DiffPane *source) {
    if (m_syncing || !m_comparison || m_layout.rows.isEmpty())
        return;
    m_lastSource = source;
    if (m_aligningRow >= 0) { // mid-alignment the line counts are in flux: sync right after
        m_resyncTimer.start();
        return;
    }
    m_syncing = true; // the other pane's signals must not bounce back
    DiffPane *target = source == m_left ? m_right : m_left;
    QScrollBar *sb = source->verticalScrollBar();
    const QTextBlock top = source->document()->findBlockByLineNumber(sb->value());
    const int offset = qMax(0, sb->value() - top.firstLineNumber());
    alignFrom(top.blockNumber() / 2, source->visibleLineCount() + 1);
    if (const int line = top.firstLineNumber() + offset; line != sb->value())
        sb->setValue(line); // rows above were aligned meanwhile
    const QTextBlock same = target->document()->findBlockByNumber(top.blockNumber());
    if (same.isValid())
        target->verticalScrollBar()->setValue(same.firstLineNumber() + offset);
    matchSubPixel(source, target);
    m_syncing = false;
    m_connector->update();
    m_ruler->update();
}

// Two panes on the same line still stand apart by what each keeps of its scrolls below a pixel
// (it depends on how the pane got there: a search moves one pane by other steps than the sync
// moves the other). Both then drop theirs, so that every row starts at the same y in both.
void SideBySideView::matchSubPixel(DiffPane *source, DiffPane *target) {
    const QTextBlock top = target->topBlock();
    if (!top.isValid() || source->topBlock().blockNumber() != top.blockNumber())
        return;
    const QTextBlock same = source->document()->findBlockByNumber(top.blockNumber());
    if (source->blockRect(same).top() == target->blockRect(top).top())
        return;
    source->dropSubPixelScroll();
    target->dropSubPixelScroll();
}

void SideBySideView::scrollToRow(int row) {
    const QTextBlock b = rowBlock(qMax(0, row), Side::B);
    if (!b.isValid())
        return;
    QScrollBar *sb = m_right->verticalScrollBar();
    if (sb->value() == b.firstLineNumber())
        syncFrom(m_right); // aligns even when nothing moves
    else
        sb->setValue(b.firstLineNumber());
}

void SideBySideView::setPaneFont(const QFont &font) {
    const int row = m_comparison ? topRow() : 0;
    m_syncing = true; // both re-lay out; sync once both have the new font
    m_left->setFont(font);
    m_right->setFont(font);
    m_syncing = false;
    if (!m_comparison)
        return;
    relayoutBoth();
    scrollToRow(row);
    alignTail();
    m_ruler->rebuild();
}

int SideBySideView::rowOfChange(int index) const {
    if (!m_comparison || index < 0 || index >= m_comparison->changes.size())
        return -1;
    const Change &ch = m_comparison->changes.at(index);
    auto rowOf = [](const QList<qint32> &rows, qint32 block) {
        return block >= 0 && block < rows.size() ? rows.at(block) : -1;
    };
    if (ch.to.isValid())
        return rowOf(m_layout.rowOfB, ch.to.blockBegin);
    if (ch.from.isValid())
        return rowOf(m_layout.rowOfA, ch.from.blockBegin);
    return rowOf(m_layout.rowOfB, ch.anchorB.block);
}

bool SideBySideView::isOnScreen(int changeIndex) const {
    const int row = rowOfChange(changeIndex);
    const auto [first, last] = visibleRows();
    return row >= first && row <= last;
}

int SideBySideView::stepOrigin(int current, int direction) const {
    if (!m_comparison || !isReady() || (current >= 0 && isOnScreen(current)))
        return current;
    const int top = topRow();
    const int n = int(m_comparison->changes.size());
    // Changes come in reading order: find the first one at or below the top row.
    int firstBelow = n;
    for (int i = 0; i < n; ++i) {
        if (rowOfChange(i) >= top) {
            firstBelow = i;
            break;
        }
    }
    return direction > 0 ? firstBelow - 1 : firstBelow;
}

void SideBySideView::showChange(int index, bool flash) {
    if (!isReady()) {
        m_pendingChange = {index, flash}; // for the documents on their way
        return;
    }
    m_left->clearMarks();
    m_right->clearMarks();
    if (!m_comparison || index < 0 || index >= m_comparison->changes.size())
        return;
    const Change &ch = m_comparison->changes.at(index);
    const auto left = paneRanges(ch, Side::A);
    const auto right = paneRanges(ch, Side::B);
    if (!right.isEmpty())
        m_right->scrollToPosition(right.first().first);
    else if (!left.isEmpty())
        m_left->scrollToPosition(left.first().first);
    else if (int pos = panePosition(ch.anchorB.block, Side::B); pos >= 0)
        m_right->scrollToPosition(pos);
    m_left->markRanges(left, m_theme, flash);
    m_right->markRanges(right, m_theme, flash);
    m_connector->update();
}

bool SideBySideView::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Resize &&
        (watched == m_left->viewport() || watched == m_right->viewport()) && m_comparison) {
        // A new width re-wraps that pane alone (its scroll bar coming or going is enough);
        // the other must start afresh too, or rows laid out at the old width stay taller in
        // one pane than in the other.
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->oldSize().width() != resize->size().width())
            m_relayout = true;
        m_alignTimer.start();
    }
    return QWidget::eventFilter(watched, event);
}

// Both panes forget every line break (each row counts one line again until laid out), so
// they agree once more; the reading position is kept by block and line within it.
void SideBySideView::relayoutBoth() {
    m_relayout = false;
    QScrollBar *sb = m_right->verticalScrollBar();
    const QTextBlock top = m_right->document()->findBlockByLineNumber(sb->value());
    const int block = top.blockNumber();
    const int offset = qMax(0, sb->value() - top.firstLineNumber());
    m_syncing = true;
    m_left->relayout();
    m_right->relayout();
    alignRow(block / 2);
    m_syncing = false;
    const QTextBlock again = m_right->document()->findBlockByNumber(block);
    if (!again.isValid())
        return;
    const int line = again.firstLineNumber() + qMin(offset, qMax(0, again.lineCount() - 1));
    if (sb->value() == line)
        syncFrom(m_right);
    else
        sb->setValue(line);
}

} // namespace sd
