// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the window's GUI tests (tst_gui_window, tst_gui_window_folders): stories to compare,
// files to write, drops and waiting for the model.

#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace windowtest {

// `bytes` as the file `name` (folders made as needed) in `dir`; its path, empty on failure.
inline QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

// A story whose words depend on `seed`: the same seed gives the same text (a copy); half of
// the words carry a suffix of the seed, so stories of different seeds share little.
inline QByteArray story(int seed, int paragraphs = 12) {
    static const char *words[] = {"river",  "mill",    "fox",    "bridge", "lantern", "orchard",
                                  "winter", "harbour", "letter", "violin", "garden",  "storm"};
    QByteArray suffix;
    suffix.append(char('a' + seed % 26)).append(char('a' + seed / 26 % 26));
    QByteArray text;
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int p = 0; p < paragraphs; ++p) {
        for (int w = 0; w < 40; ++w) {
            x = x * 1103515245u + 12345u;
            const quint32 pick = (x >> 16) % 24;
            text += words[pick % 12];
            if (pick >= 12)
                text += suffix;
            text += w == 39 ? ".\n\n" : " ";
        }
    }
    return text;
}

inline void waitIdle(sd::MainWindow &w) {
    QTRY_VERIFY_WITH_TIMEOUT(w.model() && !w.model()->isBusy(), 20000);
}

inline void drop(sd::MainWindow &w, const QStringList &paths) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent event(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &event);
    QVERIFY(event.isAccepted());
}

} // namespace windowtest
