// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/searchbar.h"

#include "pair/diffpane.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace sd {

SearchBar::SearchBar(PaneList panes, QWidget *parent)
    : QWidget(parent), m_panes(std::move(panes)), m_theme(Theme::fromPalette(palette())) {
    setObjectName(QStringLiteral("searchBar"));
    createActions();
    auto *sl = new QHBoxLayout(this);
    sl->setContentsMargins(6, 2, 6, 2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Find in both versions (Enter: next, Shift+Enter: previous)"));
    m_edit->setAccessibleName(tr("Find text"));
    m_edit->setClearButtonEnabled(true);
    auto *closeSearch = new QToolButton(this);
    closeSearch->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    closeSearch->setAutoRaise(true);
    closeSearch->setAccessibleName(tr("Close search"));
    sl->addWidget(new QLabel(tr("Find:"), this));
    sl->addWidget(m_edit, 1);
    auto *prevB = new QToolButton(this);
    prevB->setDefaultAction(m_findPrevAct);
    auto *nextB = new QToolButton(this);
    nextB->setDefaultAction(m_findNextAct);
    sl->addWidget(prevB);
    sl->addWidget(nextB);
    sl->addWidget(closeSearch);
    hide();
    connect(closeSearch, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_edit, &QLineEdit::returnPressed, this,
            [this] { find(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
}

void SearchBar::createActions() {
    m_findAct = new QAction(tr("&Find…"), this);
    m_findAct->setShortcut(QKeySequence::Find);
    connect(m_findAct, &QAction::triggered, this, [this] {
        open();
        m_edit->selectAll();
    });
    m_findNextAct =
        new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Find &Next"), this);
    m_findNextAct->setShortcut(QKeySequence::FindNext);
    connect(m_findNextAct, &QAction::triggered, this, [this] { find(false); });
    m_findPrevAct =
        new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Find Pre&vious"), this);
    m_findPrevAct->setShortcut(QKeySequence::FindPrevious);
    connect(m_findPrevAct, &QAction::triggered, this, [this] { find(true); });
}

void SearchBar::open() {
    show();
    m_edit->setFocus();
}

void SearchBar::find(bool backwards) {
    const QString needle = m_edit->text();
    if (needle.isEmpty()) {
        open();
        return;
    }
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    for (DiffPane *p : m_panes()) {
        if (p->findText(needle, flags)) {
            showNotFound(false);
            Q_EMIT found(p);
            return;
        }
        // Wrap around once in this pane.
        QTextCursor c = p->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        p->setTextCursor(c);
        if (p->findText(needle, flags)) {
            showNotFound(false);
            Q_EMIT found(p);
            Q_EMIT message(tr("Search wrapped"), 2000);
            return;
        }
    }
    showNotFound(true);
    Q_EMIT message(tr("“%1” not found").arg(needle), 3000);
}

void SearchBar::showNotFound(bool notFound) {
    m_edit->setStyleSheet(notFound ? QStringLiteral("QLineEdit { background: %1; }")
                                         .arg(m_theme.highlight(ChangeKind::Delete).name())
                                   : QString());
}

} // namespace sd
