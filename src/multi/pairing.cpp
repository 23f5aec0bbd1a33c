// SPDX-License-Identifier: GPL-3.0-or-later
#include "multi/pairing.h"

namespace sd {

TokenPairing inPlacePairing(const Comparison &c, const TokenSequence &a, const TokenSequence &b) {
    TokenPairing p = c.pairing;
    for (const BlockGroup &g : c.groups) {
        if (!g.moved)
            continue;
        for (qsizetype q = a.blockBegin[size_t(g.aBegin)]; q < a.blockBegin[size_t(g.aEnd)]; ++q)
            p.partnerOfA[size_t(q)] = -1;
        for (qsizetype q = b.blockBegin[size_t(g.bBegin)]; q < b.blockBegin[size_t(g.bEnd)]; ++q)
            p.partnerOfB[size_t(q)] = -1;
    }
    return p;
}

QString sequenceText(const Document &doc, const TokenSequence &seq, qsizetype p0, qsizetype p1,
                     QChar blockSeparator) {
    QStringList parts;
    qsizetype p = p0;
    while (p < p1) {
        const qint32 blk = seq.blockOf[size_t(p)];
        qsizetype q = p;
        while (q < p1 && seq.blockOf[size_t(q)] == blk)
            ++q;
        parts << doc.blocks.at(blk).spanText(seq.tokenOf[size_t(p)],
                                             seq.tokenOf[size_t(q - 1)] + 1);
        p = q;
    }
    return parts.join(blockSeparator);
}

} // namespace sd
