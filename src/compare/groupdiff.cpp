// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/groupdiff.h"

#include "compare/cleanup.h"
#include "compare/sequencediff.h"
#include "text/folding.h"
#include "util/contract.h"

#include <array>
#include <optional>

namespace sd {
namespace {

// Typography marks up to this many tokens apart, in one sentence, belong to one change
// ("“too early … conclusions”").
constexpr qsizetype kTypographyGap = 40;
// Equal islands of up to this many tokens between two edits are absorbed into one replacement.
constexpr qsizetype kMaxIsland = 2;

// The tokens of a group on one side: positions 0..size() in the group's own numbering.
struct Slice {
    const Document &doc;
    const TokenSequence &seq;
    qsizetype begin = 0, end = 0;

    qsizetype size() const { return end - begin; }
    std::span<const int> ids() const {
        return std::span<const int>(seq.ids).subspan(size_t(begin), size_t(size()));
    }
    std::span<const qint32> blocks() const {
        return std::span<const qint32>(seq.blockOf).subspan(size_t(begin), size_t(size()));
    }
    qint32 blockIndex(qsizetype p) const { return seq.blockOf[size_t(begin + p)]; }
    qint32 tokenIndex(qsizetype p) const { return seq.tokenOf[size_t(begin + p)]; }
    const Block &block(qsizetype p) const { return doc.blocks.at(blockIndex(p)); }
    const Token &token(qsizetype p) const { return block(p).tokens.at(tokenIndex(p)); }
    QStringView text(qsizetype p) const { return block(p).tokenText(token(p)); }

    // Tokens [p0, p1) as a change side; they may run over several blocks.
    ChangeSide side(qsizetype p0, qsizetype p1) const {
        return ChangeSide{blockIndex(p0), blockIndex(p1 - 1) + 1, tokenIndex(p0),
                          tokenIndex(p1 - 1) + 1};
    }
    Anchor anchor(qsizetype p) const {
        if (p < size())
            return Anchor{blockIndex(p), tokenIndex(p)};
        return Anchor{blockIndex(size() - 1), tokenIndex(size() - 1) + 1};
    }
    qint64 words(qsizetype p0, qsizetype p1) const {
        qint64 n = 0;
        for (qsizetype p = p0; p < p1; ++p)
            n += token(p).isWord() ? 1 : 0;
        return n;
    }
};

// How good a cut before each position is, for shifting edits: block edges best, then sentence
// ends, then clause ends.
std::vector<qint8> boundaryScores(const Slice &s) {
    std::vector<qint8> scores(size_t(s.size() + 1), 0);
    for (qsizetype p = 0; p <= s.size(); ++p) {
        if (p == 0 || p == s.size() || s.blockIndex(p) != s.blockIndex(p - 1)) {
            scores[size_t(p)] = 3;
            continue;
        }
        if (s.token(p - 1).kind != TokenKind::Punctuation)
            continue;
        const QStringView t = s.text(p - 1);
        const char16_t c = t.isEmpty() ? 0 : t.back().unicode();
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == 0x2026 || c == 0x201D ||
            c == '"' || c == ')' || c == ']')
            scores[size_t(p)] = 2;
        else if (c == ',' || c == ':' || c == '-' || c == 0x2014 || c == 0x2013)
            scores[size_t(p)] = 1;
    }
    return scores;
}

Slice sliceA(const GroupDiffInput &in, const BlockGroup &g) {
    return Slice{in.a, in.seqA, in.seqA.blockBegin[size_t(g.aBegin)],
                 in.seqA.blockBegin[size_t(g.aEnd)]};
}
Slice sliceB(const GroupDiffInput &in, const BlockGroup &g) {
    return Slice{in.b, in.seqB, in.seqB.blockBegin[size_t(g.bBegin)],
                 in.seqB.blockBegin[size_t(g.bEnd)]};
}

// Marks found on equal token pairs, grown into spans: one change per stretch.
class MarkSpans {
public:
    MarkSpans(const Slice &a, const Slice &b, qint32 moveId, QList<Change> &out)
        : m_a(a), m_b(b), m_moveId(moveId), m_out(out) {}

