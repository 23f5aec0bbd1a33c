// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QToolButton;

namespace sd {

class ComparisonModel;

// Above the panes: what each shown version was read as ("v2.md · markdown · UTF-8"), and a menu
// to read it again in another encoding (for a file whose encoding was guessed wrong).
class VersionBadges : public QWidget {
    Q_OBJECT
public:
    explicit VersionBadges(ComparisonModel *model, QWidget *parent = nullptr);
    // The badge of the base (left) and of the compared version (right).
    QToolButton *baseBadge() const { return m_buttons[0]; }
    QToolButton *otherBadge() const { return m_buttons[1]; }
    // The encodings offered, ICU names; the first entry, empty, means "detect".
    static QStringList encodings();

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    void refresh();
    void fill(QToolButton *button, int version);

    ComparisonModel *m_model;
    QToolButton *m_buttons[2];
};

} // namespace sd
