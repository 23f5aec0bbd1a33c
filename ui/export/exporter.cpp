// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporter.h"

#include "multi/session.h"

#include "output/htmlreport.h"
#include "pair/panebuilder.h"
#include "util/outputfile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>

namespace sd::exporter {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("sd::exporter", text);
}

QString fileName(const QString &path) {
    return QFileInfo(path).fileName();
}

QTextTableFormat tableFormat(const Theme &theme, int columns) {
    QTextTableFormat tf;
    tf.setBorderCollapse(true);
    tf.setBorder(0.5);
    tf.setBorderBrush(theme.gridLine());
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setCellPadding(4);
    tf.setCellSpacing(0);
    tf.setHeaderRowCount(1); // repeated at the top of every page
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int c = 0; c < columns; ++c)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 / columns);
    tf.setColumnWidthConstraints(widths);
    return tf;
}

void headerCell(QTextTable *t, int column, const QString &text, const QColor &background) {
    QTextTableCell cell = t->cellAt(0, column);
    QTextCharFormat cf = cell.format();
    cf.setBackground(background);
    cell.setFormat(cf);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cell.firstCursorPosition().insertText(text, bold);
}

// One table row per aligned row: a paragraph the panes show in pieces (pieceCuts) is whole on
// paper, its pieces one after another in its cell.
void sideBySide(QTextCursor &cur, const Comparison &c, const CategoryFilter &filter,
                const Theme &theme) {
    QTextDocument left, right;
    const SideBySideLayout layout = buildSideBySide(c, theme, filter, &left, &right);
    QTextTable *t = cur.insertTable(int(c.rows.size()) + 1, 2, tableFormat(theme, 2));
    headerCell(t, 0, fileName(c.a.path), theme.gapBase());
    headerCell(t, 1, fileName(c.b.path), theme.gapBase());
    for (int r = 0; r < int(layout.rows.size()); ++r) {
        const RowInfo &info = layout.rows.at(r);
        for (int side = 0; side < 2; ++side) {
            QTextDocument &src = side == 0 ? left : right;
            QTextTableCell cell = t->cellAt(info.row + 1, side);
            const bool empty = side == 0 ? info.emptyA : info.emptyB;
            const int tint = side == 0 ? info.tintA : info.tintB;
            if (!layout.continues(r) && (empty || tint >= 0)) {
                QTextCharFormat cf = cell.format();
                cf.setBackground(empty ? theme.gapBase() : theme.rowTint(Category(tint)));
                cell.setFormat(cf);
            }
            if (empty)
                continue; // a side with nothing, or with fewer pieces than the other
            // The pane's row block with its highlights, copied as it is.
            QTextCursor sel(src.findBlockByNumber(2 * r));
            sel.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cell.lastCursorPosition().insertFragment(QTextDocumentFragment(sel));
        }
    }
}

void allVersions(QTextCursor &cur, const MultiView &m, const Theme &theme) {
    const auto &rows = m.result.collation.rows;
    const int n = int(m.labels.size());
    QTextTable *t = cur.insertTable(int(rows.size()) + 1, n, tableFormat(theme, n));
    for (int c = 0; c < n; ++c)
        headerCell(t, c, c == m.base ? tr("%1 (base)").arg(m.labels.at(c)) : m.labels.at(c),
                   c == m.base ? theme.gapBase() : theme.versionTint(c));
    QTextCharFormat dim;
    dim.setForeground(theme.dimmedText());
    QTextCharFormat plain;
    for (int r = 0; r < rows.size(); ++r) {
        const CollationRow &row = rows.at(r);
        for (int c = 0; c < n; ++c) {
            QTextTableCell cell = t->cellAt(r + 1, c);
            const std::optional<QString> &text = row.texts.value(c);
            QColor bg;
            if (!row.agree && !text) {
                bg = theme.gapBase();
            } else if (row.differs(c, m.base)) {
                // The same colour rule as the table on screen: the first version reading so.
                bg = theme.versionTint(int(row.sameAs.at(c)));
            }
            if (bg.isValid()) {
                QTextCharFormat cf = cell.format();
                cf.setBackground(bg);
                cell.setFormat(cf);
            }
            cell.firstCursorPosition().insertText(text.value_or(QString()),
                                                  row.agree ? dim : plain);
        }
    }
}

} // namespace

QByteArray reportHtml(const ComparisonModel &model) {
    if (model.isMultiCurrent()) {
        const auto m = model.multi();
        return htmlReport(m->documents, m->base, m->fromBase, &m->result);
    }
    const auto c = model.comparison();
    if (!c)
        return {};
    Comparison pair = *c;
    pair.fromIndex = 0;
    pair.toIndex = 1;
    return htmlReport({c->a, c->b}, 0, {pair});
}

QByteArray collationExport(const ComparisonModel &model, OutputFormat format) {
    if (const auto m = model.multi(); m && model.isMultiCurrent())
        return outputWriter(format).write({m->documents, m->base, m->fromBase, &m->result, {}});
    if (model.versionCount() < 2)
        return {};
    QList<Document> documents;
    for (int i = 0; i < model.versionCount(); ++i)
        documents << model.version(i).document;
    VersionSession session(documents, model.baseIndex(), model.options());
    const SessionResult r = session.multi();
    return outputWriter(format).write({documents, r.base, r.fromBase, &r.result, {}});
}

QStringList inputPaths(const ComparisonModel &model) {
    QStringList paths;
    if (const auto m = model.multi())
        for (const Document &d : m->documents)
            paths << d.path;
    if (const auto c = model.comparison())
        paths << c->a.path << c->b.path;
    return paths;
}

