// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// A line of an earlier run's output: what resuming keeps of it.
struct DoneLine {
    QString a, b;
    double similarity = 0;
    bool changed = false;
    QStringList options; // as optionNames() gives them
};

// One of our own JSON lines, read back: false when it is not a comparison line.
bool parseDoneLine(const QByteArray &line, DoneLine &done);

// Reads the lines an earlier run left in `path` (none when it does not exist). A last line
// without its line break (a run killed mid-write on a file system that split the write) is cut
// off, so appending stays valid. What it noticed goes to `notes` ("PATH: ..."); false when the
// file cannot be resumed.
bool readDoneLines(const QString &path, QList<DoneLine> &lines, QStringList &notes);

} // namespace sd
