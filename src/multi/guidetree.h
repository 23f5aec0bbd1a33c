// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QList>
#include <utility>
#include <vector>

namespace sd {

// The order in which the versions join the variant graph, and through which version each
// joins: CollateX's progressive alignment along a tree of similarity. The tree is the maximum
// spanning tree of the similarity matrix (Prim's, from the root), rooted at the version most
// like all the others (the largest sum of its similarities), each version joining through the
// one already in the graph it is most like. Ties are broken by the versions' content (a hash
// of their text), never by their position, so that the same files given in another order make
// the same tree, and so the same graph and the same rows.
struct GuideTree {
    struct Join {
        qsizetype version = 0;
        qsizetype parent = -1; // -1 for the root
    };
    std::vector<Join> joins;       // in the order the versions join; joins[0] is the root
    std::vector<qsizetype> tokens; // per version, its tokens
    std::vector<quint64> hashes;   // per version, contentHash

    // The comparisons the graph is built from, one per join but the root's, in join order:
    // each between the version and its parent, from the one with fewer tokens to the one with
    // more (ties by content hash). The direction too comes from the content, and a revision
    // history that grows is compared as it was written, so that these are mostly the very
    // comparisons of each version with the next that the evolution makes.
    std::vector<std::pair<qsizetype, qsizetype>> comparisons() const;
};

// `similarity`: N x N, in `versions` order (overlapMatrix).
GuideTree guideTree(const QList<Document> &versions, const QList<QList<double>> &similarity);

// A hash of what a reader sees of the document (its blocks' kinds and texts), not its name.
quint64 contentHash(const Document &document);

} // namespace sd
