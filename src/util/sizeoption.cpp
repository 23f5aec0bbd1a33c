// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/sizeoption.h"

#include <cmath>

namespace sd {
namespace {

// The characters the form below takes, as a regular expression without Unicode properties
// reads them: ASCII white space (\s) and digits (\d), letters without case; the Kelvin sign
// is a capital K to a case-insensitive match, so it is one here too.
bool isSpace(char16_t c) {
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}
bool isDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}
char16_t folded(char16_t c) {
    if (c == u'\u212A')
        return u'k';
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

qsizetype skip(QStringView t, qsizetype i, bool (*test)(char16_t)) {
    while (i < t.size() && test(t[i].unicode()))
        ++i;
    return i;
}

} // namespace

// The form: white space, a number ("12", "1.5", ".5"), white space, an optional unit letter
// (k, m, g, t), an optional "b" or "ib" right after it ("ib" only after a unit), white space.
// A hand-written scan: a regular expression cost each run a compilation (measured: about a
// tenth of a small comparison's start).
bool parseSize(const QString &text, qint64 &bytes) {
    const QStringView t(text);
    const qsizetype n = t.size();
    auto at = [&](qsizetype i) { return i < n ? folded(t[i].unicode()) : u'\0'; };
    const qsizetype numberStart = skip(t, 0, isSpace);
    qsizetype i = skip(t, numberStart, isDigit);
    if (at(i) == u'.' && isDigit(at(i + 1)))
        i = skip(t, i + 1, isDigit);
    if (i == numberStart)
        return false;
    const QStringView number = t.sliced(numberStart, i - numberStart);
    i = skip(t, i, isSpace);
    static constexpr char16_t kUnits[] = u"kmgt";
    int power = 0;
    for (int u = 0; u < 4 && power == 0; ++u)
        if (at(i) == kUnits[u])
            power = u + 1;
    i += power > 0;
    if (at(i) == u'i' && at(i + 1) == u'b' && power > 0)
        i += 2;
    else if (at(i) == u'b')
        i += 1;
    if (skip(t, i, isSpace) != n)
        return false;
    const double value = number.toDouble() * std::pow(1024.0, power);
    constexpr double kMax = 4611686018427387904.0; // 2^62
    if (!(value >= 1) || value > kMax)
        return false;
    bytes = qint64(std::llround(value));
    return true;
}

} // namespace sd
