// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dirdiff.h"

#include "util/filenamebytes.h"
#include "util/folderpairs.h"

#include <QDir>

#include <algorithm>

namespace sd {

int diffFolders(const QString &dirA, const QString &dirB, const PairSettings &settings,
                QByteArray &report, FILE *err) {
    const QStringList inA = relativeFiles(dirA);
    const QStringList inB = relativeFiles(dirB);
    const auto onlyIn = [&report](const QString &dir, const QString &rel) {
        report += QStringLiteral("Only in %1: %2\n")
                      .arg(visibleName(QDir::cleanPath(dir)), visibleName(rel))
                      .toUtf8();
    };
    int status = 0;
    qsizetype i = 0, j = 0;
    while (i < inA.size() || j < inB.size()) {
        const int order = i == inA.size() ? 1 : j == inB.size() ? -1 : inA.at(i).compare(inB.at(j));
        if (order < 0) {
            onlyIn(dirA, inA.at(i++));
            status = std::max(status, 1);
            continue;
        }
        if (order > 0) {
            onlyIn(dirB, inB.at(j++));
            status = std::max(status, 1);
            continue;
        }
        const QString rel = inA.at(i);
        ++i, ++j;
        QByteArray part;
        const PairOutcome outcome =
            diffPair({joinedPath(dirA, rel), joinedPath(dirB, rel), {}, {}}, settings, part);
        for (const QString &problem : outcome.problems)
            std::fprintf(err, "storydiff-cli: %s\n", qPrintable(problem));
        if (outcome.status == 1) {
            if (!report.isEmpty() && !settings.brief)
                report += '\n';
            report += part;
        }
        status = std::max(status, outcome.status);
    }
    return status;
}

} // namespace sd
