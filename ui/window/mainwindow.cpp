// MainWindow: composition (create*), wiring (connect*) and what only the window decides.
#include "window/mainwindow.h"

#include "common/legendbar.h"
#include "common/linkpolicy.h"
#include "common/versionlist.h"
#include "export/exportactions.h"
#include "multi/allversionsview.h"
#include "multi/blameview.h"
#include "multi/timelinebar.h"
#include "pair/changelist.h"
#include "pair/inlineview.h"
#include "pair/panezoom.h"
#include "pair/sidebysideview.h"
#include "window/optionactions.h"
#include "window/recentfiles.h"
#include "window/searchbar.h"
#include "window/statuspanel.h"
#include "window/viewmodeactions.h"

#include "readers/formats.h"
#include "util/credits.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
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

    createViews();
    createParts();
    createActions();

    auto *central = new QWidget(this);
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    cl->addWidget(m_timeline);
    cl->addWidget(m_stack, 1);
    cl->addWidget(m_search);
    cl->addWidget(m_legend);
    setCentralWidget(central);

    createMenus();
    createToolBars();
    createDocks();
    m_status = new StatusPanel(m_model, statusBar());

    connectModel();
    connectViews();
    readSettings();
    showComparison();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews() {
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
    m_changes = new ChangeList(this); // moves into its dock in createDocks()
}

// The parts that own their widgets and actions; the window only connects them.
void MainWindow::createParts() {
    m_options = new OptionActions(this);
    m_viewModes = new ViewModeActions(this);
    m_search = new SearchBar([this] { return panesToSearch(); }, this);
    m_search->setTheme(m_theme);
    m_recent = new RecentFiles(this);
    m_export = new ExportActions(
        m_model, m_changes, [this] { return shownView(); }, this);
    m_legend = new LegendBar(m_options->filterActions(), this);
    m_legend->setTheme(m_theme);
    m_zoom = new PaneZoom(this);
    m_zoom->attach(m_sideBySide);
    m_zoom->attach(m_inline);
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

    m_prevAct =
        new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Previous Change"), this);
    m_prevAct->setObjectName(QStringLiteral("previousChangeAction"));
    m_prevAct->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_prevAct->setToolTip(tr("Previous change (Shift+F7, Alt+Up)"));
    connect(m_prevAct, &QAction::triggered, this, [this] { step(-1); });

    m_aboutAct = new QAction(tr("&About StoryDiff"), this);
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAct);
    file->addMenu(m_recent->menu());
    file->addAction(m_sampleAct);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addActions(m_export->exportActions());
    file->addAction(m_export->printAction());
    file->addAction(m_export->previewAction());
    file->addSeparator();
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
    auto *label = new QLabel(tr(" Compare base with: "), tb);
    tb->addWidget(label);
    m_otherSelector = new QComboBox(tb);
    m_otherSelector->setObjectName(QStringLiteral("otherSelector"));
    m_otherSelector->setAccessibleName(tr("Version compared with the base"));
    m_otherSelector->setMinimumContentsLength(16);
    m_otherSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_otherSelector);
    tb->addWidget(m_otherSelector);
    connect(m_otherSelector, &QComboBox::activated, this,
            [this](int i) { m_model->setOtherIndex(m_otherSelector->itemData(i).toInt()); });

    QToolBar *opts = addToolBar(tr("Options"));
    opts->setObjectName(QStringLiteral("optionsToolBar"));
    opts->setMovable(false);
    opts->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont small = opts->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    opts->setFont(small);
    opts->addActions(m_options->ignoreActions());
}

