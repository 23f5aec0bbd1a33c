#include "pair/sidebysideview.h"

#include "pair/connector.h"
#include "pair/overviewruler.h"

#include <QAbstractTextDocumentLayout>
#include <QGridLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace sd {

SideBySideView::SideBySideView(QWidget *parent)
    : QWidget(parent), m_left(new DiffPane(this)), m_right(new DiffPane(this)),
      m_leftTitle(new QLabel(this)), m_rightTitle(new QLabel(this)),
      m_connector(new ConnectorWidget(this)), m_ruler(new OverviewRuler(this)) {
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
        connect(p->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, p] { syncFrom(p); });
        connect(p, &DiffPane::linkActivationRequested, this,
                &SideBySideView::linkActivationRequested);
        connect(p, &DiffPane::changeClicked, this, &SideBySideView::changeClicked);
        p->viewport()->installEventFilter(this);
    }
    // Width changes rewrap paragraphs; realign once the resizing settles.
    m_alignTimer.setSingleShot(true);
    m_alignTimer.setInterval(80);
    connect(&m_alignTimer, &QTimer::timeout, this, &SideBySideView::realign);
}

void SideBySideView::clear() {
    m_comparison.reset();
    m_layout = {};
    m_left->clear();
    m_right->clear();
    m_leftTitle->clear();
    m_rightTitle->clear();
    m_ruler->rebuild();
    m_connector->update();
}

void SideBySideView::setComparison(std::shared_ptr<const Comparison> c, const Theme &theme,
                                   const CategoryFilter &filter) {
    // Keep the reading position across recomputes (option toggles, filters).
    const int oldRow = m_comparison ? m_right->topBlock().blockNumber() / 2 : 0;
    m_comparison = std::move(c);
    m_theme = theme;
    m_filter = filter;
    m_left->clearMarks();
    m_right->clearMarks();
    if (!m_comparison) {
        clear();
        return;
    }
    m_leftTitle->setText(QStringLiteral("◀ ") + m_comparison->a.path);
    m_rightTitle->setText(QStringLiteral("▶ ") + m_comparison->b.path);
    m_leftTitle->setToolTip(m_comparison->a.path);
    m_rightTitle->setToolTip(m_comparison->b.path);
    m_layout = buildSideBySide(*m_comparison, m_theme, m_filter, m_left->document(),
                               m_right->document());
    m_alignedWidth = -1;
    realign();
    const QTextBlock b = rowBlock(qMin(oldRow, int(m_layout.rows.size()) - 1), Side::B);
    if (b.isValid())
        m_right->verticalScrollBar()->setValue(b.firstLineNumber());
}

QTextBlock SideBySideView::rowBlock(int row, Side side) const {
    if (row < 0)
        return {};
    return (side == Side::A ? m_left : m_right)->document()->findBlockByNumber(2 * row);
}

int SideBySideView::panePosition(qint32 block, Side side) const {
    const auto &places = side == Side::A ? m_layout.placesA : m_layout.placesB;
    if (block < 0 || block >= places.size() || places.at(block).paneBlock < 0)
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
    forEachBlockSpan(d, ch.side(side), [&](const BlockSpan &span) {
        const Block &block = d.blocks.at(span.block);
        const qint32 t0 = span.tokenBegin, t1 = span.tokenEnd;
        const int base = panePosition(span.block, side);
        if (base < 0)
            return;
        if (t0 >= t1 || t1 > block.tokens.size())
            out.append({base, base}); // a position only (e.g. where a split happened)
        else
            out.append({base + int(block.tokens.at(t0).start),
                        base + int(block.tokens.at(t1 - 1).end())});
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
    const QTextBlock top = m_right->topBlock();
    if (!top.isValid() || m_layout.rows.isEmpty())
        return {0, -1};
    const int first = top.blockNumber() / 2;
    const int lines = m_right->visibleLineCount() + 1;
    const QTextBlock bottom =
        m_right->document()->findBlockByLineNumber(top.firstLineNumber() + lines);
    const int last = bottom.isValid() ? bottom.blockNumber() / 2 : int(m_layout.rows.size()) - 1;
    return {first, qMin(last, int(m_layout.rows.size()) - 1)};
}

void SideBySideView::setPad(QTextBlock block, qint32 &pad, int wanted) {
    if (wanted == pad)
        return;
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock);
    if (wanted > pad) {
        c.insertText(QString(wanted - pad, QChar::LineSeparator), QTextCharFormat());
    } else {
        c.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor, pad - wanted);
        c.removeSelectedText();
    }
    pad = wanted;
}

void SideBySideView::realign() {
    m_alignTimer.stop();
    if (!m_comparison || m_layout.rows.isEmpty())
        return;
    m_alignedWidth = m_right->viewport()->width();
    const int keepLine = m_right->verticalScrollBar()->value();
    const int keepRow = m_right->topBlock().blockNumber() / 2;
    const int keepOffset = keepLine - m_right->topBlock().firstLineNumber();
    QAbstractTextDocumentLayout *ll = m_left->document()->documentLayout();
    QAbstractTextDocumentLayout *rl = m_right->document()->documentLayout();
    QTextBlock bl = m_left->document()->firstBlock();
    QTextBlock br = m_right->document()->firstBlock();
    m_syncing = true;
    // Each padding edit touches one block, which QPlainTextDocumentLayout lays out again at
    // once; so line counts (and both scroll ranges) stay exact without a second pass.
    for (qsizetype r = 0; r < m_layout.rows.size() && bl.isValid() && br.isValid(); ++r) {
        RowInfo &info = m_layout.rows[r];
        ll->blockBoundingRect(bl);
        rl->blockBoundingRect(br);
        const int la = bl.layout()->lineCount() - info.padA;
        const int lb = br.layout()->lineCount() - info.padB;
        const int target = qMax(la, lb);
        setPad(bl, info.padA, target - la);
        setPad(br, info.padB, target - lb);
        bl = bl.next().next();
        br = br.next().next();
    }
    m_syncing = false;
    const QTextBlock top = rowBlock(keepRow, Side::B);
    if (top.isValid())
        m_right->verticalScrollBar()->setValue(top.firstLineNumber() + qMax(0, keepOffset));
    syncFrom(m_right);
    m_ruler->rebuild();
    m_connector->update();
    Q_EMIT aligned();
}

void SideBySideView::syncFrom(DiffPane *source) {
    if (m_syncing)
        return;
    m_syncing = true; // the other pane's valueChanged must not bounce back
    DiffPane *target = source == m_left ? m_right : m_left;
    target->verticalScrollBar()->setValue(source->verticalScrollBar()->value());
    m_syncing = false;
    m_connector->update();
    m_ruler->update();
}

void SideBySideView::showChange(int index, bool flash) {
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
        (watched == m_left->viewport() || watched == m_right->viewport()) && m_comparison &&
        m_right->viewport()->width() != m_alignedWidth)
        m_alignTimer.start();
    return QWidget::eventFilter(watched, event);
}

} // namespace sd
