// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"
#include "compare/tokenkeys.h"

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
// Built progressively in version order from the comparisons of each version with the one before
// it (v1 -> v2, v2 -> v3, ...): a version's words paired in place with its predecessor's join
// their nodes; a stretch it has that its predecessor lacks is matched (longest common
// subsequence of the words) with the nodes between the same two anchors that older versions
// attest, so that v1 and v3 agreeing against v2 share nodes; what is left gets new nodes. No
// version is a base: the graph depends on the versions and their order only.
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

// `steps[i]` compares version i with version i + 1 (fromIndex/toIndex as such).
VariantGraph buildVariantGraph(const QList<Document> &versions, const QList<Comparison> &steps,
                               const CompareOptions &options);

} // namespace sd
