// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/outputfile.h"

#include <QString>

#include <chrono>
#include <cstdio>

namespace sd {

// Where a batch's JSON lines go: a file opened for appending, written with one write() per
// line straight to the kernel (no user-space buffer a kill would lose, no half line a reader
// sees), or a stream flushed after each line.
class LineSink {
public:
    LineSink() = default;
    ~LineSink();
    LineSink(const LineSink &) = delete;
    LineSink &operator=(const LineSink &) = delete;
    bool open(const QString &path, bool append, QString &error);
    void useStream(FILE *stream) { m_stream = stream; }
    const OutputStatus &status() const { return m_status; }
    // Every line is checked: a full disk stops the run with whole lines behind it.
    bool write(const QByteArray &line);

private:
    int m_fd = -1;
    qint64 m_written = 0;
    OutputStatus m_status;
    FILE *m_stream = nullptr;
};

// "\r12/40 comparisons  3.1/s  ETA 0:09" on a terminal, at most five times a second; cleared
// when it goes (before any message is said). Nothing when `err` is not a terminal.
class ProgressLine {
public:
    ProgressLine(FILE *err, qsizetype total);
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;
    void tick(qsizetype count);

private:
    FILE *m_err;
    qsizetype m_total;
    bool m_shown;
    std::chrono::steady_clock::time_point m_start, m_last;
};

} // namespace sd
