// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sd {

// "1 word", "3 words", "0 words": a count with its noun in English, for the engine's plain
// output (the GUI translates with tr("%n word(s)", "", n) instead).
inline QString countOf(qint64 n, const char *singular, const char *plural) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : plural));
}

} // namespace sd
