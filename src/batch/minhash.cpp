// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/minhash.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace sd {
namespace {

// SplitMix64's finaliser: a fixed, portable 64-bit mix (no per-process seed, unlike qHash).
constexpr quint64 mix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// The MinHash family: h_i(x) = high 32 bits of (a_i x + b_i), a_i odd, from fixed seeds.
struct HashFamily {
    std::array<quint64, kSignatureHashes> a{}, b{};
    HashFamily() {
        for (size_t i = 0; i < a.size(); ++i) {
            a[i] = mix(2 * i + 1) | 1;
            b[i] = mix(2 * i + 2);
        }
    }
};
const HashFamily &family() {
    static const HashFamily f;
    return f;
}

using Signature = std::array<quint32, kSignatureHashes>;

void fold(Signature &into, const Signature &other) {
    for (size_t i = 0; i < into.size(); ++i)
        into[i] = std::min(into[i], other[i]);
}

// The MinHash values of shingles [first, last).
Signature minOf(const std::vector<quint64> &shingles, size_t first, size_t last, int hashes) {
    Signature s;
    s.fill(std::numeric_limits<quint32>::max());
    const HashFamily &f = family();
    for (size_t k = first; k < last; ++k) {
        const quint64 x = shingles[k];
        for (int i = 0; i < hashes; ++i)
            s[size_t(i)] =
                std::min(s[size_t(i)], quint32((f.a[size_t(i)] * x + f.b[size_t(i)]) >> 32));
    }
    return s;
}

void addBands(const Signature &s, const LshParams &lsh, std::vector<quint64> &keys) {
    for (int band = 0; band < lsh.bands; ++band) {
        quint64 k = mix(quint64(band) + 1);
        for (int r = 0; r < lsh.rows; ++r)
            k = mix(k ^ s[size_t(band * lsh.rows + r)]);
        keys.push_back(k);
    }
}

} // namespace

namespace {

// FNV-1a over the case-folded UTF-16 text: stable across builds. ASCII words (most of them)
// fold by hand, without the two strings QString::toCaseFolded makes; the same values.
quint64 foldedHash(QStringView word) {
    quint64 h = 0xcbf29ce484222325ULL;
    const bool ascii =
        std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        for (const QChar c : word.toString().toCaseFolded())
            h = (h ^ c.unicode()) * 0x100000001b3ULL;
        return h;
    }
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        h = (h ^ (u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u)) * 0x100000001b3ULL;
    }
    return h;
}

} // namespace

WordHashes wordHashes(const Document &document) {
    WordHashes w;
    for (qsizetype b = 0; b < document.blocks.size(); ++b) {
        const Block &block = document.blocks.at(b);
        for (const Token &t : block.tokens) {
            if (!t.isWord())
                continue;
            w.hashes.push_back(mix(foldedHash(block.tokenText(t))));
            w.blocks.push_back(qint32(b));
        }
    }
    return w;
}

quint64 shingleHash(const std::vector<quint64> &words, size_t first, int width) {
    quint64 h = quint64(width);
    for (size_t i = first; i < first + size_t(width) && i < words.size(); ++i)
        h = mix(h ^ words[i]);
    return h;
}

double LshParams::probability(double j) const {
    return 1.0 - std::pow(1.0 - std::pow(j, rows), bands);
}

double windowJaccard(double similarity) {
    const double s = std::clamp(similarity, 0.0, 1.0);
    const double shared = std::pow(s, kShingleWords) * 0.75;
    return shared / (2.0 - shared);
}

LshParams chooseLsh(double jaccard, double recall) {
    const double j = std::clamp(jaccard, 1e-6, 1.0);
    LshParams best{kSignatureHashes, 1, jaccard};
    for (int rows = 1; rows <= kSignatureHashes; ++rows) {
        const double hit = std::pow(j, rows); // one band's chance
        // The fewest bands with 1 - (1 - hit)^bands >= recall.
        const double need = hit >= 1.0 ? 1.0 : std::log(1.0 - recall) / std::log1p(-hit);
        const double bands = std::max(1.0, std::ceil(need - 1e-9));
        if (bands * rows > kSignatureHashes)
            break; // more rows only need more bands
        best = LshParams{int(bands), rows, jaccard};
    }
    return best;
}

std::vector<quint64> bandKeys(const std::vector<quint64> &words, const LshParams &lsh) {
    std::vector<quint64> keys;
    if (words.empty())
        return keys;
    const int width = int(std::min<size_t>(words.size(), kShingleWords));
    std::vector<quint64> shingles;
    shingles.reserve(words.size() - size_t(width) + 1);
    for (size_t i = 0; i + size_t(width) <= words.size(); ++i)
        shingles.push_back(shingleHash(words, i, width));
    const int hashes = lsh.bands * lsh.rows;
    // Half-window chunks; window w is chunks w and w + 1, so each shingle is hashed once.
    const size_t half = kWindowShingles / 2;
    const size_t chunks = (shingles.size() + half - 1) / half;
    Signature previous = minOf(shingles, 0, std::min(half, shingles.size()), hashes);
    if (chunks == 1)
        addBands(previous, lsh, keys);
    for (size_t c = 1; c < chunks; ++c) {
        const Signature current =
            minOf(shingles, c * half, std::min((c + 1) * half, shingles.size()), hashes);
        Signature window = previous;
        fold(window, current);
        addBands(window, lsh, keys);
        previous = current;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace sd