    // slot 0: typography; 1..4 style added; 5..8 style removed
    void mark(int slot, qsizetype pa, qsizetype pb) {
        std::optional<Span> &open = m_open[size_t(slot)];
        const qsizetype gap = slot == 0 ? kTypographyGap : 1;
        if (open && m_a.blockIndex(open->a0) == m_a.blockIndex(pa) &&
            m_b.blockIndex(open->b0) == m_b.blockIndex(pb) && pb - open->b1 < gap &&
            pa - open->a1 < gap && !sentenceEndBetween(open->b1, pb)) {
            open->a1 = pa + 1;
            open->b1 = pb + 1;
            return;
        }
        flush(slot);
        open = Span{pa, pa + 1, pb, pb + 1};
    }
    void flushAll() {
        for (int s = 0; s < 9; ++s)
            flush(s);
    }

private:
    // Marks in different sentences are different changes. A full stop right before a mark that
    // hangs on it (no space between) still belongs to the sentence the mark closes:
    //   “… back.”  one sentence        … Okafor. “People …  two sentences
    bool sentenceEndBetween(qsizetype from, qsizetype to) const {
        for (qsizetype p = from; p < to; ++p) {
            if (m_b.token(p).kind != TokenKind::Punctuation)
                continue;
            const QStringView t = m_b.text(p);
            if (!(t.contains(u'.') || t.contains(u'!') || t.contains(u'?') || t.contains(u'\u2026')))
                continue;
            const bool closesOnIt = p + 1 == to && !(m_b.token(to).spacing & SpaceBefore);
            if (!closesOnIt)
                return true;
        }
        return false;
    }

    struct Span {
        qsizetype a0, a1, b0, b1;
    };
    void flush(int slot) {
        std::optional<Span> &open = m_open[size_t(slot)];
        if (!open)
            return;
        Change c;
        if (slot == 0) {
            c.kind = ChangeKind::Typography;
        } else {
            c.kind = slot <= 4 ? ChangeKind::FormatAdded : ChangeKind::FormatRemoved;
            c.style = kAllStyles[(slot - 1) % 4];
        }
        c.from = m_a.side(open->a0, open->a1);
        c.to = m_b.side(open->b0, open->b1);
        c.anchorA = m_a.anchor(open->a0);
        c.anchorB = m_b.anchor(open->b0);
        c.moveId = m_moveId;
        m_out.append(c);
        open.reset();
    }

