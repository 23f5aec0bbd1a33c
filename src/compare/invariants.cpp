// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/invariants.h"

#include <algorithm>
#include <vector>

namespace sd {
namespace {

bool comparable(const Token &t, const CompareOptions &o) {
    return !(o.ignorePunctuation && t.kind == TokenKind::Punctuation);
}

qsizetype comparableTokens(const Document &doc, qint32 begin, qint32 end, const CompareOptions &o) {
    qsizetype n = 0;
    for (qint32 i = begin; i < end; ++i)
        for (const Token &t : doc.blocks.at(i).tokens)
            n += comparable(t, o) ? 1 : 0;
    return n;
}

bool sideWithin(const ChangeSide &s, const Document &doc) {
    if (!s.isValid())
        return true;
    if (s.blockEnd <= s.blockBegin || s.blockEnd > doc.blocks.size() || s.tokenBegin < 0 ||
        s.tokenEnd < 0)
        return false;
    if (s.tokenBegin > doc.blocks.at(s.blockBegin).tokens.size() ||
        s.tokenEnd > doc.blocks.at(s.blockEnd - 1).tokens.size())
        return false;
    return s.blockCount() > 1 || s.tokenBegin <= s.tokenEnd;
}

// A place before a token of a block, or at the end of one; block == count: at the very end.
bool anchorWithin(const Anchor &at, const Document &doc) {
    if (at.block < 0 || at.block > doc.blocks.size() || at.token < 0)
        return false;
    return at.block == doc.blocks.size() ? at.token == 0
                                         : at.token <= doc.blocks.at(at.block).tokens.size();
}

bool shapeMatchesKind(const BlockGroup &g) {
    const qint32 na = g.aEnd - g.aBegin, nb = g.bEnd - g.bBegin;
    switch (g.kind) {
    case BlockGroup::Equal:
    case BlockGroup::Edited:
        return na == 1 && nb == 1;
    case BlockGroup::Split:
        return na == 1 && nb > 1;
    case BlockGroup::Merge:
        return na > 1 && nb == 1;
    }
    return false;
}

// Runs contiguous from (0, 0) to (sizeA, sizeB), each of its kind's shape.
bool scriptCovers(const EditScript &script, qsizetype sizeA, qsizetype sizeB) {
    qsizetype pa = 0, pb = 0;
    for (const EditRun &r : script) {
        if (r.aBegin != pa || r.bBegin != pb || r.aEnd < r.aBegin || r.bEnd < r.bBegin)
            return false;
        if ((r.kind == EditRun::Equal && r.aLength() != r.bLength()) ||
            (r.kind == EditRun::Delete && r.bLength() != 0) ||
            (r.kind == EditRun::Insert && r.aLength() != 0))
            return false;
        pa = r.aEnd;
        pb = r.bEnd;
    }
    return pa == sizeA && pb == sizeB;
}

class Checker {
public:
    explicit Checker(const Comparison &c) : m_c(c) {}

    const char *firstBroken() const {
        if (!changesWithin())
            return "a change side or anchor lies outside its document";
        if (!changesSorted())
            return "the changes are not sorted by anchorB";
        if (const char *why = groupsBroken())
            return why;
        if (!groupsCover())
            return "a block with comparable tokens is in no group and was not deleted or inserted";
        if (!rowsWalkBoth())
            return "the rows do not walk both documents in order";
        if (!pairingOneToOne())
            return "the token pairing is not one to one";
        return nullptr;
    }

private:
    bool changesWithin() const {
        for (const Change &ch : m_c.changes) {
            if (!sideWithin(ch.from, m_c.a) || !sideWithin(ch.to, m_c.b) ||
                !anchorWithin(ch.anchorA, m_c.a) || !anchorWithin(ch.anchorB, m_c.b))
                return false;
        }
        return true;
    }

    bool changesSorted() const {
        for (qsizetype i = 1; i < m_c.changes.size(); ++i)
            if (m_c.changes.at(i).anchorB < m_c.changes.at(i - 1).anchorB)
                return false;
        return true;
    }

    const char *groupsBroken() const {
        std::vector<bool> inA(size_t(m_c.a.blocks.size()), false);
        std::vector<bool> inB(size_t(m_c.b.blocks.size()), false);
        qint32 lastB = -1;
        for (const BlockGroup &g : m_c.groups) {
            if (g.aBegin < 0 || g.aEnd > m_c.a.blocks.size() || g.bBegin < 0 ||
                g.bEnd > m_c.b.blocks.size() || g.aBegin >= g.aEnd || g.bBegin >= g.bEnd)
                return "a group is empty or lies outside the documents";
            if (g.bBegin <= lastB)
                return "the groups are not in B's order";
            lastB = g.bBegin;
            if (!shapeMatchesKind(g) || (g.moved && g.moveId < 0))
                return "a group's shape does not match its kind";
            if (!claim(inA, g.aBegin, g.aEnd) || !claim(inB, g.bBegin, g.bEnd))
                return "two groups share a block";
            const CompareOptions &o = m_c.options;
            if (!scriptCovers(g.script, comparableTokens(m_c.a, g.aBegin, g.aEnd, o),
                              comparableTokens(m_c.b, g.bBegin, g.bEnd, o)))
                return "a group's script does not cover its tokens";
        }
        return nullptr;
    }

    static bool claim(std::vector<bool> &owned, qint32 begin, qint32 end) {
        for (qint32 i = begin; i < end; ++i) {
            if (owned[size_t(i)])
                return false;
            owned[size_t(i)] = true;
        }
        return true;
    }

