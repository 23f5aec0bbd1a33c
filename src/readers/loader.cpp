// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/loader.h"

#include "readers/decode.h"
#include "readers/readbudget.h"
#include "readers/reader.h"
#include "readers/sniff.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace sd {

bool DecodingReader::read(const QByteArray &bytes, Document &doc, QString &error) const {
    DecodedText decoded;
    if (!decodeText(bytes, decoded, &error))
        return false;
    return readDecoded(bytes, decoded, doc, error);
}

QString formatSize(qint64 bytes) {
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 bytes").arg(bytes);
}

namespace {

LoadResult failure(const QString &path, const QString &cause) {
    LoadResult r;
    r.document.path = path;
    r.cause = cause;
    return r;
}

bool readAllLimited(QFile &file, qint64 limit, QByteArray &out, QString &cause) {
    // Read in chunks so that a pipe or a file that grows cannot take unbounded memory.
    constexpr qint64 chunk = 1 << 20;
    out.clear();
    // A regular file's size is known: one allocation instead of a doubling for every chunk, and
    // reads of that size and one byte more (its end, or that it grew), not of a whole chunk
    // into a buffer grown to a megabyte for a page of text.
    qint64 expected = 0;
    if (!file.isSequential() && file.size() > 0) {
        expected = qMin(file.size(), limit) + 1;
        out.reserve(expected);
    }
    while (true) {
        // Never more than one byte past the limit, and the buffer grows to that at most: an
        // endless stream (/dev/zero) is refused at the limit, not at twice it.
        qint64 want = qMin(chunk, limit + 1 - out.size());
        if (out.size() < expected)
            want = qMin(want, expected - out.size());
        if (out.capacity() < out.size() + want)
            out.reserve(qMin(limit + 1, qMax(2 * out.capacity(), out.size() + want)));
        const qsizetype at = out.size();
        out.resize(at + want);
        const qint64 got = file.read(out.data() + at, want);
        out.resize(at + qMax<qint64>(got, 0));
        if (got <= 0) {
            if (got < 0 || file.error() != QFileDevice::NoError) {
                cause = QStringLiteral("unreadable (%1)").arg(file.errorString());
                return false;
            }
            break; // end of file (a blocking read returns nothing only there)
        }
        if (out.size() > limit) {
            cause = QStringLiteral("too large (over the limit of %1)").arg(formatSize(limit));
            return false;
        }
    }
    return true;
}

// Not a regular file: a pipe (process substitution: <(...), /dev/fd/N), a FIFO or a device,
// read as a stream up to the limit like standard input. Opened without waiting: a FIFO that
// nobody writes to reads as empty instead of blocking.
bool openStream(QFile &file, const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return file.open(QIODevice::ReadOnly); // for its error
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0 ||
        !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    return true;
}

} // namespace

LoadResult readDocument(QByteArray bytes, const QString &path, const LoadOptions &options) {
    if (bytes.size() > options.maxSize)
        return failure(path, QStringLiteral("too large (%1, the limit is %2)")
                                 .arg(formatSize(bytes.size()), formatSize(options.maxSize)));
    if (bytes.isEmpty()) {
        LoadResult empty = failure(path, QStringLiteral("empty file"));
        empty.empty = true;
        return empty;
    }

    const qint64 fileBytes = bytes.size();
    Format format = Format::Text;
    DecodedText decoded;
    const std::optional<Format> container = sniffContainerFormat(bytes);
    if (container) {
        format = *container;
    } else {
        if (looksBinary(bytes))
            return failure(path, QStringLiteral("not a text file (binary data)"));
        QString cause;
        if (!options.encoding.isEmpty()) {
            // The user's word beats every guess.
            if (!convertWithIcu(bytes, options.encoding, decoded.text))
                return failure(path, QStringLiteral("cannot be read as %1").arg(options.encoding));
            decoded.encoding = options.encoding;
            decoded.settled = true;
        } else if (!decodeText(bytes, decoded, &cause)) {
            return failure(path, cause);
        }
        format = sniffTextFormat(decoded.text, path);
        // Settled text needs its bytes no more: a long book's memory goes to its blocks. The
        // Markdown parser reads UTF-8, and the bytes are that (MarkdownReader::readDecoded).
        if (decoded.settled && format != Format::Markdown)
            bytes = QByteArray();
    }
    const Reader *reader = readerFor(format);
    if (!reader)
        return failure(path, QStringLiteral("%1 files are not supported by this build")
                                 .arg(formatName(format).toUpper()));
    LoadResult r;
    r.document.path = path;
    r.document.format = format;
    QString cause;
    // What the file may make the reader produce and how long it may take, whatever it unpacks
    // or decodes to; a budget spent is the file's failure, naming the limit.
    const ReadBudget budget(readLimitsFor(fileBytes, options.maxSeconds));
    const bool ok = container ? reader->read(bytes, r.document, cause)
                              : reader->readDecoded(bytes, decoded, r.document, cause);
    if (!budget.cause().isEmpty())
        return failure(path, budget.cause());
    if (!ok)
        return failure(path, cause.isEmpty() ? QStringLiteral("malformed file") : cause);
    r.document.path = path;
    if (r.document.blocks.isEmpty())
        return failure(path, QStringLiteral("no text found"));
    r.document.knownWordCount = r.document.wordCount();
    return r;
}

LoadResult loadDocument(const QString &path, const LoadOptions &options) {
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return failure(path, QStringLiteral("standard input is not readable"));
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return failure(path, QStringLiteral("not found"));
        if (info.isDir())
            return failure(path, QStringLiteral("is a directory, not a file"));
        if (info.isFile() && info.size() > options.maxSize)
            return failure(path, QStringLiteral("too large (%1, the limit is %2)")
                                     .arg(formatSize(info.size()), formatSize(options.maxSize)));
        file.setFileName(path);
        if (!(info.isFile() ? file.open(QIODevice::ReadOnly) : openStream(file, path)))
            return failure(path, QStringLiteral("unreadable (%1)").arg(file.errorString()));
    }
    QByteArray bytes;
    QString cause;
    if (!readAllLimited(file, options.maxSize, bytes, cause))
        return failure(path, cause);
    return readDocument(std::move(bytes), path, options);
}

} // namespace sd
