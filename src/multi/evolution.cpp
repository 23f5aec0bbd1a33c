// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/evolution.h"

#include "multi/pairing.h"
#include "util/contract.h"

#include <utility>

namespace sd {

Evolution traceEvolution(const QList<Document> &versions, const QList<Comparison> &steps,
                         const CompareOptions &options) {
    Evolution ev;
    if (versions.isEmpty())
        return ev;
    TokenInterner interner;
    QList<TokenSequence> seqs;
    for (const Document &d : versions)
        seqs.append(buildTokenSequence(d, options, interner));
    auto tokenAt = [&](qsizetype v, qsizetype p) -> const Token & {
        const TokenSequence &s = seqs.at(v);
        return versions.at(v).blocks.at(s.blockOf[size_t(p)]).tokens.at(s.tokenOf[size_t(p)]);
    };
    auto textAt = [&](qsizetype v, qsizetype p) {
        const TokenSequence &s = seqs.at(v);
        const Block &b = versions.at(v).blocks.at(s.blockOf[size_t(p)]);
        return b.tokenText(b.tokens.at(s.tokenOf[size_t(p)])).toString();
    };
    std::vector<qint32> origin(seqs.first().ids.size(), 0);
    ev.versions.resize(versions.size());
    for (qsizetype v = 0; v + 1 < versions.size(); ++v) {
        const Comparison &c = steps.at(v);
        // The comparison's own pairing: its positions are those of seqs (the same options),
        // v's on side A.
        TokenPairing p = c.pairing;
        if (c.fromIndex == v + 1 && c.toIndex == v)
            std::swap(p.partnerOfA, p.partnerOfB);
        SD_EXPECT(p.partnerOfA.size() == seqs.at(v).ids.size() &&
                  p.partnerOfB.size() == seqs.at(v + 1).ids.size());
        std::vector<qint32> next(seqs.at(v + 1).ids.size(), qint32(v + 1));
        VersionStats &st = ev.versions[v + 1];
        for (size_t q = 0; q < next.size(); ++q) {
            if (p.partnerOfB[q] >= 0)
                next[q] = origin[size_t(p.partnerOfB[q])];
            else if (tokenAt(v + 1, qsizetype(q)).isWord())
                ++st.wordsAdded;
        }
        // Runs of unpaired tokens of v are the passages dropped in v+1.
        qsizetype runStart = -1;
        auto flush = [&](qsizetype end) {
            if (runStart >= 0)
                ev.dropped.append(DroppedPassage{sequenceText(versions.at(v), seqs.at(v), runStart, end),
                                                 qint32(v + 1), origin[size_t(runStart)]});
            runStart = -1;
        };
        for (size_t q = 0; q < origin.size(); ++q) {
            if (p.partnerOfA[q] >= 0) {
                flush(qsizetype(q));
                continue;
            }
            if (tokenAt(v, qsizetype(q)).isWord())
                ++st.wordsDropped;
            if (runStart < 0)
                runStart = qsizetype(q);
        }
        flush(qsizetype(origin.size()));
        st.linkChanges = c.stats.linksAdded + c.stats.linksRemoved + c.stats.linksChanged;
        st.formatChanges = c.stats.formatChanges;
        origin = std::move(next);
    }
    const qsizetype last = versions.size() - 1;
    for (size_t q = 0; q < origin.size(); ++q) {
        if (tokenAt(last, qsizetype(q)).isWord())
            ev.words.append(EvolutionWord{textAt(last, qsizetype(q)), origin[q],
                                          seqs.at(last).blockOf[q], seqs.at(last).tokenOf[q]});
    }
    return ev;
}

} // namespace sd
