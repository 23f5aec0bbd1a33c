// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/allversionsview.h"

#include "multi/blameview.h"
#include "multi/collationview.h"
#include "multi/heatstrip.h"
#include "multi/readingview.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

AllVersionsView::AllVersionsView(ComparisonModel *model, QWidget *parent)
    : QWidget(parent), m_model(model) {
    setObjectName(QStringLiteral("allVersionsView"));

    // Header bar: base, mode, options, and what the table holds.
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("allVersionsBar"));
    auto *bl = new QHBoxLayout(bar);
    bl->setContentsMargins(8, 4, 8, 4);
    auto *baseLabel = new QLabel(tr("&Base:"), bar);
    m_baseBox = new QComboBox(bar);
    m_baseBox->setObjectName(QStringLiteral("allVersionsBase"));
    m_baseBox->setAccessibleName(tr("Base version of the alignment"));
    m_baseBox->setMinimumContentsLength(14);
    m_baseBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    baseLabel->setBuddy(m_baseBox);
    m_alignedButton = new QToolButton(bar);
    m_alignedButton->setText(tr("Aligned"));
    m_alignedButton->setToolTip(tr("Every version in its own column, aligned"));
    m_blameButton = new QToolButton(bar);
    m_blameButton->setObjectName(QStringLiteral("blameButton"));
    m_blameButton->setText(tr("Blame"));
    m_blameButton->setToolTip(
        tr("The latest version, each word tinted by the version it came from"));
    m_readingButton = new QToolButton(bar);
    m_readingButton->setObjectName(QStringLiteral("readingButton"));
    m_readingButton->setText(tr("Reading"));
    m_readingButton->setToolTip(tr("One version as prose, with the other versions' variants "
                                   "marked in place"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *b : {m_alignedButton, m_readingButton, m_blameButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        modes->addButton(b);
    }
    m_alignedButton->setChecked(true);
    m_expand = new QCheckBox(tr("Show agreeing text in full"), bar);
    m_expand->setObjectName(QStringLiteral("expandAgreeing"));
    auto *timeline = new QToolButton(bar);
    timeline->setObjectName(QStringLiteral("timelineButton"));
    timeline->setText(tr("Step Through Versions…"));
    timeline->setToolTip(tr("Compare v1 → v2 → … one step at a time, side by side"));
    timeline->setAutoRaise(true);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("allVersionsSummary"));
    bl->addWidget(baseLabel);
    bl->addWidget(m_baseBox);
    bl->addSpacing(12);
    bl->addWidget(m_alignedButton);
    bl->addWidget(m_readingButton);
    bl->addWidget(m_blameButton);
    bl->addSpacing(12);
    bl->addWidget(m_expand);
    bl->addWidget(timeline);
    bl->addStretch(1);
    bl->addWidget(m_summary);

    // Aligned page: table + heat strip, then the side panel.
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *tableBox = new QWidget(split);
    auto *tl = new QHBoxLayout(tableBox);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->setSpacing(0);
    m_collation = new CollationView(tableBox);
    m_heat = new HeatStrip(m_collation, tableBox);
    tl->addWidget(m_collation, 1);
    tl->addWidget(m_heat);
    auto *side = new QWidget(split);
    auto *sl = new QVBoxLayout(side);
    sl->setContentsMargins(6, 6, 6, 6);
    auto *readingsTitle = new QLabel(tr("<b>Readings</b> of the chosen place"), side);
    m_readings = new QTextBrowser(side);
    m_readings->setObjectName(QStringLiteral("readingsPanel"));
    m_readings->setAccessibleName(tr("Every version's reading of the chosen row"));
    m_readings->setPlaceholderText(
        tr("Click a highlighted row to see what every version reads there."));
    auto *simTitle = new QLabel(tr("<b>Similarity</b> between versions"), side);
    simTitle->setToolTip(tr("Share of words two versions have in common: copies edited from one "
                            "another are the most alike."));
    m_similarity = new QTableWidget(side);
    m_similarity->setObjectName(QStringLiteral("similarityTable"));
    m_similarity->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_similarity->setSelectionMode(QAbstractItemView::NoSelection);
    m_similarity->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_similarity->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    sl->addWidget(readingsTitle);
    sl->addWidget(m_readings, 1);
    sl->addWidget(simTitle);
    sl->addWidget(m_similarity);
    split->addWidget(tableBox);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 280});

    m_blame = new BlameView(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    m_reading = new ReadingView(this);
    m_pages->addWidget(split);
    m_pages->addWidget(m_blame);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_reading);

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(0);
    l->addWidget(bar);
    l->addWidget(m_pages, 1);

    connect(m_model, &ComparisonModel::multiReady, this, &AllVersionsView::refresh);
    connect(m_model, &ComparisonModel::multiCleared, this, &AllVersionsView::refresh);
    connect(m_model, &ComparisonModel::versionsChanged, this, &AllVersionsView::refresh);
    connect(m_model, &ComparisonModel::busyChanged, this, &AllVersionsView::refresh);
    connect(m_baseBox, &QComboBox::activated, this,
            [this](int i) { m_model->setBaseIndex(m_baseBox->itemData(i).toInt()); });
    connect(modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            refresh();
    });
    connect(m_expand, &QCheckBox::toggled, m_collation, &CollationView::setExpandAgreeing);
    connect(timeline, &QToolButton::clicked, this, &AllVersionsView::timelineRequested);
    connect(m_collation, &CollationView::rowActivated, this,
            [this](int row, int) { showReadings(row); });
    // A variant clicked in the reading view: its row in the table, every reading beside it.
    connect(m_reading, &ReadingView::rowActivated, this, [this](int row) {
        m_alignedButton->setChecked(true);
        m_collation->setCurrentRow(row);
        showReadings(row);
    });
    refresh();
}

