// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the half that opens things: files into a tab (a new one, added to the current set
// or instead of it), folders into a folder tab, drops and Open Recent with the choice between
// them, and what Open Recent remembers.
#include "window/mainwindow.h"

#include "folder/folderview.h"
#include "window/comparisonpage.h"
#include "window/optionactions.h"
#include "window/recentfiles.h"
#include "window/viewmodeactions.h"

#include "readers/formats.h"
#include "util/temporarypath.h"

#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace sd {

namespace {

// What Open Recent keeps: real files that are not temporary copies (git difftool's).
bool rememberable(const QString &path) {
    return QFileInfo(path).isFile() && !path.startsWith(QLatin1String(":/")) &&
           !isTemporaryCopy(path);
}

} // namespace

void MainWindow::openFiles(const QStringList &paths, const QStringList &labels, bool remember,
                           OpenMode mode) {
    QStringList files, fileLabels, folders;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (const BatchOutputs outputs = locateBatchOutputs(paths.at(i)); outputs.found()) {
            openBatchResults(outputs);
        } else if (QFileInfo(paths.at(i)).isDir()) {
            folders << paths.at(i);
        } else {
            files << paths.at(i);
            fileLabels << labels.value(i);
        }
    }
    if (!files.isEmpty())
        openFilesInTab(files, fileLabels, remember, mode);
    if (!folders.isEmpty())
        openFolders(folders); // after the files: they go to the tab that was current
}

void MainWindow::openFilesInTab(const QStringList &files, const QStringList &fileLabels,
                                bool remember, OpenMode mode) {
    ComparisonPage *page = currentPage();
    const bool empty = page && page->model()->versionCount() == 0 && !page->model()->isBusy();
    if (!page || (mode == OpenMode::NewTab && !empty)) {
        page = newComparison();
    } else if (mode == OpenMode::Replace && !empty) {
        const int at = m_tabs->currentIndex();
        page = newComparison();
        m_tabs->tabBar()->moveTab(m_tabs->indexOf(page), at + 1);
        closeTab(at);
        m_tabs->setCurrentWidget(page);
    }
    if (!remember)
        for (const QString &f : files)
            m_unremembered.insert(QFileInfo(f).absoluteFilePath());
    const QStringList refused = page->model()->addFiles(files, fileLabels);
    if (!refused.isEmpty()) {
        QStringList names;
        for (const QString &r : refused)
            names << QFileInfo(r).fileName();
        statusBar()->showMessage(
            tr("Already in this comparison, not added again: %1", nullptr, int(names.size()))
                .arg(names.join(QStringLiteral(", "))),
            6000);
    }
}

// Open Recent keeps the set a tab has once its files are read (added ones too).
void MainWindow::rememberSet(ComparisonPage *page) {
    QStringList set;
    for (const QString &s : page->sources()) {
        const QString absolute = QFileInfo(s).absoluteFilePath();
        if (rememberable(s) && !m_unremembered.contains(absolute))
            set << absolute;
    }
    m_recent->add(set);
}

void MainWindow::openFolders(const QStringList &folders) {
    addFolderTab(new FolderView(folders, m_options->options()));
}

void MainWindow::openBatchResults(const BatchOutputs &outputs) {
    addFolderTab(new FolderView(outputs));
}

void MainWindow::addFolderTab(FolderView *view) {
    connect(view, &FolderView::compareRequested, this, [this](const QStringList &paths) {
        if (paths.size() < 2)
            return;
        openFiles(paths, {}, true, OpenMode::NewTab);
        m_viewModes->setMode(paths.size() > 2 ? ViewMode::AllVersions : ViewMode::SideBySide);
    });
    // An empty comparison tab gives way to the folder, as it would to files.
    ComparisonPage *empty = currentPage();
    if (empty && (empty->model()->versionCount() > 0 || empty->model()->isBusy()))
        empty = nullptr;
    addPageTab(view, view->title());
    if (empty)
        closeTab(m_tabs->indexOf(empty));
    updateTitles();
}

void MainWindow::offerOpenChoice(const QStringList &paths, const QPoint &globalPos) {
    if (paths.isEmpty())
        return;
    bool anyFile = false;
    for (const QString &p : paths)
        anyFile = anyFile || !QFileInfo(p).isDir();
    if (!model() || model()->versionCount() == 0 || !anyFile) {
        openFiles(paths, {}, true, model() ? OpenMode::Add : OpenMode::NewTab);
        return;
    }
    m_choiceMenu->clear();
    const struct {
        const char *name;
        QString text;
        OpenMode mode;
    } choices[] = {
        {"openInNewTab", tr("Compare in a New Tab"), OpenMode::NewTab},
        {"openAdd", tr("Add as Versions"), OpenMode::Add},
        {"openReplace", tr("Replace the Current Versions"), OpenMode::Replace},
    };
    for (const auto &c : choices) {
        QAction *a = m_choiceMenu->addAction(c.text);
        a->setObjectName(QLatin1String(c.name));
        connect(a, &QAction::triggered, this,
                [this, paths, mode = c.mode] { openFiles(paths, {}, true, mode); });
    }
    m_choiceMenu->popup(globalPos); // not exec(): the drop returns at once
}

void MainWindow::openSample() {
    QStringList paths;
    for (const char *name : {"story-v1.txt", "story-v2.md", "story-v3.md"}) {
        const QString p = QStringLiteral(":/samples/") + QLatin1String(name);
        if (QFileInfo::exists(p))
            paths << p;
    }
    if (paths.isEmpty())
        statusBar()->showMessage(tr("The sample story is not bundled in this build."), 5000);
    openFiles(paths, {}, false, OpenMode::NewTab);
}

void MainWindow::showOpenDialog(OpenMode mode) {
    const QString dir = QSettings().value(QStringLiteral("lastDir")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, mode == OpenMode::Add ? tr("Add Versions") : tr("Open Versions"), dir,
        tr("Stories (%1);;All files (*)").arg(storyFilePatterns()));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(files.first()).absolutePath());
    openFiles(files, {}, true, mode);
}

void MainWindow::showFolderDialog() {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open Folder"), QSettings().value(QStringLiteral("lastDir")).toString());
    if (dir.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), dir);
    openFolders({dir});
}

void MainWindow::showBatchResultsDialog() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Batch Results"), QSettings().value(QStringLiteral("lastDir")).toString(),
        tr("Batch outputs (*.jsonl *.ndjson *.json *.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(file).absolutePath());
    const BatchOutputs outputs = locateBatchOutputs(file);
    if (outputs.found())
        openBatchResults(outputs);
    else
        statusBar()->showMessage(
            tr("%1 holds no storydiff-cli --batch output (JSON lines or clusters CSV), nor is "
               "one next to it.")
                .arg(QFileInfo(file).fileName()),
            8000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    offerOpenChoice(paths, mapToGlobal(event->position().toPoint()));
}

} // namespace sd
