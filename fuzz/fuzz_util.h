// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the fuzz targets: the checks that turn a silently wrong document into a crash the
// fuzzer can report, and the reader entry every reader target goes through.

#include "document/document.h"
#include "readers/loader.h"
#include "readers/reader.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sd::fuzz {

// Malformed input makes QuaZip, QBuffer and poppler warn on every run; printed, those warnings
// cost more than the reading itself. Silenced unless STORYDIFF_FUZZ_VERBOSE is set.
inline const bool kQuiet = [] {
    if (qEnvironmentVariableIsEmpty("STORYDIFF_FUZZ_VERBOSE"))
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return true;
}();

[[noreturn]] inline void fail(const char *what) {
    std::fprintf(stderr, "storydiff fuzz: invariant broken: %s\n", what);
    std::abort();
}

// Every token must lie inside its block's text and every link index must exist: the comparison
// and the writers index with them unchecked.
inline void checkDocument(const Document &doc) {
    for (const Block &b : doc.blocks) {
        for (const Token &t : b.tokens) {
            if (t.length == 0)
                fail("empty token");
            if (qsizetype(t.start) + qsizetype(t.length) > b.text.size())
                fail("token outside its block's text");
            if (t.link < -1 || t.link >= b.links.size())
                fail("token link index out of range");
        }
    }
}

// Bytes from libFuzzer, copied: QByteArray::fromRawData would not add the terminating NUL that
// some code paths (md4c, gumbo through Qt) may read.
inline QByteArray bytesOf(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// One reader target: the reader called directly (it must cope with any bytes), then the loader
// as the app calls it (sniffing and decoding first). A failure is fine; a crash, hang or a
// broken document is not.
inline void readBoth(Format format, const QByteArray &bytes, const QString &name) {
    if (const Reader *reader = readerFor(format)) {
        Document doc;
        doc.format = format;
        QString error;
        if (reader->read(bytes, doc, error))
            checkDocument(doc);
    }
    const LoadResult r = readDocument(bytes, name);
    if (r.ok())
        checkDocument(r.document);
    else if (r.cause.isEmpty())
        fail("failure without a cause");
}

} // namespace sd::fuzz
