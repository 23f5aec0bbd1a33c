// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sd {

// A zip container (DOCX, ODT) read from memory with QuaZip. Reading is capped: an archive may
// claim any sizes, so every entry is inflated in chunks and the total that one archive may
// unpack is limited (a "zip bomb" of 600 MB of zeros fails fast instead of filling memory).
class ZipArchive {
public:
    enum class Status { Ok, Missing, TooLarge, Damaged };
    static constexpr qint64 kDefaultLimit = qint64(512) * 1024 * 1024;
    // Whatever the limit asked for, an archive unpacks to at most kMaxRatio times its own size
    // (documents compress some 3 to 20 times; a bomb a thousand), or kMinimumLimit if larger.
    static constexpr qint64 kMaxRatio = 100;
    static constexpr qint64 kMinimumLimit = qint64(32) * 1024 * 1024;

    explicit ZipArchive(const QByteArray &bytes, qint64 unpackLimit = kDefaultLimit);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isValid() const; // false: not a zip archive, or one cut short
    bool contains(const QString &name) const;
    Status read(const QString &name, QByteArray &out);
    qint64 unpackLimit() const { return m_limit; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_limit;
    qint64 m_unpacked = 0;
};

// The plain-words cause for a failed ZipArchive::read, "a broken DOCX file (...)" style.
QString zipReadCause(ZipArchive::Status status, const QString &part, const QString &kind,
                     qint64 limit);

// dc:title from a metadata part (docProps/core.xml, meta.xml); empty when absent.
QString dublinCoreTitle(const QByteArray &xml);
// A document's title: its Dublin Core dc:title when it has one, else its first heading.
QString titleOf(const QByteArray &dublinCoreXml, const QList<Block> &blocks);

} // namespace sd
