// The output half of MainWindow: File > Export (HTML, PDF), Print, Print Preview and
// Edit > Copy Change(s). The work is in exporter.cpp; this file asks and reports.
#include "allversionsview.h"
#include "blameview.h"
#include "changelist.h"
#include "exporter.h"
#include "inlineview.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>

namespace sd {

void MainWindow::createExportActions() {
    m_exportHtmlAct = new QAction(tr("&HTML Report…"), this);
    m_exportHtmlAct->setObjectName(QStringLiteral("exportHtmlAction"));
    m_exportHtmlAct->setStatusTip(tr("Save a self-contained HTML report of the comparison"));
    connect(m_exportHtmlAct, &QAction::triggered, this, &MainWindow::exportHtml);

    m_exportPdfAct = new QAction(tr("&PDF…"), this);
    m_exportPdfAct->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportPdfAct->setStatusTip(tr("Save the current view as a PDF, page by page"));
    connect(m_exportPdfAct, &QAction::triggered, this, &MainWindow::exportPdf);

    m_printAct = new QAction(tr("&Print…"), this);
    m_printAct->setObjectName(QStringLiteral("printAction"));
    m_printAct->setShortcut(QKeySequence::Print);
    connect(m_printAct, &QAction::triggered, this, [this] { printView(false); });

    m_previewAct = new QAction(tr("Print Pre&view…"), this);
    m_previewAct->setObjectName(QStringLiteral("printPreviewAction"));
    connect(m_previewAct, &QAction::triggered, this, [this] { printView(true); });

    // Ctrl+C stays the panes' own copy of selected text; changes get Ctrl+Shift+C.
    m_copyChangesAct = new QAction(tr("&Copy Change(s)"), this);
    m_copyChangesAct->setObjectName(QStringLiteral("copyChangesAction"));
    m_copyChangesAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyChangesAct->setStatusTip(
        tr("Copy the changes selected in the list, as text and as formatted text"));
    connect(m_copyChangesAct, &QAction::triggered, this, &MainWindow::copySelectedChanges);
}

QString MainWindow::exportTitle() const {
    if (isAllVersionsMode() && m_model->isMultiCurrent()) {
        const auto m = m_model->multi();
        return tr("StoryDiff — %1 (base: %2)")
            .arg(m->labels.join(QStringLiteral(", ")), m->labels.value(m->base));
    }
    const auto c = m_model->comparison();
    if (!c)
        return tr("StoryDiff");
    return tr("StoryDiff — %1 ↔ %2")
        .arg(QFileInfo(c->a.path).fileName(), QFileInfo(c->b.path).fileName());
}

QString MainWindow::suggestedPath(const QString &suffix) const {
    QString dir = QSettings().value(QStringLiteral("exportDir")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = QStringLiteral("storydiff-report");
    if (const auto c = m_model->comparison())
        name = QFileInfo(c->a.path).completeBaseName() + QStringLiteral("-vs-") +
               QFileInfo(c->b.path).completeBaseName();
    return dir + QLatin1Char('/') + name + suffix;
}

bool MainWindow::exportHtmlTo(const QString &path, QString *error) {
    const QByteArray html = exporter::reportHtml(*m_model);
    if (html.isEmpty()) {
        *error = tr("There is nothing to export yet: open two or more versions.");
        return false;
    }
    return exporter::writeFile(path, html, error);
}

std::unique_ptr<QTextDocument> MainWindow::printableView() const {
    exporter::PrintSource src;
    src.comparison = m_model->comparison();
    src.filter = m_model->filter();
    if (isAllVersionsMode() && m_model->isMultiCurrent()) {
        src.multi = m_model->multi();
        src.view = m_all->isBlameMode() ? exporter::View::Blame : exporter::View::AllVersions;
        src.shown = m_all->blame()->text()->document();
    } else if (isInlineMode()) {
        src.view = exporter::View::Inline;
        src.shown = m_inline->document();
    }
    src.title = exportTitle();
    return exporter::printDocument(src, exporter::printTheme());
}

bool MainWindow::exportPdfTo(const QString &path, QString *error) {
    if (!m_model->comparison() && !m_model->multi()) {
        *error = tr("There is nothing to export yet: open two or more versions.");
        return false;
    }
    const auto doc = printableView();
    return exporter::writePdf(path, doc.get(), exportTitle(), error);
}

void MainWindow::exportHtml() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export HTML Report"),
                                                      suggestedPath(QStringLiteral(".html")),
                                                      tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("exportDir"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportHtmlTo(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Report saved to %1").arg(path), 5000);
}

void MainWindow::exportPdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), suggestedPath(QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("exportDir"), QFileInfo(path).absolutePath());
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportPdfTo(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("PDF saved to %1").arg(path), 5000);
}

void MainWindow::printView(bool preview) {
    if (!m_model->comparison() && !m_model->multi()) {
        statusBar()->showMessage(tr("Nothing to print yet: open two or more versions."), 5000);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(exportTitle());
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // Built once: the preview repaints on every zoom and page-setup change.
    const auto doc = printableView();
    const QString title = exportTitle();
    if (preview) {
        QPrintPreviewDialog dlg(&printer, this);
        dlg.setWindowTitle(tr("Print Preview — %1").arg(title));
        dlg.resize(900, 1000);
        connect(&dlg, &QPrintPreviewDialog::paintRequested, this,
                [&](QPrinter *p) { exporter::paintPages(doc.get(), p, title); });
        dlg.exec();
        return;
    }
    QPrintDialog dlg(&printer, this);
    if (dlg.exec() == QDialog::Accepted)
        exporter::paintPages(doc.get(), &printer, title);
}

void MainWindow::copySelectedChanges() {
    const auto c = m_model->comparison();
    QList<int> indices = m_changes->selectedChanges();
    if (indices.isEmpty() && m_model->currentChange() >= 0)
        indices << m_model->currentChange();
    if (!c || indices.isEmpty()) {
        statusBar()->showMessage(tr("Select one or more changes in the list to copy them."), 4000);
        return;
    }
    QApplication::clipboard()->setMimeData(
        exporter::changesMimeData(*c, indices, exporter::printTheme()));
    statusBar()->showMessage(tr("Copied %n change(s)", nullptr, int(indices.size())), 3000);
}

} // namespace sd
