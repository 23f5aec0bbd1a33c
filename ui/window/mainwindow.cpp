// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: composition (create*), wiring (connect*) and what only the window decides: which
// tab is current, how files are opened, the window's own settings.
#include "window/mainwindow.h"

#include "common/legendbar.h"
#include "common/linkpolicy.h"
#include "common/versionlist.h"
#include "export/exportactions.h"
#include "folder/folderview.h"
#include "multi/allversionsview.h"
#include "multi/blameview.h"
#include "multi/timelinebar.h"
#include "pair/changelist.h"
#include "pair/inlineview.h"
#include "pair/panezoom.h"
#include "pair/sidebysideview.h"
#include "window/comparisonpage.h"
#include "window/optionactions.h"
#include "window/recentfiles.h"
#include "window/searchbar.h"
#include "window/statuspanel.h"
#include "window/viewmodeactions.h"

#include "util/credits.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCursor>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// The icons live in a static library; make sure its resources are linked in and registered.
static void initUiResources() {
    Q_INIT_RESOURCE(icons);
}

namespace sd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_theme(Theme::fromPalette(palette())) {
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("StoryDiff"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/storydiff.png")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_idleModel = new ComparisonModel(this);
    m_idleChanges = new ChangeList(this);
    m_idleChanges->hide();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("comparisonTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    createParts();
    createActions();

    auto *central = new QWidget(this);
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    cl->addWidget(m_tabs, 1);
    cl->addWidget(m_search);
    cl->addWidget(m_legend);
    setCentralWidget(central);

    createMenus();
    createToolBars();
    createDocks();
    m_status = new StatusPanel(nullptr, statusBar());
    connectParts();
    readSettings();
    newComparison();
}

MainWindow::~MainWindow() {
    // The pages go first: their models wait for their work, which posts back to them.
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
}

ComparisonPage *MainWindow::currentPage() const {
    return qobject_cast<ComparisonPage *>(m_tabs->currentWidget());
}

FolderView *MainWindow::currentFolderView() const {
    return qobject_cast<FolderView *>(m_tabs->currentWidget());
}

ComparisonModel *MainWindow::model() const {
    return currentPage() ? currentPage()->model() : nullptr;
}
SideBySideView *MainWindow::sideBySideView() const {
    return currentPage() ? currentPage()->sideBySideView() : nullptr;
}
InlineView *MainWindow::inlineView() const {
    return currentPage() ? currentPage()->inlineView() : nullptr;
}
ChangeList *MainWindow::changeList() const {
    return currentPage() ? currentPage()->changeList() : nullptr;
}
AllVersionsView *MainWindow::allVersionsView() const {
    return currentPage() ? currentPage()->allVersionsView() : nullptr;
}
TimelineBar *MainWindow::timelineBar() const {
    return currentPage() ? currentPage()->timelineBar() : nullptr;
}
bool MainWindow::isInlineMode() const {
    return currentPage() && currentPage()->isInlineMode();
}
bool MainWindow::isAllVersionsMode() const {
    return currentPage() && currentPage()->isAllVersionsMode();
}

// The parts that own their widgets and actions; the window only connects them.
void MainWindow::createParts() {
    m_options = new OptionActions(this);
    m_viewModes = new ViewModeActions(this);
    m_search = new SearchBar(
        [this] { return currentPage() ? currentPage()->panesToSearch() : QList<DiffPane *>(); },
        this);
    m_search->setTheme(m_theme);
    m_recent = new RecentFiles(this);
    m_export = new ExportActions(
        m_idleModel, m_idleChanges, [this] { return shownView(); }, this);
    m_legend = new LegendBar(m_options->filterActions(), this);
    m_legend->setTheme(m_theme);
    m_choiceMenu = new QMenu(this);
    m_choiceMenu->setObjectName(QStringLiteral("openChoiceMenu"));
    m_zoom = new PaneZoom(this);
}

void MainWindow::createActions() {
    auto make = [this](const QString &text, const char *name, const QKeySequence &key,
                       const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        return a;
    };
    m_newAct = make(tr("&New Comparison"), "newComparisonAction", QKeySequence::New,
                    tr("Start a comparison in a new tab (Ctrl+N)"));
    m_newAct->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    connect(m_newAct, &QAction::triggered, this, &MainWindow::newComparison);
    m_openAct = make(tr("&Open…"), "openAction", QKeySequence::Open,
                     tr("Open versions instead of the current ones (Ctrl+O)"));
    m_openAct->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAct, &QAction::triggered, this, [this] { showOpenDialog(OpenMode::Replace); });
    m_addAct = make(tr("&Add Versions…"), "addVersionsAction", QKeySequence(tr("Ctrl+Shift+O")),
                    tr("Add versions to the current comparison (Ctrl+Shift+O)"));
    connect(m_addAct, &QAction::triggered, this, [this] { showOpenDialog(OpenMode::Add); });
    m_folderAct = make(tr("Open &Folder…"), "openFolderAction", {},
                       tr("Find the copies among the files of a folder"));
    m_folderAct->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    connect(m_folderAct, &QAction::triggered, this, &MainWindow::showFolderDialog);
    m_batchResultsAct = make(tr("Open &Batch Results…"), "openBatchResultsAction", {},
                             tr("Show the copies a storydiff-cli --batch run found, from its "
                                "JSON lines and clusters file"));
    connect(m_batchResultsAct, &QAction::triggered, this, &MainWindow::showBatchResultsDialog);
    m_closeAct = make(tr("&Close"), "closeAction", QKeySequence(Qt::CTRL | Qt::Key_W),
                      tr("Close this comparison's tab (Ctrl+W)"));
    connect(m_closeAct, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });

