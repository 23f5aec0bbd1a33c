// The behaviour half of MainWindow: reacting to the model, navigation, files, settings.
#include "allversionsview.h"
#include "changelist.h"
#include "inlineview.h"
#include "legendbar.h"
#include "linkpolicy.h"
#include "mainwindow.h"
#include "sidebysideview.h"
#include "timelinebar.h"

#include "output/textwriter.h"
#include "util/credits.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace sd {

namespace {
constexpr int kMaxRecent = 10;
}

bool MainWindow::isInlineMode() const {
    return m_stack->currentWidget() == m_inline;
}

bool MainWindow::isAllVersionsMode() const {
    return m_stack->currentWidget() == m_all;
}

void MainWindow::openFiles(const QStringList &paths) {
    if (paths.isEmpty())
        return;
    m_model->addFiles(paths);
    QStringList real;
    for (const QString &p : paths)
        if (!p.startsWith(QLatin1String(":/")))
            real << QFileInfo(p).absoluteFilePath();
    addRecent(real);
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
    m_model->addFiles(paths);
}

void MainWindow::showComparison() {
    const auto c = m_model->comparison();
    const CategoryFilter filter = m_model->filter();
    // Only the visible view is built at once; the other is built when switched to.
    if (isAllVersionsMode()) {
        m_inline->setComparison(nullptr, m_theme, filter);
        m_sideBySide->setComparison(nullptr, m_theme, filter);
    } else if (isInlineMode()) {
        m_inline->setComparison(c, m_theme, filter);
        m_sideBySide->setComparison(nullptr, m_theme, filter);
    } else {
        m_sideBySide->setComparison(c, m_theme, filter);
        m_inline->setComparison(nullptr, m_theme, filter);
    }
    m_changes->setComparison(c, m_theme, filter);
    if (c) {
        setWindowTitle(tr("%1 ↔ %2 — StoryDiff")
                           .arg(QFileInfo(c->a.path).fileName(), QFileInfo(c->b.path).fileName()));
    } else {
        setWindowTitle(tr("StoryDiff"));
    }
    updateStatus();
    const int cur = m_model->currentChange();
    if (cur >= 0) {
        m_flashNext = false;
        onCurrentChange(cur);
    }
}

void MainWindow::onCurrentChange(int index) {
    // The all-versions table has rows, not changes; only the change list follows there.
    if (isInlineMode())
        m_inline->showChange(index, m_flashNext);
    else if (!isAllVersionsMode())
        m_sideBySide->showChange(index, m_flashNext);
    m_flashNext = true;
    m_changes->setCurrentChange(index);
    updateStatus();
}

void MainWindow::step(int direction) {
    if (isAllVersionsMode()) {
        m_all->step(direction);
        return;
    }
    int next = m_model->nextVisibleChange(m_model->currentChange(), direction);
    if (next < 0) {
        statusBar()->showMessage(direction > 0 ? tr("No more changes below; wrapped to the first")
                                               : tr("No more changes above; wrapped to the last"),
                                 3000);
        next = m_model->nextVisibleChange(-1, direction);
    }
    if (next >= 0)
        m_model->setCurrentChange(next);
}

void MainWindow::onOptionToggled() {
    CompareOptions o;
    o.ignoreCase = m_ignoreCase->isChecked();
    o.ignorePunctuation = m_ignorePunct->isChecked();
    o.ignoreTypography = m_ignoreTypo->isChecked();
    o.ignoreFormatting = m_ignoreFormat->isChecked();
    o.ignoreLinks = m_ignoreLinks->isChecked();
    m_model->setOptions(o);
}

void MainWindow::onFilterToggled() {
    CategoryFilter f;
    for (int c = 0; c < kCategoryCount; ++c)
        f.setShown(Category(c), m_filterActs[c]->isChecked());
    m_model->setFilter(f);
}

