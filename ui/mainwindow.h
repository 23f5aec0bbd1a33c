#pragma once

#include "comparisonmodel.h"
#include "theme.h"

#include <QMainWindow>
#include <array>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QProgressBar;
class QStackedWidget;
class QTextDocument;
class QToolButton;

namespace sd {

class AllVersionsView;
class ChangeList;
class InlineView;
class TimelineBar;
class LegendBar;
class SideBySideView;
class VersionList;
class DiffPane;

// Wiring only: the model computes, the views show, this window connects them and keeps the
// user's choices (options, filter, view mode, recent files) in QSettings.
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

    // `labels` name the versions in titles instead of their file names (storydiff --label, as
    // git difftool passes); `remember` false keeps them out of Open Recent (--no-recent).
    void openFiles(const QStringList &paths, const QStringList &labels = {}, bool remember = true);
    void openSample();

    // File > Export and Edit > Copy without their dialogs (mainwindowexport.cpp).
    bool exportHtmlTo(const QString &path, QString *error);
    bool exportPdfTo(const QString &path, QString *error);
    void copySelectedChanges();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // mainwindow.cpp: building the window
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void createStatusBar();
    QAction *addToggle(const QString &name, const QString &text, const QString &tip);

    // mainwindowflow.cpp: reacting to the model and the user
    void showComparison();
    void onCurrentChange(int index);
    void step(int direction);
    void onOptionToggled();
    void onFilterToggled();
    void updateStatus();
    void updateOtherSelector();
    void setInlineMode(bool on);
    void applyViewMode(); // the checked mode action decides
    void setTimelineMode(bool on);
    void showLoadErrors();
    void openLink(const QString &href);
    void findInPanes(bool backwards);
    DiffPane *activePane() const;
    void addRecent(const QStringList &paths);
    void rebuildRecentMenu();
    void readSettings();
    void writeSettings() const;
    void showOpenDialog();
    void showAbout();
    void applyTheme();

    // mainwindowexport.cpp: export, print, copy
    void createExportActions();
    void exportHtml();
    void exportPdf();
    void printView(bool preview);
    QString exportTitle() const;
    QString suggestedPath(const QString &suffix) const;
    std::unique_ptr<QTextDocument> printableView() const;

    ComparisonModel *m_model;
    Theme m_theme;
    SideBySideView *m_sideBySide = nullptr;
    InlineView *m_inline = nullptr;
    AllVersionsView *m_all = nullptr;
    TimelineBar *m_timeline = nullptr;
    QStackedWidget *m_stack = nullptr;
    ChangeList *m_changes = nullptr;
    VersionList *m_versions = nullptr;
    LegendBar *m_legend = nullptr;
    QWidget *m_searchBar = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_statsLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QComboBox *m_otherSelector = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openAct = nullptr, *m_sampleAct = nullptr, *m_quitAct = nullptr,
            *m_nextAct = nullptr, *m_prevAct = nullptr, *m_findAct = nullptr,
            *m_findNextAct = nullptr, *m_findPrevAct = nullptr, *m_sideAct = nullptr,
            *m_inlineAct = nullptr, *m_aboutAct = nullptr, *m_allAct = nullptr,
            *m_timelineAct = nullptr, *m_exportHtmlAct = nullptr, *m_exportPdfAct = nullptr,
            *m_printAct = nullptr, *m_previewAct = nullptr, *m_copyChangesAct = nullptr;
    QAction *m_ignoreCase = nullptr, *m_ignorePunct = nullptr, *m_ignoreTypo = nullptr,
            *m_ignoreFormat = nullptr, *m_ignoreLinks = nullptr;
    std::array<QAction *, kCategoryCount> m_filterActs{};
    QStringList m_pendingErrors;
    DiffPane *m_lastFocused = nullptr;
    bool m_flashNext = true;
};

} // namespace sd
