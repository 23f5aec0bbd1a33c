// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"

#include <QList>
#include <QWidget>
#include <functional>

class QAction;
class QLineEdit;

namespace sd {

class DiffPane;

// Edit > Find: the bar under the views (hidden until Ctrl+F) and its three actions. It searches
// the panes the window names, the active one first, so a word only in the base is found too.
class SearchBar : public QWidget {
    Q_OBJECT
public:
    // `panes` lists the panes to search, the one the user works in first.
    using PaneList = std::function<QList<DiffPane *>()>;
    SearchBar(PaneList panes, QWidget *parent = nullptr);

    QAction *findAction() const { return m_findAct; }
    QAction *findNextAction() const { return m_findNextAct; }
    QAction *findPreviousAction() const { return m_findPrevAct; }
    void setTheme(const Theme &theme) { m_theme = theme; }

    void open();
    void find(bool backwards);

Q_SIGNALS:
    void found(DiffPane *pane); // the pane that holds the match, now the active one
    void message(const QString &text, int timeoutMs);

private:
    void createActions();
    void showNotFound(bool notFound);

    PaneList m_panes;
    Theme m_theme;
    QLineEdit *m_edit = nullptr;
    QAction *m_findAct = nullptr, *m_findNextAct = nullptr, *m_findPrevAct = nullptr;
};

} // namespace sd
