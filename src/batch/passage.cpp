// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/passage.h"

#include <algorithm>

namespace sd {
namespace {

struct Anchor {
    qint32 a = 0, b = 0; // first word of the shingle in each document
};

int shingleWidth(const WordHashes &a, const WordHashes &b) {
    return int(std::min({a.hashes.size(), b.hashes.size(), size_t(kShingleWords)}));
}

// The anchors in order of `a`, each shingle of `a` tied to that shingle's first place in `b`.
std::vector<Anchor> anchorsOf(const WordHashes &a, const WordHashes &b, int width) {
    // b's shingles sorted by hash, then place: the first of equal hashes is the first place.
    std::vector<std::pair<quint64, qint32>> inB;
    for (size_t j = 0; j + size_t(width) <= b.hashes.size(); ++j)
        inB.emplace_back(shingleHash(b.hashes, j, width), qint32(j));
    std::sort(inB.begin(), inB.end());
    std::vector<Anchor> anchors;
    for (size_t i = 0; i + size_t(width) <= a.hashes.size(); ++i) {
        const quint64 h = shingleHash(a.hashes, i, width);
        const auto it = std::lower_bound(inB.begin(), inB.end(), std::pair{h, qint32(-1)});
        if (it != inB.end() && it->first == h)
            anchors.push_back({qint32(i), it->second});
    }
    // A shingle two unrelated texts share by chance ("one of the ...") rarely has a neighbour
    // shared too: only anchors next to another on the same diagonal count (a run of
    // width + 1 words), unless the texts are too short to have two. Each place in `a` has at
    // most one anchor, in order: the neighbours on the diagonal are the next and previous.
    const bool tiny = std::min(a.hashes.size(), b.hashes.size()) <= size_t(width);
    if (tiny)
        return anchors;
    const auto follows = [](const Anchor &x, const Anchor &y) {
        return y.a == x.a + 1 && y.b == x.b + 1;
    };
    std::vector<Anchor> confirmed;
    for (size_t k = 0; k < anchors.size(); ++k)
        if ((k + 1 < anchors.size() && follows(anchors[k], anchors[k + 1])) ||
            (k > 0 && follows(anchors[k - 1], anchors[k])))
            confirmed.push_back(anchors[k]);
    return confirmed;
}

// The longest chain of anchors increasing in both documents (patience sorting).
std::vector<Anchor> longestChain(const std::vector<Anchor> &anchors) {
    std::vector<qint32> tails; // index of the chain end of each length
    std::vector<qint32> before(anchors.size(), -1);
    for (size_t k = 0; k < anchors.size(); ++k) {
        const auto pos =
            std::lower_bound(tails.begin(), tails.end(), anchors[k].b,
                             [&](qint32 t, qint32 b) { return anchors[size_t(t)].b < b; });
        if (pos != tails.begin())
            before[k] = *(pos - 1);
        if (pos == tails.end())
            tails.push_back(qint32(k));
        else
            *pos = qint32(k);
    }
    std::vector<Anchor> chain;
    for (qint32 k = tails.empty() ? -1 : tails.back(); k >= 0; k = before[size_t(k)])
        chain.push_back(anchors[size_t(k)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

PassageSide sideOf(const WordHashes &w, qint32 first, qint32 end) {
    return {w.blocks[size_t(first)], w.blocks[size_t(end - 1)] + 1, first, end};
}

} // namespace

Passage sharedPassage(const WordHashes &a, const WordHashes &b) {
    const int width = shingleWidth(a, b);
    if (width == 0)
        return {};
    const std::vector<Anchor> chain = longestChain(anchorsOf(a, b, width));
    if (chain.empty())
        return {};
    // Maximum-subarray over the chain's steps: a step gains twice the words the next shingle
    // adds in both (at most `width`) and loses the words beyond them that either document
    // skips. Between two unrelated texts there are no anchors, so the penalty ends a passage
    // at the first long gap, while edits (a word in 10 replaced) stay inside it.
    const qint64 fresh = 2 * width;
    qint64 bestScore = fresh, score = fresh, shared = width, bestShared = width;
    size_t start = 0, bestStart = 0, bestEnd = 0;
    for (size_t k = 1; k < chain.size(); ++k) {
        const qint32 da = chain[k].a - chain[k - 1].a, db = chain[k].b - chain[k - 1].b;
        const qint32 gain = std::min({da, db, qint32(width)});
        const qint32 skipped = std::max(da, db) - gain;
        if (score + 2 * gain - skipped < fresh) { // a fresh start scores more
            score = fresh;
            shared = width;
            start = k;
        } else {
            score += 2 * gain - skipped;
            shared += gain;
        }
        if (score > bestScore) {
            bestScore = score;
            bestShared = shared;
            bestStart = start;
            bestEnd = k;
        }
    }
    Passage p;
    p.a = sideOf(a, chain[bestStart].a, chain[bestEnd].a + width);
    p.b = sideOf(b, chain[bestStart].b, chain[bestEnd].b + width);
    p.sharedWords = qint32(bestShared);
    return p;
}

QByteArray passageJson(const Passage &passage) {
    if (!passage.found())
        return QByteArrayLiteral("null");
    const auto side = [](const PassageSide &s) {
        return QByteArrayLiteral("{\"blocks\":[") + QByteArray::number(s.firstBlock) + ',' +
               QByteArray::number(s.endBlock) + QByteArrayLiteral("],\"words\":[") +
               QByteArray::number(s.firstWord) + ',' + QByteArray::number(s.endWord) + "]}";
    };
    return QByteArrayLiteral("{\"a\":") + side(passage.a) + QByteArrayLiteral(",\"b\":") +
           side(passage.b) + QByteArrayLiteral(",\"shared_words\":") +
           QByteArray::number(passage.sharedWords) + '}';
}

} // namespace sd