void MainWindow::createDocks() {
    auto *versionsDock = new QDockWidget(tr("Versions"), this);
    versionsDock->setObjectName(QStringLiteral("versionsDock"));
    versionsDock->setWidget(new VersionList(m_model, versionsDock));
    addDockWidget(Qt::LeftDockWidgetArea, versionsDock);

    auto *changesDock = new QDockWidget(tr("Changes"), this);
    changesDock->setObjectName(QStringLiteral("changesDock"));
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

void MainWindow::connectModel() {
    connect(m_model, &ComparisonModel::comparisonReady, this, &MainWindow::showComparison);
    connect(m_model, &ComparisonModel::comparisonCleared, this, &MainWindow::showComparison);
    connect(m_model, &ComparisonModel::filterChanged, this, &MainWindow::showComparison);
    connect(m_model, &ComparisonModel::currentChangeChanged, this, &MainWindow::onCurrentChange);
    connect(m_model, &ComparisonModel::versionsChanged, this, &MainWindow::updateOtherSelector);
    connect(m_model, &ComparisonModel::loadFailed, this,
            [this](const QString &, const QString &message) { m_pendingErrors << message; });
    connect(m_model, &ComparisonModel::loadsFinished, this, &MainWindow::showLoadErrors);
    connect(m_model, &ComparisonModel::multiReady, this, &MainWindow::updateStatus);
    connect(m_options, &OptionActions::optionsChanged, m_model, &ComparisonModel::setOptions);
    connect(m_options, &OptionActions::filterChanged, m_model, &ComparisonModel::setFilter);
}

void MainWindow::connectViews() {
    connect(m_sideBySide, &SideBySideView::linkActivationRequested, this, &MainWindow::openLink);
    connect(m_inline, &DiffPane::linkActivationRequested, this, &MainWindow::openLink);
    connect(m_sideBySide, &SideBySideView::changeClicked, m_model,
            &ComparisonModel::setCurrentChange);
    connect(m_inline, &DiffPane::changeClicked, m_model, &ComparisonModel::setCurrentChange);
    connect(m_changes, &ChangeList::changeActivated, m_model, &ComparisonModel::setCurrentChange);
    QAction *timelineAct = m_viewModes->timelineAction();
    connect(m_all, &AllVersionsView::timelineRequested, timelineAct,
            [timelineAct] { timelineAct->setChecked(true); });
    connect(m_timeline, &TimelineBar::closeRequested, timelineAct,
            [timelineAct] { timelineAct->setChecked(false); });
    connect(m_viewModes, &ViewModeActions::modeChanged, this, &MainWindow::applyViewMode);
    connect(m_viewModes, &ViewModeActions::timelineToggled, this, &MainWindow::setTimelineMode);
    for (DiffPane *p :
         {m_sideBySide->leftPane(), m_sideBySide->rightPane(), static_cast<DiffPane *>(m_inline)})
        connect(p, &DiffPane::focused, this, [this, p] { m_lastFocused = p; });
    connect(m_search, &SearchBar::found, this, [this](DiffPane *p) { m_lastFocused = p; });
    connect(m_search, &SearchBar::message, statusBar(), &QStatusBar::showMessage);
    connect(m_export, &ExportActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_recent, &RecentFiles::openRequested, this,
            [this](const QString &path) { openFiles({path}); });
}

bool MainWindow::isInlineMode() const {
    return m_stack->currentWidget() == m_inline;
}

bool MainWindow::isAllVersionsMode() const {
    return m_stack->currentWidget() == m_all;
}

void MainWindow::openFiles(const QStringList &paths) {
    if (paths.isEmpty())
        return;
    m_model->addFiles(paths);
    QStringList real;
    for (const QString &p : paths)
        if (!p.startsWith(QLatin1String(":/")))
            real << QFileInfo(p).absoluteFilePath();
    m_recent->add(real);
}

void MainWindow::openSample() {
    QStringList paths;
    for (const char *name : {"story-v1.txt", "story-v2.md", "story-v3.md"}) {
        const QString p = QStringLiteral(":/samples/") + QLatin1String(name);
        if (QFileInfo::exists(p))
            paths << p;
    }
    if (paths.isEmpty())
        statusBar()->showMessage(tr("The sample story is not bundled in this build."), 5000);
    m_model->addFiles(paths);
}

void MainWindow::showComparison() {
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
    if (c) {
        setWindowTitle(tr("%1 ↔ %2 — StoryDiff")
                           .arg(QFileInfo(c->a.path).fileName(), QFileInfo(c->b.path).fileName()));
    } else {
        setWindowTitle(tr("StoryDiff"));
    }
    updateStatus();
    const int cur = m_model->currentChange();
    if (cur >= 0) {
        m_flashNext = false;
        onCurrentChange(cur);
    }
}

void MainWindow::onCurrentChange(int index) {
    // The all-versions table has rows, not changes; only the change list follows there.
    if (isInlineMode())
        m_inline->showChange(index, m_flashNext);
    else if (!isAllVersionsMode())
        m_sideBySide->showChange(index, m_flashNext);
    m_flashNext = true;
    m_changes->setCurrentChange(index);
    updateStatus();
}

void MainWindow::step(int direction) {
    if (isAllVersionsMode()) {
        m_all->step(direction);
        return;
    }
    // From where the reader looks when the current change is off screen (as Meld does).
    int from = m_model->currentChange();
    if (!isInlineMode())
        from = m_sideBySide->stepOrigin(from, direction);
    int next = m_model->nextVisibleChange(from, direction);
    if (next < 0) {
        statusBar()->showMessage(direction > 0 ? tr("No more changes below; wrapped to the first")
                                               : tr("No more changes above; wrapped to the last"),
                                 3000);
        next = m_model->nextVisibleChange(-1, direction);
    }
    if (next >= 0)
        m_model->setCurrentChange(next);
}

void MainWindow::updateStatus() {
    const bool any = m_status->showStats(isAllVersionsMode());
    m_nextAct->setEnabled(any);
    m_prevAct->setEnabled(any);
}

void MainWindow::updateOtherSelector() {
    m_otherSelector->clear();
    for (int i = 0; i < m_model->versionCount(); ++i) {
        if (i == m_model->baseIndex())
            continue;
        m_otherSelector->addItem(m_model->versionLabel(i), i);
        if (i == m_model->otherIndex())
            m_otherSelector->setCurrentIndex(m_otherSelector->count() - 1);
    }
    m_otherSelector->setEnabled(m_otherSelector->count() > 1);
    updateStatus();
}

void MainWindow::applyViewMode(ViewMode mode) {
    switch (mode) {
    case ViewMode::SideBySide:
        m_stack->setCurrentWidget(m_sideBySide);
        break;
    case ViewMode::Inline:
        m_stack->setCurrentWidget(m_inline);
        break;
    case ViewMode::AllVersions:
        m_stack->setCurrentWidget(m_all);
        break;
    }
    showComparison();
}

void MainWindow::setTimelineMode(bool on) {
    m_timeline->setVisible(on);
    if (on && m_timeline->step() < 0)
        m_timeline->setStep(0);
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

// The pane the user works in first, then (side by side) the other one.
QList<DiffPane *> MainWindow::panesToSearch() const {
    if (isInlineMode())
        return {m_inline};
    DiffPane *left = m_sideBySide->leftPane(), *right = m_sideBySide->rightPane();
    if (m_lastFocused == left)
        return {left, right};
    return {right, left};
}

ExportActions::Shown MainWindow::shownView() const {
    if (isAllVersionsMode() && m_model->isMultiCurrent())
        return {m_all->isBlameMode() ? exporter::View::Blame : exporter::View::AllVersions,
                m_all->blame()->text()->document()};
    if (isInlineMode())
        return {exporter::View::Inline, m_inline->document()};
    return {};
}

void MainWindow::readSettings() {
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_options->readSettings(s);
    m_viewModes->readSettings(s);
    m_recent->rebuildMenu();
}

void MainWindow::writeSettings() const {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    m_options->writeSettings(s, m_model->filter());
    s.setValue(QStringLiteral("view/inline"), isInlineMode());
    s.setValue(QStringLiteral("view/allVersions"), isAllVersionsMode());
}

void MainWindow::showOpenDialog() {
    const QString dir = QSettings().value(QStringLiteral("lastDir")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Versions"), dir,
        tr("Stories (%1);;All files (*)").arg(storyFilePatterns()));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(files.first()).absolutePath());
    openFiles(files);
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
    m_all->setTheme(m_theme);
    m_search->setTheme(m_theme);
    showComparison();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
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
