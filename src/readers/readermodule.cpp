// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/readermodule.h"

#include <QFile>
#include <QFileInfo>

#include <dlfcn.h>
#include <mutex>

namespace sd {
namespace {

struct ModuleSpec {
    const char *file;    // in STORYDIFF_READER_MODULE_DIR
    const char *support; // "PDF support", for the messages
};

ModuleSpec specOf(ReaderModule module) {
    switch (module) {
    case ReaderModule::Pdf:
        return {"storydiff-pdf.so", "PDF support"};
    case ReaderModule::Zip:
        return {"storydiff-zip.so", "DOCX, ODT and EPUB support"};
    }
    return {"", ""}; // unreachable: every module has its case
}

// Where the modules are: LIBEXECDIR/storydiff beside the executable's bin/ (installed), or the
// same relative place in the build tree, where every executable is one folder below the top.
QString modulePath(const char *file) {
    const QString exe = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return QFileInfo(QFileInfo(exe).absolutePath() +
                     QStringLiteral("/../" STORYDIFF_READER_MODULE_DIR "/") +
                     QString::fromLatin1(file))
        .absoluteFilePath();
}

struct LoadedModule {
    ReaderModuleEntry entry = nullptr;
    QString cause; // why there is no entry
};

LoadedModule loadModule(ReaderModule module) {
    const ModuleSpec spec = specOf(module);
    const QString support = QString::fromLatin1(spec.support);
    const QString path = modulePath(spec.file);
    LoadedModule m;
    void *handle = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = ::dlerror();
        m.cause = QStringLiteral("%1 is not installed (%2)")
                      .arg(support, why ? QString::fromLocal8Bit(why) : path);
        return m;
    }
    // The module stays loaded until the process ends: its readers are statics of its own.
    m.entry = reinterpret_cast<ReaderModuleEntry>(::dlsym(handle, kReaderModuleEntryName));
    if (!m.entry)
        m.cause =
            QStringLiteral("%1 does not match this version of StoryDiff (%2)").arg(support, path);
    return m;
}

struct ModuleSlot {
    std::once_flag once;
    LoadedModule loaded;
};

const LoadedModule &loaded(ReaderModule module) {
    static ModuleSlot perModule[size_t(ReaderModule::Zip) + 1]; // one per ReaderModule
    ModuleSlot &slot = perModule[size_t(module)];
    std::call_once(slot.once, [&] { slot.loaded = loadModule(module); });
    return slot.loaded;
}

} // namespace

bool ModuleReader::read(const QByteArray &bytes, Document &doc, QString &error) const {
    const LoadedModule &module = loaded(m_module);
    const Reader *reader = module.entry ? module.entry(kReaderModuleAbi, m_format) : nullptr;
    if (!reader) {
        error = module.entry ? QStringLiteral("%1 does not match this version of StoryDiff")
                                   .arg(QString::fromLatin1(specOf(m_module).support))
                             : module.cause;
        return false;
    }
    return reader->read(bytes, doc, error);
}

} // namespace sd
