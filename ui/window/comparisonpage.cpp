// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/comparisonpage.h"

#include "common/versionlist.h"
#include "multi/allversionsview.h"
#include "multi/timelinebar.h"
#include "pair/changelist.h"
#include "pair/inlineview.h"
#include "pair/sidebysideview.h"
#include "window/diskwatch.h"
#include "window/versionbadges.h"
#include "window/viewmodeactions.h"

#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sd {

ComparisonPage::ComparisonPage(const Theme &theme, QWidget *parent)
    : QWidget(parent), m_model(new ComparisonModel(this)), m_theme(theme),
      m_sideBySide(new SideBySideView(this)), m_inline(new InlineView(this)),
      m_all(new AllVersionsView(m_model, this)), m_timeline(new TimelineBar(m_model, this)),
      m_stack(new QStackedWidget(this)), m_outer(new QStackedWidget(this)),
      m_singlePage(new QWidget(this)), m_changes(new ChangeList),
      m_versions(new VersionList(m_model)), m_badges(new VersionBadges(m_model, this)),
      m_disk(new DiskWatch(m_model, this)) {
    setObjectName(QStringLiteral("comparisonPage"));
    m_stack->addWidget(m_sideBySide);
    m_stack->addWidget(m_inline);
    // Its bar needs more than half a screen: narrower, the view scrolls sideways rather than
    // holding the window wide.
    auto *allScroll = new QScrollArea(this);
    allScroll->setWidgetResizable(true);
    allScroll->setFrameShape(QFrame::NoFrame);
    allScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    allScroll->setWidget(m_all);
    m_allScroll = allScroll;
    m_stack->addWidget(allScroll);
    m_all->setTheme(m_theme);
    m_timeline->hide();

    auto *hint = new QLabel(tr("Only one version is open. Drop another version here, or use "
                               "File ▸ Add Versions, to see what changed."),
                            m_singlePage);
    hint->setObjectName(QStringLiteral("singleVersionHint"));
    hint->setWordWrap(true);
    hint->setMargin(6);
    auto *sl = new QVBoxLayout(m_singlePage);
    sl->setContentsMargins(0, 0, 0, 0);
    sl->addWidget(hint);
    m_outer->addWidget(m_stack);
    m_outer->addWidget(m_singlePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_disk);
    layout->addWidget(m_timeline);
    layout->addWidget(m_badges);
    layout->addWidget(m_outer, 1);
    connectViews();
    showComparison();
}

// The lists live in the window's docks while this tab is current; they go with the page. What
// holds the model goes before it.
ComparisonPage::~ComparisonPage() {
    delete m_changes;
    delete m_versions;
    delete m_all;
    delete m_timeline;
    delete m_badges;
    delete m_disk;
}

void ComparisonPage::connectViews() {
    connect(m_model, &ComparisonModel::comparisonReady, this, &ComparisonPage::showComparison);
    connect(m_model, &ComparisonModel::comparisonCleared, this, &ComparisonPage::showComparison);
    connect(m_model, &ComparisonModel::filterChanged, this, &ComparisonPage::showComparison);
    connect(m_model, &ComparisonModel::currentChangeChanged, this,
            &ComparisonPage::onCurrentChange);
    connect(m_model, &ComparisonModel::versionsChanged, this, [this] {
        showSingle();
        Q_EMIT titleChanged();
        Q_EMIT statusChanged();
    });
    connect(m_model, &ComparisonModel::multiReady, this, &ComparisonPage::statusChanged);
    connect(m_sideBySide, &SideBySideView::linkActivationRequested, this,
            &ComparisonPage::linkActivationRequested);
    connect(m_inline, &DiffPane::linkActivationRequested, this,
            &ComparisonPage::linkActivationRequested);
    connect(m_sideBySide, &SideBySideView::changeClicked, m_model,
            &ComparisonModel::setCurrentChange);
    connect(m_inline, &DiffPane::changeClicked, m_model, &ComparisonModel::setCurrentChange);
    connect(m_changes, &ChangeList::changeActivated, m_model, &ComparisonModel::setCurrentChange);
    connect(m_all, &AllVersionsView::timelineRequested, this, &ComparisonPage::timelineRequested);
    connect(m_timeline, &TimelineBar::closeRequested, this, &ComparisonPage::timelineClosed);
    for (DiffPane *p :
         {m_sideBySide->leftPane(), m_sideBySide->rightPane(), static_cast<DiffPane *>(m_inline)})
        connect(p, &DiffPane::focused, this, [this, p] { m_lastFocused = p; });
    connect(m_disk, &DiskWatch::message, this, &ComparisonPage::message);
    connect(m_badges, &VersionBadges::message, this, &ComparisonPage::message);
}

bool ComparisonPage::isInlineMode() const {
    return m_stack->currentWidget() == m_inline;
}

