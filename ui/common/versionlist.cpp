// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/versionlist.h"

#include "common/comparisonmodel.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

VersionList::VersionList(ComparisonModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_list(new QListWidget(this)) {
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Open versions"));
    m_list->setToolTip(tr("Double-click a version to compare it with the base"));
    auto makeButton = [this](const QString &text, const QString &tip, QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        if (icon != QStyle::SP_CustomBase)
            b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(icon != QStyle::SP_CustomBase ? Qt::ToolButtonIconOnly
                                                            : Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        return b;
    };
    m_base =
        makeButton(tr("Base"), tr("Use the selected version as the base"), QStyle::SP_CustomBase);
    m_compare = makeButton(tr("Compare"), tr("Compare the selected version with the base"),
                           QStyle::SP_CustomBase);
    m_up = makeButton(tr("Up"), tr("Move the selected version up"), QStyle::SP_ArrowUp);
    m_down = makeButton(tr("Down"), tr("Move the selected version down"), QStyle::SP_ArrowDown);
    m_remove =
        makeButton(tr("Remove"), tr("Close the selected version"), QStyle::SP_DialogCloseButton);
    m_remove->setObjectName(QStringLiteral("removeVersionButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : {m_base, m_compare})
        buttons->addWidget(b);
    buttons->addStretch();
    for (QToolButton *b : {m_up, m_down, m_remove})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_base, &QToolButton::clicked, this, [this] { m_model->setBaseIndex(selected()); });
    connect(m_compare, &QToolButton::clicked, this, [this] { m_model->setOtherIndex(selected()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this] { m_model->setOtherIndex(selected()); });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int i = selected();
        m_model->moveVersion(i, i - 1);
        m_list->setCurrentRow(i - 1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int i = selected();
        m_model->moveVersion(i, i + 1);
        m_list->setCurrentRow(i + 1);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_model->removeVersion(selected()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &VersionList::updateButtons);
    connect(m_model, &ComparisonModel::versionsChanged, this, &VersionList::refresh);
    refresh();
}

namespace {

// A version's details for its tooltip: the path, and for a web page how its story was found.
QString versionDetails(const QString &path, const Document &d) {
    QString how;
    switch (d.extraction) {
    case Extraction::None:
        return path;
    case Extraction::Article:
        how = VersionList::tr("the page's article element");
        break;
    case Extraction::Scored:
        how = VersionList::tr("the container with the best prose score");
        break;
    case Extraction::Fallback:
        how = VersionList::tr("all visible text (no story container found)");
        break;
    }
    return VersionList::tr("%1\nStory read from %2").arg(path, how);
}

} // namespace

void VersionList::refresh() {
    const int keep = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_model->versionCount(); ++i) {
        QString text = m_model->versionLabel(i);
        auto *item = new QListWidgetItem(m_list);
        QFont f = item->font();
        if (i == m_model->baseIndex()) {
            text = tr("%1  — base").arg(text);
            f.setBold(true);
        } else if (i == m_model->otherIndex()) {
            text = tr("%1  — compared").arg(text);
        }
        item->setText(QStringLiteral("%1. %2").arg(i + 1).arg(text));
        item->setFont(f);
        item->setToolTip(versionDetails(m_model->version(i).path, m_model->version(i).document));
    }
    m_list->setCurrentRow(qMin(keep, m_list->count() - 1));
    updateButtons();
}

void VersionList::updateButtons() {
    const int i = selected();
    const int n = m_model->versionCount();
    m_base->setEnabled(i >= 0 && i != m_model->baseIndex());
    m_compare->setEnabled(i >= 0 && i != m_model->baseIndex() && i != m_model->otherIndex());
    m_up->setEnabled(i > 0);
    m_down->setEnabled(i >= 0 && i < n - 1);
    m_remove->setEnabled(i >= 0);
}

} // namespace sd
