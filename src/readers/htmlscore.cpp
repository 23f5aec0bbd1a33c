// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing a web page's story when it names no article, the way Mozilla's Readability does:
// paragraphs give points to their containers, link-heavy containers lose them, the best one
// and its worthy siblings are the story, and furniture inside it is cleaned out.
#include "readers/htmlnodes.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace sd::html {
namespace {

bool isHeadingTag(GumboTag t) {
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

// Readability's prior for a container by its tag.
double tagPrior(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_TH:
        return -5;
    default:
        return isHeadingTag(t) ? -5 : 0;
    }
}

// Elements that keep a <div> from being a paragraph of its own.
bool breaksParagraph(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
        return true;
    default:
        return false;
    }
}

// The elements whose text is scored as a paragraph (a <div> only when nothing breaks it).
bool isScoredParagraph(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return true;
    default:
        return false;
    }
}

int commasIn(const QString &t) {
    int n = 0;
    for (QChar c : t) {
        const char16_t u = c.unicode();
        n += (u == u',' || u == 0x060C || u == 0xFE50 || u == 0xFE10 || u == 0xFE11 ||
              u == 0x2E41 || u == 0x2E34 || u == 0x2E32 || u == 0xFF0C || u == 0x3001)
                 ? 1
                 : 0;
    }
    return n;
}

QString classAndId(const GumboNode *n) {
    const char *cls = attr(n, "class");
    const char *id = attr(n, "id");
    return QString::fromUtf8(cls ? cls : "") + u' ' + QString::fromUtf8(id ? id : "");
}

