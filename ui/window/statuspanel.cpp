// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/statuspanel.h"

#include "common/comparisonmodel.h"

#include "output/textwriter.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace sd {

StatusPanel::StatusPanel(ComparisonModel *model, QStatusBar *bar)
    : QObject(bar), m_model(model), m_statsLabel(new QLabel(bar)), m_progressLabel(new QLabel(bar)),
      m_busyBar(new QProgressBar(bar)), m_cancelButton(new QToolButton(bar)),
      m_progressPoll(new QTimer(this)) {
    m_statsLabel->setObjectName(QStringLiteral("statsLabel"));
    m_statsLabel->setAccessibleName(tr("Statistics"));
    m_busyBar->setRange(0, 0); // "working" until the comparison reports how far it is
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->hide();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel comparison"));
    m_cancelButton->setToolTip(tr("Cancel the comparison (Esc)"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->cancel();
    });
    // The statistics are one long line: it must not set the window's minimum width (the
    // tooltip has them all).
    m_statsLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statsLabel->setMinimumWidth(0);
    // Esc anywhere in the window cancels while the model works. Enabled only then, so that it
    // never makes Esc ambiguous with the folder view's or a dialog's own.
    m_escAct = new QAction(this);
    m_escAct->setShortcut(Qt::Key_Escape);
    m_escAct->setShortcutContext(Qt::WindowShortcut);
    m_escAct->setEnabled(false);
    bar->addAction(m_escAct);
    connect(m_escAct, &QAction::triggered, this, [this] {
        if (m_model && m_model->isBusy())
            m_model->cancel();
    });
    bar->addWidget(m_statsLabel, 1);
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_busyBar);
    bar->addPermanentWidget(m_cancelButton);

    // While busy, the bar follows the comparison's own progress (polled: the engine only
    // raises a counter); loading and the all-versions work show as "working".
    m_progressPoll->setInterval(100);
    connect(m_progressPoll, &QTimer::timeout, this, &StatusPanel::pollProgress);
    setModel(model);
}

void StatusPanel::setModel(ComparisonModel *model) {
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    onBusyChanged(model && model->isBusy());
    if (!model)
        return;
    m_modelConnections << connect(model, &ComparisonModel::busyChanged, this,
                                  &StatusPanel::onBusyChanged)
                       << connect(model, &ComparisonModel::progress, m_progressLabel,
                                  &QLabel::setText);
}

void StatusPanel::pollProgress() {
    const int percent = m_model ? m_model->comparisonProgress() : -1;
    if (percent < 0) {
        m_busyBar->setRange(0, 0);
    } else {
        m_busyBar->setRange(0, 100);
        m_busyBar->setValue(percent);
    }
}

void StatusPanel::onBusyChanged(bool busy) {
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_escAct->setEnabled(busy);
    if (busy) {
        m_progressPoll->start();
    } else {
        m_progressPoll->stop();
        m_progressLabel->clear();
    }
}

bool StatusPanel::showMultiStats() {
    const auto multi = m_model->multi();
    m_statsLabel->setText(
        multi ? tr("%n versions aligned on %1  ·  F7 / Shift+F7: next / previous place where "
                   "they differ  ·  click a row for every reading",
                   nullptr, int(multi->labels.size()))
                    .arg(multi->labels.value(multi->base))
              : QString());
    m_statsLabel->setToolTip(QString());
    return bool(multi);
}

bool StatusPanel::showStats(bool allVersionsView) {
    if (!m_model) {
        m_statsLabel->clear();
        m_statsLabel->setToolTip(QString());
        return false;
    }
    if (allVersionsView && m_model->versionCount() >= 2)
        return showMultiStats();
    const auto c = m_model->comparison();
    if (!c) {
        m_statsLabel->setText(
            m_model->versionCount() == 0
                ? tr("Drop two or more versions of a story (or a folder) here, or use File ▸ "
                     "Open.")
            : m_model->versionCount() == 1
                ? tr("One version open: drop another or use File ▸ Add Versions to compare.")
                : QString());
        m_statsLabel->setToolTip(m_statsLabel->text());
        return false;
    }
    const ComparisonStats &s = c->stats;
    QString text =
        tr("Similarity %1%  ·  ").arg(qRound(c->similarity * 100)) +
        tr("%n word(s) inserted", nullptr, int(s.insertedWords)) +
        tr(", %1 deleted, %2 replaced  ·  links +%3 −%4 ~%5  ·  %6 moved, %7 split/merged")
            .arg(s.deletedWords)
            .arg(s.replacedWords)
            .arg(s.linksAdded)
            .arg(s.linksRemoved)
            .arg(s.linksChanged)
            .arg(s.movedBlocks)
            .arg(s.splitBlocks + s.mergedBlocks);
    const int cur = m_model->currentChange();
    if (cur >= 0)
        text = tr("Change %1 of %2  ·  ").arg(cur + 1).arg(c->changes.size()) + text;
    m_statsLabel->setText(text);
    m_statsLabel->setToolTip(text + QStringLiteral("\n\n") + statsSummary(*c));
    return m_model->nextVisibleChange(-1, 1) >= 0;
}

} // namespace sd
