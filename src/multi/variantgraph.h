// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"
#include "compare/tokenkeys.h"
#include "multi/guidetree.h"

#include <QList>
#include <vector>

namespace sd {

// CollateX's model of a collation: every comparable token of every version stands on one node,
// the tokens that read the same place in several versions on the same node, so that each node
// knows the versions that attest it. The nodes are kept in one reading order that every
// version's own order follows, except for the tokens a comparison found moved: those stand on
// the node of the passage they came from, marked `displaced` (a transposition), and their own
// place is left out of the order.
//
// Built progressively along a guide tree (guidetree.h): each version joins through its
// comparison with its parent there, the version already in the graph it is most like. Its words
// paired in place with the parent's join their nodes; a stretch it has that the parent lacks is
// matched (longest common subsequence of the words) with the nodes between the same two anchors
// that other versions already in the graph attest, so that v1 and v3 agreeing against v2 share
// nodes; what is left gets new nodes. No version is a base, and the tree comes from the
// versions' content: the graph depends on the versions only, not on their order.
struct VariantGraph {
    QList<TokenSequence> sequences;           // per version, with one interner
    std::vector<std::vector<qint32>> nodeOf;  // [version][position] -> node
    std::vector<std::vector<char>> displaced; // [version][position]: stands elsewhere there
    std::vector<qint32> order;                // nodes in reading order
    std::vector<qint32> rankOf;               // node -> its index in `order`

    qsizetype versionCount() const { return sequences.size(); }
    qint32 rank(qsizetype version, qsizetype position) const {
        return rankOf[size_t(nodeOf[size_t(version)][size_t(position)])];
    }
};

// `steps`: the guide tree's comparisons (GuideTree::comparisons), one per join but the root's,
// in join order, each either way round (fromIndex and toIndex set).
VariantGraph buildVariantGraph(const QList<Document> &versions, const GuideTree &tree,
                               const QList<Comparison> &steps, const CompareOptions &options);

} // namespace sd
