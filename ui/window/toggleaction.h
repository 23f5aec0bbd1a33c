// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace sd {

// A checkable action named for the tests and the settings, with its tip in the status bar too.
inline QAction *makeToggle(QObject *parent, const QString &name, const QString &text,
                           const QString &tip) {
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    a->setCheckable(true);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

} // namespace sd
