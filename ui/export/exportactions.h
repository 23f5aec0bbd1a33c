// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QList>
#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace sd {

class ChangeList;

// File > Export (HTML, PDF), Print, Print Preview and Edit > Copy Change(s). The work is in
// exporter.cpp; this class asks for paths, and reports through message() and dialogs.
class ExportActions : public QObject {
    Q_OBJECT
public:
    // The view on screen and the document it shows (inline or blame); the window knows it.
    struct Shown {
        exporter::View view = exporter::View::SideBySide;
        const QTextDocument *document = nullptr;
    };
    using ShownView = std::function<Shown()>;
    struct Format; // one File > Export entry (exportactions.cpp holds the table)
    ExportActions(ComparisonModel *model, ChangeList *changes, ShownView shown, QWidget *window);

    // The window's current tab: what is exported from now on.
    void setSource(ComparisonModel *model, ChangeList *changes) {
        m_model = model;
        m_changes = changes;
    }
    const QList<QAction *> &exportActions() const { return m_exportActs; } // File > Export
    QAction *printAction() const { return m_printAct; }
    QAction *previewAction() const { return m_previewAct; }
    QAction *copyChangesAction() const { return m_copyChangesAct; }

    // Without their dialogs, for the menu and the tests.
    bool exportHtmlTo(const QString &path, QString *error);
    bool exportTeiTo(const QString &path, QString *error);
    bool exportCollatexTo(const QString &path, QString *error);
    bool exportPdfTo(const QString &path, QString *error);
    void copySelectedChanges();

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    void exportAs(const Format &format);
    bool exportCollationTo(const QString &path, OutputFormat format, QString *error);
    void printView(bool preview);
    QString exportTitle() const;
    QString suggestedPath(const QString &suffix) const;
    std::unique_ptr<QTextDocument> printableView() const;

    ComparisonModel *m_model;
    ChangeList *m_changes;
    ShownView m_shown;
    QWidget *m_window; // the dialogs' parent
    QList<QAction *> m_exportActs;
    QAction *m_printAct = nullptr, *m_previewAct = nullptr, *m_copyChangesAct = nullptr;
};

} // namespace sd
