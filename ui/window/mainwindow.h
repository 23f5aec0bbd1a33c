// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/comparisonmodel.h"
#include "common/theme.h"
#include "export/exportactions.h"

#include <QMainWindow>
#include <QSet>

class QAction;
class QComboBox;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace sd {

class AllVersionsView;
struct BatchOutputs;
class ChangeList;
class ComparisonPage;
class DiffPane;
class FolderView;
class InlineView;
class LegendBar;
class OptionActions;
class PaneZoom;
class RecentFiles;
class SearchBar;
class SideBySideView;
class StatusPanel;
class TimelineBar;
class ViewModeActions;
enum class ViewMode;

// What opening files does with the current tab's set of versions.
enum class OpenMode {
    NewTab,  // a comparison of their own (in the current tab when it is empty)
    Add,     // more versions of the current comparison
    Replace, // instead of the current comparison's versions
};

// Composition and wiring only: every comparison is a tab (a ComparisonPage with its own model
// and views; a folder is a FolderView tab), the window's parts (search bar, recent comparisons,
// option, view mode and export actions, status panel) act on the current tab.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The current tab's (null when the current tab is a folder).
    ComparisonPage *currentPage() const;
    ComparisonModel *model() const;
    SideBySideView *sideBySideView() const;
    InlineView *inlineView() const;
    ChangeList *changeList() const;
    AllVersionsView *allVersionsView() const;
    TimelineBar *timelineBar() const;
    bool isInlineMode() const;
    bool isAllVersionsMode() const;
    QTabWidget *tabs() const { return m_tabs; }
    FolderView *currentFolderView() const;
    // File > Export and Edit > Copy, which the tests drive without their dialogs.
    ExportActions *exportActions() const { return m_export; }
    // The menu a drop (or an Open Recent entry) shows when the current tab has versions.
    QMenu *openChoiceMenu() const { return m_choiceMenu; }
    PaneZoom *zoom() const { return m_zoom; }

    // `labels` name the versions in titles instead of their file names (storydiff --label, as
    // git difftool passes); `remember` false keeps them out of Open Recent (--no-recent).
    // Folders among `paths` open as a folder tab; a batch's outputs (a folder or file of them)
    // as its results.
    void openFiles(const QStringList &paths, const QStringList &labels = {}, bool remember = true,
                   OpenMode mode = OpenMode::Add);
    void openFolders(const QStringList &folders);
    void openBatchResults(const BatchOutputs &outputs);
    void openSample();
    // Asks how to open `paths` (new tab, add, replace) unless the current tab has no version.
    void offerOpenChoice(const QStringList &paths, const QPoint &globalPos);
    ComparisonPage *newComparison();
    void closeTab(int index);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // building the window
    void createParts();
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void connectParts();
    void addPageTab(QWidget *page, const QString &title);
    void connectPage(ComparisonPage *page);
    void openFilesInTab(const QStringList &files, const QStringList &labels, bool remember,
                        OpenMode mode);

    // reacting to the pages and the user
    void onCurrentTabChanged();
    void updateTitles();
    void updateStatus();
    void updateOtherSelector();
    void applyViewMode(ViewMode mode);
    void showLoadErrors();
    void rememberSet(ComparisonPage *page);
    void openLink(const QString &href);
    ExportActions::Shown shownView() const;
    void readSettings();
    void writeSettings() const;
    void showOpenDialog(OpenMode mode);
    void showFolderDialog();
    void showBatchResultsDialog();
    void addFolderTab(FolderView *view);
    void showAbout();
    void applyTheme();

    Theme m_theme;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_versionStack = nullptr, *m_changeStack = nullptr; // the docks' contents
    ComparisonModel *m_idleModel = nullptr; // what export sees while a folder tab is current
    ChangeList *m_idleChanges = nullptr;
    QComboBox *m_otherSelector = nullptr;
    LegendBar *m_legend = nullptr;
    SearchBar *m_search = nullptr;
    RecentFiles *m_recent = nullptr;
    OptionActions *m_options = nullptr;
    ViewModeActions *m_viewModes = nullptr;
    ExportActions *m_export = nullptr;
    StatusPanel *m_status = nullptr;
    QMenu *m_choiceMenu = nullptr;
    PaneZoom *m_zoom = nullptr;
    QToolButton *m_ignoreButton = nullptr;
    QAction *m_newAct = nullptr, *m_openAct = nullptr, *m_addAct = nullptr, *m_folderAct = nullptr,
            *m_batchResultsAct = nullptr,
            *m_closeAct = nullptr, *m_sampleAct = nullptr, *m_quitAct = nullptr,
            *m_nextAct = nullptr, *m_prevAct = nullptr, *m_aboutAct = nullptr;
    QStringList m_pendingErrors;
    QSet<QString> m_unremembered; // opened with --no-recent: kept out of Open Recent
};

} // namespace sd
