#pragma once

#include "compare/options.h"
#include "document/document.h"

#include <deque>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sd {

// Maps token keys to small integers, so that diffs compare ints, not strings. Keys are views
// into the documents' block texts when no folding changes them, else into the interner's own
// store; the documents must outlive the interner.
class TokenInterner {
public:
    int intern(std::u16string_view key);
    int intern(QString &&folded);
    qsizetype size() const { return qsizetype(m_ids.size()); }

private:
    std::unordered_map<std::u16string_view, int> m_ids;
    std::deque<QString> m_store;
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

// The key a token is compared by: typography always folded (typographic differences are found
// among equal tokens afterwards), case folded with --ignore-case.
TokenSequence buildTokenSequence(const Document &doc, const CompareOptions &options,
                                 TokenInterner &interner);

} // namespace sd