    // Every block with comparable tokens is in a group, or deleted (inserted) whole, or, when a
    // moved run of words was taken out of a block deleted (inserted) whole, every comparable
    // token of it is in a deleted (inserted) or moved-text side.
    bool groupsCover() const {
        std::vector<bool> inA(size_t(m_c.a.blocks.size()), false);
        std::vector<bool> inB(size_t(m_c.b.blocks.size()), false);
        for (const BlockGroup &g : m_c.groups) {
            std::fill(inA.begin() + g.aBegin, inA.begin() + g.aEnd, true);
            std::fill(inB.begin() + g.bBegin, inB.begin() + g.bEnd, true);
        }
        for (const Change &ch : m_c.changes) {
            if (!ch.wholeBlock)
                continue;
            if (ch.from.isValid())
                std::fill(inA.begin() + ch.from.blockBegin, inA.begin() + ch.from.blockEnd, true);
            if (ch.to.isValid())
                std::fill(inB.begin() + ch.to.blockBegin, inB.begin() + ch.to.blockEnd, true);
        }
        return covered(m_c.a, inA, Side::A) && covered(m_c.b, inB, Side::B);
    }

    bool covered(const Document &doc, const std::vector<bool> &in, Side side) const {
        std::vector<std::vector<bool>> tokens; // of the blocks left, filled on demand
        for (qint32 i = 0; i < doc.blocks.size(); ++i) {
            if (in[size_t(i)] || comparableTokens(doc, i, i + 1, m_c.options) == 0)
                continue;
            if (tokens.empty())
                tokens = tokensInChanges(doc, side);
            const Block &blk = doc.blocks.at(i);
            for (qsizetype t = 0; t < blk.tokens.size(); ++t)
                if (comparable(blk.tokens.at(t), m_c.options) && !tokens[size_t(i)][size_t(t)])
                    return false;
        }
        return true;
    }

    // Which tokens of `doc` a deleted or inserted side, or a moved run of words, covers.
    std::vector<std::vector<bool>> tokensInChanges(const Document &doc, Side side) const {
        std::vector<std::vector<bool>> in(size_t(doc.blocks.size()));
        for (qint32 i = 0; i < doc.blocks.size(); ++i)
            in[size_t(i)].assign(size_t(doc.blocks.at(i).tokens.size()), false);
        for (const Change &ch : m_c.changes) {
            const bool alone =
                side == Side::A ? ch.kind == ChangeKind::Delete : ch.kind == ChangeKind::Insert;
            if (!alone && !(ch.kind == ChangeKind::Move && ch.inText))
                continue;
            forEachBlockSpan(doc, side == Side::A ? ch.from : ch.to, [&](const BlockSpan &s) {
                for (qint32 t = std::max(0, s.tokenBegin);
                     t < std::min(s.tokenEnd, qint32(in[size_t(s.block)].size())); ++t)
                    in[size_t(s.block)][size_t(t)] = true;
            });
        }
        return in;
    }

    bool rowsWalkBoth() const {
        qint32 pa = 0, pb = 0;
        std::vector<int> rowsOfGroup(size_t(m_c.groups.size()), 0);
        for (const AlignedRow &r : m_c.rows) {
            if (r.aBegin != pa || r.bBegin != pb || r.aEnd < r.aBegin || r.bEnd < r.bBegin)
                return false;
            if (r.group >= 0) {
                if (r.group >= m_c.groups.size())
                    return false;
                const BlockGroup &g = m_c.groups.at(r.group);
                if (g.moved || g.aBegin != r.aBegin || g.aEnd != r.aEnd || g.bBegin != r.bBegin ||
                    g.bEnd != r.bEnd)
                    return false;
                ++rowsOfGroup[size_t(r.group)];
            } else if (r.group != -1 || (r.aBegin == r.aEnd && r.bBegin == r.bEnd)) {
                return false;
            }
            pa = r.aEnd;
            pb = r.bEnd;
        }
        for (qsizetype k = 0; k < m_c.groups.size(); ++k)
            if (rowsOfGroup[size_t(k)] != (m_c.groups.at(k).moved ? 0 : 1))
                return false;
        return pa == m_c.a.blocks.size() && pb == m_c.b.blocks.size();
    }

    bool pairingOneToOne() const {
        const TokenPairing &p = m_c.pairing;
        const CompareOptions &o = m_c.options;
        if (qsizetype(p.partnerOfA.size()) !=
                comparableTokens(m_c.a, 0, qint32(m_c.a.blocks.size()), o) ||
            qsizetype(p.partnerOfB.size()) !=
                comparableTokens(m_c.b, 0, qint32(m_c.b.blocks.size()), o))
            return false;
        auto backAndForth = [](const std::vector<qint32> &there, const std::vector<qint32> &back) {
            for (size_t i = 0; i < there.size(); ++i) {
                const qsizetype j = there[i];
                if (j < -1 || j >= qsizetype(back.size()) ||
                    (j >= 0 && back[size_t(j)] != qsizetype(i)))
                    return false;
            }
            return true;
        };
        return backAndForth(p.partnerOfA, p.partnerOfB) && backAndForth(p.partnerOfB, p.partnerOfA);
    }

    const Comparison &m_c;
};

} // namespace

bool checkComparison(const Comparison &c, QString *broken) {
    const char *why = Checker(c).firstBroken();
    if (why && broken)
        *broken = QString::fromLatin1(why);
    return why == nullptr;
}

} // namespace sd