    const Slice &m_a;
    const Slice &m_b;
    qint32 m_moveId;
    QList<Change> &m_out;
    std::array<std::optional<Span>, 9> m_open;
};

bool typographyDiffers(QStringView x, QStringView y, const CompareOptions &o) {
    if (x == y)
        return false;
    // Keys are equal: the raw spellings differ by typography, or by case under --ignore-case.
    if (!o.ignoreCase)
        return true;
    return foldCase(x) != foldCase(y);
}

// `prevPaired`: the tokens before pa and pb are an equal pair too (a space between two paired
// tokens that became a non-breaking one is then shown with both of them: "new budget").
void markEqualPair(const Slice &a, const Slice &b, qsizetype pa, qsizetype pb, bool prevPaired,
                   const CompareOptions &o, MarkSpans &spans) {
    const Token &ta = a.token(pa);
    const Token &tb = b.token(pb);
    if (!o.ignoreTypography) {
        const bool nbspA = (ta.spacing & NbspBefore) != 0 && a.tokenIndex(pa) > 0;
        const bool nbspB = (tb.spacing & NbspBefore) != 0 && b.tokenIndex(pb) > 0;
        if (nbspA != nbspB && prevPaired && a.blockIndex(pa - 1) == a.blockIndex(pa) &&
            b.blockIndex(pb - 1) == b.blockIndex(pb))
            spans.mark(0, pa - 1, pb - 1);
        if (nbspA != nbspB || typographyDiffers(a.text(pa), b.text(pb), o))
            spans.mark(0, pa, pb);
    }
    if (!o.ignoreFormatting && ta.style != tb.style) {
        for (int s = 0; s < 4; ++s) {
            const Styles bit = kAllStyles[s];
            if ((tb.style & bit) && !(ta.style & bit))
                spans.mark(1 + s, pa, pb);
            else if ((ta.style & bit) && !(tb.style & bit))
                spans.mark(5 + s, pa, pb);
        }
    }
}

// Splits positions [p0, p1) of a slice into runs that stay within one block.
QList<std::pair<qsizetype, qsizetype>> blockPieces(const Slice &s, qsizetype p0, qsizetype p1) {
    QList<std::pair<qsizetype, qsizetype>> pieces;
    for (qsizetype p = p0; p < p1;) {
        qsizetype q = p + 1;
        while (q < p1 && s.blockIndex(q) == s.blockIndex(p))
            ++q;
        pieces.append({p, q});
        p = q;
    }
    return pieces;
}

// Which tokens of a region's A side its B side keeps, in order. The clean-up joins short equal
// islands into one replacement for the reader ("[big old house -> large old home]"), but a
// word kept is neither deleted nor inserted: the counts stay those of a minimal word diff.
//   A: big old house   B: large old home   ->   kept: [0 1 0], "old" in neither count
std::vector<bool> keptInRegion(const Slice &a, const Slice &b, const EditRun &del,
                               const EditRun &ins) {
    std::vector<bool> kept(size_t(del.aLength()), false);
    if (del.aLength() == 0 || ins.bLength() == 0)
        return kept;
    const auto ida = a.ids().subspan(size_t(del.aBegin), size_t(del.aLength()));
    const auto idb = b.ids().subspan(size_t(ins.bBegin), size_t(ins.bLength()));
    for (const EditRun &r : diffSequences(ida, idb))
        if (r.kind == EditRun::Equal)
            std::fill(kept.begin() + r.aBegin, kept.begin() + r.aEnd, true);
    return kept;
}

void emitRegion(const Slice &a, const Slice &b, const EditRun &del, const EditRun &ins,
                qint32 moveId, QList<Change> &out, WordTally &tally) {
    const auto pa = blockPieces(a, del.aBegin, del.aEnd);
    const auto pb = blockPieces(b, ins.bBegin, ins.bEnd);
    const std::vector<bool> kept = keptInRegion(a, b, del, ins);
    // Words of A positions [p0, p1) that the region does not keep.
    auto changedA = [&](qsizetype p0, qsizetype p1) {
        qint64 n = 0;
        for (qsizetype p = p0; p < p1; ++p)
            n += a.token(p).isWord() && !kept[size_t(p - del.aBegin)] ? 1 : 0;
        return n;
    };
    const qint64 keptWords = a.words(del.aBegin, del.aEnd) - changedA(del.aBegin, del.aEnd);
    tally.deleted += a.words(del.aBegin, del.aEnd) - keptWords;
    tally.inserted += b.words(ins.bBegin, ins.bEnd) - keptWords;
    const qsizetype n = std::max(pa.size(), pb.size());
    for (qsizetype k = 0; k < n; ++k) {
        Change c;
        c.moveId = moveId;
        const bool hasA = k < pa.size(), hasB = k < pb.size();
        if (hasA) {
            c.from = a.side(pa[k].first, pa[k].second);
            c.anchorA = a.anchor(pa[k].first);
        } else {
            c.anchorA = a.anchor(del.aEnd);
        }
        if (hasB) {
            c.to = b.side(pb[k].first, pb[k].second);
            c.anchorB = b.anchor(pb[k].first);
        } else {
            c.anchorB = b.anchor(ins.bEnd);
        }
        c.kind = hasA && hasB ? ChangeKind::Replace : hasA ? ChangeKind::Delete : ChangeKind::Insert;
        if (c.kind == ChangeKind::Replace)
            tally.replaced += changedA(pa[k].first, pa[k].second);
        out.append(c);
    }
}

struct LinkContext {
    const Slice &a;
    const Slice &b;
    std::vector<qsizetype> partnerA, partnerB; // -1 where the token is not in an equal pair
    std::vector<qint32> regionA, regionB;      // edit region of unpaired tokens
    std::vector<std::pair<qsizetype, qsizetype>> regionSpanA, regionSpanB;

