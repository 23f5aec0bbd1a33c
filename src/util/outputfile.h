// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>

class QIODevice;

namespace sd {

// What became of one output. Every front end writes through these functions, so every write
// and the final commit are checked and a failure says why in the system's words
// ("No space left on device"), for "storydiff-cli: FILE: cause" and the GUI's error dialog.
struct OutputStatus {
    QString cause;           // empty: written whole
    bool brokenPipe = false; // the reader went away (EPIPE): nothing to report, as diff does
    bool ok() const { return cause.isEmpty(); }
};

// The cause for refusing to write `output`, or empty. An output that is one of `inputs` (the
// same file after symlinks: same device and inode) would destroy the version it compares.
QString outputConflict(const QString &output, const QStringList &inputs);

// Writes `data` to `path` whole or not at all, refusing any of `inputs`:
//   - a regular file (or a new one) goes through QSaveFile: written beside it, every write
//     checked, renamed over it only when complete, so a full disk keeps the old file;
//   - anything else (a device such as /dev/null, a FIFO, /dev/stdout, /dev/fd/N) is written
//     to directly, never renamed over (that would replace the device node with a file).
OutputStatus writeOutputFile(const QString &path, const QByteArray &data,
                             const QStringList &inputs = {});
// The same, for a writer that streams into the device (QPdfWriter); `fill` returns false when
// it failed. A failure of the device itself is found either way.
OutputStatus writeOutputFile(const QString &path, const std::function<bool(QIODevice &)> &fill,
                             const QStringList &inputs = {});

// The descriptor an output path names when this process already has it open (/dev/stdout,
// /dev/stderr, /dev/fd/N, /proc/self/fd/N with N of one to six digits): written through it, as
// the shell set it up, never reopened or renamed over. -1 for any other path.
int inheritedDescriptor(const QString &path);

// Writes `data` to a stream (standard output) and flushes it, checking both.
OutputStatus writeStream(FILE *stream, const QByteArray &data);

// A file descriptor's writes in full, retried after EINTR; returns 0 or the errno.
int writeAll(int fd, const char *data, qsizetype size);

// Test hook: with STORYDIFF_TEST_DISK_FULL_AFTER=N in the environment every output fails with
// ENOSPC once N bytes of it are written, as a full disk would; -1 without it.
qint64 simulatedDiskSize();

// strerror(err) as a QString.
QString errnoText(int err);

} // namespace sd