void AllVersionsView::setTheme(const Theme &theme) {
    m_theme = theme;
    m_themeDirty = true;
    m_heat->setTheme(theme);
    refresh();
}

bool AllVersionsView::isBlameMode() const {
    return m_blameButton->isChecked();
}

void AllVersionsView::setBlameMode(bool on) {
    (on ? m_blameButton : m_alignedButton)->setChecked(true);
}

void AllVersionsView::setReadingMode() {
    m_readingButton->setChecked(true);
}

void AllVersionsView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    m_model->setMultiWanted(true);
}

void AllVersionsView::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    m_model->setMultiWanted(false);
}

void AllVersionsView::updateBaseSelector() {
    m_baseBox->clear();
    for (int i = 0; i < m_model->versionCount(); ++i) {
        m_baseBox->addItem(m_model->versionLabel(i), i);
        if (i == m_model->baseIndex())
            m_baseBox->setCurrentIndex(i);
    }
    m_baseBox->setEnabled(m_model->versionCount() > 1);
}

void AllVersionsView::refresh() {
    updateBaseSelector();
    const auto multi = m_model->multi();
    if (m_model->versionCount() < 2) {
        m_placeholder->setText(tr("Open two or more versions to see them all aligned, "
                                  "with their history and how alike they are."));
        m_pages->setCurrentWidget(m_placeholder);
        m_summary->clear();
        m_collation->setMulti(nullptr, m_theme);
        m_shown = nullptr;
        return;
    }
    if (!multi) {
        m_placeholder->setText(tr("Aligning %n version(s)…", nullptr, m_model->versionCount()));
        m_pages->setCurrentWidget(m_placeholder);
        m_summary->clear();
        return;
    }
    // An older result stays on screen while the new one is computed; say so.
    if (m_shown != multi.get() || m_themeDirty) {
        m_collation->setMulti(multi, m_theme);
        m_shown = multi.get();
        m_themeDirty = false;
        fillSimilarity();
        m_readings->clear();
    }
    if (isBlameMode()) {
        m_blame->setMulti(multi, m_theme);
        m_pages->setCurrentIndex(1);
    } else if (m_readingButton->isChecked()) {
        m_reading->setMulti(multi, m_theme);
        m_pages->setCurrentWidget(m_reading);
    } else {
        m_pages->setCurrentIndex(0);
    }
    int variants = 0;
    for (int r = 0; r < m_collation->rowCount(); ++r)
        variants += m_collation->isVariant(r) ? 1 : 0;
    QString text = tr("%n place(s) where the versions differ", nullptr, variants);
    if (!m_model->isMultiCurrent())
        text = tr("Re-aligning…  ") + text;
    m_summary->setText(text);
}

