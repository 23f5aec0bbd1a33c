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
    connect(m_cancelButton, &QToolButton::clicked, m_model, &ComparisonModel::cancel);
    // Esc anywhere in the window cancels while the model works (and does nothing else).
    auto *esc = new QAction(this);
    esc->setShortcut(Qt::Key_Escape);
    esc->setShortcutContext(Qt::WindowShortcut);
    bar->addAction(esc);
    connect(esc, &QAction::triggered, m_model, [this] {
        if (m_model->isBusy())
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
    connect(m_model, &ComparisonModel::busyChanged, this, &StatusPanel::onBusyChanged);
    connect(m_model, &ComparisonModel::progress, m_progressLabel, &QLabel::setText);
}

void StatusPanel::pollProgress() {
    const int percent = m_model->comparisonProgress();
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
    if (allVersionsView && m_model->versionCount() >= 3)
        return showMultiStats();
    const auto c = m_model->comparison();
    if (!c) {
        m_statsLabel->setText(
            m_model->versionCount() < 2
                ? tr("Drop two or more versions of a story here, or use File ▸ Open.")
                : QString());
        return false;
    }
    const ComparisonStats &s = c->stats;
    QString text = tr("Similarity %1%  ·  %2 words inserted, %3 deleted, %4 replaced  ·  "
                      "links +%5 −%6 ~%7  ·  %8 moved, %9 split/merged")
                       .arg(qRound(c->similarity * 100))
                       .arg(s.insertedWords)
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
    m_statsLabel->setToolTip(statsSummary(*c));
    return m_model->nextVisibleChange(-1, 1) >= 0;
}

} // namespace sd
