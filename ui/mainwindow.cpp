#include "mainwindow.h"

#include "allversionsview.h"
#include "changelist.h"
#include "inlineview.h"
#include "legendbar.h"
#include "sidebysideview.h"
#include "timelinebar.h"
#include "versionlist.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QTimer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// The icons live in a static library; make sure its resources are linked in and registered.
static void initUiResources() {
    Q_INIT_RESOURCE(icons);
}

namespace sd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new ComparisonModel(this)),
      m_theme(Theme::fromPalette(palette())) {
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("StoryDiff"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/storydiff.png")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_sideBySide = new SideBySideView(this);
    m_inline = new InlineView(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_sideBySide);
    m_stack->addWidget(m_inline);
    m_all = new AllVersionsView(m_model, this);
    m_all->setTheme(m_theme);
    m_stack->addWidget(m_all);
    m_timeline = new TimelineBar(m_model, this);
    m_timeline->hide();

    createActions();
    m_legend = new LegendBar(m_filterActs, this);
    m_legend->setTheme(m_theme);

    // Search bar, hidden until Ctrl+F.
    m_searchBar = new QWidget(this);
    m_searchBar->setObjectName(QStringLiteral("searchBar"));
    auto *sl = new QHBoxLayout(m_searchBar);
    sl->setContentsMargins(6, 2, 6, 2);
    m_searchEdit = new QLineEdit(m_searchBar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find in both versions (Enter: next, Shift+Enter: previous)"));
    m_searchEdit->setAccessibleName(tr("Find text"));
    m_searchEdit->setClearButtonEnabled(true);
    auto *closeSearch = new QToolButton(m_searchBar);
    closeSearch->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    closeSearch->setAutoRaise(true);
    closeSearch->setAccessibleName(tr("Close search"));
    sl->addWidget(new QLabel(tr("Find:"), m_searchBar));
    sl->addWidget(m_searchEdit, 1);
    auto *prevB = new QToolButton(m_searchBar);
    prevB->setDefaultAction(m_findPrevAct);
    auto *nextB = new QToolButton(m_searchBar);
    nextB->setDefaultAction(m_findNextAct);
    sl->addWidget(prevB);
    sl->addWidget(nextB);
    sl->addWidget(closeSearch);
    m_searchBar->hide();
    connect(closeSearch, &QToolButton::clicked, m_searchBar, &QWidget::hide);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        findInPanes(QApplication::keyboardModifiers() & Qt::ShiftModifier);
    });

    auto *central = new QWidget(this);
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    cl->addWidget(m_timeline);
    cl->addWidget(m_stack, 1);
    cl->addWidget(m_searchBar);
    cl->addWidget(m_legend);
    setCentralWidget(central);

    createMenus();
    createToolBars();
    createDocks();
    createStatusBar();

    connect(m_model, &ComparisonModel::comparisonReady, this, &MainWindow::showComparison);
    connect(m_model, &ComparisonModel::comparisonCleared, this, &MainWindow::showComparison);
    connect(m_model, &ComparisonModel::filterChanged, this, &MainWindow::showComparison);
    connect(m_model, &ComparisonModel::currentChangeChanged, this, &MainWindow::onCurrentChange);
    connect(m_model, &ComparisonModel::versionsChanged, this, &MainWindow::updateOtherSelector);
    connect(m_model, &ComparisonModel::loadFailed, this,
            [this](const QString &, const QString &message) { m_pendingErrors << message; });
    connect(m_model, &ComparisonModel::loadsFinished, this, &MainWindow::showLoadErrors);
    // While busy, the bar follows the comparison's own progress (polled: the engine only
    // raises a counter); loading and the all-versions work show as "working".
    auto *progressPoll = new QTimer(this);
    progressPoll->setInterval(100);
    connect(progressPoll, &QTimer::timeout, this, [this] {
        const int percent = m_model->comparisonProgress();
        if (percent < 0) {
            m_busyBar->setRange(0, 0);
        } else {
            m_busyBar->setRange(0, 100);
            m_busyBar->setValue(percent);
        }
    });
    connect(m_model, &ComparisonModel::busyChanged, this, [this, progressPoll](bool busy) {
        m_busyBar->setVisible(busy);
        m_cancelButton->setVisible(busy);
        if (busy) {
            progressPoll->start();
        } else {
            progressPoll->stop();
            m_progressLabel->clear();
        }
    });
    connect(m_model, &ComparisonModel::progress, this,
            [this](const QString &text) { m_progressLabel->setText(text); });
    connect(m_sideBySide, &SideBySideView::linkActivationRequested, this, &MainWindow::openLink);
    connect(m_inline, &DiffPane::linkActivationRequested, this, &MainWindow::openLink);
    connect(m_sideBySide, &SideBySideView::changeClicked, m_model,
            &ComparisonModel::setCurrentChange);
    connect(m_inline, &DiffPane::changeClicked, m_model, &ComparisonModel::setCurrentChange);
    connect(m_changes, &ChangeList::changeActivated, m_model, &ComparisonModel::setCurrentChange);
    connect(m_all, &AllVersionsView::timelineRequested, m_timelineAct, [this] {
        m_timelineAct->setChecked(true);
    });
    connect(m_timeline, &TimelineBar::closeRequested, m_timelineAct, [this] {
        m_timelineAct->setChecked(false);
    });
    connect(m_model, &ComparisonModel::multiReady, this, &MainWindow::updateStatus);
    for (DiffPane *p : {m_sideBySide->leftPane(), m_sideBySide->rightPane(),
                        static_cast<DiffPane *>(m_inline)})
        connect(p, &DiffPane::focused, this, [this, p] { m_lastFocused = p; });

    readSettings();
    showComparison();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addToggle(const QString &name, const QString &text, const QString &tip) {
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setCheckable(true);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

void MainWindow::createActions() {
    m_openAct = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAct->setObjectName(QStringLiteral("openAction"));
    m_openAct->setShortcut(QKeySequence::Open);
    m_openAct->setToolTip(tr("Open one or more versions (Ctrl+O)"));
    connect(m_openAct, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_sampleAct = new QAction(tr("Open &Sample Story"), this);
    connect(m_sampleAct, &QAction::triggered, this, &MainWindow::openSample);

    m_quitAct = new QAction(tr("&Quit"), this);
    m_quitAct->setShortcut(QKeySequence::Quit);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);

    m_nextAct = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Next Change"), this);
    m_nextAct->setObjectName(QStringLiteral("nextChangeAction"));
    m_nextAct->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_nextAct->setToolTip(tr("Next change (F7, Alt+Down)"));
    connect(m_nextAct, &QAction::triggered, this, [this] { step(+1); });

    m_prevAct = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Previous Change"), this);
    m_prevAct->setObjectName(QStringLiteral("previousChangeAction"));
    m_prevAct->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_prevAct->setToolTip(tr("Previous change (Shift+F7, Alt+Up)"));
    connect(m_prevAct, &QAction::triggered, this, [this] { step(-1); });

    m_findAct = new QAction(tr("&Find…"), this);
    m_findAct->setShortcut(QKeySequence::Find);
    connect(m_findAct, &QAction::triggered, this, [this] {
        m_searchBar->show();
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    m_findNextAct = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Find &Next"), this);
    m_findNextAct->setShortcut(QKeySequence::FindNext);
    connect(m_findNextAct, &QAction::triggered, this, [this] { findInPanes(false); });
    m_findPrevAct = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Find Pre&vious"), this);
    m_findPrevAct->setShortcut(QKeySequence::FindPrevious);
    connect(m_findPrevAct, &QAction::triggered, this, [this] { findInPanes(true); });

    auto *modes = new QActionGroup(this);
    m_sideAct = addToggle(QStringLiteral("sideBySideAction"), tr("&Side by Side"),
                          tr("Show the two versions next to each other"));
    m_inlineAct = addToggle(QStringLiteral("inlineAction"), tr("&Inline"),
                            tr("Show one text with the changes marked in it"));
    m_allAct = addToggle(QStringLiteral("allVersionsAction"), tr("&All Versions"),
                         tr("Show every open version aligned in columns, with their history"));
    m_sideAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_inlineAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_allAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_allAct->setToolTip(tr("Every version aligned in columns (Ctrl+3)"));
    modes->addAction(m_sideAct);
    modes->addAction(m_inlineAct);
    modes->addAction(m_allAct);
    m_sideAct->setChecked(true);
    for (QAction *a : {m_sideAct, m_inlineAct, m_allAct})
        connect(a, &QAction::toggled, this, [this](bool on) {
            if (on)
                applyViewMode();
        });
    m_timelineAct = addToggle(QStringLiteral("timelineAction"), tr("&Timeline"),
                              tr("Step through the versions in order, one edit at a time"));
    m_timelineAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_timelineAct, &QAction::toggled, this, &MainWindow::setTimelineMode);

    m_ignoreCase = addToggle(QStringLiteral("ignoreCaseAction"), tr("Ignore Case"),
                             tr("Treat upper and lower case as the same"));
    m_ignorePunct = addToggle(QStringLiteral("ignorePunctuationAction"), tr("Ignore Punctuation"),
                              tr("Do not report changed punctuation"));
    m_ignoreTypo = addToggle(QStringLiteral("ignoreTypographyAction"), tr("Ignore Typography"),
                             tr("Treat straight and curly quotes, dashes and ellipses as the same"));
    m_ignoreFormat = addToggle(QStringLiteral("ignoreFormattingAction"), tr("Ignore Formatting"),
                               tr("Do not report italic, bold and heading changes"));
    m_ignoreLinks = addToggle(QStringLiteral("ignoreLinksAction"), tr("Ignore Links"),
                              tr("Do not report added, removed or changed links"));
    for (QAction *a : {m_ignoreCase, m_ignorePunct, m_ignoreTypo, m_ignoreFormat, m_ignoreLinks})
        connect(a, &QAction::toggled, this, &MainWindow::onOptionToggled);

    for (int c = 0; c < kCategoryCount; ++c) {
        QAction *a = addToggle(QStringLiteral("filter_%1").arg(c), categoryLabel(Category(c)),
                               tr("Show or hide: %1").arg(categoryLabel(Category(c))));
        a->setChecked(true);
        connect(a, &QAction::toggled, this, &MainWindow::onFilterToggled);
        m_filterActs[c] = a;
    }

    createExportActions();

    m_aboutAct = new QAction(tr("&About StoryDiff"), this);
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAct);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_sampleAct);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(m_exportHtmlAct);
    exportMenu->addAction(m_exportPdfAct);
    file->addAction(m_printAct);
    file->addAction(m_previewAct);
    file->addSeparator();
    file->addAction(m_quitAct);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyChangesAct);
    edit->addSeparator();
    edit->addAction(m_findAct);
    edit->addAction(m_findNextAct);
    edit->addAction(m_findPrevAct);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_sideAct);
    view->addAction(m_inlineAct);
    view->addAction(m_allAct);
    view->addAction(m_timelineAct);
    view->addSeparator();
    QMenu *show = view->addMenu(tr("Show &Changes"));
    for (QAction *a : m_filterActs)
        show->addAction(a);
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *cmp = menuBar()->addMenu(tr("&Compare"));
    cmp->addAction(m_nextAct);
    cmp->addAction(m_prevAct);
    cmp->addSeparator();
    for (QAction *a : {m_ignoreCase, m_ignorePunct, m_ignoreTypo, m_ignoreFormat, m_ignoreLinks})
        cmp->addAction(a);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAct);
}

