// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-executable side of every fuzz target: replays files and directories of inputs
// through the target's LLVMFuzzerTestOneInput, so that the regression corpus runs on every
// ctest (with gcc, and under ASan/UBSan in CI) without libFuzzer.
//
//   replay_<target> PATH...   each PATH a file or a directory (read recursively, dot files
//                             skipped); a missing PATH is skipped (regressions/ may be empty)
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replayFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    // Printed before the run, so that a crash names its input.
    std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(path),
                 static_cast<long long>(bytes.size()));
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                           size_t(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char **argv) {
    int replayed = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        if (info.isFile()) {
            ok = replayFile(path) && ok;
            ++replayed;
            continue;
        }
        QStringList files;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!it.fileName().startsWith(QLatin1Char('.')))
                files.append(file);
        }
        files.sort(); // the same order on every run
        for (const QString &file : files) {
            ok = replayFile(file) && ok;
            ++replayed;
        }
    }
    std::printf("replayed %d inputs\n", replayed);
    return ok ? 0 : 1;
}
