#include "multi/pairing.h"

#include "compare/sequencediff.h"

namespace sd {

TokenPairing pairTokens(const Comparison &c, const TokenSequence &a, const TokenSequence &b,
                        bool inPlaceOnly, bool everyEqualWord) {
    TokenPairing p;
    p.partnerOfA.assign(a.ids.size(), -1);
    p.partnerOfB.assign(b.ids.size(), -1);
    for (const BlockGroup &g : c.groups) {
        if (inPlaceOnly && g.moved)
            continue;
        const qsizetype a0 = a.blockBegin[size_t(g.aBegin)];
        const qsizetype b0 = b.blockBegin[size_t(g.bBegin)];
        auto pairRun = [&](const EditRun &r, qsizetype da, qsizetype db) {
            for (qsizetype k = 0; k < r.aLength(); ++k) {
                p.partnerOfA[size_t(a0 + da + r.aBegin + k)] = b0 + db + r.bBegin + k;
                p.partnerOfB[size_t(b0 + db + r.bBegin + k)] = a0 + da + r.aBegin + k;
            }
        };
        const EditScript &script = g.script;
        for (qsizetype i = 0; i < script.size(); ++i) {
            const EditRun &r = script[i];
            if (r.kind == EditRun::Equal) {
                pairRun(r, 0, 0);
                continue;
            }
            // A replacement is a Delete run followed by an Insert run (normalised scripts).
            if (!everyEqualWord || r.kind != EditRun::Delete || i + 1 >= script.size() ||
                script[i + 1].kind != EditRun::Insert)
                continue;
            const EditRun &ins = script[i + 1];
            const auto ida = std::span<const int>(a.ids).subspan(size_t(a0 + r.aBegin), size_t(r.aLength()));
            const auto idb = std::span<const int>(b.ids).subspan(size_t(b0 + ins.bBegin), size_t(ins.bLength()));
            for (const EditRun &inner : diffSequences(ida, idb))
                if (inner.kind == EditRun::Equal)
                    pairRun(inner, r.aBegin, ins.bBegin);
        }
    }
    return p;
}

QString sequenceText(const Document &doc, const TokenSequence &seq, qsizetype p0, qsizetype p1) {
    QStringList parts;
    qsizetype p = p0;
    while (p < p1) {
        const qint32 blk = seq.blockOf[size_t(p)];
        qsizetype q = p;
        while (q < p1 && seq.blockOf[size_t(q)] == blk)
            ++q;
        parts << doc.blocks.at(blk).spanText(seq.tokenOf[size_t(p)], seq.tokenOf[size_t(q - 1)] + 1);
        p = q;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace sd
