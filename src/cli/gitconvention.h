// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/pairdiff.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// What git hands an external diff (diff.external, GIT_EXTERNAL_DIFF) for one changed path:
//   path old-file old-hex old-mode new-file new-hex new-mode [new-path rename-message]
// The missing side of an added or deleted file is /dev/null with "." for its hex and mode.
struct GitExternalDiff {
    QString oldFile, newFile; // temporary copies (or the work tree file, or /dev/null)
    QString oldPath, newPath; // the paths in the repository; differ for a rename
    QString message;          // git's rename note ("similarity index 90%\n..."), if any
    QString labelOld() const { return QStringLiteral("a/") + oldPath; }
    QString labelNew() const { return QStringLiteral("b/") + newPath; }
};

// Reads the external-diff convention from the positional arguments. The shape alone decides
// (7 or 9 arguments, 40- or 64-digit hashes or ".", six-digit octal modes or "."): no two or
// three story files are named like that. `fromGit` (git's GIT_DIFF_PATH_COUNTER and
// GIT_DIFF_PATH_TOTAL are set) is required as well for the 9-argument rename form.
std::optional<GitExternalDiff> readGitExternalDiff(const QStringList &positionals, bool fromGit);

// git runs an external diff for an unmerged path with the path alone; it has nothing to compare.
bool isGitUnmergedCall(const QStringList &positionals, bool fromGit);

// One path of git's external diff: the report labelled a/PATH and b/PATH, and exit status 0
// whether or not the files differ (git reads any other status as "external diff died" and
// stops). A file StoryDiff cannot read is noted in the report and on `err`, not fatal: git goes
// on with the next path as it does past a binary file.
int runGitExternalDiff(const GitExternalDiff &git, const PairSettings &settings, QByteArray &report,
                       FILE *err);

// True when git's environment says it is running us as its external diff.
bool calledByGit();

} // namespace sd
