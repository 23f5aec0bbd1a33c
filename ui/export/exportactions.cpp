// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportactions.h"

#include "pair/changelist.h"

#include "output/writers.h"

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
#include <QTextDocument>

namespace sd {

namespace {

bool showsAllVersions(exporter::View view) {
    switch (view) {
    case exporter::View::SideBySide:
    case exporter::View::Inline:
        return false;
    case exporter::View::AllVersions:
    case exporter::View::Blame:
        return true;
    }
    return false;
}

} // namespace

// One File > Export entry: its action, its save dialog, its message and the writer.
struct ExportActions::Format {
    const char *objectName;
    const char *text;
    const char *statusTip;
    const char *dialogTitle;
    const char *suffix;
    const char *fileFilter;
    const char *savedMessage; // %1: the path
    bool slow;                // shows the wait cursor while it writes
    bool (ExportActions::*write)(const QString &path, QString *error);
};

namespace {

// File > Export, in menu order. The HTML report is the CLI's --format html (output/writers.h).
const ExportActions::Format kFormats[] = {
    {"exportHtmlAction", "&HTML Report…", "Save a self-contained HTML report of the comparison",
     "Export HTML Report", outputWriter(OutputFormat::Html).suffix, "HTML files (*.html *.htm)",
     "Report saved to %1", false, &ExportActions::exportHtmlTo},
    {"exportPdfAction", "&PDF…", "Save the current view as a PDF, page by page", "Export PDF",
     ".pdf", "PDF files (*.pdf)", "PDF saved to %1", true, &ExportActions::exportPdfTo},
    // The collation, as the CLI's --format tei and --format collatex-json write it.
    {"exportTeiAction", "&TEI Collation…",
     "Save every version aligned as TEI parallel segmentation (app, lem, rdg)",
     "Export TEI Collation", outputWriter(OutputFormat::Tei).suffix, "TEI XML files (*.xml)",
     "TEI collation saved to %1", true, &ExportActions::exportTeiTo},
    {"exportCollatexAction", "&CollateX JSON…",
     "Save every version aligned as CollateX's JSON alignment table", "Export CollateX JSON",
     outputWriter(OutputFormat::Collatex).suffix, "JSON files (*.json)",
     "CollateX table saved to %1", true, &ExportActions::exportCollatexTo},
};

} // namespace

ExportActions::ExportActions(ComparisonModel *model, ChangeList *changes, ShownView shown,
                             QWidget *window)
    : QObject(window), m_model(model), m_changes(changes), m_shown(std::move(shown)),
      m_window(window) {
    for (const Format &f : kFormats) {
        auto *a = new QAction(tr(f.text), this);
        a->setObjectName(QLatin1String(f.objectName));
        a->setStatusTip(tr(f.statusTip));
        connect(a, &QAction::triggered, this, [this, &f] { exportAs(f); });
        m_exportActs.append(a);
    }

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
    connect(m_copyChangesAct, &QAction::triggered, this, &ExportActions::copySelectedChanges);
}

QString ExportActions::exportTitle() const {
    if (showsAllVersions(m_shown().view)) {
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

QString ExportActions::suggestedPath(const QString &suffix) const {
    QString dir = QSettings().value(QStringLiteral("exportDir")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = QStringLiteral("storydiff-report");
    if (const auto c = m_model->comparison())
        name = QFileInfo(c->a.path).completeBaseName() + QStringLiteral("-vs-") +
               QFileInfo(c->b.path).completeBaseName();
    return dir + QLatin1Char('/') + name + suffix;
}

bool ExportActions::exportHtmlTo(const QString &path, QString *error) {
    const QByteArray html = exporter::reportHtml(*m_model);
    if (html.isEmpty()) {
        *error = tr("There is nothing to export yet: open two or more versions.");
        return false;
    }
    return exporter::writeFile(path, html, error, exporter::inputPaths(*m_model));
}

bool ExportActions::exportCollationTo(const QString &path, OutputFormat format, QString *error) {
    const QByteArray data = exporter::collationExport(*m_model, format);
    if (data.isEmpty()) {
        *error = tr("There is nothing to export yet: open two or more versions.");
        return false;
    }
    return exporter::writeFile(path, data, error, exporter::inputPaths(*m_model));
}

bool ExportActions::exportTeiTo(const QString &path, QString *error) {
    return exportCollationTo(path, OutputFormat::Tei, error);
}

bool ExportActions::exportCollatexTo(const QString &path, QString *error) {
    return exportCollationTo(path, OutputFormat::Collatex, error);
}

std::unique_ptr<QTextDocument> ExportActions::printableView() const {
    const Shown shown = m_shown();
    exporter::PrintSource src;
    src.comparison = m_model->comparison();
    src.filter = m_model->filter();
    src.view = shown.view;
    src.shown = shown.document;
    if (showsAllVersions(shown.view))
        src.multi = m_model->multi();
    src.title = exportTitle();
    return exporter::printDocument(src, exporter::printTheme());
}

bool ExportActions::exportPdfTo(const QString &path, QString *error) {
    if (!m_model->comparison() && !m_model->multi()) {
        *error = tr("There is nothing to export yet: open two or more versions.");
        return false;
    }
    const auto doc = printableView();
    return exporter::writePdf(path, doc.get(), exportTitle(), error,
                              exporter::inputPaths(*m_model));
}

void ExportActions::exportAs(const Format &format) {
    const QString path = QFileDialog::getSaveFileName(m_window, tr(format.dialogTitle),
                                                      suggestedPath(QLatin1String(format.suffix)),
                                                      tr(format.fileFilter));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("exportDir"), QFileInfo(path).absolutePath());
    QString error;
    if (format.slow)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = (this->*format.write)(path, &error);
    if (format.slow)
        QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(m_window, tr("Export failed"), error);
        return;
    }
    Q_EMIT message(tr(format.savedMessage).arg(path), 5000);
}

void ExportActions::printView(bool preview) {
    if (!m_model->comparison() && !m_model->multi()) {
        Q_EMIT message(tr("Nothing to print yet: open two or more versions."), 5000);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(exportTitle());
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // Built once: the preview repaints on every zoom and page-setup change.
    const auto doc = printableView();
    const QString title = exportTitle();
    if (preview) {
        QPrintPreviewDialog dlg(&printer, m_window);
        dlg.setWindowTitle(tr("Print Preview — %1").arg(title));
        dlg.resize(900, 1000);
        connect(&dlg, &QPrintPreviewDialog::paintRequested, this,
                [&](QPrinter *p) { exporter::paintPages(doc.get(), p, title); });
        dlg.exec();
        return;
    }
    QPrintDialog dlg(&printer, m_window);
    if (dlg.exec() == QDialog::Accepted)
        exporter::paintPages(doc.get(), &printer, title);
}

void ExportActions::copySelectedChanges() {
    const auto c = m_model->comparison();
    QList<int> indices = m_changes->selectedChanges();
    if (indices.isEmpty() && m_model->currentChange() >= 0)
        indices << m_model->currentChange();
    if (!c || indices.isEmpty()) {
        Q_EMIT message(tr("Select one or more changes in the list to copy them."), 4000);
        return;
    }
    QApplication::clipboard()->setMimeData(
        exporter::changesMimeData(*c, indices, exporter::printTheme()));
    Q_EMIT message(tr("Copied %n change(s)", nullptr, int(indices.size())), 3000);
}

} // namespace sd
