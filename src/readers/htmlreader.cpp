#include "readers/htmlreader.h"

#include "readers/decode.h"
#include "readers/htmlnodes.h"
#include "readers/htmlprescan.h"

#include <QUrl>

#include <gumbo.h>

#include <functional>
#include <memory>

namespace sd {
namespace {

using namespace html;

// Deeper nesting than this is flattened before parsing (see limitHtmlNesting); real pages
// stay far below it.
constexpr int kMaxNesting = 1000;

struct Page {
    QString title, ogTitle, firstH1;
    QUrl base;
    const GumboNode *body = nullptr;
    QList<const GumboNode *> articles; // outermost ones outside page furniture
    const GumboNode *main = nullptr;
    const GumboNode *roleMain = nullptr;
};

// One pass over the whole tree for metadata and the explicit story containers.
Page scanPage(const GumboNode *document) {
    Page page;
    struct Frame {
        const GumboNode *node;
        unsigned next;
        bool excluded, inArticle, inSectioning;
    };
    QList<Frame> stack{{document, 0, false, false, false}};
    while (!stack.isEmpty()) {
        Frame &f = stack.last();
        const GumboVector *kids = childrenOf(f.node);
        if (!kids || f.next >= kids->length) {
            stack.removeLast();
            continue;
        }
        const GumboNode *c = childAt(kids, f.next++);
        if (c->type != GUMBO_NODE_ELEMENT)
            continue;
        const Frame parent = f; // `f` dangles once the stack grows
        const GumboTag t = c->v.element.tag;
        if (t == GUMBO_TAG_TITLE && page.title.isEmpty())
            page.title = textOf(c);
        else if (t == GUMBO_TAG_META && page.ogTitle.isEmpty() &&
                 (attrIs(c, "property", "og:title") || attrIs(c, "name", "og:title")))
            page.ogTitle =
                QString::fromUtf8(attr(c, "content") ? attr(c, "content") : "").simplified();
        else if (t == GUMBO_TAG_BASE && page.base.isEmpty() && attr(c, "href"))
            page.base = QUrl(QString::fromUtf8(attr(c, "href")).trimmed());
        else if (t == GUMBO_TAG_BODY && !page.body)
            page.body = c;
        else if (t == GUMBO_TAG_H1 && page.firstH1.isEmpty() && !parent.excluded)
            page.firstH1 = textOf(c);
        const bool excluded = parent.excluded || isExcluded(c, parent.inSectioning);
        if (!excluded) {
            if (t == GUMBO_TAG_ARTICLE && !parent.inArticle)
                page.articles.append(c);
            if (t == GUMBO_TAG_MAIN && !page.main)
                page.main = c;
            if (!page.roleMain && attrIs(c, "role", "main"))
                page.roleMain = c;
        }
        if (t == GUMBO_TAG_TEMPLATE)
            continue;
        stack.append({c, 0, excluded, parent.inArticle || t == GUMBO_TAG_ARTICLE,
                      parent.inSectioning || isSectioning(c)});
    }
    return page;
}

} // namespace

bool HtmlReader::blocksFromHtml(const QString &html, QList<Block> &blocks, QString *title) {
    using namespace sd::html;
    const QByteArray utf8 = html.toUtf8();
    bool flattened = false;
    const QByteArray input = limitHtmlNesting(utf8, kMaxNesting, &flattened);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not reported; do not collect them
    std::unique_ptr<GumboOutput, std::function<void(GumboOutput *)>> out(
        gumbo_parse_with_options(&options, input.constData(), size_t(input.size())),
        [&options](GumboOutput *o) { gumbo_destroy_output(&options, o); });
    if (!out)
        return false;
    const Page page = scanPage(out->document);
    if (title)
        *title = !page.title.isEmpty()     ? page.title
                 : !page.ogTitle.isEmpty() ? page.ogTitle
                                           : page.firstH1;
    // Source offsets only when gumbo parsed the text as decoded (not a flattened copy).
    const QByteArray *source = flattened ? nullptr : &utf8;

    QList<const GumboNode *> explicitRoot;
    if (!page.articles.isEmpty()) {
        // Several articles: a <main> holding them is the story, else the longest one.
        if (page.articles.size() > 1 && (page.main || page.roleMain)) {
            explicitRoot = {page.main ? page.main : page.roleMain};
        } else {
            const GumboNode *best = nullptr;
            qsizetype bestLen = -1;
            for (const GumboNode *a : page.articles) {
                const qsizetype len = textOf(a).size();
                if (len > bestLen) {
                    best = a;
                    bestLen = len;
                }
            }
            explicitRoot = {best};
        }
    } else if (page.main || page.roleMain) {
        explicitRoot = {page.main ? page.main : page.roleMain};
    }
    blocks.clear();
    if (!explicitRoot.isEmpty() && extractStory(explicitRoot, page.base, source, blocks))
        return true;
    if (!page.body)
        return false;
    if (extractStory(densestContainers(page.body), page.base, source, blocks))
        return true;
    return extractStory({page.body}, page.base, source, blocks);
}

bool HtmlReader::read(const QByteArray &bytes, Document &doc, QString &error) const {
    // Nothing decoded yet (not settled): readDecoded decodes once, with the page's charset.
    return readDecoded(bytes, DecodedText{}, doc, error);
}

bool HtmlReader::readDecoded(const QByteArray &bytes, const DecodedText &given, Document &doc,
                             QString &error) const {
    // Text decoded without the page's charset is good only when no charset could change it.
    // The declaration is a hint: a BOM, or bytes that are valid UTF-8, still win.
    DecodedText redone;
    if (!given.settled && !decodeText(bytes, redone, &error, declaredHtmlCharset(bytes)))
        return false;
    const DecodedText &decoded = given.settled ? given : redone;
    doc.format = Format::Html;
    doc.encoding = decoded.encoding;
    doc.source = SourceMap::of(decoded.text);
    if (!blocksFromHtml(decoded.text, doc.blocks, &doc.title)) {
        error = QStringLiteral("no main text found on the page");
        return false;
    }
    return true;
}

} // namespace sd
