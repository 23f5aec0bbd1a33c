// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/comparisonmodel.h"
#include "common/theme.h"
#include "output/writers.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QMimeData;
class QPagedPaintDevice;
class QTextDocument;

namespace sd {

// What File > Export and Print produce, apart from the dialogs (MainWindow asks for the path
// and reports errors), so that tests can drive them without a dialog.
namespace exporter {

// The HTML report of what the model holds: every version against the base when the
// multi-version result is current, otherwise the pair on screen. Empty when nothing is open.
QByteArray reportHtml(const ComparisonModel &model);
// The collation of every open version in `format` (the CLI's writer of that name): the
// model's current result, or, when All versions has not aligned them yet, aligned here.
// Empty with fewer than two versions.
QByteArray collationExport(const ComparisonModel &model, OutputFormat format);

// The files the model compares: an export never writes over one of them.
QStringList inputPaths(const ComparisonModel &model);

// Writes all of `data` or nothing (util/outputfile.h): a read-only folder or a full disk leaves
// any previous file as it was, and one of `inputs` is refused; `error` explains.
bool writeFile(const QString &path, const QByteArray &data, QString *error,
               const QStringList &inputs = {});

// A printable document of the view on screen: the two versions side by side in a two-column
// table (the panes' own highlights), the inline text, the aligned versions or the blame.
enum class View { SideBySide, Inline, AllVersions, Blame };
struct PrintSource {
    View view = View::SideBySide;
    std::shared_ptr<const Comparison> comparison;
    std::shared_ptr<const MultiView> multi;
    CategoryFilter filter;
    const QTextDocument *shown = nullptr; // inline or blame: the document on screen, cloned
    QString title;                        // names the versions, on every page
};
// Paper is white whatever the desktop: the light theme, for printing and PDF.
Theme printTheme();
std::unique_ptr<QTextDocument> printDocument(const PrintSource &source, const Theme &theme);

// Lays `doc` out on the device's pages and paints each with a header (the title and the page
// number), so that a print, a preview and a PDF are the same.
void paintPages(QTextDocument *doc, QPagedPaintDevice *device, const QString &title);

bool writePdf(const QString &path, QTextDocument *doc, const QString &title, QString *error,
              const QStringList &inputs = {});

// The chosen changes as plain text (one a line) and as HTML (a list with the app's colours).
QMimeData *changesMimeData(const Comparison &c, const QList<int> &indices, const Theme &theme);

} // namespace exporter
} // namespace sd
