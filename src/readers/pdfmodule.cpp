// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/pdfmodule.h"

#include <QFile>
#include <QFileInfo>

#include <dlfcn.h>
#include <mutex>

namespace sd {
namespace {

// Where the module is: LIBEXECDIR/storydiff beside the executable's bin/ (installed), or the same
// relative place in the build tree, where every executable is one folder below the top.
QString modulePath() {
    const QString exe = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return QFileInfo(exe).absolutePath() +
           QStringLiteral("/../" STORYDIFF_PDF_MODULE_DIR "/storydiff-pdf.so");
}

struct LoadedModule {
    const Reader *reader = nullptr;
    QString cause; // why there is no reader
};

LoadedModule loadModule() {
    LoadedModule m;
    const QString path = QFileInfo(modulePath()).absoluteFilePath();
    void *handle = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = ::dlerror();
        m.cause = QStringLiteral("PDF support is not installed (%1)")
                      .arg(why ? QString::fromLocal8Bit(why) : path);
        return m;
    }
    // The module stays loaded until the process ends: its reader is a static of its own.
    const auto entry = reinterpret_cast<PdfModuleEntry>(::dlsym(handle, kPdfModuleEntryName));
    m.reader = entry ? entry(kPdfModuleAbi) : nullptr;
    if (!m.reader)
        m.cause =
            QStringLiteral("PDF support does not match this version of StoryDiff (%1)").arg(path);
    return m;
}

} // namespace

bool PdfModuleReader::read(const QByteArray &bytes, Document &doc, QString &error) const {
    static std::once_flag once;
    static LoadedModule module;
    std::call_once(once, [] { module = loadModule(); });
    if (!module.reader) {
        error = module.cause;
        return false;
    }
    return module.reader->read(bytes, doc, error);
}

} // namespace sd