void AllVersionsView::fillSimilarity() {
    const auto multi = m_model->multi();
    const auto &m = multi->result.similarity;
    const int n = int(multi->labels.size());
    m_similarity->clear();
    m_similarity->setRowCount(n);
    m_similarity->setColumnCount(n);
    QStringList shortNames;
    for (int i = 0; i < n; ++i)
        shortNames << QStringLiteral("v%1").arg(i + 1);
    m_similarity->setHorizontalHeaderLabels(shortNames);
    // Short names keep eight versions inside the panel; the full name is a tooltip away.
    m_similarity->setVerticalHeaderLabels(shortNames);
    for (int i = 0; i < n; ++i) {
        m_similarity->horizontalHeaderItem(i)->setToolTip(multi->labels.at(i));
        m_similarity->verticalHeaderItem(i)->setToolTip(multi->labels.at(i));
    }
    for (int i = 0; i < n && i < m.size(); ++i) {
        // Each row's closest other version is bold: "this copy was edited from that one".
        int closest = -1;
        for (int j = 0; j < n && j < m.at(i).size(); ++j)
            if (j != i && (closest < 0 || m.at(i).at(j) > m.at(i).at(closest)))
                closest = j;
        for (int j = 0; j < n && j < m.at(i).size(); ++j) {
            auto *item = new QTableWidgetItem(
                i == j ? QStringLiteral("—")
                       : QString::number(CollationView::percentShown(m.at(i).at(j))));
            item->setTextAlignment(Qt::AlignCenter);
            if (i != j) {
                item->setBackground(
                    m_theme.heat(std::clamp((1.0 - m.at(i).at(j)) * 2.5, 0.0, 1.0)));
                item->setToolTip(tr("%1 and %2: %3% alike")
                                     .arg(multi->labels.at(i), multi->labels.at(j))
                                     .arg(m.at(i).at(j) * 100, 0, 'f', 1));
            }
            if (j == closest) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_similarity->setItem(i, j, item);
        }
    }
    // As tall as its rows, so the readings above get the rest of the panel.
    m_similarity->resizeRowsToContents();
    int h = m_similarity->horizontalHeader()->height() + 2 * m_similarity->frameWidth();
    for (int i = 0; i < n; ++i)
        h += m_similarity->rowHeight(i);
    m_similarity->setFixedHeight(std::min(h + 2, 320));
}

void AllVersionsView::showReadings(int row) {
    const auto multi = m_model->multi();
    if (!multi || row < 0 || row >= multi->result.collation.rows.size()) {
        m_readings->clear();
        return;
    }
    const CollationRow &r = multi->result.collation.rows.at(row);
    // Versions that read the same are listed together, the base's reading first.
    QList<QList<int>> groups;
    QList<std::optional<QString>> texts;
    auto addTo = [&](int v) {
        const std::optional<QString> &t = r.texts.value(v);
        for (qsizetype g = 0; g < texts.size(); ++g)
            if (texts.at(g) == t) {
                groups[g].append(v);
                return;
            }
        texts.append(t);
        groups.append(QList<int>{v});
    };
    addTo(multi->base);
    for (int v = 0; v < int(multi->labels.size()); ++v)
        if (v != multi->base)
            addTo(v);
    QString html =
        r.agree ? tr("<p><i>Every version reads the same here.</i></p>")
                : tr("<p><i>%n different reading(s) here.</i></p>", nullptr, int(texts.size()));
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QStringList names;
        for (int v : groups.at(g))
            names << (v == multi->base ? tr("%1 (base)").arg(multi->labels.at(v).toHtmlEscaped())
                                       : multi->labels.at(v).toHtmlEscaped());
        const int colourOf = groups.at(g).first();
        const QString bg = g == 0 ? m_theme.gapBase().name() : m_theme.versionTint(colourOf).name();
        QString text = texts.at(g) ? texts.at(g)->toHtmlEscaped() : tr("<i>(nothing)</i>");
        if (text.size() > 20000)
            text = text.left(20000) + QStringLiteral("…");
        html += QStringLiteral("<p style=\"margin-top:8px\"><b>%1</b></p>"
                               "<table width=\"100%\" cellpadding=\"6\"><tr><td bgcolor=\"%2\">%3"
                               "</td></tr></table>")
                    .arg(names.join(QStringLiteral(", ")), bg, text);
    }
    m_readings->setHtml(html);
}

void AllVersionsView::step(int direction) {
    if (isBlameMode())
        return;
    int next = m_collation->nextVariant(m_collation->currentRow(), direction);
    if (next < 0)
        next = m_collation->nextVariant(-1, direction); // wrap, like the change navigation
    if (next >= 0) {
        m_collation->setCurrentRow(next);
        showReadings(next);
    }
}

} // namespace sd