    m_sampleAct = new QAction(tr("Open &Sample Story"), this);
    connect(m_sampleAct, &QAction::triggered, this, &MainWindow::openSample);
    m_quitAct = new QAction(tr("&Quit"), this);
    m_quitAct->setShortcut(QKeySequence::Quit);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);

    m_nextAct =
        make(tr("&Next Change"), "nextChangeAction", Qt::Key_F7, tr("Next change (F7, Alt+Down)"));
    m_nextAct->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_nextAct->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    connect(m_nextAct, &QAction::triggered, this, [this] {
        if (currentPage())
            currentPage()->step(+1);
    });
    m_prevAct = make(tr("&Previous Change"), "previousChangeAction", {},
                     tr("Previous change (Shift+F7, Alt+Up)"));
    m_prevAct->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_prevAct->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    connect(m_prevAct, &QAction::triggered, this, [this] {
        if (currentPage())
            currentPage()->step(-1);
    });

    m_aboutAct = new QAction(tr("&About StoryDiff"), this);
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAct);
    file->addAction(m_openAct);
    file->addAction(m_addAct);
    file->addAction(m_folderAct);
    file->addAction(m_batchResultsAct);
    file->addMenu(m_recent->menu());
    file->addAction(m_sampleAct);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addActions(m_export->exportActions());
    file->addAction(m_export->printAction());
    file->addAction(m_export->previewAction());
    file->addSeparator();
    file->addAction(m_closeAct);
    file->addAction(m_quitAct);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_export->copyChangesAction());
    edit->addSeparator();
    edit->addAction(m_search->findAction());
    edit->addAction(m_search->findNextAction());
    edit->addAction(m_search->findPreviousAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewModes->modeActions());
    view->addAction(m_viewModes->timelineAction());
    view->addSeparator();
    view->addActions(m_zoom->actions());
    view->addSeparator();
    QMenu *show = view->addMenu(tr("Show &Changes"));
    for (QAction *a : m_options->filterActions())
        show->addAction(a);
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *cmp = menuBar()->addMenu(tr("&Compare"));
    cmp->addAction(m_nextAct);
    cmp->addAction(m_prevAct);
    cmp->addSeparator();
    cmp->addActions(m_options->ignoreActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAct);
}

