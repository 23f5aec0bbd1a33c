// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What finding text moves (textmoves.cpp) and reporting them (textmovereport.cpp) share.

#include "compare/cleanup.h"
#include "compare/sequencediff.h"
#include "compare/textmoves.h"

#include <algorithm>

namespace sd::textmoves {

// Runs are found from seeds of this many tokens; seeds found in more places than
// kMaxSeedPlaces (a refrain, "said the") start no run.
constexpr size_t kSeedTokens = 4;
constexpr size_t kMaxSeedPlaces = 32;

inline quint64 seedKey(std::span<const int> ids) {
    quint64 h = 0xcbf29ce484222325ull;
    for (int id : ids)
        h = (h ^ quint64(quint32(id))) * 0x100000001b3ull;
    return h;
}

inline qsizetype wordsIn(const MoveSide &s, qsizetype p0, qsizetype p1) {
    return std::count(s.word.begin() + p0, s.word.begin() + p1, true);
}

// The word diff of a run's two sides.
inline EditScript runScript(std::span<const int> idsA, std::span<const int> idsB,
                            const TextMove &m) {
    return normalizeScript(
        diffSequences(idsA.subspan(size_t(m.aBegin), size_t(m.aEnd - m.aBegin)),
                      idsB.subspan(size_t(m.bBegin), size_t(m.bEnd - m.bBegin))));
}

} // namespace sd::textmoves
