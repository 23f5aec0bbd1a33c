// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/htmlnodes.h"

#include <QRegularExpression>
#include <QSet>

namespace sd::html {

const GumboVector *childrenOf(const GumboNode *n) {
    if (n->type == GUMBO_NODE_DOCUMENT)
        return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT)
        return &n->v.element.children;
    return nullptr; // text, comments, and <template> contents, which are never shown
}

bool isElement(const GumboNode *n, GumboTag tag) {
    return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag;
}

const char *attr(const GumboNode *n, const char *name) {
    if (n->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : nullptr;
}

bool attrIs(const GumboNode *n, const char *name, const char *value) {
    const char *a = attr(n, name);
    return a &&
           QString::fromUtf8(a).trimmed().compare(QLatin1String(value), Qt::CaseInsensitive) == 0;
}

namespace {

bool isHidden(const GumboNode *n) {
    if (attr(n, "hidden") || attrIs(n, "aria-hidden", "true"))
        return true;
    if (const char *s = attr(n, "style")) {
        QString style = QString::fromUtf8(s).toLower();
        style.remove(QRegularExpression(QStringLiteral("\\s+")));
        return style.contains(QLatin1String("display:none")) ||
               style.contains(QLatin1String("visibility:hidden"));
    }
    return false;
}

} // namespace

bool isNeverStory(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RTC:
    case GUMBO_TAG_FRAMESET:
        return true;
    default:
        return false;
    }
}

bool isSectioning(const GumboNode *n) {
    return isElement(n, GUMBO_TAG_ARTICLE) || isElement(n, GUMBO_TAG_MAIN) ||
           isElement(n, GUMBO_TAG_SECTION) || attrIs(n, "role", "main");
}

namespace {

// Class and id words that name page furniture (negative) or content (positive), as in
// Readability. Words, not substrings: "header" must not match "ad", nor "shadow" "ad".
struct NameWeight {
    bool negative = false;
    bool positive = false;
};
NameWeight nameWeight(const GumboNode *n) {
    static const QSet<QString> negative = {
        QStringLiteral("nav"),           QStringLiteral("navbar"),
        QStringLiteral("navbox"),        QStringLiteral("navigation"),
        QStringLiteral("menu"),          QStringLiteral("footer"),
        QStringLiteral("sidebar"),       QStringLiteral("comment"),
        QStringLiteral("comments"),      QStringLiteral("share"),
        QStringLiteral("sharing"),       QStringLiteral("social"),
        QStringLiteral("related"),       QStringLiteral("breadcrumb"),
        QStringLiteral("breadcrumbs"),   QStringLiteral("ad"),
        QStringLiteral("ads"),           QStringLiteral("advert"),
        QStringLiteral("advertisement"), QStringLiteral("sponsor"),
        QStringLiteral("sponsored"),     QStringLiteral("promo"),
        QStringLiteral("newsletter"),    QStringLiteral("cookie"),
        QStringLiteral("popup"),         QStringLiteral("modal"),
        QStringLiteral("masthead")};
    static const QSet<QString> positive = {
        QStringLiteral("article"), QStringLiteral("body"),  QStringLiteral("content"),
        QStringLiteral("main"),    QStringLiteral("story"), QStringLiteral("text"),
        QStringLiteral("entry"),   QStringLiteral("post"),  QStringLiteral("prose")};
    static const QRegularExpression sep(QStringLiteral("[^a-z0-9]+"));
    NameWeight w;
    const char *cls = attr(n, "class");
    const char *id = attr(n, "id");
    if (!cls && !id)
        return w;
    const QString names =
        (QString::fromUtf8(cls ? cls : "") + u' ' + QString::fromUtf8(id ? id : "")).toLower();
    for (const QString &word : names.split(sep, Qt::SkipEmptyParts)) {
        w.negative = w.negative || negative.contains(word);
        w.positive = w.positive || positive.contains(word);
    }
    return w;
}

} // namespace

bool isExcludedAlways(const GumboNode *n, bool inSectioning) {
    if (n->type != GUMBO_NODE_ELEMENT)
        return !isTextNode(n);
    const GumboTag t = n->v.element.tag;
    return isNeverStory(t) || (t == GUMBO_TAG_HEADER && !inSectioning) || isHidden(n);
}

bool isExcluded(const GumboNode *n, bool inSectioning) {
    if (isExcludedAlways(n, inSectioning))
        return true;
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    const GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN)
        return false;
    const NameWeight w = nameWeight(n);
    return w.negative && !w.positive;
}

bool isBlockTag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_DIR:
        return true;
    default:
        return false;
    }
}

// Iterative, as every walk over the tree: nesting depth is the page author's choice.
QString textOf(const GumboNode *root) {
    QString out;
    QList<std::pair<const GumboNode *, unsigned>> stack{{root, 0}};
    while (!stack.isEmpty()) {
        auto &[node, next] = stack.last();
        const GumboVector *kids = childrenOf(node);
        if (!kids || next >= kids->length) {
            stack.removeLast();
            continue;
        }
        const GumboNode *c = childAt(kids, next++);
        if (isTextNode(c))
            out += QString::fromUtf8(c->v.text.text);
        else if (c->type == GUMBO_NODE_ELEMENT && !isNeverStory(c->v.element.tag))
            stack.append({c, 0});
    }
    return out.simplified();
}

bool ancestorIsSectioning(const GumboNode *n) {
    for (const GumboNode *p = n->parent; p; p = p->parent)
        if (isSectioning(p))
            return true;
    return false;
}

int classWeight(const GumboNode *n) {
    const NameWeight w = nameWeight(n);
    return (w.positive ? 25 : 0) - (w.negative ? 25 : 0);
}

} // namespace sd::html