    const Slice &slice(Side s) const { return s == Side::A ? a : b; }
    const std::vector<qsizetype> &partner(Side s) const { return s == Side::A ? partnerA : partnerB; }
    const std::vector<qint32> &region(Side s) const { return s == Side::A ? regionA : regionB; }
    const auto &regionSpans(Side s) const { return s == Side::A ? regionSpanA : regionSpanB; }
};

QString linkHref(const Slice &s, qsizetype p) {
    const Token &t = s.token(p);
    return t.link >= 0 ? s.block(p).links.at(t.link).href : QString();
}

bool regionHasHref(const Slice &s, std::pair<qsizetype, qsizetype> span, const QString &href) {
    for (qsizetype p = span.first; p < span.second; ++p) {
        if (s.token(p).link >= 0 && linkHref(s, p) == href)
            return true;
    }
    return false;
}

// Link occurrences on one side, compared with what their words are on the other side.
void linkChanges(const LinkContext &lc, Side side, qint32 moveId, QList<Change> &out) {
    const bool onB = side == Side::B; // a link on B was added or changed, one on A removed
    const Slice &mine = lc.slice(side);
    const Slice &other = lc.slice(sd::other(side));
    const auto &partner = lc.partner(side);
    const auto &region = lc.region(side);
    const auto &otherSpans = lc.regionSpans(sd::other(side));
    qsizetype p = 0;
    while (p < mine.size()) {
        const Token &t = mine.token(p);
        if (t.link < 0) {
            ++p;
            continue;
        }
        qsizetype q = p + 1;
        while (q < mine.size() && mine.blockIndex(q) == mine.blockIndex(p) &&
               mine.token(q).link == t.link)
            ++q;
        const QString href = mine.block(p).links.at(t.link).href;
        qsizetype first = -1, last = -1;
        bool same = false;
        QString otherHref;
        bool otherLinked = false;
        for (qsizetype k = p; k < q; ++k) {
            const qsizetype o = partner[size_t(k)];
            if (o < 0)
                continue;
            if (first < 0 || other.blockIndex(o) == other.blockIndex(first))
                last = o, first = first < 0 ? o : first;
            if (other.token(o).link >= 0) {
                otherLinked = true;
                const QString h = linkHref(other, o);
                same = same || h == href;
                if (otherHref.isEmpty())
                    otherHref = h;
            }
        }
        Change c;
        c.moveId = moveId;
        bool report = false;
        if (first >= 0) {
            if (!otherLinked) {
                c.kind = onB ? ChangeKind::LinkAdded : ChangeKind::LinkRemoved;
                report = true;
            } else if (!same && onB) {
                c.kind = ChangeKind::LinkChanged;
                c.oldHref = otherHref;
                report = true;
            }
        } else {
            const qint32 r = region[size_t(p)];
            const bool kept = r >= 0 && regionHasHref(other, otherSpans[size_t(r)], href);
            if (!kept) {
                c.kind = onB ? ChangeKind::LinkAdded : ChangeKind::LinkRemoved;
                report = true;
            }
        }
        if (report) {
            const ChangeSide here = mine.side(p, q);
            const ChangeSide there = first >= 0 ? other.side(first, last + 1) : ChangeSide{};
            c.side(side) = here;
            c.side(sd::other(side)) = there;
            if (onB) {
                c.href = href;
            } else {
                c.oldHref = href;
            }
            const Anchor hereAnchor = mine.anchor(p);
            Anchor thereAnchor = first >= 0 ? other.anchor(first) : Anchor{};
            if (first < 0) {
                const qint32 r = region[size_t(p)];
                thereAnchor = other.anchor(r >= 0 ? otherSpans[size_t(r)].first : 0);
            }
            c.anchor(side) = hereAnchor;
            c.anchor(sd::other(side)) = thereAnchor;
            out.append(c);
        }
        p = q;
    }
}

// The same paragraph character for character, with the same styles and links on the same
// words: nothing in it can have changed (most paragraphs of a long, lightly edited book).
bool identicalBlocks(const Block &x, const Block &y) {
    if (x.kind != y.kind || x.level != y.level || x.text != y.text || x.links != y.links ||
        x.tokens.size() != y.tokens.size())
        return false;
    for (qsizetype i = 0; i < x.tokens.size(); ++i) {
        const Token &s = x.tokens.at(i), &t = y.tokens.at(i);
        if (s.start != t.start || s.length != t.length || s.kind != t.kind ||
            s.spacing != t.spacing || s.style != t.style || s.link != t.link)
            return false;
    }
    return true;
}

// A paragraph that became a heading (or stopped being one) changed its formatting; a heading
// that stayed one at another level (## -> ###, <h2> -> <h3>) changed its place in the outline.
void headingChange(const GroupDiffInput &in, const BlockGroup &g, QList<Change> &changes) {
    const Block &x = in.a.blocks.at(g.aBegin), &y = in.b.blocks.at(g.bBegin);
    const bool headA = x.kind == BlockKind::Heading, headB = y.kind == BlockKind::Heading;
    if (headA == headB && (!headA || x.level == y.level))
        return;
    Change c;
    if (headA != headB) {
        c.kind = headB ? ChangeKind::FormatAdded : ChangeKind::FormatRemoved;
        c.headingStyle = true;
    } else {
        c.kind = ChangeKind::HeadingLevel;
        c.levelFrom = qint8(x.level);
        c.levelTo = qint8(y.level);
    }
    c.from = ChangeSide{g.aBegin, g.aEnd, 0, qint32(x.tokens.size())};
    c.to = ChangeSide{g.bBegin, g.bEnd, 0, qint32(y.tokens.size())};
    c.anchorA = Anchor{g.aBegin, 0};
    c.anchorB = Anchor{g.bBegin, 0};
    c.moveId = g.moveId;
    changes.append(c);
}

} // namespace

