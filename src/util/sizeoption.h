// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sd {

// A size as --max-size takes it: a number, decimals allowed ("1.5MB"), and a unit of B, K,
// M, G or T (each 1024 times the last; "KB", "KiB" and "k" mean the same). No unit: bytes.
// False for anything else, zero, or a size over 2^62 bytes (no overflow: 99999999999G is
// refused, not a negative limit).
bool parseSize(const QString &text, qint64 &bytes);

} // namespace sd
