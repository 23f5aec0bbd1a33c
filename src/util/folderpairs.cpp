// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/folderpairs.h"

#include "util/filenamebytes.h"

#include <QFile>

#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace sd {
namespace {

using DirId = std::pair<dev_t, ino_t>;

// Walks by bytes (readdir, not QDir): a name that is not UTF-8 is kept byte for byte, so it
// can be opened again. `above` holds the folders on the way down, so that a symbolic link
// back up does not loop.
void collect(const QByteArray &dir, const QString &prefix, std::vector<DirId> &above,
             QStringList &out) {
    DIR *d = ::opendir(dir.constData());
    if (!d)
        return;
    while (const dirent *entry = ::readdir(d)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray full = dir + '/' + name;
        struct stat st;
        if (::stat(full.constData(), &st) != 0)
            continue;
        const QString rel = prefix + argumentFromBytes(name);
        if (S_ISREG(st.st_mode)) {
            out.append(rel);
        } else if (S_ISDIR(st.st_mode) && name != ".git") {
            const DirId id{st.st_dev, st.st_ino};
            if (std::find(above.begin(), above.end(), id) != above.end())
                continue;
            above.push_back(id);
            collect(full, rel + QLatin1Char('/'), above, out);
            above.pop_back();
        }
    }
    ::closedir(d);
}

// The whole file, opened by the bytes of its name; empty with ok false when unreadable.
QByteArray readWhole(const QString &path, bool &ok) {
    QFile f;
    const int fd = ::open(argumentToBytes(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    ok = fd >= 0 && f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    if (fd >= 0 && !ok)
        ::close(fd);
    return ok ? f.readAll() : QByteArray();
}

} // namespace

QStringList relativeFiles(const QString &dir) {
    QStringList files;
    std::vector<DirId> above;
    struct stat st;
    const QByteArray root = argumentToBytes(dir);
    if (::stat(root.constData(), &st) == 0)
        above.push_back({st.st_dev, st.st_ino});
    collect(root, QString(), above, files);
    std::sort(files.begin(), files.end());
    return files;
}

QString joinedPath(const QString &dir, const QString &relative) {
    return dir.endsWith(QLatin1Char('/')) ? dir + relative : dir + QLatin1Char('/') + relative;
}

std::optional<std::pair<QString, QString>> firstChangedPair(const QString &dirA,
                                                            const QString &dirB) {
    const QStringList inB = relativeFiles(dirB);
    for (const QString &rel : relativeFiles(dirA)) {
        if (!std::binary_search(inB.begin(), inB.end(), rel))
            continue;
        const QString a = joinedPath(dirA, rel), b = joinedPath(dirB, rel);
        bool okA = false, okB = false;
        if (readWhole(a, okA) != readWhole(b, okB) || !okA || !okB)
            return std::pair{a, b};
    }
    return std::nullopt;
}

} // namespace sd
