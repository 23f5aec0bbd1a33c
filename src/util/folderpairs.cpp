// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/folderpairs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace sd {

QStringList relativeFiles(const QString &dir) {
    const QDir root(dir);
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        const QString rel = root.relativeFilePath(it.next());
        if (rel.startsWith(QLatin1String(".git/")) || rel.contains(QLatin1String("/.git/")))
            continue;
        files.append(rel);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<std::pair<QString, QString>> firstChangedPair(const QString &dirA,
                                                            const QString &dirB) {
    const QStringList inB = relativeFiles(dirB);
    for (const QString &rel : relativeFiles(dirA)) {
        if (!std::binary_search(inB.begin(), inB.end(), rel))
            continue;
        QFile a(QDir(dirA).filePath(rel)), b(QDir(dirB).filePath(rel));
        if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) ||
            a.readAll() != b.readAll())
            return std::pair{a.fileName(), b.fileName()};
    }
    return std::nullopt;
}

} // namespace sd
