#pragma once

// Helpers over gumbo's tree shared by the HTML reader's parts (internal to the readers).

#include "document/document.h"
#include "readers/decode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <gumbo.h>

namespace sd::html {

const GumboVector *childrenOf(const GumboNode *n); // nullptr for leaves and <template>
inline const GumboNode *childAt(const GumboVector *v, unsigned i) {
    return static_cast<const GumboNode *>(v->data[i]);
}
bool isElement(const GumboNode *n, GumboTag tag);
const char *attr(const GumboNode *n, const char *name);
bool attrIs(const GumboNode *n, const char *name, const char *value); // trimmed, any case
bool isNeverStory(GumboTag t);
bool isSectioning(const GumboNode *n); // article, main, section, [role=main]
bool ancestorIsSectioning(const GumboNode *n);
// Not part of the story: never-story tags, a page-level <header> (one outside any article,
// main or section is the site's banner), hidden elements, and furniture named by class or id.
bool isExcluded(const GumboNode *n, bool inSectioning);
bool isBlockTag(GumboTag t);
// +25 for content-like class/id words ("article", "content"), -25 for furniture ("nav", "ad").
int classWeight(const GumboNode *n);
// The visible text of a subtree, whitespace folded.
QString textOf(const GumboNode *root);


// The containers with the densest prose under `body`, Readability-style: the best one and
// the siblings that score nearly as well, in document order. Empty when nothing scores.
QList<const GumboNode *> densestContainers(const GumboNode *body);

// Reads the story blocks under `roots`; hrefs are resolved against `base`. `source` is the
// UTF-8 text gumbo parsed, for source offsets (nullptr: none). False when no block has text.
bool extractStory(const QList<const GumboNode *> &roots, const QUrl &base, const QByteArray *source,
                  QList<Block> &blocks);

} // namespace sd::html
