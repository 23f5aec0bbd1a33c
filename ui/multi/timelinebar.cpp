// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/timelinebar.h"

#include "common/comparisonmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace sd {

TimelineBar::TimelineBar(ComparisonModel *model, QWidget *parent)
    : QWidget(parent), m_model(model) {
    setObjectName(QStringLiteral("timelineBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(8, 3, 8, 3);
    auto *title = new QLabel(tr("<b>Timeline</b>"), this);
    m_prev = new QToolButton(this);
    m_prev->setObjectName(QStringLiteral("timelinePrevious"));
    m_prev->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_prev->setToolTip(tr("Previous step (the edit before)"));
    m_prev->setAutoRaise(true);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("timelineNext"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_next->setToolTip(tr("Next step (the edit after)"));
    m_next->setAutoRaise(true);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timelineSlider"));
    m_slider->setAccessibleName(tr("Timeline step"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setPageStep(1);
    m_slider->setMaximumWidth(360);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("timelineLabel"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Leave the timeline"));
    l->addWidget(title);
    l->addWidget(m_prev);
    l->addWidget(m_slider, 1);
    l->addWidget(m_next);
    l->addWidget(m_label, 1);
    l->addWidget(close);
    connect(m_prev, &QToolButton::clicked, this, [this] { setStep(std::max(0, step() - 1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setStep(step() + 1); });
    // Only a released or keyed slider compares: dragging across eight steps would start eight.
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (!m_slider->isSliderDown())
            setStep(v);
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { setStep(m_slider->value()); });
    connect(close, &QToolButton::clicked, this, &TimelineBar::closeRequested);
    connect(m_model, &ComparisonModel::versionsChanged, this, &TimelineBar::sync);
    sync();
}

int TimelineBar::stepCount() const {
    return std::max(0, m_model->versionCount() - 1);
}

int TimelineBar::step() const {
    const int b = m_model->baseIndex();
    return m_model->otherIndex() == b + 1 ? b : -1;
}

void TimelineBar::setStep(int s) {
    if (s < 0 || s >= stepCount())
        return;
    m_model->setPair(s, s + 1);
    sync();
}

void TimelineBar::sync() {
    const int n = stepCount();
    const int s = step();
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max(0, n - 1));
    m_slider->setValue(std::max(0, s));
    m_slider->setEnabled(n > 1);
    m_prev->setEnabled(s > 0);
    m_next->setEnabled(s >= 0 ? s + 1 < n : n > 0);
    if (s >= 0)
        m_label->setText(tr("Step %1 of %2:  %3  →  %4")
                             .arg(s + 1)
                             .arg(n)
                             .arg(m_model->versionLabel(s), m_model->versionLabel(s + 1)));
    else
        m_label->setText(n > 0 ? tr("Choose a step") : tr("Open two or more versions"));
}

} // namespace sd
