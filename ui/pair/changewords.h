// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

#include <QList>
#include <QString>

namespace sd {

// What a change did, said in words, for the panes' tooltips and markers.

// The side of a split or merge where the pieces are one paragraph: A for a split, B for a
// merge.
Side wholeSide(const BlockGroup &group);

// Where the pieces of a split or merge group meet in its whole side: before token `token` of
// block `block`, one anchor per boundary between two pieces, in order. Found through the
// group's word diff (a boundary inside inserted words stands where they start); empty for
// other groups.
QList<Anchor> joinPoints(const Comparison &c, const BlockGroup &group);

// The split or merge group a Split or Merge change stands for; -1 for other kinds.
qint32 groupOfChange(const Comparison &c, const Change &change);

// The tooltip text of a change (plain text, not yet HTML-escaped): its kind and, where it
// helps, the words: typography `" → “ in “word”`, a split's point and its pieces, a link's
// targets, a format's style.
QString describeChange(const Comparison &c, const Change &change);

// The characters a typography change swapped, each pair once: `" → “, " → ”`.
QString typographySwaps(QStringView from, QStringView to);

} // namespace sd
