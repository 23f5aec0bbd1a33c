#pragma once

#include "common/comparisonmodel.h"
#include "common/theme.h"
#include "export/exportactions.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QStackedWidget;

namespace sd {

class AllVersionsView;
class ChangeList;
class DiffPane;
class InlineView;
class LegendBar;
class OptionActions;
class PaneZoom;
class RecentFiles;
class SearchBar;
class SideBySideView;
class StatusPanel;
class TimelineBar;
class VersionList;
class ViewModeActions;
enum class ViewMode;

// Composition and wiring only: the model computes, the views show, the parts (search bar,
// recent files, option, view mode and export actions, status panel) own their widgets and
// actions; this window puts them together and keeps the window's own settings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ComparisonModel *model() const { return m_model; }
    SideBySideView *sideBySideView() const { return m_sideBySide; }
    InlineView *inlineView() const { return m_inline; }
    ChangeList *changeList() const { return m_changes; }
    bool isInlineMode() const;
    AllVersionsView *allVersionsView() const { return m_all; }
    TimelineBar *timelineBar() const { return m_timeline; }
    bool isAllVersionsMode() const;
    // File > Export and Edit > Copy, which the tests drive without their dialogs.
    ExportActions *exportActions() const { return m_export; }
    PaneZoom *zoom() const { return m_zoom; }

    void openFiles(const QStringList &paths);
    void openSample();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // building the window
    void createViews();
    void createParts();
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void connectModel();
    void connectViews();

    // reacting to the model and the user
    void showComparison();
    void onCurrentChange(int index);
    void step(int direction);
    void updateStatus();
    void updateOtherSelector();
    void applyViewMode(ViewMode mode);
    void setTimelineMode(bool on);
    void showLoadErrors();
    void openLink(const QString &href);
    QList<DiffPane *> panesToSearch() const;
    ExportActions::Shown shownView() const;
    void readSettings();
    void writeSettings() const;
    void showOpenDialog();
    void showAbout();
    void applyTheme();

    ComparisonModel *m_model;
    Theme m_theme;
    SideBySideView *m_sideBySide = nullptr;
    InlineView *m_inline = nullptr;
    AllVersionsView *m_all = nullptr;
    TimelineBar *m_timeline = nullptr;
    QStackedWidget *m_stack = nullptr;
    ChangeList *m_changes = nullptr;
    LegendBar *m_legend = nullptr;
    QComboBox *m_otherSelector = nullptr;
    SearchBar *m_search = nullptr;
    RecentFiles *m_recent = nullptr;
    OptionActions *m_options = nullptr;
    ViewModeActions *m_viewModes = nullptr;
    ExportActions *m_export = nullptr;
    StatusPanel *m_status = nullptr;
    PaneZoom *m_zoom = nullptr;
    QAction *m_openAct = nullptr, *m_sampleAct = nullptr, *m_quitAct = nullptr,
            *m_nextAct = nullptr, *m_prevAct = nullptr, *m_aboutAct = nullptr;
    QStringList m_pendingErrors;
    DiffPane *m_lastFocused = nullptr;
    bool m_flashNext = true;
};

} // namespace sd
