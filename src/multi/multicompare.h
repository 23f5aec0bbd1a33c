// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "multi/collation.h"
#include "multi/evolution.h"

#include <QList>

namespace sd {

// Everything the reports say about three or more versions (VersionSession computes it).
struct MultiResult {
    Collation collation;
    Evolution evolution;
    QList<QList<double>> similarity; // N x N, documents order
    bool incomplete = false;         // cut short by a cancel: the parts may be missing
};

} // namespace sd
