// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorer.h"

namespace sd::casegen {
namespace {

using Pos = std::pair<qint32, qint32>; // (block, token)

// Token spans as half-open ranges of (block, token) positions.
bool overlaps(const ChangeSide &x, const ChangeSide &y) {
    if (!x.isValid() || !y.isValid())
        return false;
    const Pos xb{x.blockBegin, x.tokenBegin}, xe{x.blockEnd - 1, x.tokenEnd};
    const Pos yb{y.blockBegin, y.tokenBegin}, ye{y.blockEnd - 1, y.tokenEnd};
    // A whole empty span (an insertion point) overlaps what it stands inside.
    if (xb == xe)
        return yb <= xb && xb < ye;
    if (yb == ye)
        return xb <= yb && yb < xe;
    return xb < ye && yb < xe;
}

bool sameKind(const Change &c, const ExpectedEdit &e) {
    if (c.kind != e.kind)
        return false;
    if ((c.kind == ChangeKind::FormatAdded || c.kind == ChangeKind::FormatRemoved) && !c.headingStyle)
        return (c.style & e.style) != 0;
    return true;
}

// Deletions and removed links live in the older version; everything else is looked for in the
// newer one first.
bool sameWords(const Change &c, const ExpectedEdit &e) {
    const bool olderSide = e.kind == ChangeKind::Delete || e.kind == ChangeKind::LinkRemoved ||
                           !e.to.isValid();
    return olderSide ? overlaps(c.from, e.from) : overlaps(c.to, e.to);
}

bool near(const Change &c, const ExpectedEdit &e) {
    auto blocksMeet = [](const ChangeSide &x, const ChangeSide &y) {
        return x.isValid() && y.isValid() && x.blockBegin < y.blockEnd && y.blockBegin < x.blockEnd;
    };
    return blocksMeet(c.to, e.to) || blocksMeet(c.from, e.from);
}

QString describeChange(const Comparison &cmp, const Change &c) {
    QString s = changeKindName(c.kind);
    if (c.style)
        s += u'(' + styleName(c.style) + u')';
    if (c.from.isValid())
        s += QStringLiteral(" A%1 \"%2\"").arg(describeSide(c.from), cmp.sideText(c, Side::A).left(60));
    if (c.to.isValid())
        s += QStringLiteral(" B%1 \"%2\"").arg(describeSide(c.to), cmp.sideText(c, Side::B).left(60));
    if (c.moveId >= 0)
        s += QStringLiteral(" [move %1]").arg(c.moveId);
    return s;
}

QString describeExpected(const ExpectedEdit &e) {
    QString s = e.label + u' ' + changeKindName(e.kind);
    if (e.style)
        s += u'(' + styleName(e.style) + u')';
    if (e.from.isValid())
        s += QStringLiteral(" A%1").arg(describeSide(e.from));
    if (e.to.isValid())
        s += QStringLiteral(" B%1").arg(describeSide(e.to));
    return s + QStringLiteral(" {%1}").arg(e.note.left(80));
}

} // namespace

QString describeSide(const ChangeSide &s) {
    if (!s.isValid())
        return QStringLiteral("-");
    if (s.blockEnd - s.blockBegin == 1)
        return QStringLiteral("[%1:%2-%3]").arg(s.blockBegin).arg(s.tokenBegin).arg(s.tokenEnd);
    return QStringLiteral("[%1:%2..%3:%4]").arg(s.blockBegin).arg(s.tokenBegin).arg(s.blockEnd - 1).arg(s.tokenEnd);
}

Score &Score::operator+=(const Score &o) {
    total += o.total;
    for (int k = 0; k < kChangeKindCount; ++k)
        perKind[size_t(k)] += o.perKind[size_t(k)];
    for (auto it = o.perLabel.cbegin(); it != o.perLabel.cend(); ++it)
        perLabel[it.key()] += it.value();
    cases += o.cases;
    badCases += o.badCases;
    return *this;
}

QStringList Score::table() const {
    auto pct = [](qint64 n, qint64 d) {
        return d == 0 ? QStringLiteral("    -") : QStringLiteral("%1%").arg(100.0 * double(n) / double(d), 5, 'f', 1);
    };
    QStringList out;
    out << QStringLiteral("| %1 | expected | found | recall | reported | correct | precision |").arg(QStringLiteral("kind"), -22);
    out << QStringLiteral("|------------------------|---------:|------:|-------:|---------:|--------:|----------:|");
    auto row = [&](const QString &name, const Tally &t, bool withPrecision) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                   .arg(name, -22)
                   .arg(t.expected, 8)
                   .arg(t.found, 5)
                   .arg(pct(t.found, t.expected), 6)
                   .arg(withPrecision ? QString::number(t.reported) : QString(), 8)
                   .arg(withPrecision ? QString::number(t.correct) : QString(), 7)
                   .arg(withPrecision ? pct(t.correct, t.reported) : QString(), 9);
    };
    row(QStringLiteral("**all**"), total, true);
    for (int k = 0; k < kChangeKindCount; ++k)
        row(changeKindName(ChangeKind(k)), perKind[size_t(k)], true);
    for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
        row(QStringLiteral("  by edit: ") + it.key(), it.value(), false);
    return out;
}

QString Score::weakestKinds(double floor) const {
    QStringList weak;
    for (int k = 0; k < kChangeKindCount; ++k) {
        const Tally &t = perKind[size_t(k)];
        if (t.expected > 0 && ratio(t.found, t.expected) < floor)
            weak << changeKindName(ChangeKind(k)) + QStringLiteral(" recall");
        if (t.reported > 0 && ratio(t.correct, t.reported) < floor)
            weak << changeKindName(ChangeKind(k)) + QStringLiteral(" precision");
    }
    return weak.join(QStringLiteral(", "));
}

StepScore scoreStep(const Comparison &cmp, const QList<ExpectedEdit> &expected) {
    StepScore r;
    Score &s = r.score;
    std::vector<bool> correct(size_t(cmp.changes.size()), false);
    for (const ExpectedEdit &e : expected) {
        bool found = false;
        for (qsizetype k = 0; k < cmp.changes.size(); ++k) {
            const Change &c = cmp.changes[k];
            if (sameKind(c, e) && sameWords(c, e)) {
                found = true;
                correct[size_t(k)] = true;
            }
        }
        Tally t;
        t.expected = 1;
        t.found = found ? 1 : 0;
        s.total += t;
        s.perKind[size_t(e.kind)] += t;
        s.perLabel[e.label] += t;
        if (!found) {
            QStringList got;
            for (const Change &c : cmp.changes) {
                if (near(c, e))
                    got << describeChange(cmp, c);
            }
            r.misses << QStringLiteral("MISSED %1; near it: %2")
                            .arg(describeExpected(e), got.isEmpty() ? QStringLiteral("nothing") : got.join(QStringLiteral(" | ")));
        }
    }
    for (qsizetype k = 0; k < cmp.changes.size(); ++k) {
        const Change &c = cmp.changes[k];
        Tally t;
        t.reported = 1;
        t.correct = correct[size_t(k)] ? 1 : 0;
        s.total += t;
        s.perKind[size_t(c.kind)] += t;
        if (!correct[size_t(k)])
            r.spurious << QStringLiteral("SPURIOUS %1").arg(describeChange(cmp, c));
    }
    return r;
}

} // namespace sd::casegen
