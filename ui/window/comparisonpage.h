// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/comparisonmodel.h"
#include "common/theme.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace sd {

class AllVersionsView;
class ChangeList;
class DiffPane;
class DiskWatch;
class InlineView;
class SideBySideView;
class TimelineBar;
class VersionBadges;
class VersionList;
enum class ViewMode;

// One comparison, one tab (as Meld has them): its own model (the set of versions and their
// session), its views, its version and change lists (the window's docks show the current
// tab's), what each pane was read as, and a bar when a version changes on disk. Closing the tab
// deletes the page, and the model cancels and waits for its work.
class ComparisonPage : public QWidget {
    Q_OBJECT
public:
    ComparisonPage(const Theme &theme, QWidget *parent = nullptr);
    ~ComparisonPage() override;

    ComparisonModel *model() const { return m_model; }
    SideBySideView *sideBySideView() const { return m_sideBySide; }
    InlineView *inlineView() const { return m_inline; }
    AllVersionsView *allVersionsView() const { return m_all; }
    TimelineBar *timelineBar() const { return m_timeline; }
    ChangeList *changeList() const { return m_changes; }
    VersionList *versionList() const { return m_versions; }
    DiskWatch *diskWatch() const { return m_disk; }
    VersionBadges *badges() const { return m_badges; }
    // The one version open, shown with a hint to add another (null until it is built).
    QPlainTextEdit *singleView() const { return m_single; }
    bool isInlineMode() const;
    bool isAllVersionsMode() const;
    bool isSingleShown() const;
    // Empty when no version is open; the window names its tab with it.
    QString title() const;
    // The paths of its versions as given (what Open Recent reopens).
    QStringList sources() const;

    void setTheme(const Theme &theme);
    void applyViewMode(ViewMode mode);
    void setTimelineMode(bool on);
    void step(int direction);
    QList<DiffPane *> panesToSearch() const;
    void setLastFocused(DiffPane *pane) { m_lastFocused = pane; }

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    void linkActivationRequested(const QString &href);
    void titleChanged();
    void statusChanged(); // what the status bar says of this tab has changed
    void timelineRequested();
    void timelineClosed();

private:
    void showComparison();
    void showSingle();
    void onCurrentChange(int index);
    void connectViews();

    ComparisonModel *m_model;
    Theme m_theme;
    SideBySideView *m_sideBySide;
    InlineView *m_inline;
    AllVersionsView *m_all;
    TimelineBar *m_timeline;
    QWidget *m_allScroll = nullptr; // holds m_all
    QStackedWidget *m_stack;        // the three views
    QStackedWidget *m_outer;        // the views, or the single version
    QWidget *m_singlePage;
    QPlainTextEdit *m_single = nullptr;
    ChangeList *m_changes;
    VersionList *m_versions;
    VersionBadges *m_badges;
    DiskWatch *m_disk;
    DiffPane *m_lastFocused = nullptr;
    bool m_flashNext = true;
};

} // namespace sd
