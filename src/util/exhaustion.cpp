// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/exhaustion.h"

#include <new>
#include <system_error>

namespace sd {

QString exhaustionMessage(const std::exception &e, const QString &doing, const QString &file) {
    if (dynamic_cast<const std::bad_alloc *>(&e))
        return QStringLiteral("out of memory while %1 %2").arg(doing, file);
    if (const auto *sys = dynamic_cast<const std::system_error *>(&e))
        return QStringLiteral("cannot start a thread while %1 %2 (%3)")
            .arg(doing, file, QString::fromLocal8Bit(sys->code().message()));
    return QStringLiteral("%1 failed while %2 %3")
        .arg(QString::fromLocal8Bit(e.what()), doing, file);
}

} // namespace sd
