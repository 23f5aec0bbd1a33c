// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/changelist.h"

#include "text/visible.h"

#include <QHeaderView>
#include <QPainter>

#include <algorithm>

namespace sd {

namespace {

QIcon swatch(const QColor &c) {
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(c.darker(130));
    p.setBrush(c);
    p.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
    return QIcon(pm);
}

QString snippet(const Comparison &c, const Change &ch) {
    QString text = ch.to.isValid() ? c.sideText(ch, Side::B) : c.sideText(ch, Side::A);
    if (ch.kind == ChangeKind::Replace || ch.kind == ChangeKind::Typography)
        text = c.sideText(ch, Side::A) + QStringLiteral(" → ") + c.sideText(ch, Side::B);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 70)
        text = text.left(67) + QStringLiteral("…");
    if (text.trimmed().isEmpty()) {
        if (ch.kind == ChangeKind::Split)
            return QObject::tr("paragraph split");
        if (ch.kind == ChangeKind::Merge)
            return QObject::tr("paragraphs merged");
    }
    return text;
}

} // namespace

ChangeList::ChangeList(QWidget *parent) : QTreeWidget(parent) {
    setObjectName(QStringLiteral("changeList"));
    setAccessibleName(tr("List of changes"));
    setHeaderLabels({tr("Change"), tr("¶")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection); // several, for Edit > Copy
    setAlternatingRowColors(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_updating || !item)
            return;
        const QVariant v = item->data(0, Qt::UserRole);
        if (v.isValid())
            Q_EMIT changeActivated(v.toInt());
    });
    // Clicking the already current item again should still scroll and flash.
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant v = item->data(0, Qt::UserRole);
        if (v.isValid() && !m_updating)
            Q_EMIT changeActivated(v.toInt());
    });
}

void ChangeList::setComparison(std::shared_ptr<const Comparison> c, const Theme &theme,
                               const CategoryFilter &filter) {
    std::array<QColor, kCategoryCount> swatches;
    for (int k = 0; k < kCategoryCount; ++k)
        swatches[k] = theme.marker(Category(k));
    // Thousands of items on a long text, rebuilt on every view switch for nothing.
    if (c == m_shown && filter == m_filter && swatches == m_swatches)
        return;
    m_shown = c;
    m_filter = filter;
    m_swatches = swatches;
    m_updating = true;
    clear();
    m_items.clear();
    m_visible = 0;
    if (c) {
        m_items.fill(nullptr, c->changes.size());
        std::array<QTreeWidgetItem *, kChangeKindCount> groups{};
        std::array<int, kChangeKindCount> counts{};
        QList<QTreeWidgetItem *> tops;
        for (qsizetype i = 0; i < c->changes.size(); ++i) {
            const Change &ch = c->changes.at(i);
            if (!filter.shows(ch.kind))
                continue;
            const int k = int(ch.kind);
            if (!groups[k]) {
                groups[k] = new QTreeWidgetItem;
                groups[k]->setIcon(0, swatch(theme.marker(categoryOf(ch.kind))));
                groups[k]->setFlags(Qt::ItemIsEnabled);
            }
            auto *item = new QTreeWidgetItem(groups[k]);
            item->setText(0, visibleControls(snippet(*c, ch)));
            const qint32 para = ch.to.isValid() ? ch.to.blockBegin : ch.anchorB.block;
            item->setText(1, QString::number(para + 1));
            item->setData(0, Qt::UserRole, int(i));
            item->setToolTip(0, changeKindLabel(ch.kind) + QStringLiteral(": ") + item->text(0));
            m_items[i] = item;
            ++counts[k];
            ++m_visible;
        }
        for (int k = 0; k < kChangeKindCount; ++k) {
            if (!groups[k])
                continue;
            groups[k]->setText(
                0, QStringLiteral("%1 (%2)").arg(changeKindLabel(ChangeKind(k))).arg(counts[k]));
            tops.append(groups[k]);
        }
        addTopLevelItems(tops);
        // Large comparisons start collapsed so the kinds and counts are visible at once.
        if (m_visible < 200)
            expandAll();
    }
    m_updating = false;
}

QList<int> ChangeList::selectedChanges() const {
    QList<int> out;
    for (const QTreeWidgetItem *item : selectedItems()) {
        if (const QVariant v = item->data(0, Qt::UserRole); v.isValid()) {
            out << v.toInt();
        } else {
            // A selected kind heading stands for all its changes.
            for (int i = 0; i < item->childCount(); ++i)
                out << item->child(i)->data(0, Qt::UserRole).toInt();
        }
    }
    if (out.isEmpty() && currentItem() && currentItem()->data(0, Qt::UserRole).isValid())
        out << currentItem()->data(0, Qt::UserRole).toInt();
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void ChangeList::setCurrentChange(int index) {
    m_updating = true;
    QTreeWidgetItem *item = index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
    if (item) {
        setCurrentItem(item);
        scrollToItem(item);
    } else {
        clearSelection();
    }
    m_updating = false;
}

} // namespace sd