void MainWindow::updateStatus() {
    if (isAllVersionsMode() && m_model->versionCount() >= 3) {
        const auto multi = m_model->multi();
        m_statsLabel->setText(
            multi ? tr("%n versions aligned on %1  ·  F7 / Shift+F7: next / previous place where "
                       "they differ  ·  click a row for every reading",
                       nullptr, int(multi->labels.size()))
                        .arg(multi->labels.value(multi->base))
                  : QString());
        m_statsLabel->setToolTip(QString());
        m_nextAct->setEnabled(bool(multi));
        m_prevAct->setEnabled(bool(multi));
        return;
    }
    const auto c = m_model->comparison();
    if (!c) {
        m_statsLabel->setText(m_model->versionCount() < 2
                                  ? tr("Drop two or more versions of a story here, or use File ▸ Open.")
                                  : QString());
        m_nextAct->setEnabled(false);
        m_prevAct->setEnabled(false);
        return;
    }
    const ComparisonStats &s = c->stats;
    QString text = tr("Similarity %1%  ·  %2 words inserted, %3 deleted, %4 replaced  ·  "
                      "links +%5 −%6 ~%7  ·  %8 moved, %9 split/merged")
                       .arg(qRound(c->similarity * 100))
                       .arg(s.insertedWords)
                       .arg(s.deletedWords)
                       .arg(s.replacedWords)
                       .arg(s.linksAdded)
                       .arg(s.linksRemoved)
                       .arg(s.linksChanged)
                       .arg(s.movedBlocks)
                       .arg(s.splitBlocks + s.mergedBlocks);
    const int cur = m_model->currentChange();
    if (cur >= 0)
        text = tr("Change %1 of %2  ·  ").arg(cur + 1).arg(c->changes.size()) + text;
    m_statsLabel->setText(text);
    m_statsLabel->setToolTip(statsSummary(*c));
    const bool any = m_model->nextVisibleChange(-1, 1) >= 0;
    m_nextAct->setEnabled(any);
    m_prevAct->setEnabled(any);
}

void MainWindow::updateOtherSelector() {
    m_otherSelector->clear();
    for (int i = 0; i < m_model->versionCount(); ++i) {
        if (i == m_model->baseIndex())
            continue;
        m_otherSelector->addItem(m_model->versionLabel(i), i);
        if (i == m_model->otherIndex())
            m_otherSelector->setCurrentIndex(m_otherSelector->count() - 1);
    }
    m_otherSelector->setEnabled(m_otherSelector->count() > 1);
    updateStatus();
}

void MainWindow::setInlineMode(bool on) {
    (on ? m_inlineAct : m_sideAct)->setChecked(true);
}

void MainWindow::applyViewMode() {
    QWidget *page = m_allAct->isChecked()      ? static_cast<QWidget *>(m_all)
                    : m_inlineAct->isChecked() ? static_cast<QWidget *>(m_inline)
                                               : m_sideBySide;
    m_stack->setCurrentWidget(page);
    // The timeline steps through pairs; it belongs to the two-version views.
    if (page == m_all && m_timelineAct->isChecked())
        m_timelineAct->setChecked(false);
    showComparison();
}

void MainWindow::setTimelineMode(bool on) {
    m_timeline->setVisible(on);
    if (!on)
        return;
    if (isAllVersionsMode())
        m_sideAct->setChecked(true);
    if (m_timeline->step() < 0)
        m_timeline->setStep(0);
}

void MainWindow::showLoadErrors() {
    if (m_pendingErrors.isEmpty())
        return;
    // Not modal: the other versions stay usable, and tests can find and close the box.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not open a version"),
                                m_pendingErrors.size() == 1
                                    ? tr("This file could not be opened:")
                                    : tr("These files could not be opened:"),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("loadErrorBox"));
    box->setInformativeText(m_pendingErrors.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    m_pendingErrors.clear();
    box->show();
}

