// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/versionbadges.h"

#include "common/comparisonmodel.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

namespace sd {

VersionBadges::VersionBadges(ComparisonModel *model, QWidget *parent)
    : QWidget(parent), m_model(model) {
    setObjectName(QStringLiteral("versionBadges"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 1, 4, 1);
    for (int side = 0; side < 2; ++side) {
        auto *b = new QToolButton(this);
        b->setObjectName(side == 0 ? QStringLiteral("baseBadge") : QStringLiteral("otherBadge"));
        b->setAutoRaise(true);
        b->setPopupMode(QToolButton::InstantPopup);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // never widens the window
        b->setMenu(new QMenu(b));
        b->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }")); // ▾
        m_buttons[side] = b;
        layout->addWidget(b, 1);
    }
    connect(m_model, &ComparisonModel::versionsChanged, this, &VersionBadges::refresh);
    refresh();
}

QStringList VersionBadges::encodings() {
    return {QString(),
            QStringLiteral("UTF-8"),
            QStringLiteral("UTF-16LE"),
            QStringLiteral("UTF-16BE"),
            QStringLiteral("windows-1252"),
            QStringLiteral("ISO-8859-1"),
            QStringLiteral("ISO-8859-15"),
            QStringLiteral("windows-1250"),
            QStringLiteral("windows-1251"),
            QStringLiteral("KOI8-R"),
            QStringLiteral("Shift_JIS"),
            QStringLiteral("EUC-JP"),
            QStringLiteral("GB18030"),
            QStringLiteral("Big5"),
            QStringLiteral("EUC-KR")};
}

void VersionBadges::refresh() {
    fill(m_buttons[0], m_model->baseIndex());
    fill(m_buttons[1], m_model->otherIndex());
}

void VersionBadges::fill(QToolButton *button, int version) {
    QMenu *menu = button->menu();
    menu->clear();
    const bool shown = version >= 0 && version < m_model->versionCount();
    button->setVisible(shown);
    if (!shown)
        return;
    const ComparisonModel::Version &v = m_model->version(version);
    const QString encoding = v.document.encoding;
    button->setText(tr("%1 · %2 · %3 ▾")
                        .arg(m_model->versionLabel(version), formatName(v.document.format),
                             encoding.isEmpty() ? tr("no text encoding") : encoding));
    button->setToolTip(tr("%1\nRead as %2, encoding %3%4. Click to read it in another encoding.")
                           .arg(v.source, formatName(v.document.format), encoding,
                                v.encoding.isEmpty() ? tr(" (detected)") : tr(" (chosen)")));
    menu->addSection(tr("Reopen with Encoding"));
    auto *group = new QActionGroup(menu);
    for (const QString &e : encodings()) {
        QAction *a = menu->addAction(e.isEmpty() ? tr("Detect automatically") : e);
        a->setObjectName(QStringLiteral("encoding_") + (e.isEmpty() ? QStringLiteral("auto") : e));
        a->setCheckable(true);
        a->setChecked(e == v.encoding);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, version, e, source = v.source] {
            Q_EMIT message(
                tr("Reading %1 again as %2…")
                    .arg(m_model->versionLabel(version), e.isEmpty() ? tr("detected") : e),
                3000);
            if (version < m_model->versionCount() && m_model->version(version).source == source)
                m_model->reloadVersion(version, e);
        });
    }
}

} // namespace sd
