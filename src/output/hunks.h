// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sd {

// A stretch of the text output's paragraphs, [begin, end) in output order, shown together:
// the changed ones with their unchanged neighbours as context.
struct Hunk {
    qint32 begin = 0;
    qint32 end = 0;
    friend bool operator==(const Hunk &, const Hunk &) = default;
};

// The hunks of an output whose paragraphs are `changed` or not (one flag each, in order):
// every changed paragraph with up to `context` paragraphs on either side, as diff -U does;
// hunks that overlap or touch are joined into one. No changed paragraph: no hunk.
QList<Hunk> selectHunks(const QList<bool> &changed, qint32 context);

// Paragraphs [begin, end) of one version (0-based), as a hunk header names them (1-based):
// "¶12", "¶12-14"; an empty span is "(none)".
QString paragraphSpan(qint32 begin, qint32 end);

// "@@ ¶12-14 -> ¶12-15 @@"
QString hunkHeader(qint32 aBegin, qint32 aEnd, qint32 bBegin, qint32 bEnd);

} // namespace sd
