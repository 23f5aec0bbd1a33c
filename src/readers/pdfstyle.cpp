// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/pdfstyle.h"

#include <QHash>
#include <QRegularExpression>

#ifdef STORYDIFF_PDF_FONTS
#include <poppler-document.h>
#include <poppler-page.h>
#endif

namespace sd::pdf {

struct FontReader::Private {
#ifdef STORYDIFF_PDF_FONTS
    std::unique_ptr<poppler::document> doc;
#endif
};

FontReader::FontReader(const QByteArray &bytes) : d(std::make_unique<Private>()) {
#ifdef STORYDIFF_PDF_FONTS
    d->doc.reset(poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (d->doc && d->doc->is_locked())
        d->doc.reset();
#else
    Q_UNUSED(bytes);
#endif
}

FontReader::~FontReader() = default;

#ifdef STORYDIFF_PDF_FONTS
namespace {

// "Okafor," set in italic up to its comma: the glyphs' fonts tell where the style ends.
// Glyphs map onto characters only when there are as many (not so in some complex scripts).
void charStyles(const poppler::text_box &box, WordFont &w) {
    const poppler::ustring text = box.text();
    if (qsizetype(text.size()) != w.text.size())
        return;
    QList<Styles> styles;
    bool varies = false;
    for (qsizetype i = 0; i < w.text.size(); ++i) {
        styles.append(stylesFromFontName(QString::fromStdString(box.get_font_name(int(i)))));
        varies = varies || styles.last() != styles.first();
    }
    if (varies)
        w.charStyles = std::move(styles);
}

} // namespace
#endif

QList<WordFont> FontReader::page(int index) const {
    QList<WordFont> out;
#ifdef STORYDIFF_PDF_FONTS
    if (!d->doc || index < 0 || index >= d->doc->pages())
        return out;
    const std::unique_ptr<poppler::page> page(d->doc->create_page(index));
    if (!page)
        return out;
    for (const poppler::text_box &box : page->text_list(poppler::page::text_list_include_font)) {
        const poppler::rectf r = box.bbox();
        const poppler::byte_array utf8 = box.text().to_utf8();
        WordFont w;
        w.text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        w.box = QRectF(r.x(), r.y(), r.width(), r.height());
        if (box.has_font_info()) {
            w.style = stylesFromFontName(QString::fromStdString(box.get_font_name()));
            w.size = box.get_font_size();
            charStyles(box, w);
        }
        out.append(w);
    }
#else
    Q_UNUSED(index);
#endif
    return out;
}

Styles stylesFromFontName(QString name) {
    name = name.mid(name.indexOf(u'+') + 1).toLower();
    Styles s = NoStyle;
    for (const char *bold : {"bold", "black", "heavy", "semibold", "demi"})
        if (name.contains(QLatin1String(bold)))
            s |= Bold;
    if (name.contains(QLatin1String("italic")) || name.contains(QLatin1String("oblique")))
        s |= Italic;
    return s;
}

QString runningKey(const QString &line) {
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return line.simplified().toLower().replace(digits, QStringLiteral("#"));
}

bool isPageNumber(const QString &line) {
    static const QRegularExpression number(
        QStringLiteral("^[\\s\\-–—|.]*(page\\s*)?(\\d{1,5}|[ivxlc]{1,8})(\\s*(of|/)\\s*\\d{1,5})?"
                       "[\\s\\-–—|.]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return number.match(line).hasMatch();
}

QList<RunningLines> findRunningLines(const QList<PageEdges> &pages) {
    QList<RunningLines> out(pages.size());
    if (pages.size() < 2)
        return out;
    // A head or foot is on most pages (a chapter's first page often has none).
    // The place is part of the key: a title on the first page is no running head for
    // repeating itself above the other pages.
    auto key = [](const QString &text, double y) {
        return runningKey(text) + u'@' + QString::number(qRound(y / 4));
    };
    QHash<QString, int> firsts, lasts;
    for (const PageEdges &p : pages) {
        if (!p.first.isEmpty())
            ++firsts[key(p.first, p.firstTop)];
        if (!p.last.isEmpty())
            ++lasts[key(p.last, p.lastBottom)];
    }
    const int most = qMax(2, int((pages.size() * 6 + 9) / 10));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageEdges &p = pages.at(i);
        out[i].first = !p.first.isEmpty() &&
                       (isPageNumber(p.first) || firsts.value(key(p.first, p.firstTop)) >= most);
        out[i].last = !p.last.isEmpty() &&
                      (isPageNumber(p.last) || lasts.value(key(p.last, p.lastBottom)) >= most);
    }
    return out;
}

} // namespace sd::pdf
