// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/ziparchive.h"

#include "readers/loader.h"

#include <QBuffer>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace sd {

struct ZipArchive::Private {
    QByteArray bytes;
    QBuffer buffer;
    QuaZip zip;
    QStringList names;
    bool valid = false;
    Private(const QByteArray &b) : bytes(b), buffer(&bytes), zip(&buffer) {}
};

ZipArchive::ZipArchive(const QByteArray &bytes, qint64 unpackLimit)
    : d(std::make_unique<Private>(bytes)),
      m_limit(std::min(unpackLimit, std::max(kMinimumLimit, kMaxRatio * bytes.size()))) {
    d->valid = d->zip.open(QuaZip::mdUnzip);
    if (d->valid)
        d->names = d->zip.getFileNameList();
    d->valid = d->valid && d->zip.getZipError() == UNZ_OK;
}

ZipArchive::~ZipArchive() {
    if (d->zip.isOpen())
        d->zip.close();
}

bool ZipArchive::isValid() const {
    return d->valid;
}

bool ZipArchive::contains(const QString &name) const {
    return d->names.contains(name);
}

ZipArchive::Status ZipArchive::read(const QString &name, QByteArray &out) {
    out.clear();
    if (!d->valid || !contains(name) || !d->zip.setCurrentFile(name, QuaZip::csSensitive))
        return Status::Missing;
    // An honest archive says how large the entry is: refuse before inflating anything.
    QuaZipFileInfo64 info;
    if (d->zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > m_limit - m_unpacked)
        return Status::TooLarge;
    QuaZipFile file(&d->zip);
    if (!file.open(QIODevice::ReadOnly))
        return Status::Damaged;
    // The sizes in the archive are claims; count what actually comes out.
    constexpr qint64 chunk = 1 << 20;
    while (true) {
        const QByteArray part = file.read(chunk);
        if (part.isEmpty())
            break;
        m_unpacked += part.size();
        if (m_unpacked > m_limit) {
            file.close();
            out.clear();
            return Status::TooLarge;
        }
        out.append(part);
    }
    const bool readError = file.getZipError() != UNZ_OK;
    file.close(); // checks the CRC of what was read
    if (readError || file.getZipError() != UNZ_OK) {
        out.clear();
        return Status::Damaged;
    }
    return Status::Ok;
}

QString zipReadCause(ZipArchive::Status status, const QString &part, const QString &kind,
                     qint64 limit) {
    switch (status) {
    case ZipArchive::Status::Ok:
        return {};
    case ZipArchive::Status::Missing:
        return QStringLiteral("not %1 (%2 missing)").arg(kind, part);
    case ZipArchive::Status::TooLarge:
        return QStringLiteral("too large when unpacked (over the unpack limit of %1: %2 times "
                              "the file, at least %3, at most %4)")
            .arg(formatSize(limit), QString::number(ZipArchive::kMaxRatio),
                 formatSize(ZipArchive::kMinimumLimit), formatSize(ZipArchive::kDefaultLimit));
    case ZipArchive::Status::Damaged:
        return QStringLiteral("a damaged archive (%1 cannot be unpacked)").arg(part);
    }
    return {};
}

QString dublinCoreTitle(const QByteArray &xml) {
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("title") &&
            r.namespaceUri() == QLatin1String("http://purl.org/dc/elements/1.1/"))
            return r.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    return {};
}

QString titleOf(const QByteArray &dublinCoreXml, const QList<Block> &blocks) {
    const QString title = dublinCoreTitle(dublinCoreXml);
    if (!title.isEmpty())
        return title;
    for (const Block &b : blocks) {
        if (b.kind == BlockKind::Heading)
            return b.text;
    }
    return {};
}

} // namespace sd