EditScript groupScript(const GroupDiffInput &in, const BlockGroup &g) {
    const Slice a = sliceA(in, g), b = sliceB(in, g);
    EditScript script = g.kind == BlockGroup::Equal
                            ? EditScript{EditRun{EditRun::Equal, 0, a.size(), 0, b.size()}}
                            : diffSequences(a.ids(), b.ids());
    SD_ENSURE(isValidScript(script, a.ids(), b.ids()));
    if (g.kind == BlockGroup::Equal)
        return script;
    const auto scoreA = boundaryScores(a), scoreB = boundaryScores(b);
    script = shiftEditsToBoundaries(script, a.ids(), b.ids(), scoreA, scoreB);
    SD_ENSURE(isValidScript(script, a.ids(), b.ids()));
    script = absorbEqualIslands(script, kMaxIsland, a.blocks(), b.blocks());
    SD_ENSURE(isValidScript(script, a.ids(), b.ids()));
    return script;
}

void diffGroup(const GroupDiffInput &in, BlockGroup &g, QList<Change> &changes,
               WordTally &tally) {
    const Slice a = sliceA(in, g), b = sliceB(in, g);
    g.script = groupScript(in, g);
    if (g.kind == BlockGroup::Equal && g.aEnd - g.aBegin == 1 && g.bEnd - g.bBegin == 1 &&
        identicalBlocks(in.a.blocks.at(g.aBegin), in.b.blocks.at(g.bBegin))) {
        tally.equal += a.words(0, a.size());
        return;
    }
    const EditScript &script = g.script;
    const qint32 moveId = g.moveId;

    LinkContext lc{a, b, std::vector<qsizetype>(size_t(a.size()), -1),
                   std::vector<qsizetype>(size_t(b.size()), -1),
                   std::vector<qint32>(size_t(a.size()), -1),
                   std::vector<qint32>(size_t(b.size()), -1), {}, {}};
    MarkSpans spans(a, b, moveId, changes);
    for (qsizetype k = 0; k < script.size(); ++k) {
        const EditRun &r = script[k];
        if (r.kind == EditRun::Equal) {
            for (qsizetype i = 0; i < r.aLength(); ++i) {
                const qsizetype pa = r.aBegin + i, pb = r.bBegin + i;
                lc.partnerA[size_t(pa)] = pb;
                lc.partnerB[size_t(pb)] = pa;
                tally.equal += a.token(pa).isWord() ? 1 : 0;
                markEqualPair(a, b, pa, pb, i > 0, in.options, spans);
            }
            continue;
        }
        // normalizeScript guarantees: an edit region is [Delete][Insert], either may be absent.
        EditRun del{EditRun::Delete, r.aBegin, r.aBegin, r.bBegin, r.bBegin};
        EditRun ins{EditRun::Insert, r.aBegin, r.aBegin, r.bBegin, r.bBegin};
        if (r.kind == EditRun::Delete) {
            del = r;
            ins = EditRun{EditRun::Insert, r.aEnd, r.aEnd, r.bBegin, r.bBegin};
            if (k + 1 < script.size() && script[k + 1].kind == EditRun::Insert)
                ins = script[++k];
        } else {
            ins = r;
            del = EditRun{EditRun::Delete, r.aBegin, r.aBegin, r.bBegin, r.bBegin};
        }
        const qint32 region = qint32(lc.regionSpanA.size());
        lc.regionSpanA.push_back({del.aBegin, del.aEnd});
        lc.regionSpanB.push_back({ins.bBegin, ins.bEnd});
        for (qsizetype p = del.aBegin; p < del.aEnd; ++p)
            lc.regionA[size_t(p)] = region;
        for (qsizetype p = ins.bBegin; p < ins.bEnd; ++p)
            lc.regionB[size_t(p)] = region;
        emitRegion(a, b, del, ins, moveId, changes, tally);
    }
    spans.flushAll();
    if (!in.options.ignoreLinks) {
        linkChanges(lc, Side::B, moveId, changes);
        linkChanges(lc, Side::A, moveId, changes);
    }
    if (!in.options.ignoreFormatting && g.aEnd - g.aBegin == 1 && g.bEnd - g.bBegin == 1)
        headingChange(in, g, changes);
}