// Names of elements that are unlikely to hold the story, unless they also sound like content.
bool isUnlikelyCandidate(const GumboNode *n) {
    static const QRegularExpression unlikely(
        QStringLiteral("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|"
                       "disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|"
                       "shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|"
                       "agegate|pagination|pager|popup|yom-remote"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression maybe(
        QStringLiteral("and|article|body|column|content|main|mathjax|shadow"),
        QRegularExpression::CaseInsensitiveOption);
    const GumboTag t = tagOf(n);
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_A)
        return false;
    if (const char *role = attr(n, "role")) {
        static const QSet<QString> furniture = {
            QStringLiteral("menu"),          QStringLiteral("menubar"),
            QStringLiteral("complementary"), QStringLiteral("navigation"),
            QStringLiteral("alert"),         QStringLiteral("alertdialog"),
            QStringLiteral("dialog")};
        if (furniture.contains(QString::fromUtf8(role).trimmed().toLower()))
            return true;
    }
    if (!attr(n, "class") && !attr(n, "id"))
        return false;
    const QString names = classAndId(n);
    return unlikely.match(names).hasMatch() && !maybe.match(names).hasMatch();
}

// Readability's class weight: class and id each count -25 for furniture, +25 for content.
int scoreWeight(const GumboNode *n) {
    static const QRegularExpression negative(
        QStringLiteral("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|"
                       "footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|"
                       "shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression positive(
        QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|pagination|post|"
                       "text|blog|story"),
        QRegularExpression::CaseInsensitiveOption);
    int w = 0;
    for (const char *name : {"class", "id"}) {
        const char *v = attr(n, name);
        if (!v || !*v)
            continue;
        const QString s = QString::fromUtf8(v);
        w -= negative.match(s).hasMatch() ? 25 : 0;
        w += positive.match(s).hasMatch() ? 25 : 0;
    }
    return w;
}

// What one element adds up to: its own text (text nodes directly inside) and its subtree's.
struct Counts {
    qsizetype text = 0, link = 0, commas = 0, heading = 0, listText = 0;
    int p = 0, img = 0, li = 0, input = 0, embed = 0, rows = 0, headerCells = 0;
    void add(const Counts &c) {
        text += c.text;
        link += c.link;
        commas += c.commas;
        heading += c.heading;
        listText += c.listText;
        p += c.p;
        img += c.img;
        li += c.li;
        input += c.input;
        embed += c.embed;
        rows += c.rows;
        headerCells += c.headerCells;
    }
};

// What an element's own kind adds once everything inside it is counted: a link's text is
// link text (a third of it for a link within the page), a heading's text heading text.
void closeCounts(const GumboNode *n, Counts &c) {
    const GumboTag t = tagOf(n);
    if (t == GUMBO_TAG_A) {
        const char *href = attr(n, "href");
        c.link = qsizetype(double(c.text) * (href && href[0] == '#' ? 0.3 : 1.0));
    }
    if (isHeadingTag(t))
        c.heading = c.text;
    if (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL)
        c.listText += c.text;
}

struct Info {
    const GumboNode *node;
    qsizetype parent;
    qsizetype end = 0; // one past the subtree's last node, in pre-order
    Counts own = {}, all = {};
    bool blockChild = false; // holds (at any depth) an element that keeps it from being a paragraph
    bool collapsed = false;  // a <div> around a single <p>: the paragraph stands in its place
    bool scored = false;
    bool inTable = false, inFigure = false;
    bool dataTable = false;   // a table of data (headers, or many rows): never cleaned out
    bool inDataTable = false; // inside one
    double score = 0;
    // Text outside child blocks in the current run, and the points of finished runs.
    qsizetype runText = 0, runCommas = 0;
    int breaks = 0; // <br> elements in a row: two end the run, as a paragraph break
    double runPoints = 0;
};

class Scorer {
public:
    Scorer(int flags) : m_flags(flags) {}

    Selection select(const GumboNode *body);

private:
    void walk(const GumboNode *body);
    void visitChild(qsizetype parent, const GumboNode *c, bool inSectioning);
    void finish(qsizetype i);
    void endRun(qsizetype i);
    void give(qsizetype from, double points);
    double finalScore(qsizetype i) const;
    double linkDensity(const Counts &c) const {
        return c.text > 0 ? double(c.link) / double(c.text) : 0.0;
    }
    qsizetype topCandidate() const;
    QList<qsizetype> siblingsOf(qsizetype top) const;
    void clean(qsizetype root, Selection &sel);
    bool cleanedOut(const Info &n, const Counts &c) const;

    int m_flags;
    QList<Info> m_nodes;
    QSet<const GumboNode *> m_skipped;
    QList<std::pair<qsizetype, double>> m_paragraphs; // first ancestor to score, points
    struct Frame {
        qsizetype index;
        unsigned next;
        bool inSectioning;
    };
    QList<Frame> m_stack;
};

void Scorer::walk(const GumboNode *body) {
    m_nodes = {{body, -1}};
    m_stack = {{0, 0, ancestorIsSectioning(body)}};
    while (!m_stack.isEmpty()) {
        Frame &f = m_stack.last();
        const GumboVector *kids = childrenOf(m_nodes.at(f.index).node);
        if (!kids || f.next >= kids->length) {
            const qsizetype i = f.index;
            m_stack.removeLast();
            finish(i);
            continue;
        }
        const GumboNode *c = childAt(kids, f.next++);
        visitChild(f.index, c, f.inSectioning); // may grow the stack: `f` dangles
    }
}

void Scorer::visitChild(qsizetype parent, const GumboNode *c, bool inSectioning) {
    Info &p = m_nodes[parent];
    if (isTextNode(c)) {
        const QString t = QString::fromUtf8(c->v.text.text).simplified();
        if (t.isEmpty())
            return;
        const qsizetype len = t.size() + 1;
        const int commas = commasIn(t);
        p.breaks = 0;
        p.own.text += len;
        p.own.commas += commas;
        p.runText += len;
        p.runCommas += commas;
        return;
    }
    if (c->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboTag t = tagOf(c);
    if (t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_EMBED || t == GUMBO_TAG_OBJECT)
        ++p.own.embed;
    if (t == GUMBO_TAG_IMG)
        ++p.own.img;
    if (t == GUMBO_TAG_INPUT || t == GUMBO_TAG_SELECT || t == GUMBO_TAG_TEXTAREA)
        ++p.own.input;
    p.breaks = t == GUMBO_TAG_BR ? p.breaks + 1 : 0;
    if (breaksParagraph(t) || isBlockTag(t) || p.breaks == 2) {
        // Readability makes the text after two line breaks a paragraph of its own.
        const bool breaks = breaksParagraph(t) || p.breaks == 2;
        endRun(parent);
        m_nodes[parent].blockChild = m_nodes[parent].blockChild || breaks;
    }
    if (isExcludedAlways(c, inSectioning))
        return;
    const Info &pp = m_nodes.at(parent);
    const bool inTable = pp.inTable;
    if ((m_flags & StripUnlikely) && !inTable && isUnlikelyCandidate(c)) {
        m_skipped.insert(c);
        return;
    }
    Info n{c, parent};
    n.inTable = inTable || t == GUMBO_TAG_TABLE;
    n.inFigure = pp.inFigure || t == GUMBO_TAG_FIGURE;
    n.own.p = t == GUMBO_TAG_P ? 1 : 0;
    n.own.li = t == GUMBO_TAG_LI ? 1 : 0;
    n.own.rows = t == GUMBO_TAG_TR ? 1 : 0;
    n.own.headerCells =
        (t == GUMBO_TAG_TH || t == GUMBO_TAG_CAPTION || t == GUMBO_TAG_THEAD) ? 1 : 0;
    m_nodes.append(n);
    m_stack.append({m_nodes.size() - 1, 0, inSectioning || isSectioning(c)});
}

// Closes the run of loose text in element `i`: Readability wraps each into a paragraph.
void Scorer::endRun(qsizetype i) {
    Info &n = m_nodes[i];
    if (n.runText >= 25)
        n.runPoints += 1.0 + double(n.runCommas) + qMin(double(n.runText / 100), 3.0);
    n.runText = 0;
    n.runCommas = 0;
}

void Scorer::finish(qsizetype i) {
    endRun(i);
    Info &n = m_nodes[i];
    n.end = m_nodes.size();
    n.all.add(n.own);
    const GumboTag t = tagOf(n.node);
    closeCounts(n.node, n.all);
    if (t == GUMBO_TAG_TABLE)
        n.dataTable =
            !attrIs(n.node, "role", "presentation") && (n.all.headerCells > 0 || n.all.rows >= 10);
    if (n.parent >= 0) {
        Info &p = m_nodes[n.parent];
        p.all.add(n.all);
        if (!isBlockTag(t) && !breaksParagraph(t)) {
            p.runText += n.all.text; // an inline element's text is part of the loose run
            p.runCommas += n.all.commas;
        }
    }
    if (n.parent >= 0 && n.blockChild)
        m_nodes[n.parent].blockChild = true;
    n.collapsed = t == GUMBO_TAG_DIV && n.own.text == 0 && n.end == i + 2 &&
                  tagOf(m_nodes.at(i + 1).node) == GUMBO_TAG_P && linkDensity(n.all) < 0.25;
    const bool paragraph = isScoredParagraph(t) || (t == GUMBO_TAG_DIV && !n.blockChild);
    if (paragraph && n.all.text >= 25 && n.parent >= 0)
        m_paragraphs.append(
            {n.parent, 1.0 + double(n.all.commas) + qMin(double(n.all.text / 100), 3.0)});
    else if (t == GUMBO_TAG_DIV && n.runPoints > 0)
        m_paragraphs.append({i, n.runPoints});
}

// A paragraph's points go to its container and four more ancestors, fewer the further up.
void Scorer::give(qsizetype from, double points) {
    qsizetype a = from;
    for (int level = 0; a >= 0 && level < 5; ++level, a = m_nodes.at(a).parent) {
        while (a >= 0 && m_nodes.at(a).collapsed)
            a = m_nodes.at(a).parent;
        if (a < 0)
            break;
        Info &anc = m_nodes[a];
        if (!anc.scored) {
            anc.scored = true;
            anc.score =
                tagPrior(tagOf(anc.node)) + ((m_flags & WeightClasses) ? scoreWeight(anc.node) : 0);
        }
        anc.score += points / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
    }
}

double Scorer::finalScore(qsizetype i) const {
    const Info &n = m_nodes.at(i);
    return n.score * (1.0 - linkDensity(n.all));
}

// The best container; when several nearly as good ones share an ancestor, that ancestor
// (the story is split over them), then up while a parent scores about as well.
qsizetype Scorer::topCandidate() const {
    QList<qsizetype> top;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (!m_nodes.at(i).scored)
            continue;
        top.append(i);
        std::sort(top.begin(), top.end(),
                  [this](qsizetype a, qsizetype b) { return finalScore(a) > finalScore(b); });
        if (top.size() > 5)
            top.removeLast();
    }
    if (top.isEmpty())
        return -1;
    qsizetype best = top.first();
    const double bestScore = finalScore(best);
    QList<qsizetype> close;
    for (qsizetype i = 1; i < top.size(); ++i)
        if (finalScore(top.at(i)) / bestScore >= 0.75)
            close.append(top.at(i));
    if (close.size() >= 3) {
        for (qsizetype a = m_nodes.at(best).parent; a > 0; a = m_nodes.at(a).parent) {
            const Info &anc = m_nodes.at(a);
            const auto inside = std::count_if(close.cbegin(), close.cend(),
                                              [&](qsizetype c) { return c > a && c < anc.end; });
            if (inside >= 3) {
                best = a;
                break;
            }
        }
    }
    double last = finalScore(best);
    const double threshold = last / 3;
    for (qsizetype a = m_nodes.at(best).parent; a > 0; a = m_nodes.at(a).parent) {
        if (!m_nodes.at(a).scored)
            continue;
        const double s = finalScore(a);
        if (s < threshold)
            break;
        if (s > last) {
            best = a;
            break;
        }
        last = s;
    }
    // An only child is its parent's whole content: take the parent, which may hold more.
    while (best > 0) {
        const qsizetype p = m_nodes.at(best).parent;
        const Info &pi = m_nodes.at(p);
        if (p == 0 || pi.end - p - 1 != m_nodes.at(best).end - best)
            break;
        best = p;
    }
    return best;
}

// The top candidate and the siblings that belong with it, in document order.
QList<qsizetype> Scorer::siblingsOf(qsizetype top) const {
    const Info &t = m_nodes.at(top);
    if (t.parent < 0)
        return {top};
    const double topScore = finalScore(top);
    const double threshold = qMax(10.0, topScore * 0.2);
    const QString topClass = QString::fromUtf8(attr(t.node, "class") ? attr(t.node, "class") : "");
    QList<qsizetype> out;
    const Info &parent = m_nodes.at(t.parent);
    for (qsizetype i = t.parent + 1; i < parent.end; i = m_nodes.at(i).end) {
        const Info &n = m_nodes.at(i);
        if (i == top) {
            out.append(i);
            continue;
        }
        double bonus = 0;
        if (!topClass.isEmpty() && attrIs(n.node, "class", qPrintable(topClass)))
            bonus = topScore * 0.2;
        const double density = linkDensity(n.all);
        const qsizetype len = n.all.text;
        const bool worthy = n.scored && finalScore(i) + bonus >= threshold;
        const bool prose =
            (tagOf(n.node) == GUMBO_TAG_P || n.collapsed) &&
            ((len > 80 && density < 0.25) ||
             (len > 0 && len < 80 && density == 0 &&
              textOf(n.node).contains(QRegularExpression(QStringLiteral("\\.( |$)")))));
        if (worthy || prose)
            out.append(i);
    }
    return out;
}

// Readability's conditional cleaning: a list, table, form or div inside the story that is
// mostly links, images, inputs or headings, or scores below nothing, is furniture.
bool Scorer::cleanedOut(const Info &n, const Counts &c) const {
    const GumboTag t = tagOf(n.node);
    if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_UL && t != GUMBO_TAG_TABLE && t != GUMBO_TAG_FORM &&
        t != GUMBO_TAG_FIELDSET)
        return false;
    if (n.dataTable || n.inDataTable)
        return false;
    const bool isList = t == GUMBO_TAG_UL || t == GUMBO_TAG_OL ||
                        (c.text > 0 && double(c.listText) / double(c.text) > 0.9);
    const int weight = (m_flags & WeightClasses) ? scoreWeight(n.node) : 0;
    if (weight < 0)
        return true;
    if (c.commas >= 10)
        return false;
    const double density = linkDensity(c);
    const double headingDensity = c.text > 0 ? double(c.heading) / double(c.text) : 0.0;
    const int li = c.li - 100;
    return (c.img > 1 && double(c.p) / double(c.img) < 0.5 && !n.inFigure) ||
           (!isList && li > c.p) || (c.input > c.p / 3) ||
           (!isList && headingDensity < 0.9 && c.text < 25 && (c.img == 0 || c.img > 2) &&
            density > 0 && !n.inFigure) ||
           (!isList && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5) ||
           (c.embed == 1 && c.text < 75) || c.embed > 1;
}

