// SPDX-License-Identifier: GPL-3.0-or-later
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

// The page's own story container: its <article>; of several, a <main> holding them, else the
// longest; without one, <main> or [role=main].
const GumboNode *explicitStoryRoot(const Page &page) {
    if (page.articles.isEmpty() || (page.articles.size() > 1 && (page.main || page.roleMain)))
        return page.main ? page.main : page.roleMain;
    const GumboNode *best = nullptr;
    qsizetype bestLen = -1;
    for (const GumboNode *a : page.articles) {
        const qsizetype len = textOf(a).size();
        if (len > bestLen) {
            best = a;
            bestLen = len;
        }
    }
    return best;
}

qsizetype textLength(const QList<Block> &blocks) {
    qsizetype n = 0;
    for (const Block &b : blocks)
        n += b.text.size();
    return n;
}

// Readability's retries: a reading shorter than this is tried again with fewer rules, and
// the longest reading wins.
constexpr qsizetype kShortStory = 500;

bool scoredStory(const Page &page, const QByteArray *source, QList<Block> &blocks) {
    const int attempts[] = {kAllScoreFlags, kAllScoreFlags & ~StripUnlikely,
                            kAllScoreFlags & ~(StripUnlikely | WeightClasses), 0};
    QList<Block> best;
    for (const int flags : attempts) {
        QList<Block> got;
        if (!extractStory(scoredSelection(page.body, flags), page.base, source, got))
            continue;
        if (textLength(got) >= kShortStory) {
            blocks = std::move(got);
            return true;
        }
        if (textLength(got) > textLength(best))
            best = std::move(got);
    }
    blocks = std::move(best);
    return !blocks.isEmpty();
}

void setHow(Extraction *how, Extraction value) {
    if (how)
        *how = value;
}

} // namespace

namespace {

// A page parsed by gumbo, from the UTF-8 it was given (flattened when nested too deep).
struct ParsedPage {
    QByteArray utf8;
    bool flattened = false;
    GumboOptions options = kGumboDefaultOptions;
    std::unique_ptr<GumboOutput, std::function<void(GumboOutput *)>> out;

    explicit ParsedPage(const QString &html) : utf8(html.toUtf8()) {
        const QByteArray input = limitHtmlNesting(utf8, kMaxNesting, &flattened);
        options.max_errors = 0; // parse errors are not reported; do not collect them
        out = {gumbo_parse_with_options(&options, input.constData(), size_t(input.size())),
               [this](GumboOutput *o) { gumbo_destroy_output(&options, o); }};
    }
};

} // namespace

void HtmlReader::bodyBlocks(const QString &html, QList<Block> &blocks) {
    blocks.clear();
    const ParsedPage parsed(html);
    if (!parsed.out)
        return;
    const Page page = scanPage(parsed.out->document);
    if (page.body)
        extractStory(Selection{{page.body}, {}, false}, {}, nullptr, blocks);
}

bool HtmlReader::blocksFromHtml(const QString &html, QList<Block> &blocks, QString *title,
                                Extraction *how) {
    const ParsedPage parsed(html);
    if (!parsed.out)
        return false;
    const GumboOutput *out = parsed.out.get();
    const Page page = scanPage(out->document);
    if (title)
        *title = !page.title.isEmpty()     ? page.title
                 : !page.ogTitle.isEmpty() ? page.ogTitle
                                           : page.firstH1;
    // Source offsets only when gumbo parsed the text as decoded (not a flattened copy).
    const QByteArray *source = parsed.flattened ? nullptr : &parsed.utf8;

    blocks.clear();
    if (!page.body)
        return false;
    // Readability's reading first: it finds the story whether or not the page marks it, and
    // an <article> often holds comments or teasers, or only part of the story.
    if (scoredStory(page, source, blocks)) {
        setHow(how, Extraction::Scored);
        return true;
    }
    if (const GumboNode *root = explicitStoryRoot(page);
        root && extractStory(Selection{{root}, {}, true}, page.base, source, blocks)) {
        setHow(how, Extraction::Article);
        return true;
    }
    // Nothing scored: every visible word of the page rather than none.
    if (extractStory(Selection{{page.body}, {}, false}, page.base, source, blocks)) {
        setHow(how, Extraction::Fallback);
        return true;
    }
    return false;
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
    if (!blocksFromHtml(decoded.text, doc.blocks, &doc.title, &doc.extraction)) {
        error = QStringLiteral("no main text found on the page");
        return false;
    }
    return true;
}

} // namespace sd
