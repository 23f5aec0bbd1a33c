// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the GUI tests of three or more versions (tst_gui_multi, tst_gui_multi_export): the
// three drafts they open and the steps to show them.

#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace multitest {

inline void initApp(const char *name) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StoryDiffTest"));
    QApplication::setApplicationName(QLatin1String(name));
}

inline QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

// v2 edits paragraph 2 and adds one; v3 keeps v2's edit and changes paragraph 4, so the
// table has a row where v2 and v3 agree against v1 and one where only v3 differs.
inline QStringList writeDrafts(const QTemporaryDir &dir) {
    QByteArray v1, v2, v3;
    for (int i = 1; i <= 12; ++i) {
        const QByteArray p = "Paragraph " + QByteArray::number(i) +
                             " says that the council met on Monday in the old town hall and "
                             "talked until the lamps were lit.\n\n";
        QByteArray p2 = p, p3 = p;
        if (i == 2)
            p2 = p3 = QByteArray(p).replace("council", "board");
        if (i == 4)
            p3 = QByteArray(p).replace("Monday", "Tuesday evening");
        v1 += p;
        v2 += p2;
        v3 += p3;
        if (i == 7) {
            v2 += "A new paragraph about the mayor arrives in the second draft.\n\n";
            v3 += "A new paragraph about the mayor arrives in the second draft.\n\n";
        }
    }
    return {write(dir, QStringLiteral("draft-1.txt"), v1),
            write(dir, QStringLiteral("draft-2.txt"), v2),
            write(dir, QStringLiteral("draft-3.txt"), v3)};
}

inline QAction *action(sd::MainWindow &w, const char *name) {
    return w.findChild<QAction *>(QLatin1String(name));
}

inline void open(sd::MainWindow &w, const QStringList &paths) {
    w.resize(1400, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openFiles(paths);
    QTRY_COMPARE(w.model()->versionCount(), int(paths.size()));
    QTRY_VERIFY(w.model()->comparison() != nullptr);
}

inline void showAll(sd::MainWindow &w) {
    action(w, "allVersionsAction")->trigger();
    QVERIFY(w.isAllVersionsMode());
    QTRY_VERIFY(w.model()->isMultiCurrent());
    QTRY_VERIFY(!w.model()->isBusy());
}

} // namespace multitest
