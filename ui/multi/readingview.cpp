// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/readingview.h"

#include "multi/blameview.h"
#include "multi/collationview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

namespace sd {
ReadingView::ReadingView(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("readingView"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(10, 4, 10, 4);
    auto *label = new QLabel(tr("&Read:"), this);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("readingVersion"));
    m_version->setAccessibleName(tr("Version to read"));
    label->setBuddy(m_version);
    bar->addWidget(label);
    bar->addWidget(m_version);
    bar->addStretch(1);
    m_text = makeProseBrowser(this, QStringLiteral("readingText"),
                              tr("One version as prose, its variants marked"));
    l->addLayout(bar);
    l->addWidget(m_text, 1);
    connect(m_version, &QComboBox::activated, this, [this](int i) {
        m_chosen = i;
        rebuild();
    });
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("row"))
            Q_EMIT rowActivated(url.path().toInt());
    });
}

int ReadingView::version() const {
    if (!m_multi)
        return -1;
    return m_chosen >= 0 && m_chosen < m_multi->labels.size() ? m_chosen : m_multi->base;
}

void ReadingView::setMulti(std::shared_ptr<const MultiView> multi, const Theme &theme) {
    if (multi == m_multi && theme.isDark() == m_theme.isDark())
        return;
    if (!multi || !m_multi || multi->labels != m_multi->labels)
        m_chosen = -1;
    m_multi = std::move(multi);
    m_theme = theme;
    rebuild();
}

void ReadingView::rebuild() {
    QTextDocument *doc = m_text->document();
    doc->clear();
    m_version->clear();
    if (!m_multi)
        return;
    for (const QString &label : m_multi->labels)
        m_version->addItem(label);
    const int v = version();
    m_version->setCurrentIndex(v);
    const int base = m_multi->base;
    const auto &rows = m_multi->result.collation.rows;
    QTextCursor cur(doc);
    cur.beginEditBlock();
    const QTextBlockFormat para = proseParagraph(m_text);
    cur.setBlockFormat(para);
    bool started = false;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const CollationRow &row = rows.at(r);
        const std::optional<QString> &reading = row.texts.value(v);
        // What this version lacks here is a variant too: a mark where the others read.
        const bool variant = !row.agree && (row.differs(v, base) || v == base);
        if (!reading && !variant)
            continue;
        if (started && reading && row.opensParagraph.value(v))
            cur.insertBlock(para);
        else if (started && !(reading && followsWithoutSpace(*reading)))
            cur.insertText(QStringLiteral(" "));
        started = true;
        QTextCharFormat f;
        if (variant) {
            f.setAnchor(true);
            f.setAnchorHref(QStringLiteral("row:%1").arg(r));
            f.setUnderlineStyle(QTextCharFormat::DotLine); // seen on the base's plain text too
            f.setUnderlineColor(m_theme.versionMarker(int(row.sameAs.value(v))));
            const qsizetype group = row.sameAs.value(v);
            f.setBackground(v == base || !row.differs(v, base) ? m_theme.gapBase()
                                                               : m_theme.versionTint(int(group)));
            QStringList others;
            for (qsizetype k = 0; k < row.texts.size(); ++k)
                if (k != v && row.sameAs.at(k) != row.sameAs.at(v))
                    others << QStringLiteral("%1: %2").arg(
                        m_multi->labels.value(k),
                        CollationView::shownText(row.texts.at(k).value_or(tr("(nothing)")))
                            .left(300));
            f.setToolTip(others.join(QLatin1Char('\n')));
        }
        QString text = reading ? CollationView::shownText(*reading) : tr("[—]");
        if (row.movedFrom.value(v, -1) >= 0)
            text = tr("⇄ ") + text;
        // A paragraph break inside the reading: a new paragraph here too.
        const QStringList paragraphs = text.split(QStringLiteral(" ¶\n"));
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if (i > 0)
                cur.insertBlock(para);
            cur.insertText(paragraphs.at(i), f);
        }
    }
    cur.endEditBlock();
    m_text->moveCursor(QTextCursor::Start);
}

} // namespace sd
