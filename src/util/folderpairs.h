// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sd {

// The files under `dir` (recursively, symbolic links followed, .git skipped), as paths
// relative to it in name order. Names that are not UTF-8 keep their bytes (argumentFromBytes),
// and so does `dir`.
QStringList relativeFiles(const QString &dir);

// dir + "/" + relative, without doubling a trailing slash.
QString joinedPath(const QString &dir, const QString &relative);

// The first relative path (in name order) whose files in the two folders differ byte for byte,
// as the pair of full paths; std::nullopt when every file both folders have is the same.
std::optional<std::pair<QString, QString>> firstChangedPair(const QString &dirA,
                                                            const QString &dirB);

} // namespace sd
