// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace sd {

class SideBySideView;

// The strip between the panes: a band joins each changed row's text on the left with its text
// on the right, and a curve joins a moved paragraph's old place with its new one. Only rows in
// view are painted.
class ConnectorWidget : public QWidget {
    Q_OBJECT
public:
    explicit ConnectorWidget(SideBySideView *view);
    QSize sizeHint() const override { return {44, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SideBySideView *m_view;
};

} // namespace sd
