#include "compare/tokenkeys.h"

#include "text/folding.h"

namespace sd {

int TokenInterner::intern(std::u16string_view key) {
    const auto [it, inserted] = m_ids.try_emplace(key, int(m_ids.size()));
    return it->second;
}

int TokenInterner::intern(QString &&folded) {
    const std::u16string_view view(reinterpret_cast<const char16_t *>(folded.utf16()),
                                   size_t(folded.size()));
    auto it = m_ids.find(view);
    if (it != m_ids.end())
        return it->second;
    m_store.push_back(std::move(folded));
    const QString &kept = m_store.back();
    const std::u16string_view keptView(reinterpret_cast<const char16_t *>(kept.utf16()),
                                       size_t(kept.size()));
    return m_ids.emplace(keptView, int(m_ids.size())).first->second;
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
            int id;
            if (options.ignoreCase)
                id = interner.intern(foldCase(foldTypography(text)));
            else if (needsTypographyFold(text))
                id = interner.intern(foldTypography(text));
            else
                id = interner.intern(std::u16string_view(
                    reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size())));
            seq.ids.push_back(id);
            seq.blockOf.push_back(qint32(bi));
            seq.tokenOf.push_back(qint32(ti));
        }
    }
    seq.blockBegin.push_back(qsizetype(seq.ids.size()));
    return seq;
}

} // namespace sd
