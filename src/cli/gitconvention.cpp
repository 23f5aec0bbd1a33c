// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/gitconvention.h"

#include "text/visible.h"

#include <QRegularExpression>

namespace sd {
namespace {

bool isObjectId(const QString &s) {
    static const QRegularExpression hex(QStringLiteral("\\A(?:[0-9a-f]{40}|[0-9a-f]{64})\\z"));
    return s == QLatin1String(".") || hex.match(s).hasMatch();
}

bool isMode(const QString &s) {
    static const QRegularExpression octal(QStringLiteral("\\A[0-7]{6}\\z"));
    return s == QLatin1String(".") || octal.match(s).hasMatch();
}

} // namespace

bool calledByGit() {
    return qEnvironmentVariableIsSet("GIT_DIFF_PATH_COUNTER") &&
           qEnvironmentVariableIsSet("GIT_DIFF_PATH_TOTAL");
}

std::optional<GitExternalDiff> readGitExternalDiff(const QStringList &positionals, bool fromGit) {
    const qsizetype n = positionals.size();
    if (n != 7 && !(n == 9 && fromGit))
        return std::nullopt;
    if (!isObjectId(positionals.at(2)) || !isMode(positionals.at(3)) ||
        !isObjectId(positionals.at(5)) || !isMode(positionals.at(6)))
        return std::nullopt;
    GitExternalDiff g;
    g.oldPath = positionals.at(0);
    g.oldFile = positionals.at(1);
    g.newFile = positionals.at(4);
    g.newPath = n == 9 ? positionals.at(7) : g.oldPath;
    if (n == 9)
        g.message = positionals.at(8);
    return g;
}

int runGitExternalDiff(const GitExternalDiff &git, const PairSettings &settings, QByteArray &report,
                       FILE *err) {
    if (!git.message.isEmpty())
        report += git.message.trimmed().toUtf8() + '\n';
    const PairOutcome outcome =
        diffPair({git.oldFile, git.newFile, git.labelOld(), git.labelNew()}, settings, report);
    for (const QString &problem : outcome.problems)
        std::fprintf(err, "storydiff-cli: %s\n", qPrintable(problem));
    if (!outcome.problems.isEmpty())
        report += QStringLiteral("Files %1 and %2 differ (not compared: %3)\n")
                      .arg(visibleControls(git.labelOld()), visibleControls(git.labelNew()),
                           outcome.problems.join(QStringLiteral("; ")))
                      .toUtf8();
    return 0;
}

bool isGitUnmergedCall(const QStringList &positionals, bool fromGit) {
    return fromGit && positionals.size() == 1;
}

} // namespace sd