// One toolbar that fits a half screen: the ignore options sit behind one "Ignore" button (they
// are in the Compare menu too), the version selector is short, the labels are the icons' own.
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
    tb->addActions(m_viewModes->modeActions());
    tb->addSeparator();
    auto *label = new QLabel(tr(" With: "), tb);
    tb->addWidget(label);
    m_otherSelector = new QComboBox(tb);
    m_otherSelector->setObjectName(QStringLiteral("otherSelector"));
    m_otherSelector->setAccessibleName(tr("Version compared with the base"));
    m_otherSelector->setToolTip(tr("The version compared with the base"));
    m_otherSelector->setMinimumContentsLength(10);
    m_otherSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_otherSelector);
    tb->addWidget(m_otherSelector);
    connect(m_otherSelector, &QComboBox::activated, this, [this](int i) {
        if (model())
            model()->setOtherIndex(m_otherSelector->itemData(i).toInt());
    });

    auto *ignoreMenu = new QMenu(tr("Ignore"), this);
    ignoreMenu->addActions(m_options->ignoreActions());
    ignoreMenu->setToolTipsVisible(true);
    m_ignoreButton = new QToolButton(tb);
    m_ignoreButton->setObjectName(QStringLiteral("ignoreButton"));
    m_ignoreButton->setText(tr("Ignore"));
    m_ignoreButton->setToolTip(tr("What the comparison ignores (also in the Compare menu)"));
    m_ignoreButton->setMenu(ignoreMenu);
    m_ignoreButton->setPopupMode(QToolButton::InstantPopup);
    m_ignoreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tb->addSeparator();
    tb->addWidget(m_ignoreButton);
    // The button says how many options are on: "Ignore (2)".
    for (QAction *a : m_options->ignoreActions())
        connect(a, &QAction::toggled, this, [this] {
            int on = 0;
            for (QAction *o : m_options->ignoreActions())
                on += o->isChecked() ? 1 : 0;
            m_ignoreButton->setText(on ? tr("Ignore (%1)").arg(on) : tr("Ignore"));
        });
}

void MainWindow::createDocks() {
    m_versionStack = new QStackedWidget;
    m_changeStack = new QStackedWidget;
    auto *versionsDock = new QDockWidget(tr("Versions"), this);
    versionsDock->setObjectName(QStringLiteral("versionsDock"));
    versionsDock->setWidget(m_versionStack);
    addDockWidget(Qt::LeftDockWidgetArea, versionsDock);

    auto *changesDock = new QDockWidget(tr("Changes"), this);
    changesDock->setObjectName(QStringLiteral("changesDock"));
    changesDock->setWidget(m_changeStack);
    addDockWidget(Qt::LeftDockWidgetArea, changesDock);
    splitDockWidget(versionsDock, changesDock, Qt::Vertical);
    resizeDocks({versionsDock, changesDock}, {120, 400}, Qt::Vertical);
    resizeDocks({versionsDock}, {240}, Qt::Horizontal);

    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (view) {
        view->addSeparator();
        view->addAction(versionsDock->toggleViewAction());
        view->addAction(changesDock->toggleViewAction());
    }
}

void MainWindow::connectParts() {
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_options, &OptionActions::optionsChanged, this, [this](const CompareOptions &o) {
        if (model())
            model()->setOptions(o);
    });
    connect(m_options, &OptionActions::filterChanged, this, [this](const CategoryFilter &f) {
        if (model())
            model()->setFilter(f);
    });
    connect(m_viewModes, &ViewModeActions::modeChanged, this, &MainWindow::applyViewMode);
    connect(m_viewModes, &ViewModeActions::timelineToggled, this, [this](bool on) {
        if (currentPage())
            currentPage()->setTimelineMode(on);
    });
    connect(m_search, &SearchBar::found, this, [this](DiffPane *p) {
        if (currentPage())
            currentPage()->setLastFocused(p);
    });
    connect(m_search, &SearchBar::message, statusBar(), &QStatusBar::showMessage);
    connect(m_export, &ExportActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_recent, &RecentFiles::openRequested, this,
            [this](const QStringList &set) { offerOpenChoice(set, QCursor::pos()); });
}

