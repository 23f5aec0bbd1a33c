// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/epubreader.h"

#include "readers/decode.h"
#include "readers/htmlprescan.h"
#include "readers/htmlreader.h"
#include "readers/ziparchive.h"

#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

namespace sd {
namespace {

const QLatin1String kKind("an EPUB book");

// The package file's path inside the archive, from META-INF/container.xml.
QString packagePath(const QByteArray &containerXml) {
    QXmlStreamReader r(containerXml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement || r.name() != QLatin1String("rootfile"))
            continue;
        const auto a = r.attributes();
        const auto type = a.value(QLatin1String("media-type"));
        if (type.isEmpty() || type == QLatin1String("application/oebps-package+xml"))
            return a.value(QLatin1String("full-path")).toString();
    }
    return {};
}

struct ManifestItem {
    QString href, mediaType, properties;
};

// The chapters in reading order: the spine's items, as paths inside the archive. The
// navigation document (EPUB 3) or the guide's table of contents (EPUB 2), and anything that
// is not (X)HTML, are left out.
QStringList spineChapters(const QByteArray &opf, const QString &opfPath, bool *wellFormed) {
    QHash<QString, ManifestItem> manifest;
    QStringList spine, tocs;
    QXmlStreamReader r(opf);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("item")) {
            manifest.insert(a.value(QLatin1String("id")).toString(),
                            {a.value(QLatin1String("href")).toString(),
                             a.value(QLatin1String("media-type")).toString(),
                             a.value(QLatin1String("properties")).toString()});
        } else if (r.name() == QLatin1String("itemref")) {
            spine << a.value(QLatin1String("idref")).toString();
        } else if (r.name() == QLatin1String("reference") &&
                   a.value(QLatin1String("type")) == QLatin1String("toc")) {
            // EPUB 2 names its table of contents in the guide.
            tocs << a.value(QLatin1String("href")).toString().section(u'#', 0, 0);
        }
    }
    *wellFormed = !r.hasError();
    // Hrefs are URLs relative to the package file ("Text/ch%201.xhtml").
    const QUrl base(QStringLiteral("epub:/") + opfPath);
    QStringList out;
    for (const QString &id : std::as_const(spine)) {
        const ManifestItem item = manifest.value(id);
        const bool html = item.mediaType == QLatin1String("application/xhtml+xml") ||
                          item.mediaType == QLatin1String("text/html");
        if (!html || item.href.isEmpty() || tocs.contains(item.href) ||
            item.properties.split(u' ', Qt::SkipEmptyParts).contains(QLatin1String("nav")))
            continue;
        const QString path = base.resolved(QUrl(item.href)).path(QUrl::FullyDecoded);
        out << path.mid(1); // without the root's "/"
    }
    return out;
}

bool readPart(ZipArchive &zip, const QString &part, QByteArray &out, QString &error) {
    const ZipArchive::Status s = zip.read(part, out);
    if (s == ZipArchive::Status::Ok)
        return true;
    error = zipReadCause(s, part, kKind, zip.unpackLimit());
    return false;
}

// A chapter's blocks: every visible word of its body.
bool readChapter(const QByteArray &bytes, QList<Block> &blocks, QString &error) {
    DecodedText text;
    if (!decodeText(bytes, text, &error, declaredHtmlCharset(bytes)))
        return false;
    HtmlReader::bodyBlocks(text.text, blocks);
    return true;
}

} // namespace

bool EpubReader::read(const QByteArray &bytes, Document &doc, QString &error) const {
    ZipArchive zip(bytes);
    if (!zip.isValid()) {
        error = QStringLiteral("a broken EPUB book (not a valid zip archive)");
        return false;
    }
    QByteArray container, opf;
    if (!readPart(zip, QStringLiteral("META-INF/container.xml"), container, error))
        return false;
    const QString opfPath = packagePath(container);
    if (opfPath.isEmpty()) {
        error = QStringLiteral("a broken EPUB book (META-INF/container.xml names no package)");
        return false;
    }
    if (!readPart(zip, opfPath, opf, error))
        return false;
    bool wellFormed = true;
    const QStringList chapters = spineChapters(opf, opfPath, &wellFormed);
    if (!wellFormed) {
        error = QStringLiteral("a broken EPUB book (%1 is not well-formed XML)").arg(opfPath);
        return false;
    }
    doc.format = Format::Epub;
    doc.encoding = QStringLiteral("UTF-8");
    // Every chapter unpacked before any is parsed: a book over the archive's cap fails fast.
    QList<QByteArray> parts(chapters.size());
    for (qsizetype i = 0; i < chapters.size(); ++i)
        if (!readPart(zip, chapters.at(i), parts[i], error))
            return false;
    doc.blocks.clear();
    for (QByteArray &part : parts) {
        QList<Block> blocks;
        if (!readChapter(part, blocks, error))
            return false;
        part.clear();
        doc.blocks += blocks;
    }
    doc.title = titleOf(opf, doc.blocks);
    return true;
}

} // namespace sd
