// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliinput.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sd {
namespace {

LoadResult emptyVersion(const QString &shownAs) {
    LoadResult r;
    r.document.path = shownAs;
    r.document.knownWordCount = 0;
    return r;
}

} // namespace

QStringList argumentsFromArgv(int argc, const char *const *argv) {
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(argumentFromBytes(QByteArray(argv[i])));
    return args;
}

LoadResult loadVersion(const QString &argument, const LoadOptions &options, const QString &label) {
    const QString shownAs = label.isEmpty() ? visibleName(argument) : label;
    LoadResult r;
    if (argument == QLatin1String("/dev/null")) {
        r = emptyVersion(shownAs);
    } else if (hasEscapedBytes(argument)) {
        // Qt names files in UTF-8 only: the file is opened by its bytes and read through its
        // descriptor's name in /proc (without blocking: a FIFO is then refused by its type).
        const int fd =
            ::open(argumentToBytes(argument).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            r.document.path = shownAs;
            r.cause = errno == ENOENT ? QStringLiteral("not found")
                                      : QStringLiteral("unreadable (%1)")
                                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return r;
        }
        const QString viaFd = QStringLiteral("/proc/self/fd/%1").arg(fd);
        const QFileInfo info(viaFd);
        r = info.isFile() && info.size() == 0 ? emptyVersion(shownAs)
                                              : loadDocument(viaFd, options);
        ::close(fd);
    } else {
        const QFileInfo info(argument);
        r = info.isFile() && info.size() == 0 ? emptyVersion(shownAs)
                                              : loadDocument(argument, options);
    }
    if (r.empty) // a pipe or device that gave nothing: an empty version, as for diff(1)
        r = emptyVersion(shownAs);
    r.document.path = shownAs;
    return r;
}

} // namespace sd
