// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/hunks.h"

#include <algorithm>

namespace sd {

QList<Hunk> selectHunks(const QList<bool> &changed, qint32 context) {
    const qint32 n = qint32(changed.size());
    const qint32 reach = std::max<qint32>(context, 0);
    QList<Hunk> hunks;
    for (qint32 i = 0; i < n; ++i) {
        if (!changed.at(i))
            continue;
        const Hunk h{std::max<qint32>(0, i - reach), std::min<qint32>(n, i + 1 + reach)};
        if (!hunks.isEmpty() && h.begin <= hunks.last().end)
            hunks.last().end = std::max(hunks.last().end, h.end);
        else
            hunks.append(h);
    }
    return hunks;
}

QString paragraphSpan(qint32 begin, qint32 end) {
    if (end <= begin)
        return QStringLiteral("(none)");
    if (end == begin + 1)
        return QStringLiteral("¶%1").arg(begin + 1);
    return QStringLiteral("¶%1-%2").arg(begin + 1).arg(end);
}

QString hunkHeader(qint32 aBegin, qint32 aEnd, qint32 bBegin, qint32 bEnd) {
    return QStringLiteral("@@ %1 -> %2 @@")
        .arg(paragraphSpan(aBegin, aEnd), paragraphSpan(bBegin, bEnd));
}

} // namespace sd
