// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

namespace sd {

// Which optional fields a change of each kind carries, for every writer that reports them
// (JSON, CSV): the CLI contract's "where the kind needs them".
inline bool kindHasHref(ChangeKind k) {
    return k == ChangeKind::LinkAdded || k == ChangeKind::LinkChanged;
}
inline bool kindHasOldHref(ChangeKind k) {
    return k == ChangeKind::LinkRemoved || k == ChangeKind::LinkChanged;
}
inline bool kindHasStyle(ChangeKind k) {
    return k == ChangeKind::FormatAdded || k == ChangeKind::FormatRemoved;
}
// The contract's style name of a format change: a block that became or stopped being a
// heading says "heading", inline styles their own name.
inline QString changeStyleName(const Change &ch) {
    return ch.headingStyle ? QStringLiteral("heading") : styleName(ch.style);
}

} // namespace sd