void MainWindow::openLink(const QString &href) {
    if (!isOpenableLink(href)) {
        statusBar()->showMessage(tr("Not opened: only web (http, https) links can be opened."),
                                 5000);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Open link"), tr("Open this address in your web browser?\n\n%1").arg(href),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl(href));
}

DiffPane *MainWindow::activePane() const {
    if (isInlineMode())
        return m_inline;
    if (m_lastFocused == m_sideBySide->leftPane())
        return m_sideBySide->leftPane();
    return m_sideBySide->rightPane();
}

void MainWindow::findInPanes(bool backwards) {
    const QString needle = m_searchEdit->text();
    if (needle.isEmpty()) {
        m_searchBar->show();
        m_searchEdit->setFocus();
        return;
    }
    // Search the active pane first, then the other one, so a word only in the base is found.
    QList<DiffPane *> panes{activePane()};
    if (!isInlineMode())
        panes << (panes.first() == m_sideBySide->leftPane() ? m_sideBySide->rightPane()
                                                             : m_sideBySide->leftPane());
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward
                                                     : QTextDocument::FindFlags();
    for (DiffPane *p : panes) {
        if (p->find(needle, flags)) {
            m_lastFocused = p;
            m_searchEdit->setStyleSheet(QString());
            return;
        }
        // Wrap around once in this pane.
        QTextCursor c = p->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        p->setTextCursor(c);
        if (p->find(needle, flags)) {
            m_lastFocused = p;
            m_searchEdit->setStyleSheet(QString());
            statusBar()->showMessage(tr("Search wrapped"), 2000);
            return;
        }
    }
    m_searchEdit->setStyleSheet(QStringLiteral("QLineEdit { background: %1; }")
                                    .arg(m_theme.highlight(ChangeKind::Delete).name()));
    statusBar()->showMessage(tr("“%1” not found").arg(needle), 3000);
}

void MainWindow::addRecent(const QStringList &paths) {
    if (paths.isEmpty())
        return;
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &p : paths) {
        recent.removeAll(p);
        recent.prepend(p);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    s.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &p : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(p).fileName());
        a->setToolTip(p);
        a->setStatusTip(p);
        connect(a, &QAction::triggered, this, [this, p] { openFiles({p}); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            rebuildRecentMenu();
        });
    }
}

void MainWindow::readSettings() {
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    const QList<QPair<QAction *, QString>> toggles = {
        {m_ignoreCase, QStringLiteral("options/ignoreCase")},
        {m_ignorePunct, QStringLiteral("options/ignorePunctuation")},
        {m_ignoreTypo, QStringLiteral("options/ignoreTypography")},
        {m_ignoreFormat, QStringLiteral("options/ignoreFormatting")},
        {m_ignoreLinks, QStringLiteral("options/ignoreLinks")}};
    for (const auto &[a, key] : toggles)
        a->setChecked(s.value(key, false).toBool());
    const quint32 hidden = s.value(QStringLiteral("view/hiddenCategories"), 0u).toUInt();
    for (int c = 0; c < kCategoryCount; ++c)
        m_filterActs[c]->setChecked(!(hidden & (1u << c)));
    if (s.value(QStringLiteral("view/allVersions"), false).toBool())
        m_allAct->setChecked(true);
    else if (s.value(QStringLiteral("view/inline"), false).toBool())
        m_inlineAct->setChecked(true);
    rebuildRecentMenu();
}

void MainWindow::writeSettings() const {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("options/ignoreCase"), m_ignoreCase->isChecked());
    s.setValue(QStringLiteral("options/ignorePunctuation"), m_ignorePunct->isChecked());
    s.setValue(QStringLiteral("options/ignoreTypography"), m_ignoreTypo->isChecked());
    s.setValue(QStringLiteral("options/ignoreFormatting"), m_ignoreFormat->isChecked());
    s.setValue(QStringLiteral("options/ignoreLinks"), m_ignoreLinks->isChecked());
    s.setValue(QStringLiteral("view/hiddenCategories"), m_model->filter().hiddenMask());
    s.setValue(QStringLiteral("view/inline"), isInlineMode());
    s.setValue(QStringLiteral("view/allVersions"), isAllVersionsMode());
}

void MainWindow::showOpenDialog() {
    const QString dir = QSettings().value(QStringLiteral("lastDir")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Versions"), dir,
        tr("Stories (*.txt *.md *.markdown *.html *.htm *.docx *.odt *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(files.first()).absolutePath());
    openFiles(files);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About StoryDiff"),
                       tr("<h3>StoryDiff %1</h3><p>Compares versions of a story word by word: "
                          "inserted, deleted and moved text, split and merged paragraphs, "
                          "links, formatting and typography.</p>")
                               .arg(QApplication::applicationVersion()) +
                           creditsHtml());
}

void MainWindow::applyTheme() {
    m_theme = Theme::fromPalette(palette());
    m_legend->setTheme(m_theme);
    m_all->setTheme(m_theme);
    showComparison();
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
    openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event) {
    // Follow the desktop when it switches between light and dark.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange) {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        if (dark != m_theme.isDark())
            applyTheme();
    }
    QMainWindow::changeEvent(event);
}

} // namespace sd