void MainWindow::createToolBars() {
    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->setMovable(false);
    tb->addAction(m_openAct);
    tb->addSeparator();
    tb->addAction(m_prevAct);
    tb->addAction(m_nextAct);
    tb->addSeparator();
    tb->addAction(m_sideAct);
    tb->addAction(m_inlineAct);
    tb->addAction(m_allAct);
    tb->addSeparator();
    auto *label = new QLabel(tr(" Compare base with: "), tb);
    tb->addWidget(label);
    m_otherSelector = new QComboBox(tb);
    m_otherSelector->setObjectName(QStringLiteral("otherSelector"));
    m_otherSelector->setAccessibleName(tr("Version compared with the base"));
    m_otherSelector->setMinimumContentsLength(16);
    m_otherSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_otherSelector);
    tb->addWidget(m_otherSelector);
    connect(m_otherSelector, &QComboBox::activated, this, [this](int i) {
        m_model->setOtherIndex(m_otherSelector->itemData(i).toInt());
    });

    QToolBar *opts = addToolBar(tr("Options"));
    opts->setObjectName(QStringLiteral("optionsToolBar"));
    opts->setMovable(false);
    opts->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont small = opts->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    opts->setFont(small);
    for (QAction *a : {m_ignoreCase, m_ignorePunct, m_ignoreTypo, m_ignoreFormat, m_ignoreLinks})
        opts->addAction(a);
}

