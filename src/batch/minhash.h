// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QtGlobal>

#include <vector>

namespace sd {

// Candidate search for archives (issue 16): MinHash signatures over word shingles, banded for
// locality-sensitive hashing (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive
// Datasets", ch. 3). Every hash here is computed from the text alone with fixed constants, so
// that two machines (and two shards) derive the same keys from the same document.

// The folded words of a document in reading order (punctuation left out, case folded), one
// 64-bit hash each, and the block each word stands in.
struct WordHashes {
    std::vector<quint64> hashes;
    std::vector<qint32> blocks;
};
WordHashes wordHashes(const Document &document);

// The hash of the `width` words from `first` (a shingle).
quint64 shingleHash(const std::vector<quint64> &words, size_t first, int width);

// Shingles are this many consecutive words (textreuse uses 3, passim 5: 4 keeps unrelated news
// articles' chance overlaps rare and survives light edits); a signature covers a
// window of this many shingles, and windows overlap by half, so that a passage embedded in a
// longer page has windows that lie almost wholly inside it.
inline constexpr int kShingleWords = 4;
inline constexpr int kWindowShingles = 64;
inline constexpr int kSignatureHashes = 128; // the most bands x rows may use

// Bands of `rows` MinHash values each: two windows become candidates when all the rows of any
// one band agree. Their chance at shingle Jaccard similarity j is the S-curve
// 1 - (1 - j^rows)^bands.
struct LshParams {
    int bands = 0;
    int rows = 0;
    double jaccard = 0; // the window similarity they were chosen for
    double probability(double j) const;
    friend bool operator==(const LshParams &, const LshParams &) = default;
};

// The shingle Jaccard similarity of the windows of two copies whose passage keeps the fraction
// `similarity` of its words: a kept word keeps its kShingleWords shingles only when its
// following kShingleWords - 1 neighbours are kept too, so s^kShingleWords of the shingles are
// kept (edits spread evenly: the worst case); windows of the two
// copies start up to a quarter window apart, so only 3/4 of them overlap; Jaccard of sets of
// equal size sharing a fraction f is f / (2 - f). Documented in docs/cli.md.
double windowJaccard(double similarity);

// The S-curve for a window similarity j: the most rows per band (fewest chance collisions of
// unrelated windows) for which at most kSignatureHashes hashes reach probability `recall` at
// j, with the fewest bands that do (the least memory). Rows at least 1, bands at least 1.
// The default 0.7 per window pair: a shared passage of four windows (about 130 words) is then
// missed with probability at most 0.3^4 < 0.01, as its windows hash independently.
inline constexpr double kWindowRecall = 0.7;
LshParams chooseLsh(double jaccard, double recall = kWindowRecall);

// The band keys of a document's windows: one 64-bit key per (window, band), band number mixed
// in, sorted and without repeats (overlapping windows often agree). A document shorter than a
// shingle is one shingle of all its words; one without words has no keys.
std::vector<quint64> bandKeys(const std::vector<quint64> &words, const LshParams &lsh);

} // namespace sd
