// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/options.h"
#include "document/document.h"

#include <deque>
#include <span>
#include <string_view>
#include <vector>

namespace sd {

// Maps token keys to small integers, so that diffs compare ints, not strings. The interner keeps
// its own copy of every distinct key (a book has tens of thousands, next to a million tokens).
//
// An open-addressing table (linear probing, power-of-two size) with the hash kept per slot:
// interning runs once per token, millions of times for a long book, and std::unordered_map's
// node per key costs three times as much there.
class TokenInterner {
public:
    int intern(std::u16string_view key);
    int intern(QString &&folded);
    // With the key's hash already computed (see hashTokenKey).
    int intern(std::u16string_view key, quint32 hash) { return insert(key, hash); }
    // The id of a key already interned, or -1.
    int find(std::u16string_view key, quint32 hash) const;
    // Every key with its id, in id order (for merging two interners).
    std::vector<std::pair<std::u16string_view, quint32>> keysById() const;
    qsizetype size() const { return qsizetype(m_keys.size()); }

private:
    // Slots hold only hash and id (8 bytes, so that the table stays in cache); the keys live
    // apart, by id, and are read only when the hashes agree.
    struct Slot {
        quint32 hash = 0;
        int id = -1;
    };
    struct Key {
        const char16_t *data = nullptr;
        quint32 length = 0;
        quint32 hash = 0;
    };
    int insert(std::u16string_view key, quint32 hash);
    bool sameKey(int id, std::u16string_view key) const;
    void grow();

    std::vector<Slot> m_slots = std::vector<Slot>(1024);
    std::vector<Key> m_keys;
    static constexpr size_t kChunkUnits = 1 << 16;
    std::deque<std::vector<char16_t>> m_chunks; // the keys' text; chunks never move
    size_t m_chunkUsed = 0;
};

// The comparable tokens of one document in reading order, flattened: position p is token
// tokenOf[p] of block blockOf[p]. With --ignore-punctuation, punctuation is left out here.
struct TokenSequence {
    std::vector<int> ids;
    std::vector<qint32> blockOf;
    std::vector<qint32> tokenOf;
    std::vector<qsizetype> blockBegin; // per block, first position; blockBegin[n] = ids.size()

    qsizetype blockCount() const { return qsizetype(blockBegin.size()) - 1; }
    qsizetype blockSize(qsizetype block) const { return blockBegin[block + 1] - blockBegin[block]; }
    std::span<const int> blockIds(qsizetype block) const {
        return std::span<const int>(ids).subspan(blockBegin[block], blockSize(block));
    }
};

// A multiplicative hash over UTF-16 code units, four at a time, the interner's hash; `plain` tells whether the text is free
// of anything typographic folding could change (ASCII other than '-' and '`').
quint32 hashTokenKey(std::u16string_view key, bool *plain = nullptr);

// The key a token is compared by: typography always folded (typographic differences are found
// among equal tokens afterwards), case folded with --ignore-case.
TokenSequence buildTokenSequence(const Document &doc, const CompareOptions &options,
                                 TokenInterner &interner);

// Both sequences of a comparison at once: each document interned on its own thread with its own
// table, then B's ids mapped onto A's (B's distinct keys are few next to its tokens). The ids
// equal those of interning A then B in one table.
std::pair<TokenSequence, TokenSequence> buildTokenSequences(const Document &a, const Document &b,
                                                            const CompareOptions &options);

} // namespace sd
