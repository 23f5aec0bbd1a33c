// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/pairdiff.h"

#include "cli/cliinput.h"
#include "compare/comparison.h"
#include "text/visible.h"
#include "util/parallel.h"

#include <vector>

namespace sd {

QByteArray briefLine(const QString &a, const QString &b) {
    return QStringLiteral("Files %1 and %2 differ\n")
        .arg(visibleControls(a), visibleControls(b))
        .toUtf8();
}

PairOutcome diffPair(const PairFiles &files, const PairSettings &settings, QByteArray &report) {
    // The two files are read side by side (in the shared pool); each reader is independent.
    std::vector<LoadResult> loads(2);
    forEachIndex(2, [&](qsizetype i) {
        loads[size_t(i)] = i == 0 ? loadVersion(files.a, settings.load, files.labelA)
                                  : loadVersion(files.b, settings.load, files.labelB);
    });
    const LoadResult &a = loads[0], &b = loads[1];
    PairOutcome outcome;
    for (const LoadResult *r : {&a, &b})
        if (!r->ok())
            outcome.problems.append(r->message());
    if (!outcome.problems.isEmpty())
        return outcome;
    const Comparison c = compareDocuments(a.document, b.document, settings.compare);
    if (settings.brief) {
        if (c.hasChanges())
            report += briefLine(a.document.path, b.document.path);
    } else {
        report += comparisonToText(c, settings.style);
    }
    outcome.status = c.hasChanges() ? 1 : 0;
    return outcome;
}

} // namespace sd
