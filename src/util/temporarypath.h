// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>

namespace sd {

// A copy another program made for the length of one comparison, such as git difftool's: it
// lies under the temporary folder ($TMPDIR, /tmp, /var/tmp) or is named like git's copies
// (git-blob-*, NAME_LOCAL_1234.txt, NAME_REMOTE_..., _BASE_, _MERGED_). It is gone afterwards,
// so it has no place in Open Recent.
inline bool isTemporaryCopy(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const QString &tmp :
         {QDir::tempPath(), QStringLiteral("/tmp"), QStringLiteral("/var/tmp")})
        if (absolute.startsWith(QDir::cleanPath(tmp) + QLatin1Char('/')))
            return true;
    static const QRegularExpression gitCopy(
        QStringLiteral("(?:^|/)git-blob-|_(?:LOCAL|REMOTE|BASE|MERGED)_[0-9]+(?:\\.[^/]*)?$"));
    return gitCopy.match(absolute).hasMatch();
}

} // namespace sd
