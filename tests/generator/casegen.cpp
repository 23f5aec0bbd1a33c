// SPDX-License-Identifier: GPL-3.0-or-later
#include "casegen.h"

#include "edits.h"

#include <QHash>

namespace sd::casegen {
using namespace detail;
namespace {

int tokensOf(const Para &p, qsizetype w0, qsizetype w1) {
    int n = 0;
    for (qsizetype i = std::max<qsizetype>(0, w0); i < std::min(w1, p.words.size()); ++i)
        n += tokenCount(p.words[i].text);
    return n;
}

// One side of a pending edit as blocks and tokens of a rendered version.
bool resolveSide(const Version &v, const QHash<int, int> &index, int id, int id2, int w0, int w1,
                 ChangeSide &out) {
    const int i = index.value(id, -1);
    if (i < 0)
        return false;
    if (w0 >= 0) {
        const int t0 = tokensOf(v[i], 0, w0);
        out = ChangeSide{i, i + 1, t0, t0 + tokensOf(v[i], w0, w1)};
        return true;
    }
    const int j = id2 >= 0 ? index.value(id2, -1) : i;
    if (j < 0 || (id2 >= 0 && std::abs(j - i) != 1))
        return false; // something else came between: the edit is not what it was meant to be
    const int b = std::min(i, j), e = std::max(i, j) + 1;
    out = ChangeSide{b, e, 0, tokensOf(v[e - 1], 0, v[e - 1].words.size())};
    return true;
}

QHash<int, int> indexOf(const Version &v) {
    QHash<int, int> h;
    for (int i = 0; i < v.size(); ++i)
        h.insert(v[i].id, i);
    return h;
}

QList<ExpectedEdit> resolve(const QList<Pending> &pending, const Version &from, const Version &to,
                            QStringList &dropped) {
    const QHash<int, int> ia = indexOf(from), ib = indexOf(to);
    QList<ExpectedEdit> out;
    for (const Pending &p : pending) {
        ExpectedEdit e{p.label, p.kind, {}, {}, p.style, p.href, p.oldHref, p.note};
        bool ok = true;
        if (p.aId >= 0)
            ok = resolveSide(from, ia, p.aId, p.aId2, p.aW0, p.aW1, e.from);
        if (ok && p.bId >= 0)
            ok = resolveSide(to, ib, p.bId, p.bId2, p.bW0, p.bW1, e.to);
        if (ok)
            out.append(e);
        else
            dropped.append(p.label);
    }
    return out;
}

QList<Op> opsFor(const QString &format) {
    QList<Op> ops{Op::WordInsert, Op::WordDelete, Op::Replace, Op::ParaInsert, Op::ParaDelete,
                  Op::Move, Op::MoveEdited, Op::Split, Op::Merge, Op::Typography};
    if (format != u"txt") {
        ops += {Op::LinkAdded, Op::LinkRemoved, Op::LinkChanged, Op::FormatAdded,
                Op::FormatRemoved};
    }
    return ops;
}

// Benchmarks: mostly word edits, some structure, as in a real round of copy-editing.
Op benchOp(Rng &rng, bool structural) {
    static const Op word[] = {Op::WordInsert, Op::WordDelete, Op::Replace, Op::Replace,
                              Op::Typography};
    static const Op structure[] = {Op::Move, Op::MoveEdited, Op::Split, Op::Merge,
                                   Op::ParaInsert, Op::ParaDelete};
    if (structural && rng.chance(0.1))
        return structure[rng.below(std::size(structure))];
    return word[rng.below(std::size(word))];
}

void curlify(Version &v) {
    for (Para &p : v) {
        for (Word &w : p.words) {
            if (w.text.contains(u'\'') || w.text.contains(u'"'))
                w.text = Builder::curly(w.text);
        }
    }
}

RenderStyle noiseFor(Rng &rng, const QString &format, QStringList &noise, int version) {
    RenderStyle rs;
    rs.format = format;
    rs.noiseSeed = rng.next();
    if (rng.chance(0.5))
        rs.wrap = format == u"txt" ? rng.range(50, 100) : rng.range(60, 120);
    rs.crlf = rng.chance(0.25);
    rs.doubleSpaces = rng.chance(0.3);
    rs.trailingSpaces = rng.chance(0.3);
    rs.underscores = rng.chance(0.5);
    rs.furniture = rng.below(3);
    QStringList parts;
    parts << (rs.wrap ? QStringLiteral("wrap=%1").arg(rs.wrap) : QStringLiteral("unwrapped"));
    if (rs.crlf)
        parts << QStringLiteral("crlf");
    if (rs.doubleSpaces)
        parts << QStringLiteral("double-spaces");
    if (rs.trailingSpaces)
        parts << QStringLiteral("trailing-spaces");
    if (format != u"txt")
        parts << (rs.underscores ? QStringLiteral("alt-markup") : QStringLiteral("std-markup"));
    if (format == u"html")
        parts << QStringLiteral("furniture=%1").arg(rs.furniture);
    noise << QStringLiteral("v%1: %2").arg(version + 1).arg(parts.join(u','));
    return rs;
}

} // namespace

GeneratedCase generateCase(quint64 seed, const CaseOptions &o) {
    Builder b(seed, o);
    Rng &rng = b.rng;
    GeneratedCase c;
    c.seed = seed;
    static const QString formats[] = {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html")};
    c.format = o.format.isEmpty() ? formats[rng.below(3)] : o.format;
    b.format = c.format;
    const int versions = o.versions > 0 ? o.versions : (rng.chance(0.15) ? 3 : 2);

    Version base;
    b.nextSource = rng.below(sourceParagraphs().size());
    qint64 words = 0;
    const int paragraphs = o.paragraphs > 0 ? o.paragraphs : rng.range(10, 18);
    while (o.targetWords > 0 ? words < o.targetWords : base.size() < paragraphs) {
        base.append(b.freshParagraph());
        words += base.last().words.size();
    }
    if (c.format != u"txt")
        b.decorate(base);
    // Half the cases start from curly typography, so that edits go both ways.
    if (rng.chance(0.5))
        curlify(base);

    QList<Version> vs{base};
    const QList<Op> ops = opsFor(c.format);
    b.multiEdit = o.editRate > 0;
    for (int step = 1; step < versions; ++step) {
        Version v = vs.last();
        b.usedWord.clear();
        b.usedStruct.clear();
        b.pending.clear();
        b.inserted = b.deleted = 0;
        int edits = o.edits >= 0 ? o.edits : (rng.chance(0.08) ? 0 : rng.range(2, 6));
        if (o.editRate > 0)
            edits = int(double(words) * o.editRate / 2.0);
        for (int e = 0; e < edits; ++e) {
            for (int attempt = 0; attempt < 12; ++attempt) {
                const Op op = o.editRate > 0 ? benchOp(rng, o.structuralEdits) : ops[rng.below(ops.size())];
                if (!o.structuralEdits && o.editRate <= 0 &&
                    (op == Op::Move || op == Op::MoveEdited || op == Op::Split || op == Op::Merge))
                    continue;
                if (b.apply(v, op))
                    break;
            }
        }
        QStringList dropped;
        ExpectedStep st;
        st.from = step - 1;
        st.to = step;
        st.edits = resolve(b.pending, vs.last(), v, dropped);
        for (const QString &d : dropped)
            c.noise << QStringLiteral("dropped:%1").arg(d);
        c.steps.append(st);
        if (step == 1) {
            c.trueInserted = b.inserted;
            c.trueDeleted = b.deleted;
        }
        vs.append(v);
    }

    for (int k = 0; k < vs.size(); ++k) {
        c.files.append(render(vs[k], noiseFor(rng, c.format, c.noise, k)));
        if (o.targetWords <= 0) {
            VersionShape shape;
            for (const Para &p : vs[k])
                shape.tokensPerBlock.append(tokensOf(p, 0, p.words.size()));
            c.shapes.append(shape);
        }
    }
    return c;
}

VersionShape shapeOf(const Document &doc) {
    VersionShape s;
    for (const Block &b : doc.blocks)
        s.tokensPerBlock.append(int(b.tokens.size()));
    return s;
}

QString shapeMismatch(const VersionShape &expected, const VersionShape &got) {
    const auto &e = expected.tokensPerBlock, &g = got.tokensPerBlock;
    for (qsizetype i = 0; i < std::min(e.size(), g.size()); ++i) {
        if (e[i] != g[i])
            return QStringLiteral("block %1 has %2 tokens, expected %3").arg(i).arg(g[i]).arg(e[i]);
    }
    if (e.size() != g.size())
        return QStringLiteral("%1 blocks, expected %2").arg(g.size()).arg(e.size());
    return {};
}

} // namespace sd::casegen
