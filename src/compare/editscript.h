// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <span>

namespace sd {

// A stretch of an edit script between sequences A and B, half-open on both sides.
// Equal runs have the same length on both sides; Delete runs are empty in B, Insert runs in A.
struct EditRun {
    enum Kind : quint8 { Equal, Delete, Insert };
    Kind kind = Equal;
    qsizetype aBegin = 0, aEnd = 0;
    qsizetype bBegin = 0, bEnd = 0;

    qsizetype aLength() const { return aEnd - aBegin; }
    qsizetype bLength() const { return bEnd - bBegin; }
    friend bool operator==(const EditRun &, const EditRun &) = default;
};
using EditScript = QList<EditRun>;

// True when the script covers [0, aSize) and [0, bSize) with contiguous runs and equal runs
// pair equal elements. The property every diff and clean-up pass must keep.
bool isValidScript(const EditScript &script, std::span<const int> a, std::span<const int> b);

// Rebuilds B from A and the script (the property "applying the diff to A yields B").
QList<int> applyScript(const EditScript &script, std::span<const int> a, std::span<const int> b);

} // namespace sd
