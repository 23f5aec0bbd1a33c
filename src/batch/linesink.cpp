// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/linesink.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace sd {

namespace {

QString duration(double seconds) {
    const auto s = qint64(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

LineSink::~LineSink() {
    if (m_fd >= 0)
        ::close(m_fd);
}

bool LineSink::open(const QString &path, bool append, QString &error) {
    const QByteArray name = QFile::encodeName(path);
    const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC);
    m_fd = ::open(name.constData(), flags, 0666);
    if (m_fd < 0)
        error = errnoText(errno);
    return m_fd >= 0;
}

bool LineSink::write(const QByteArray &line) {
    const qint64 disk = m_stream ? -1 : simulatedDiskSize();
    m_written += line.size();
    if (disk >= 0 && m_written > disk)
        m_status = OutputStatus{errnoText(ENOSPC), false};
    else if (m_stream)
        m_status = writeStream(m_stream, line);
    else if (const int e = writeAll(m_fd, line.constData(), line.size()); e != 0)
        m_status = OutputStatus{errnoText(e), e == EPIPE};
    return m_status.ok();
}

ProgressLine::ProgressLine(FILE *err, qsizetype total)
    : m_err(err), m_total(total), m_shown(::isatty(fileno(err))),
      m_start(std::chrono::steady_clock::now()), m_last(m_start) {}

ProgressLine::~ProgressLine() {
    if (m_shown)
        std::fprintf(m_err, "\r\033[K");
}

void ProgressLine::tick(qsizetype count) {
    const auto now = std::chrono::steady_clock::now();
    if (!m_shown || now - m_last < std::chrono::milliseconds(200))
        return;
    m_last = now;
    const double secs = std::chrono::duration<double>(now - m_start).count();
    const double rate = secs > 0 ? double(count) / secs : 0;
    const QString eta = rate > 0 ? duration(double(m_total - count) / rate) : QStringLiteral("?");
    std::fprintf(m_err, "\r\033[K%lld/%lld comparisons  %.1f/s  ETA %s",
                 static_cast<long long>(count), static_cast<long long>(m_total), rate,
                 qPrintable(eta));
    std::fflush(m_err);
}

} // namespace sd