// A comparison page's signals reach the window only while it is the current tab.
void MainWindow::connectPage(ComparisonPage *page) {
    auto current = [this, page] { return page == currentPage(); };
    ComparisonModel *m = page->model();
    connect(page, &ComparisonPage::statusChanged, this, [this, current] {
        if (current())
            updateStatus();
    });
    connect(page, &ComparisonPage::titleChanged, this, &MainWindow::updateTitles);
    connect(page, &ComparisonPage::message, statusBar(), &QStatusBar::showMessage);
    connect(page, &ComparisonPage::linkActivationRequested, this, &MainWindow::openLink);
    QAction *timelineAct = m_viewModes->timelineAction();
    connect(page, &ComparisonPage::timelineRequested, timelineAct,
            [timelineAct] { timelineAct->setChecked(true); });
    connect(page, &ComparisonPage::timelineClosed, timelineAct,
            [timelineAct] { timelineAct->setChecked(false); });
    connect(m, &ComparisonModel::versionsChanged, this, [this, current] {
        if (current())
            updateOtherSelector();
    });
    connect(m, &ComparisonModel::workFailed, statusBar(),
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m, &ComparisonModel::loadFailed, this,
            [this](const QString &, const QString &message) { m_pendingErrors << message; });
    connect(m, &ComparisonModel::loadsFinished, this, [this, page] {
        showLoadErrors();
        rememberSet(page);
    });
}

void MainWindow::addPageTab(QWidget *page, const QString &title) {
    const int at = m_tabs->addTab(page, title);
    m_tabs->setCurrentIndex(at);
}

ComparisonPage *MainWindow::newComparison() {
    auto *page = new ComparisonPage(m_theme);
    page->model()->setOptions(m_options->options());
    page->model()->setFilter(m_options->filter());
    page->applyViewMode(m_viewModes->mode());
    m_versionStack->addWidget(page->versionList());
    m_changeStack->addWidget(page->changeList());
    m_zoom->attach(page->sideBySideView());
    m_zoom->attach(page->inlineView());
    connectPage(page);
    addPageTab(page, tr("New comparison"));
    return page;
}

void MainWindow::closeTab(int index) {
    QWidget *page = m_tabs->widget(index);
    if (!page)
        return;
    m_tabs->removeTab(index);
    delete page; // cancels its work and waits for it (the model's and the folder view's)
    if (m_tabs->count() == 0)
        newComparison();
}

void MainWindow::onCurrentTabChanged() {
    ComparisonPage *page = currentPage();
    m_status->setModel(page ? page->model() : nullptr);
    m_export->setSource(page ? page->model() : m_idleModel,
                        page ? page->changeList() : m_idleChanges);
    for (QAction *a : m_export->exportActions())
        a->setEnabled(page);
    for (QAction *a : {m_export->printAction(), m_export->previewAction(),
                       m_export->copyChangesAction(), m_addAct})
        a->setEnabled(page);
    if (page) {
        m_versionStack->setCurrentWidget(page->versionList());
        m_changeStack->setCurrentWidget(page->changeList());
        page->model()->setOptions(m_options->options());
        page->model()->setFilter(m_options->filter());
        page->applyViewMode(m_viewModes->mode());
        page->setTimelineMode(m_viewModes->timelineAction()->isChecked());
    }
    updateOtherSelector();
    updateTitles();
}

