// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Zip archives built by tests (DOCX and ODT files are zips of XML parts), with QuaZip.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

struct ZipEntry {
    QString name;
    QByteArray data;
    bool stored = false; // no compression (an ODF "mimetype" entry must be stored)
    qint64 repeat = 1;   // the data written this many times (a zip bomb without the memory)
};

// Writes the entries into a zip in a temporary directory and returns its bytes.
inline QByteArray makeZip(const QList<ZipEntry> &entries) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const ZipEntry &e : entries) {
        QuaZipFile f(&zip);
        constexpr int deflated = 8; // Z_DEFLATED
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(e.name), nullptr, 0,
                    e.stored ? 0 : deflated, e.stored ? 0 : 6))
            return {};
        for (qint64 i = 0; i < e.repeat; ++i)
            f.write(e.data);
        f.close();
    }
    zip.close();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
