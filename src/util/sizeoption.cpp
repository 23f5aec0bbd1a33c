// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/sizeoption.h"

#include <QRegularExpression>

#include <cmath>

namespace sd {

bool parseSize(const QString &text, qint64 &bytes) {
    static const QRegularExpression form(
        QStringLiteral(R"(^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch() || (m.captured(2).isEmpty() &&
                          m.captured(3).compare(QLatin1String("ib"), Qt::CaseInsensitive) == 0))
        return false;
    static const QString units = QStringLiteral("kmgt");
    const QString unit = m.captured(2).toLower();
    const int power = unit.isEmpty() ? 0 : int(units.indexOf(unit)) + 1;
    const double value = m.captured(1).toDouble() * std::pow(1024.0, power);
    constexpr double kMax = 4611686018427387904.0; // 2^62
    if (!(value >= 1) || value > kMax)
        return false;
    bytes = qint64(std::llround(value));
    return true;
}

} // namespace sd
