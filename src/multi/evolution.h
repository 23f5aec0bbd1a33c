// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

#include <QList>
#include <QString>

namespace sd {

struct EvolutionWord {
    QString text;
    qint32 introducedIn = 0; // 0-based version index
    // Where the word stands in the last version (block, token), so a view tints the very token
    // the origin belongs to instead of counting words to find it.
    qint32 block = -1;
    qint32 token = -1;
};

// A passage that was in version `droppedIn - 1` and is gone from `droppedIn`.
struct DroppedPassage {
    QString text;
    qint32 droppedIn = 0;
    qint32 introducedIn = 0;
};

struct VersionStats {
    qint64 wordsAdded = 0;
    qint64 wordsDropped = 0;
    qint64 linkChanges = 0;
    qint64 formatChanges = 0;
};

struct Evolution {
    QList<EvolutionWord> words;    // the last version's words, in order
    QList<DroppedPassage> dropped; // in version order, then reading order
    QList<VersionStats> versions;  // per version; the first is all zero
};

// "Story blame" for versions given in time order: each comparison v[i] -> v[i+1] passes the
// origin of every paired word on (moved words keep theirs); a word without a partner in the
// version before is new there. `steps[i]` compares version i with version i+1, either way
// round (fromIndex i + 1 and toIndex i: the other way), so that a comparison made the other
// way for the collation serves here too.
Evolution traceEvolution(const QList<Document> &versions, const QList<Comparison> &steps,
                         const CompareOptions &options);

} // namespace sd
