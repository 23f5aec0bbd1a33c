// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/diskwatch.h"

#include "common/comparisonmodel.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sd {

DiskWatch::DiskWatch(ComparisonModel *model, QWidget *parent)
    : QFrame(parent), m_model(model), m_watcher(new QFileSystemWatcher(this)),
      m_label(new QLabel(this)), m_reload(new QPushButton(tr("Reload"), this)) {
    setObjectName(QStringLiteral("diskChangeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    auto *dismiss = new QPushButton(tr("Ignore"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(dismiss);
    hide();
    connect(m_reload, &QPushButton::clicked, this, &DiskWatch::reload);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_changed.clear();
        hide();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DiskWatch::onFileChanged);
    connect(m_model, &ComparisonModel::versionsChanged, this, &DiskWatch::watchVersions);
}

void DiskWatch::watchVersions() {
    QStringList wanted;
    for (int i = 0; i < m_model->versionCount(); ++i) {
        const QString &s = m_model->version(i).source;
        if (!s.startsWith(QLatin1String(":/")) && QFileInfo(s).isFile())
            wanted << s;
    }
    const QStringList watched = m_watcher->files();
    for (const QString &w : watched)
        if (!wanted.contains(w))
            m_watcher->removePath(w);
    for (const QString &w : wanted)
        if (!watched.contains(w))
            m_watcher->addPath(w);
}

void DiskWatch::onFileChanged(const QString &path) {
    // An editor that saves by writing a new file and renaming it ends the watch: watch again.
    if (QFileInfo(path).isFile() && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    m_changed.insert(path);
    QStringList names;
    for (const QString &c : std::as_const(m_changed))
        names << QFileInfo(c).fileName();
    names.sort();
    m_label->setText(tr("%1 changed on disk.", nullptr, int(names.size()))
                         .arg(names.join(QStringLiteral(", "))));
    m_label->setToolTip(QStringList(m_changed.cbegin(), m_changed.cend()).join(QLatin1Char('\n')));
    show();
}

void DiskWatch::reload() {
    for (int i = 0; i < m_model->versionCount(); ++i) {
        const ComparisonModel::Version &v = m_model->version(i);
        if (m_changed.contains(v.source))
            m_model->reloadVersion(i, v.encoding);
    }
    m_changed.clear();
    hide();
}

} // namespace sd
