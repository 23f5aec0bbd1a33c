// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/sniff.h"

#include "readers/decode.h"
#include "readers/formats.h"
#include "readers/markupscan.h"

#include <QFileInfo>

namespace sd {

std::optional<Format> sniffContainerFormat(const QByteArray &bytes) {
    for (const FormatSpec &f : formatSpecs())
        if (f.sniff && f.sniff(bytes))
            return f.format;
    return std::nullopt;
}

bool looksBinary(const QByteArray &bytes) {
    if (!encodingFromSignature(bytes).isEmpty())
        return false;
    const qsizetype n = qMin<qsizetype>(bytes.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const quint8 c = quint8(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ++controls;
    }
    return n > 0 && controls * 20 > n; // over 5% control bytes: not prose
}

namespace {

// Markup signals found in the text, for the sniffing decision.
struct MarkupScore {
    int html = 0;
    int markdown = 0;
};

MarkupScore scoreMarkup(QStringView text) {
    MarkupScore s;
    const QStringView head = text.left(200000);
    const MarkupSignals found = markupSignals(head, 5, 50, 50);
    // HTML: a document skeleton is decisive; scattered tags count less.
    if (found.htmlSkeleton)
        s.html += 10;
    s.html += found.htmlTags;
    s.markdown = found.markdownLines + 2 * found.markdownInlines;
    return s;
}

} // namespace

Format sniffTextFormat(QStringView text, const QString &path) {
    const QString ext = QFileInfo(path).suffix().toLower();
    const bool htmlExt = hasExtension(Format::Html, ext);
    const bool mdExt = hasExtension(Format::Markdown, ext);
    const MarkupScore s = scoreMarkup(text);
    if (s.html >= 10 || (s.html >= 3 && s.html > s.markdown))
        return Format::Html;
    // Both kinds of signal (a Jekyll page: YAML front matter, then HTML paragraphs): the
    // extension decides, so that a .html page keeps its <em> and <a href>.
    if (htmlExt && s.html >= 3)
        return Format::Html;
    if (s.markdown >= 3)
        return Format::Markdown;
    // Weak or no signals: the extension breaks the tie.
    if (htmlExt && s.html > 0)
        return Format::Html;
    if (mdExt)
        return Format::Markdown;
    return Format::Text;
}

} // namespace sd