void pairGroupTokens(const GroupDiffInput &in, const BlockGroup &g, TokenPairing &pairing) {
    const Slice a = sliceA(in, g), b = sliceB(in, g);
    auto pairRun = [&](const EditRun &r, qsizetype da, qsizetype db) {
        for (qsizetype k = 0; k < r.aLength(); ++k) {
            const qsizetype pa = a.begin + da + r.aBegin + k, pb = b.begin + db + r.bBegin + k;
            pairing.partnerOfA[size_t(pa)] = qint32(pb);
            pairing.partnerOfB[size_t(pb)] = qint32(pa);
        }
    };
    const EditScript &script = g.script;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const EditRun &r = script[i];
        if (r.kind == EditRun::Equal) {
            pairRun(r, 0, 0);
            continue;
        }
        // A replacement is a Delete run followed by an Insert run (normalised scripts): the
        // words it kept are found by a diff of its two sides.
        if (r.kind != EditRun::Delete || i + 1 >= script.size() ||
            script[i + 1].kind != EditRun::Insert)
            continue;
        const EditRun &ins = script[i + 1];
        const auto ida = a.ids().subspan(size_t(r.aBegin), size_t(r.aLength()));
        const auto idb = b.ids().subspan(size_t(ins.bBegin), size_t(ins.bLength()));
        for (const EditRun &inner : diffSequences(ida, idb))
            if (inner.kind == EditRun::Equal)
                pairRun(inner, r.aBegin, ins.bBegin);
    }
}

} // namespace sd