// Children come after their parent in pre-order: a backward pass over the root's subtree
// decides each element after everything inside it, on the counts of what is left.
void Scorer::clean(qsizetype root, Selection &sel) {
    const Info &r = m_nodes.at(root);
    QHash<qsizetype, Counts> left;
    for (qsizetype i = r.end - 1; i >= root; --i) {
        const Info &n = m_nodes.at(i);
        Counts c = n.own;
        c.add(left.take(i));
        const GumboTag t = tagOf(n.node);
        closeCounts(n.node, c);
        const bool headerOut = (t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2) &&
                               (m_flags & WeightClasses) && scoreWeight(n.node) < 0;
        if (i > root && (headerOut || ((m_flags & CleanConditionally) && cleanedOut(n, c)))) {
            sel.dropped.insert(n.node);
            continue;
        }
        if (i > root)
            left[n.parent].add(c);
    }
}

Selection Scorer::select(const GumboNode *body) {
    walk(body);
    for (const auto &[from, points] : std::as_const(m_paragraphs))
        give(from, points);
    for (qsizetype i = 1; i < m_nodes.size(); ++i) {
        const Info &p = m_nodes.at(m_nodes.at(i).parent);
        m_nodes[i].inDataTable = p.inDataTable || p.dataTable;
    }
    Selection sel;
    sel.namedFurniture = false; // the scorer's own skips are in `dropped`
    const qsizetype top = topCandidate();
    if (top < 0)
        return sel;
    for (const qsizetype i : siblingsOf(top)) {
        sel.roots.append(m_nodes.at(i).node);
        clean(i, sel);
    }
    for (const GumboNode *n : std::as_const(m_skipped))
        sel.dropped.insert(n);
    return sel;
}

} // namespace

Selection scoredSelection(const GumboNode *body, int flags) {
    return Scorer(flags).select(body);
}

} // namespace sd::html
