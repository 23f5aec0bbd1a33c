// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/changeids.h"

#include "output/changefields.h"
#include "util/parallel.h"

#include <QCryptographicHash>
#include <QHash>
#include <QThread>

#include <algorithm>

namespace sd {

namespace {

constexpr char kFieldEnd = '\x1f'; // between the fields of the hashed key
constexpr char kTokenEnd = '\x1e'; // after each token's text

void addToken(QCryptographicHash &h, const Block &b, qsizetype t) {
    h.addData(b.tokenText(t).toUtf8());
    h.addData(QByteArrayView(&kTokenEnd, 1));
}

void endField(QCryptographicHash &h) {
    h.addData(QByteArrayView(&kFieldEnd, 1));
}

// Up to kIdContextTokens tokens before (block, token), nearest last, across block ends.
void addContextBefore(QCryptographicHash &h, const Document &d, qint32 block, qint32 token) {
    QList<std::pair<qint32, qint32>> picked;
    block = std::min<qint32>(block, qint32(d.blocks.size()));
    while (block >= 0 && picked.size() < kIdContextTokens) {
        if (block < d.blocks.size() && token > 0) {
            --token;
            picked.append({block, token});
            continue;
        }
        if (--block >= 0)
            token = qint32(d.blocks.at(block).tokens.size());
    }
    std::reverse(picked.begin(), picked.end());
    for (const auto &[b, t] : picked)
        addToken(h, d.blocks.at(b), t);
    endField(h);
}

// Up to kIdContextTokens tokens from (block, token) on, across block ends.
void addContextAfter(QCryptographicHash &h, const Document &d, qint32 block, qint32 token) {
    for (int taken = 0; block >= 0 && block < d.blocks.size() && taken < kIdContextTokens;) {
        if (token < d.blocks.at(block).tokens.size()) {
            addToken(h, d.blocks.at(block), token++);
            ++taken;
        } else {
            ++block, token = 0;
        }
    }
    endField(h);
}

// The side's tokens, then the context around it; an absent side stands at the anchor.
void addSide(QCryptographicHash &h, const Document &d, const ChangeSide &side, Anchor at) {
    if (side.isValid() && side.blockEnd <= d.blocks.size()) {
        for (qint32 b = side.blockBegin; b < side.blockEnd; ++b) {
            const Block &blk = d.blocks.at(b);
            const qint32 t1 = b == side.blockEnd - 1 ? side.tokenEnd : qint32(blk.tokens.size());
            for (qint32 t = b == side.blockBegin ? side.tokenBegin : 0; t < t1; ++t)
                addToken(h, blk, t);
        }
        endField(h);
        addContextBefore(h, d, side.blockBegin, side.tokenBegin);
        addContextAfter(h, d, side.blockEnd - 1, side.tokenEnd);
        return;
    }
    endField(h);
    addContextBefore(h, d, at.block, at.token);
    addContextAfter(h, d, at.block, at.token);
}

QByteArray digestOf(const Comparison &c, const Change &ch) {
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(changeKindName(ch.kind).toUtf8());
    endField(h);
    addSide(h, c.a, ch.from, ch.anchorA);
    addSide(h, c.b, ch.to, ch.anchorB);
    h.addData(ch.href.toUtf8());
    endField(h);
    h.addData(ch.oldHref.toUtf8());
    endField(h);
    const char style[] = {char(ch.style), ch.headingStyle ? 'h' : '-'};
    h.addData(QByteArrayView(style, sizeof style));
    if (kindHasLevels(ch.kind)) {
        const char levels[] = {char(ch.levelFrom), char(ch.levelTo)};
        h.addData(QByteArrayView(levels, sizeof levels));
    }
    return 'c' + h.result().first(6).toHex();
}

} // namespace

QList<QByteArray> changeIds(const Comparison &c) {
    const qsizetype n = c.changes.size();
    QList<QByteArray> ids(n);
    // Hashing is independent per change: a book's hundred thousand changes use every core.
    const qsizetype parts =
        n < 20000 ? 1 : std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
    QByteArray *out = ids.data(); // detached once, before the threads write their parts
    runParts(parts, [&](qsizetype k) {
        for (qsizetype i = n * k / parts; i < n * (k + 1) / parts; ++i)
            out[i] = digestOf(c, c.changes.at(i));
    });
    QHash<QByteArray, int> seen;
    seen.reserve(n);
    for (QByteArray &id : ids) {
        const int count = ++seen[id];
        if (count > 1)
            id += '-' + QByteArray::number(count);
    }
    return ids;
}

} // namespace sd
