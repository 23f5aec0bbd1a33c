// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

#include <QByteArray>
#include <QList>

namespace sd {

// A stable id for every change of `c`, in the order of c.changes: "c" and 12 hex digits of a
// hash of what the change is (its kind, the words of both sides, href, old href, style) and of
// where it stands, told by content rather than by numbers: up to kIdContextTokens tokens before
// and after each side in its document (across paragraph ends). So an edit elsewhere, which
// renumbers paragraphs and changes, leaves the id alone; the same change in the same words
// gets the same id in every run. Changes that are alike in all of that get "-2", "-3" ... in
// reading order, so that ids are unique within a comparison.
inline constexpr int kIdContextTokens = 3;
QList<QByteArray> changeIds(const Comparison &c);

} // namespace sd