namespace {

// The dialog's words for a failed save; the helper has kept any old file.
bool explain(const QString &path, const OutputStatus &status, QString *error) {
    if (status.ok())
        return true;
    *error = tr("Cannot write %1: %2.\nNothing was changed. The folder may be read-only or the "
                "disk full; choose another place.")
                 .arg(path, status.cause);
    return false;
}

} // namespace

bool writeFile(const QString &path, const QByteArray &data, QString *error,
               const QStringList &inputs) {
    return explain(path, writeOutputFile(path, data, inputs), error);
}

Theme printTheme() {
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    paper.setColor(QPalette::WindowText, Qt::black);
    paper.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
    paper.setColor(QPalette::PlaceholderText, QColor(0x57, 0x60, 0x6a));
    return Theme::fromPalette(paper);
}

std::unique_ptr<QTextDocument> printDocument(const PrintSource &source, const Theme &theme) {
    std::unique_ptr<QTextDocument> doc;
    if ((source.view == View::Inline || source.view == View::Blame) && source.shown) {
        doc.reset(source.shown->clone());
        doc->setDocumentMargin(0);
        return doc;
    }
    doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QTextCursor cur(doc.get());
    if (source.view == View::AllVersions && source.multi)
        allVersions(cur, *source.multi, theme);
    else if (source.comparison)
        sideBySide(cur, *source.comparison, source.filter, theme);
    return doc;
}

void paintPages(QTextDocument *doc, QPagedPaintDevice *device, const QString &title) {
    QPainter p;
    if (!p.begin(device))
        return;
    QFont headerFont = doc->defaultFont();
    headerFont.setPointSizeF(8);
    const QFontMetricsF hfm(headerFont, device);
    const QRectF full(0, 0, device->width(), device->height());
    const double headerHeight = hfm.height() * 2.4;
    const QRectF body = full.adjusted(0, headerHeight, 0, 0);
    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(body.size());
    const int pages = doc->pageCount();
    const QColor ink(0x57, 0x60, 0x6a); // the print theme's dimmed text, on paper
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        p.setFont(headerFont);
        p.setPen(ink);
        const QString pageText = tr("Page %1 of %2").arg(i + 1).arg(pages);
        const double pageWidth = hfm.horizontalAdvance(pageText);
        const QRectF line(0, 0, full.width(), hfm.height());
        p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageText);
        p.drawText(line.adjusted(0, 0, -pageWidth - hfm.height(), 0),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   hfm.elidedText(title, Qt::ElideMiddle, full.width() - pageWidth - hfm.height()));
        p.drawLine(QPointF(0, hfm.height() * 1.5), QPointF(full.width(), hfm.height() * 1.5));
        p.save();
        p.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, i * body.height(), body.width(), body.height());
        ctx.palette.setColor(QPalette::Text, Qt::black);
        p.setClipRect(ctx.clip);
        doc->documentLayout()->draw(&p, ctx);
        p.restore();
    }
}

bool writePdf(const QString &path, QTextDocument *doc, const QString &title, QString *error,
              const QStringList &inputs) {
    const auto paint = [&](QIODevice &device) {
        QPdfWriter pdf(&device);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("StoryDiff"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        paintPages(doc, &pdf, title);
        return true; // the writer finishes the file when it goes; the helper checks the device
    };
    return explain(path, writeOutputFile(path, paint, inputs), error);
}

QMimeData *changesMimeData(const Comparison &c, const QList<int> &indices, const Theme &theme) {
    QStringList lines;
    QString html = QStringLiteral("<ul>");
    for (int i : indices) {
        if (i < 0 || i >= c.changes.size())
            continue;
        const Change &ch = c.changes.at(i);
        const QString before = ch.from.isValid() ? c.sideText(ch, Side::A) : QString();
        const QString after = ch.to.isValid() ? c.sideText(ch, Side::B) : QString();
        const qint32 para = (ch.to.isValid() ? ch.to.blockBegin : ch.anchorB.block) + 1;
        QString line = tr("%1, paragraph %2: ").arg(changeKindLabel(ch.kind)).arg(para);
        QString item = QStringLiteral("<li><b>%1</b>, paragraph %2: ")
                           .arg(changeKindLabel(ch.kind).toHtmlEscaped())
                           .arg(para);
        const QString del =
            QStringLiteral("<span style=\"background:%1;text-decoration:line-through\">%2</span>");
        const QString ins = QStringLiteral("<span style=\"background:%1\">%2</span>");
        if (!before.isEmpty() && !after.isEmpty() && before != after) {
            line += QStringLiteral("“%1” → “%2”").arg(before, after);
            item += del.arg(theme.highlight(ChangeKind::Delete).name(), before.toHtmlEscaped()) +
                    QStringLiteral(" → ") +
                    ins.arg(theme.highlight(ChangeKind::Insert).name(), after.toHtmlEscaped());
        } else if (!after.isEmpty()) {
            line += QStringLiteral("“%1”").arg(after);
            item += ins.arg(theme.highlight(ch.kind).name(), after.toHtmlEscaped());
        } else {
            line += QStringLiteral("“%1”").arg(before);
            item += del.arg(theme.highlight(ch.kind).name(), before.toHtmlEscaped());
        }
        if (!ch.href.isEmpty()) {
            line += QStringLiteral(" <%1>").arg(ch.href);
            item += QStringLiteral(" &lt;%1&gt;").arg(ch.href.toHtmlEscaped());
        }
        lines << line;
        html += item + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    auto *mime = new QMimeData;
    mime->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    mime->setHtml(html);
    return mime;
}

} // namespace sd::exporter