void MainWindow::createDocks() {
    auto *versionsDock = new QDockWidget(tr("Versions"), this);
    versionsDock->setObjectName(QStringLiteral("versionsDock"));
    m_versions = new VersionList(m_model, versionsDock);
    versionsDock->setWidget(m_versions);
    addDockWidget(Qt::LeftDockWidgetArea, versionsDock);

    auto *changesDock = new QDockWidget(tr("Changes"), this);
    changesDock->setObjectName(QStringLiteral("changesDock"));
    m_changes = new ChangeList(changesDock);
    changesDock->setWidget(m_changes);
    addDockWidget(Qt::LeftDockWidgetArea, changesDock);
    splitDockWidget(versionsDock, changesDock, Qt::Vertical);
    resizeDocks({versionsDock, changesDock}, {120, 400}, Qt::Vertical);
    resizeDocks({versionsDock}, {270}, Qt::Horizontal);

    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (view) {
        view->addSeparator();
        view->addAction(versionsDock->toggleViewAction());
        view->addAction(changesDock->toggleViewAction());
    }
}

void MainWindow::createStatusBar() {
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(QStringLiteral("statsLabel"));
    m_statsLabel->setAccessibleName(tr("Statistics"));
    m_progressLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0); // "working" until the comparison reports how far it is
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel comparison"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, m_model, &ComparisonModel::cancel);
    statusBar()->addWidget(m_statsLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_cancelButton);
}

} // namespace sd
