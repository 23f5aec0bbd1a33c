// SPDX-License-Identifier: GPL-3.0-or-later
// The exports of three or more versions, driven on the real desktop widgets offscreen: the HTML
// report, PDF, the changes on the clipboard, the collation as TEI and CollateX JSON.
#include "multifixture.h"

#include "export/exporter.h"
#include "pair/changelist.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <unistd.h>

using namespace sd;
using multitest::action;
using multitest::open;
using multitest::showAll;

class TestGuiMultiExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportHtml();
    void exportHtmlUnwritable();
    void exportPdf();
    void copyChanges();
    void exportCollation();

private:
    QTemporaryDir m_dir;
    QStringList m_paths;
};

void TestGuiMultiExport::initTestCase() {
    multitest::initApp("tst_gui_multi_export");
    QVERIFY(m_dir.isValid());
    m_paths = multitest::writeDrafts(m_dir);
    for (const QString &p : m_paths)
        QVERIFY(!p.isEmpty());
}

void TestGuiMultiExport::exportHtml() {
    MainWindow w;
    open(w, m_paths);
    // The pair on screen first, then every version once the all-versions result is there.
    QString error;
    const QString pairPath = m_dir.filePath(QStringLiteral("pair.html"));
    QVERIFY2(w.exportActions()->exportHtmlTo(pairPath, &error), qPrintable(error));
    showAll(w);
    const QString path = m_dir.filePath(QStringLiteral("report.html"));
    QVERIFY2(w.exportActions()->exportHtmlTo(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html"), Qt::CaseInsensitive));
    QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
    QCOMPARE(html.count(QLatin1String("<table")), html.count(QLatin1String("</table>")));
    // It parses: a rich-text reader gets the changed words and every version back out.
    QTextDocument doc;
    doc.setHtml(html);
    const QString text = doc.toPlainText();
    for (const char *want : {"board", "Tuesday evening", "mayor", "draft-1.txt", "draft-3.txt"})
        QVERIFY2(text.contains(QLatin1String(want)), want);
    QVERIFY(html.contains(QLatin1String("All versions aligned")));
}

void TestGuiMultiExport::exportHtmlUnwritable() {
    MainWindow w;
    open(w, m_paths.mid(0, 2));
    QString error;
    // A "folder" that is a file: no user, root included, can write below it.
    QVERIFY(
        !w.exportActions()->exportHtmlTo(m_paths.first() + QStringLiteral("/report.html"), &error));
    QVERIFY2(error.contains(QLatin1String("Cannot write")), qPrintable(error));
    if (::geteuid() != 0) {
        QTemporaryDir ro;
        QVERIFY(QFile::setPermissions(ro.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        error.clear();
        QVERIFY(!w.exportActions()->exportHtmlTo(ro.filePath(QStringLiteral("r.html")), &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        QFile::setPermissions(ro.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    }
}

void TestGuiMultiExport::exportPdf() {
    MainWindow w;
    open(w, m_paths);
    QTRY_VERIFY(!w.model()->isBusy());
    auto check = [this](MainWindow &win, const QString &name) {
        QString error;
        const QString path = m_dir.filePath(name);
        QVERIFY2(win.exportActions()->exportPdfTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 2000);
        QVERIFY(pdf.contains("/Type /Page"));
    };
    check(w, QStringLiteral("side.pdf"));
    action(w, "inlineAction")->trigger();
    check(w, QStringLiteral("inline.pdf"));
    showAll(w);
    check(w, QStringLiteral("all.pdf"));
    // The print document of the table has a row per collation row and a column per version.
    exporter::PrintSource src;
    src.view = exporter::View::AllVersions;
    src.multi = w.model()->multi();
    const auto doc = exporter::printDocument(src, exporter::printTheme());
    QVERIFY(doc->toPlainText().contains(QLatin1String("Tuesday evening")));
}

void TestGuiMultiExport::copyChanges() {
    MainWindow w;
    open(w, m_paths.mid(0, 2));
    QTRY_VERIFY(!w.model()->isBusy());
    ChangeList *list = w.changeList();
    QVERIFY(list->visibleChangeCount() >= 2);
    list->selectAll();
    const QList<int> chosen = list->selectedChanges();
    QCOMPARE(chosen.size(), list->visibleChangeCount());
    action(w, "copyChangesAction")->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    QVERIFY2(mime->text().contains(QStringLiteral("“council” → “board”")),
             qPrintable(mime->text()));
    QVERIFY(mime->text().contains(QLatin1String("mayor")));
    QCOMPARE(mime->text().count(QLatin1Char('\n')), chosen.size());
    QVERIFY(mime->html().contains(QLatin1String("<li>")));
    QVERIFY(mime->html().contains(QLatin1String("board")));
}

// File > Export writes the collation as the CLI's --format tei and --format collatex-json do: the
// same writer, the same bytes for the same versions and base.
void TestGuiMultiExport::exportCollation() {
    MainWindow w;
    open(w, m_paths);
    showAll(w);
    const auto m = w.model()->multi();
    for (const OutputFormat format : {OutputFormat::Tei, OutputFormat::Collatex}) {
        const QString path = m_dir.filePath(QStringLiteral("collation") +
                                            QLatin1String(outputWriter(format).suffix));
        QString error;
        const bool ok = format == OutputFormat::Tei
                            ? w.exportActions()->exportTeiTo(path, &error)
                            : w.exportActions()->exportCollatexTo(path, &error);
        QVERIFY2(ok, qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray expected =
            outputWriter(format).write({m->documents, m->base, m->fromBase, &m->result, {}});
        QCOMPARE(f.readAll(), expected);
        QVERIFY(expected.contains(format == OutputFormat::Tei ? "<listWit>" : "\"witnesses\""));
    }
    QVERIFY(action(w, "exportTeiAction") && action(w, "exportCollatexAction"));
}

QTEST_MAIN(TestGuiMultiExport)
#include "tst_gui_multi_export.moc"
