#include "compare/tokenkeys.h"

#include "text/folding.h"

#include <thread>

namespace sd {

quint32 hashTokenKey(std::u16string_view key, bool *plain) {
    quint32 h = 2166136261u;
    bool simple = true;
    for (char16_t c : key) {
        h ^= c;
        h *= 16777619u;
        simple = simple && c < 0x80 && c != u'-' && c != u'`';
    }
    if (plain)
        *plain = simple;
    return h;
}

int TokenInterner::insert(std::u16string_view key, quint32 hash, bool store) {
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.id < 0) {
            if (store) {
                // The folded key must outlive the table: keep it and point at our copy.
                m_store.emplace_back(reinterpret_cast<const QChar *>(key.data()), qsizetype(key.size()));
                key = std::u16string_view(reinterpret_cast<const char16_t *>(m_store.back().utf16()),
                                          key.size());
            }
            slot = Slot{key.data(), quint32(key.size()), hash, int(m_count++)};
            if (size_t(m_count) * 2 > m_slots.size())
                grow();
            return int(m_count - 1);
        }
        if (slot.hash == hash && slot.length == key.size() &&
            std::u16string_view(slot.data, slot.length) == key)
            return slot.id;
    }
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
        if (slot.hash == hash && slot.length == key.size() &&
            std::u16string_view(slot.data, slot.length) == key)
            return slot.id;
    }
}

std::vector<std::pair<std::u16string_view, quint32>> TokenInterner::keysById() const {
    std::vector<std::pair<std::u16string_view, quint32>> keys(static_cast<size_t>(m_count));
    for (const Slot &s : m_slots)
        if (s.id >= 0)
            keys[size_t(s.id)] = {std::u16string_view(s.data, s.length), s.hash};
    return keys;
}

int TokenInterner::intern(std::u16string_view key) { return insert(key, hashTokenKey(key), false); }

int TokenInterner::intern(QString &&folded) {
    const std::u16string_view key(reinterpret_cast<const char16_t *>(folded.utf16()),
                                  size_t(folded.size()));
    return insert(key, hashTokenKey(key), true);
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
        for (qsizetype ti = 0; ti < block.tokens.size(); ++ti) {
            const Token &t = block.tokens.at(ti);
            if (options.ignorePunctuation && t.kind == TokenKind::Punctuation)
                continue;
            const QStringView text = block.tokenText(t);
            const std::u16string_view view(reinterpret_cast<const char16_t *>(text.utf16()),
                                           size_t(text.size()));
            bool plain = false;
            const quint32 hash = hashTokenKey(view, &plain);
            int id;
            if (options.ignoreCase)
                id = interner.intern(foldCase(foldTypography(text)));
            else if (plain || !needsTypographyFold(text))
                id = interner.intern(view, hash);
            else
                id = interner.intern(foldTypography(text));
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
    TokenSequence sb;
    std::thread other([&] { sb = buildTokenSequence(b, options, internB); });
    TokenSequence sa = buildTokenSequence(a, options, internA);
    other.join();
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
