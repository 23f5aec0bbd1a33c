// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/tokenkeys.h"

#include "text/folding.h"
#include "util/parallel.h"

#include <algorithm>
#include <cstring>

namespace sd {

namespace {

// 16-bit lanes of `w` equal to `v`: nonzero when any lane is (SWAR; exact for "any").
constexpr quint64 kLaneOnes = 0x0001000100010001ull;
constexpr quint64 kLaneHighs = 0x8000800080008000ull;
bool anyLaneEquals(quint64 w, char16_t v) {
    const quint64 x = w ^ (kLaneOnes * v);
    return ((x - kLaneOnes) & ~x & kLaneHighs) != 0;
}

quint64 mixWord(quint64 h, quint64 w) {
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 32);
}

// A plain token (ASCII, nothing typographic) folds by lowering A-Z: ICU's full case folding
// maps no other ASCII unit, and the key is the same as foldCase's. Three string copies and an
// ICU call per token are the price of --ignore-case otherwise (a quarter of a 1M-word pair).
constexpr size_t kAsciiFoldUnits = 64;
int internAsciiFolded(TokenInterner &interner, std::u16string_view view, quint32 hash) {
    char16_t lowered[kAsciiFoldUnits];
    bool changed = false;
    for (size_t i = 0; i < view.size(); ++i) {
        const char16_t c = view[i];
        const bool upper = c >= u'A' && c <= u'Z';
        lowered[i] = upper ? char16_t(c + (u'a' - u'A')) : c;
        changed = changed || upper;
    }
    if (!changed)
        return interner.intern(view, hash);
    return interner.intern(std::u16string_view(lowered, view.size()));
}

} // namespace

quint32 hashTokenKey(std::u16string_view key, bool *plain) {
    // Four UTF-16 units at a time: most words take one or two multiplications.
    const char16_t *p = key.data();
    size_t n = key.size();
    quint64 h = 0x9E3779B97F4A7C15ull ^ n;
    quint64 any = 0;
    bool special = false;
    while (n >= 4) {
        quint64 w;
        std::memcpy(&w, p, sizeof w);
        h = mixWord(h, w);
        any |= w;
        special = special || anyLaneEquals(w, u'-') || anyLaneEquals(w, u'`');
        p += 4;
        n -= 4;
    }
    if (n > 0) {
        // The last one to three units, without a call to memcpy for an odd size.
        quint64 w = p[0];
        if (n > 1)
            w |= quint64(p[1]) << 16;
        if (n > 2)
            w |= quint64(p[2]) << 32;
        h = mixWord(h, w);
        any |= w;
        // The zero lanes past the end must not read as '-' or '`': they cannot (neither is 0).
        special = special || anyLaneEquals(w, u'-') || anyLaneEquals(w, u'`');
    }
    if (plain)
        *plain = (any & 0xFF80FF80FF80FF80ull) == 0 && !special;
    h *= 0xC4CEB9FE1A85EC53ull;
    return quint32(h >> 32);
}

int TokenInterner::insert(std::u16string_view key, quint32 hash) {
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.id < 0) {
            // Every key is copied into the table's own store, side by side: lookups then compare
            // against a few compact pages instead of wherever in a book a word first appeared.
            if (m_chunks.empty() || m_chunkUsed + key.size() > m_chunks.back().size()) {
                m_chunks.emplace_back(std::max<size_t>(kChunkUnits, key.size()));
                m_chunkUsed = 0;
            }
            char16_t *copy = m_chunks.back().data() + m_chunkUsed;
            std::copy(key.begin(), key.end(), copy);
            m_chunkUsed += key.size();
            const int id = int(m_keys.size());
            slot = Slot{hash, id};
            m_keys.push_back(Key{copy, quint32(key.size()), hash});
            if (m_keys.size() * 2 > m_slots.size())
                grow();
            return id;
        }
        if (slot.hash == hash && sameKey(slot.id, key))
            return slot.id;
    }
}

bool TokenInterner::sameKey(int id, std::u16string_view key) const {
    const Key &k = m_keys[size_t(id)];
    return k.length == key.size() && std::u16string_view(k.data, k.length) == key;
}

