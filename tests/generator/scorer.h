// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scores a comparison against the edits a generated case really made: an expected edit is
// found when a reported change has its kind (and style, for formatting) and overlaps its
// tokens — on the newer side, or on the older side when the edit has no words in the newer
// one. A reported change is correct when it is the finding of some expected edit.

#include "casegen.h"

#include <QMap>
#include <QStringList>

#include <array>

namespace sd::casegen {

struct Tally {
    qint64 expected = 0, found = 0;   // recall
    qint64 reported = 0, correct = 0; // precision
    Tally &operator+=(const Tally &o) {
        expected += o.expected, found += o.found, reported += o.reported, correct += o.correct;
        return *this;
    }
};

struct Score {
    Tally total;
    std::array<Tally, kChangeKindCount> perKind{};
    QMap<QString, Tally> perLabel; // recall by what the generator did
    qint64 cases = 0, badCases = 0;

    static double ratio(qint64 num, qint64 den) { return den == 0 ? 1.0 : double(num) / double(den); }
    double recall() const { return ratio(total.found, total.expected); }
    double precision() const { return ratio(total.correct, total.reported); }
    Score &operator+=(const Score &o);
    // A markdown table: overall, per change kind, per generator label.
    QStringList table() const;
    // Kinds below `floor` in recall or precision (with at least one sample), "" when none.
    QString weakestKinds(double floor) const;
};

struct StepScore {
    Score score;
    QStringList misses;   // expected edits not found, with what was reported near them
    QStringList spurious; // reported changes matching no expected edit
};

StepScore scoreStep(const Comparison &cmp, const QList<ExpectedEdit> &expected);

QString describeSide(const ChangeSide &s);

} // namespace sd::casegen
