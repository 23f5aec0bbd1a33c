// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers over gumbo's tree shared by the HTML reader's parts (internal to the readers).

#include "document/document.h"
#include "readers/decode.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <gumbo.h>

namespace sd::html {

const GumboVector *childrenOf(const GumboNode *n); // nullptr for leaves and <template>
inline const GumboNode *childAt(const GumboVector *v, unsigned i) {
    return static_cast<const GumboNode *>(v->data[i]);
}
bool isElement(const GumboNode *n, GumboTag tag);
inline GumboTag tagOf(const GumboNode *element) {
    return element->v.element.tag;
}
inline bool isTextNode(const GumboNode *n) {
    return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
           n->type == GUMBO_NODE_CDATA;
}
const char *attr(const GumboNode *n, const char *name);
bool attrIs(const GumboNode *n, const char *name, const char *value); // trimmed, any case
bool isNeverStory(GumboTag t);
bool isSectioning(const GumboNode *n); // article, main, section, [role=main]
bool ancestorIsSectioning(const GumboNode *n);
// Not part of the story: never-story tags, a page-level <header> (one outside any article,
// main or section is the site's banner), hidden elements, and furniture named by class or id.
bool isExcluded(const GumboNode *n, bool inSectioning);
// The same without the furniture named by class or id (a relaxed reading keeps it).
bool isExcludedAlways(const GumboNode *n, bool inSectioning);
bool isBlockTag(GumboTag t);
// +25 for content-like class/id words ("article", "content"), -25 for furniture ("nav", "ad").
int classWeight(const GumboNode *n);
// The visible text of a subtree, whitespace folded.
QString textOf(const GumboNode *root);

// The parts of a page that are its story: subtrees to read, and elements inside them to leave
// out (on top of what isExcludedAlways leaves out).
struct Selection {
    QList<const GumboNode *> roots;
    QSet<const GumboNode *> dropped;
    bool namedFurniture = true; // isExcluded's class and id names apply too
};

// How hard scoredSelection looks, as Readability: a page whose first reading is too short is
// read again with fewer of these.
enum ScoreFlag {
    StripUnlikely = 1 << 0,      // elements named like furniture are skipped
    WeightClasses = 1 << 1,      // class and id names weigh in the score
    CleanConditionally = 1 << 2, // link-, image- and input-heavy parts of the story go
};
inline constexpr int kAllScoreFlags = StripUnlikely | WeightClasses | CleanConditionally;

// The containers with the best prose score under `body`, Readability-style: the best one
// and the siblings that belong with it, in document order, with the furniture inside them.
// No roots when nothing scores.
Selection scoredSelection(const GumboNode *body, int flags);

// Reads the story blocks of `selection`; hrefs are resolved against `base`. `source` is the
// UTF-8 text gumbo parsed, for source offsets (nullptr: none). False when no block has text.
bool extractStory(const Selection &selection, const QUrl &base, const QByteArray *source,
                  QList<Block> &blocks);

} // namespace sd::html