void MainWindow::updateTitles() {
    for (int i = 0; i < m_tabs->count(); ++i) {
        QString title;
        if (auto *page = qobject_cast<ComparisonPage *>(m_tabs->widget(i)))
            title = page->title();
        else if (auto *folder = qobject_cast<FolderView *>(m_tabs->widget(i)))
            title = folder->title();
        m_tabs->setTabText(i, title.isEmpty() ? tr("New comparison") : title);
        m_tabs->setTabToolTip(i, title);
    }
    const QString current = m_tabs->tabText(m_tabs->currentIndex());
    setWindowTitle(model() && model()->versionCount() == 0 ? tr("StoryDiff")
                                                           : tr("%1 — StoryDiff").arg(current));
}

void MainWindow::updateStatus() {
    const bool any = m_status->showStats(isAllVersionsMode());
    m_nextAct->setEnabled(any);
    m_prevAct->setEnabled(any);
}

void MainWindow::updateOtherSelector() {
    m_otherSelector->clear();
    ComparisonModel *m = model();
    for (int i = 0; m && i < m->versionCount(); ++i) {
        if (i == m->baseIndex())
            continue;
        m_otherSelector->addItem(m->versionLabel(i), i);
        if (i == m->otherIndex())
            m_otherSelector->setCurrentIndex(m_otherSelector->count() - 1);
    }
    m_otherSelector->setEnabled(m_otherSelector->count() > 1);
    updateStatus();
}

void MainWindow::applyViewMode(ViewMode mode) {
    if (currentPage())
        currentPage()->applyViewMode(mode);
    updateStatus();
}

void MainWindow::showLoadErrors() {
    if (m_pendingErrors.isEmpty())
        return;
    // Not modal: the other versions stay usable, and tests can find and close the box.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Could not open a version"),
                        m_pendingErrors.size() == 1 ? tr("This file could not be opened:")
                                                    : tr("These files could not be opened:"),
                        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("loadErrorBox"));
    box->setInformativeText(m_pendingErrors.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    m_pendingErrors.clear();
    box->show();
}

void MainWindow::openLink(const QString &href) {
    if (!isOpenableLink(href)) {
        statusBar()->showMessage(tr("Not opened: only web (http, https) links can be opened."),
                                 5000);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Open link"), tr("Open this address in your web browser?\n\n%1").arg(href),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl(href));
}

ExportActions::Shown MainWindow::shownView() const {
    ComparisonPage *page = currentPage();
    if (!page)
        return {};
    if (page->isAllVersionsMode() && page->model()->isMultiCurrent())
        return {page->allVersionsView()->isBlameMode() ? exporter::View::Blame
                                                       : exporter::View::AllVersions,
                page->allVersionsView()->blame()->text()->document()};
    if (page->isInlineMode())
        return {exporter::View::Inline, page->inlineView()->document()};
    return {};
}

void MainWindow::readSettings() {
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // Large enough for two panes side by side, never larger than the screen.
        QSize size(1280, 820);
        if (const QScreen *screen = QApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.92);
        resize(size);
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_options->readSettings(s);
    m_viewModes->readSettings(s);
    m_recent->rebuildMenu();
}

void MainWindow::writeSettings() const {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    m_options->writeSettings(s, m_options->filter());
    s.setValue(QStringLiteral("view/inline"), m_viewModes->mode() == ViewMode::Inline);
    s.setValue(QStringLiteral("view/allVersions"), m_viewModes->mode() == ViewMode::AllVersions);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About StoryDiff"),
                       tr("<h3>StoryDiff %1</h3><p>Compares versions of a story word by word: "
                          "inserted, deleted and moved text, split and merged paragraphs, "
                          "links, formatting and typography.</p>")
                               .arg(QApplication::applicationVersion()) +
                           creditsHtml());
}

void MainWindow::applyTheme() {
    m_theme = Theme::fromPalette(palette());
    m_legend->setTheme(m_theme);
    m_search->setTheme(m_theme);
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<ComparisonPage *>(m_tabs->widget(i)))
            page->setTheme(m_theme);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event) {
    // Follow the desktop when it switches between light and dark.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange) {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        if (dark != m_theme.isDark())
            applyTheme();
    }
    QMainWindow::changeEvent(event);
}

} // namespace sd
