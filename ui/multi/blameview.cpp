// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/blameview.h"

#include "pair/panebuilder.h"
#include "text/visible.h"

#include <QLabel>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace sd {

QTextBrowser *makeProseBrowser(QWidget *parent, const QString &objectName,
                               const QString &accessibleName) {
    auto *b = new QTextBrowser(parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    b->setFrameShape(QFrame::NoFrame);
    b->setOpenLinks(false);
    b->document()->setDocumentMargin(16);
    return b;
}

QTextBlockFormat proseParagraph(const QTextBrowser *browser) {
    QTextBlockFormat para;
    para.setBottomMargin(browser->fontMetrics().lineSpacing() * 0.6);
    para.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    return para;
}

BlameView::BlameView(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("blameView"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(0);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("blameLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setContentsMargins(10, 6, 10, 6);
    m_text = makeProseBrowser(this, QStringLiteral("blameText"),
                              tr("Latest version by the version each word came from"));
    l->addWidget(m_legend);
    l->addWidget(m_text, 1);
}

void BlameView::setMulti(std::shared_ptr<const MultiView> multi, const Theme &theme) {
    const bool themeChanged = theme.isDark() != m_theme.isDark();
    m_multi = std::move(multi);
    m_theme = theme;
    // The evolution does not depend on the base: a new base re-aligns, the blame stays (the
    // model hands the same shared word list on).
    if (!themeChanged && m_built && m_multi &&
        m_built->result.evolution.words.constData() == m_multi->result.evolution.words.constData())
        return;
    rebuild();
}

void BlameView::rebuild() {
    m_built = m_multi;
    QTextDocument *doc = m_text->document();
    doc->clear();
    if (!m_multi || m_multi->labels.isEmpty()) {
        m_legend->clear();
        return;
    }
    const Evolution &ev = m_multi->result.evolution;
    const int n = int(m_multi->labels.size());
    QList<qint64> counts(n, 0);
    for (const EvolutionWord &w : ev.words)
        if (w.introducedIn >= 0 && w.introducedIn < n)
            ++counts[w.introducedIn];

    QString legend = tr("<b>Where today's words come from:</b>&nbsp;&nbsp;");
    for (int v = 0; v < n; ++v) {
        const QString bg = v == 0 ? m_theme.gapBase().name() : m_theme.versionTint(v).name();
        legend += QStringLiteral("<span style=\"background:%1; border:1px solid %2\">"
                                 "&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%3 <span style=\"color:%4\">"
                                 "(%5)</span>&nbsp;&nbsp;&nbsp; ")
                      .arg(bg, m_theme.versionMarker(v).name(),
                           m_multi->labels.at(v).toHtmlEscaped(), m_theme.dimmedText().name(),
                           v == 0 ? tr("%n word(s), plain", nullptr, int(counts[v]))
                                  : tr("%n word(s)", nullptr, int(counts[v])));
    }
    m_legend->setText(legend);

    // Walk the latest version's blocks; each evolution word names the (block, token) it stands
    // at, in reading order, so a token takes the origin of the word placed on it.
    // Runs of one origin go in with one insertText, so a long story stays quick to lay out.
    if (m_multi->documents.size() != n)
        return;
    const Document *latest = &m_multi->documents.last();
    QTextCursor cur(doc);
    cur.beginEditBlock();
    const QTextBlockFormat para = proseParagraph(m_text);
    cur.setBlockFormat(para);
    const QTextCharFormat plain;
    std::array<QTextCharFormat, Theme::kVersionHues> tinted;
    for (int v = 0; v < Theme::kVersionHues; ++v) {
        tinted[v].setBackground(m_theme.versionTint(v));
        tinted[v].setProperty(QTextFormat::UserProperty + 10, v);
    }
    qsizetype w = 0;
    bool firstBlock = true;
    for (qsizetype bi = 0; bi < latest->blocks.size(); ++bi) {
        const Block &b = latest->blocks.at(bi);
        if (!firstBlock)
            cur.insertBlock(para);
        firstBlock = false;
        const bool heading = b.kind == BlockKind::Heading;
        const QString prefix = blockPrefix(b);
        if (!prefix.isEmpty())
            cur.insertText(prefix, plain);
        // A run shares origin, style and link: bold stays bold and a link a link.
        struct Key {
            int origin = -1;
            Styles style = NoStyle;
            qint32 link = -1;
            bool operator==(const Key &) const = default;
        } runKey;
        QString run;
        auto formatOf = [&](const Key &k) {
            QTextCharFormat f = styleFormat(
                m_theme, k.style, k.link >= 0 ? b.links.value(k.link).href : QString(), heading);
            if (heading)
                f.setFontPointSize(m_text->font().pointSizeF() * 1.25);
            if (k.origin > 0) {
                f.setBackground(tinted[k.origin % Theme::kVersionHues].background());
                f.setProperty(QTextFormat::UserProperty + 10, k.origin % Theme::kVersionHues);
                f.setProperty(QTextFormat::UserProperty + 11, k.origin);
            }
            f.setToolTip(k.origin >= 0 && k.origin < n
                             ? tr("From %1").arg(m_multi->labels.at(k.origin))
                             : QString());
            return f;
        };
        auto flush = [&] {
            if (!run.isEmpty())
                cur.insertText(visibleControls(run), formatOf(runKey));
            run.clear();
        };
        quint32 prevEnd = 0;
        for (qsizetype ti = 0; ti < b.tokens.size(); ++ti) {
            const Token &t = b.tokens.at(ti);
            const QString gap = b.text.mid(prevEnd, t.start - prevEnd);
            Key key{runKey.origin, t.style, t.link};
            while (w < ev.words.size() &&
                   (ev.words.at(w).block < bi ||
                    (ev.words.at(w).block == bi && ev.words.at(w).token < ti)))
                ++w;
            if (t.isWord()) {
                const bool placed =
                    w < ev.words.size() && ev.words.at(w).block == bi && ev.words.at(w).token == ti;
                key.origin = placed ? ev.words.at(w).introducedIn : 0;
            }
            if (!(key == runKey)) {
                // A tint covers words and what stands between them, never the space around it;
                // the space inside one link stays in the link.
                flush();
                const bool sameLink = key.link >= 0 && key.link == runKey.link;
                if (!gap.isEmpty())
                    cur.insertText(visibleControls(gap),
                                   formatOf(Key{0, sameLink ? key.style : Styles(NoStyle),
                                                sameLink ? key.link : -1}));
                runKey = key;
                run += b.tokenText(t);
            } else {
                run += gap;
                run += b.tokenText(t);
            }
            prevEnd = t.end();
        }
        run += b.text.mid(prevEnd);
        flush();
    }
    cur.endEditBlock();
    m_text->moveCursor(QTextCursor::Start);
}

} // namespace sd
