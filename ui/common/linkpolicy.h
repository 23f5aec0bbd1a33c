// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace sd {

// Links in a story come from someone else's file: only web addresses may leave the app, never
// javascript:, file:, data: or anything a desktop handler would run.
inline bool isOpenableLink(const QString &href) {
    const QUrl url(href.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

} // namespace sd
