// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/outputfile.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sd {
namespace {

constexpr qint64 kChunk = 1 << 20;

bool statOf(const QString &path, struct stat &st) {
    return ::stat(QFile::encodeName(path).constData(), &st) == 0;
}

} // namespace

int inheritedDescriptor(const QString &path) {
    if (path == QLatin1String("/dev/stdout"))
        return STDOUT_FILENO;
    if (path == QLatin1String("/dev/stderr"))
        return STDERR_FILENO;
    // What ^/(?:dev/fd|proc/self/fd)/(\d{1,6})$ took, without compiling it every run: the
    // prefix, one to six ASCII digits, and at most a line end after them (where $ matches too).
    QStringView rest(path);
    if (rest.endsWith(u'\n'))
        rest.chop(1);
    for (const QLatin1String prefix :
         {QLatin1String("/dev/fd/"), QLatin1String("/proc/self/fd/")}) {
        if (!rest.startsWith(prefix))
            continue;
        const QStringView digits = rest.sliced(prefix.size());
        const bool ascii = std::all_of(digits.begin(), digits.end(),
                                       [](QChar c) { return c >= u'0' && c <= u'9'; });
        return ascii && !digits.isEmpty() && digits.size() <= 6 ? digits.toInt() : -1;
    }
    return -1;
}

namespace {

// Writes `data` in chunks, each checked; false with the device's error set, or `cause`.
bool writeChunks(QIODevice &device, const QByteArray &data, QString &cause) {
    const qint64 disk = simulatedDiskSize();
    for (qint64 at = 0; at < data.size(); at += kChunk) {
        const qint64 n = std::min<qint64>(kChunk, data.size() - at);
        if (disk >= 0 && at + n > disk) {
            cause = errnoText(ENOSPC);
            return false;
        }
        // Through the file's descriptor when it has one: the cause is then the system's own
        // (Qt reports a full disk from an unbuffered QSaveFile as "Unknown error").
        const auto *file = qobject_cast<QFileDevice *>(&device);
        if (file && file->handle() >= 0) {
            if (const int e = writeAll(file->handle(), data.constData() + at, n); e != 0) {
                cause = errnoText(e);
                return false;
            }
        } else if (device.write(data.constData() + at, n) != n) {
            cause = device.errorString();
            return false;
        }
    }
    return true;
}

OutputStatus failed(const QString &cause) {
    return OutputStatus{cause, cause == errnoText(EPIPE)};
}

// What went wrong with a file written through Qt, in the system's words where Qt has none.
QString causeOf(const QFileDevice &file) {
    if (file.error() == QFileDevice::ResourceError)
        return errnoText(ENOSPC);
    return file.errorString();
}

// A device, FIFO or inherited descriptor: written where it is.
OutputStatus writeDirect(const QString &path, int fd,
                         const std::function<bool(QIODevice &, QString &)> &fill) {
    QFile file;
    bool ok = false;
    if (fd >= 0) {
        ok = file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFile::DontCloseHandle);
    } else {
        const int own = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
        if (own < 0)
            return failed(errnoText(errno));
        ok = file.open(own, QIODevice::WriteOnly | QIODevice::Unbuffered, QFile::AutoCloseHandle);
        if (!ok)
            ::close(own);
    }
    if (!ok)
        return failed(file.errorString());
    QString cause;
    if (!fill(file, cause))
        return failed(cause.isEmpty() ? causeOf(file) : cause);
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return failed(causeOf(file));
    return {};
}

// A regular file (or a new one): written beside it and renamed over it only when whole.
OutputStatus writeAtomically(const QString &path,
                             const std::function<bool(QIODevice &, QString &)> &fill) {
    QSaveFile file(path);
    // Unbuffered: each write reaches the kernel at once and its error is that write's (a
    // buffered one surfaces only in commit(), as "Unknown error").
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(file.errorString());
    QString cause;
    if (!fill(file, cause) || file.error() != QFileDevice::NoError) {
        if (cause.isEmpty())
            cause = causeOf(file);
        file.cancelWriting();
        return failed(cause);
    }
    if (!file.commit())
        return failed(causeOf(file));
    return {};
}

OutputStatus writeChecked(const QString &path, const QStringList &inputs,
                          const std::function<bool(QIODevice &, QString &)> &fill) {
    if (const QString conflict = outputConflict(path, inputs); !conflict.isEmpty())
        return {conflict, false};
    const int fd = inheritedDescriptor(path);
    struct stat st {};
    if (fd >= 0 || (statOf(path, st) && !S_ISREG(st.st_mode)))
        return writeDirect(path, fd, fill);
    return writeAtomically(path, fill);
}

} // namespace

qint64 simulatedDiskSize() {
    static const qint64 size =
        qEnvironmentVariableIsSet("STORYDIFF_TEST_DISK_FULL_AFTER")
            ? qEnvironmentVariable("STORYDIFF_TEST_DISK_FULL_AFTER").toLongLong()
            : -1;
    return size;
}

QString errnoText(int err) {
    return QString::fromLocal8Bit(std::strerror(err));
}

QString outputConflict(const QString &output, const QStringList &inputs) {
    struct stat out {};
    if (output.isEmpty() || output == QLatin1String("-") || !statOf(output, out) ||
        !S_ISREG(out.st_mode))
        return {};
    for (const QString &in : inputs) {
        struct stat st {};
        if (in != QLatin1String("-") && statOf(in, st) && st.st_dev == out.st_dev &&
            st.st_ino == out.st_ino)
            return in == output ? QStringLiteral("is one of the inputs; not overwritten")
                                : QStringLiteral("is the input %1; not overwritten").arg(in);
    }
    return {};
}

OutputStatus writeOutputFile(const QString &path, const QByteArray &data,
                             const QStringList &inputs) {
    return writeChecked(path, inputs, [&data](QIODevice &device, QString &cause) {
        return writeChunks(device, data, cause);
    });
}

OutputStatus writeOutputFile(const QString &path, const std::function<bool(QIODevice &)> &fill,
                             const QStringList &inputs) {
    return writeChecked(path, inputs, [&fill](QIODevice &device, QString &cause) {
        const qint64 disk = simulatedDiskSize();
        if (!fill(device))
            return false;
        if (disk >= 0 && device.pos() > disk) {
            cause = errnoText(ENOSPC);
            return false;
        }
        return true;
    });
}

OutputStatus writeStream(FILE *stream, const QByteArray &data) {
    errno = 0;
    const size_t written = std::fwrite(data.constData(), 1, size_t(data.size()), stream);
    if (std::fflush(stream) != 0 || written != size_t(data.size()) || std::ferror(stream)) {
        const int err = errno != 0 ? errno : EIO;
        std::clearerr(stream);
        return failed(errnoText(err));
    }
    return {};
}

int writeAll(int fd, const char *data, qsizetype size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        data += n;
        size -= n;
    }
    return 0;
}

} // namespace sd