void TokenInterner::grow() {
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.id < 0)
            continue;
        size_t i = s.hash & mask;
        while (m_slots[i].id >= 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

int TokenInterner::find(std::u16string_view key, quint32 hash) const {
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.id < 0)
            return -1;
        if (slot.hash == hash && sameKey(slot.id, key))
            return slot.id;
    }
}

std::vector<std::pair<std::u16string_view, quint32>> TokenInterner::keysById() const {
    std::vector<std::pair<std::u16string_view, quint32>> keys;
    keys.reserve(m_keys.size());
    for (const Key &k : m_keys)
        keys.emplace_back(std::u16string_view(k.data, k.length), k.hash);
    return keys;
}

int TokenInterner::intern(std::u16string_view key) {
    return insert(key, hashTokenKey(key));
}

int TokenInterner::intern(QString &&folded) {
    const std::u16string_view key(reinterpret_cast<const char16_t *>(folded.utf16()),
                                  size_t(folded.size()));
    return insert(key, hashTokenKey(key));
}

TokenSequence buildTokenSequence(const Document &doc, const CompareOptions &options,
                                 TokenInterner &interner) {
    TokenSequence seq;
    const qsizetype total = doc.tokenCount();
    seq.ids.reserve(size_t(total));
    seq.blockOf.reserve(size_t(total));
    seq.tokenOf.reserve(size_t(total));
    seq.blockBegin.reserve(size_t(doc.blocks.size() + 1));
    for (qsizetype bi = 0; bi < doc.blocks.size(); ++bi) {
        const Block &block = doc.blocks.at(bi);
        seq.blockBegin.push_back(qsizetype(seq.ids.size()));
        const char16_t *chars = reinterpret_cast<const char16_t *>(block.text.utf16());
        for (qsizetype ti = 0; ti < block.tokens.size(); ++ti) {
            const Token &t = block.tokens.at(ti);
            if (options.ignorePunctuation && t.kind == TokenKind::Punctuation)
                continue;
            const std::u16string_view view(chars + t.start, t.length);
            bool plain = false;
            const quint32 hash = hashTokenKey(view, &plain);
            int id;
            if (options.ignoreCase && plain && view.size() <= kAsciiFoldUnits)
                id = internAsciiFolded(interner, view, hash);
            else if (options.ignoreCase)
                id = interner.intern(foldCase(foldTypography(block.tokenText(t))));
            else if (plain || !needsTypographyFold(block.tokenText(t)))
                id = interner.intern(view, hash);
            else
                id = interner.intern(foldTypography(block.tokenText(t)));
            seq.ids.push_back(id);
            seq.blockOf.push_back(qint32(bi));
            seq.tokenOf.push_back(qint32(ti));
        }
    }
    seq.blockBegin.push_back(qsizetype(seq.ids.size()));
    return seq;
}

std::pair<TokenSequence, TokenSequence> buildTokenSequences(const Document &a, const Document &b,
                                                            const CompareOptions &options) {
    // Short documents are not worth a thread.
    if (a.tokenCount() + b.tokenCount() < 200000) {
        TokenInterner interner;
        TokenSequence sa = buildTokenSequence(a, options, interner);
        TokenSequence sb = buildTokenSequence(b, options, interner);
        return {std::move(sa), std::move(sb)};
    }
    TokenInterner internA, internB;
    TokenSequence sa, sb;
    runParts(2, [&](qsizetype part) {
        if (part == 0)
            sa = buildTokenSequence(a, options, internA);
        else
            sb = buildTokenSequence(b, options, internB);
    });
    // B's ids in A's numbering: known keys keep A's id, new ones follow in B's order of first
    // appearance, exactly as one shared table would have numbered them.
    const auto keys = internB.keysById();
    std::vector<int> remap(keys.size());
    for (size_t id = 0; id < keys.size(); ++id) {
        const int known = internA.find(keys[id].first, keys[id].second);
        remap[id] = known >= 0 ? known : internA.intern(keys[id].first, keys[id].second);
    }
    for (int &id : sb.ids)
        id = remap[size_t(id)];
    return {std::move(sa), std::move(sb)};
}

} // namespace sd
