// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace sd {

class ComparisonModel;

// Steps through the story's history one edit at a time: step i compares v_i with v_{i+1} in
// the side-by-side view, by setting the model's pair. Shown above the views while on.
class TimelineBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineBar(ComparisonModel *model, QWidget *parent = nullptr);
    int step() const; // -1 when the model's pair is not a timeline step
    int stepCount() const;
    void setStep(int step);

Q_SIGNALS:
    void closeRequested();

private:
    void sync();

    ComparisonModel *m_model;
    QToolButton *m_prev;
    QToolButton *m_next;
    QSlider *m_slider;
    QLabel *m_label;
};

} // namespace sd