bool ComparisonPage::isAllVersionsMode() const {
    return m_stack->currentWidget() == m_allScroll;
}

bool ComparisonPage::isSingleShown() const {
    return m_outer->currentWidget() == m_singlePage;
}

QString ComparisonPage::title() const {
    QStringList names;
    for (int i = 0; i < m_model->versionCount(); ++i)
        names << m_model->versionLabel(i);
    if (names.size() > 2)
        return tr("%1 + %n more", nullptr, int(names.size() - 1)).arg(names.first());
    return names.join(QStringLiteral(" ↔ "));
}

QStringList ComparisonPage::sources() const {
    QStringList paths;
    for (int i = 0; i < m_model->versionCount(); ++i)
        paths << m_model->version(i).source;
    return paths;
}

void ComparisonPage::setTheme(const Theme &theme) {
    m_theme = theme;
    m_all->setTheme(m_theme);
    showComparison();
}

// One version: its text, plainly, and the hint; two or more: the views.
void ComparisonPage::showSingle() {
    if (m_model->versionCount() != 1) {
        m_outer->setCurrentWidget(m_stack);
        return;
    }
    if (!m_single) {
        m_single = new QPlainTextEdit(m_singlePage);
        m_single->setObjectName(QStringLiteral("singleVersionView"));
        m_single->setReadOnly(true);
        m_single->setAccessibleName(tr("The open version"));
        m_singlePage->layout()->addWidget(m_single);
    }
    const Document &d = m_model->version(0).document;
    QStringList paragraphs;
    paragraphs.reserve(d.blocks.size());
    for (const Block &b : d.blocks)
        paragraphs << b.text;
    m_single->setPlainText(paragraphs.join(QStringLiteral("\n\n")));
    m_outer->setCurrentWidget(m_singlePage);
}

void ComparisonPage::showComparison() {
    const auto c = m_model->comparison();
    const CategoryFilter filter = m_model->filter();
    // Only the visible view is built at once; the other is built when switched to.
    if (isAllVersionsMode()) {
        m_inline->setComparison(nullptr, m_theme, filter);
        m_sideBySide->setComparison(nullptr, m_theme, filter);
    } else if (isInlineMode()) {
        m_inline->setComparison(c, m_theme, filter);
        m_sideBySide->setComparison(nullptr, m_theme, filter);
    } else {
        m_sideBySide->setComparison(c, m_theme, filter);
        m_inline->setComparison(nullptr, m_theme, filter);
    }
    m_changes->setComparison(c, m_theme, filter);
    showSingle();
    Q_EMIT statusChanged();
    const int cur = m_model->currentChange();
    if (cur >= 0) {
        m_flashNext = false;
        onCurrentChange(cur);
    }
}

void ComparisonPage::onCurrentChange(int index) {
    // The all-versions table has rows, not changes; only the change list follows there.
    if (isInlineMode())
        m_inline->showChange(index, m_flashNext);
    else if (!isAllVersionsMode())
        m_sideBySide->showChange(index, m_flashNext);
    m_flashNext = true;
    m_changes->setCurrentChange(index);
    Q_EMIT statusChanged();
}

void ComparisonPage::step(int direction) {
    if (isAllVersionsMode()) {
        m_all->step(direction);
        return;
    }
    // From where the reader looks when the current change is off screen (as Meld does).
    int from = m_model->currentChange();
    from = isInlineMode() ? m_inline->stepOrigin(from, direction)
                          : m_sideBySide->stepOrigin(from, direction);
    int next = m_model->nextVisibleChange(from, direction);
    if (next < 0) {
        Q_EMIT message(direction > 0 ? tr("No more changes below; wrapped to the first")
                                     : tr("No more changes above; wrapped to the last"),
                       3000);
        next = m_model->nextVisibleChange(-1, direction);
    }
    if (next >= 0)
        m_model->setCurrentChange(next);
}

void ComparisonPage::applyViewMode(ViewMode mode) {
    switch (mode) {
    case ViewMode::SideBySide:
        m_stack->setCurrentWidget(m_sideBySide);
        break;
    case ViewMode::Inline:
        m_stack->setCurrentWidget(m_inline);
        break;
    case ViewMode::AllVersions:
        m_stack->setCurrentWidget(m_allScroll);
        break;
    }
    m_badges->setVisible(mode != ViewMode::AllVersions);
    showComparison();
}

void ComparisonPage::setTimelineMode(bool on) {
    m_timeline->setVisible(on);
    if (on && m_timeline->step() < 0)
        m_timeline->setStep(0);
}

// The pane the user works in first, then (side by side) the other one.
QList<DiffPane *> ComparisonPage::panesToSearch() const {
    if (isInlineMode())
        return {m_inline};
    DiffPane *left = m_sideBySide->leftPane(), *right = m_sideBySide->rightPane();
    if (m_lastFocused == left)
        return {left, right};
    return {right, left};
}

} // namespace sd
