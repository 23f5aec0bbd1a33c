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
inline bool kindHasLevels(ChangeKind k) {
    return k == ChangeKind::HeadingLevel;
}

// The word a typography change stands on in B, when its own text has none (a quote mark, a
// dash, an ellipsis): the word the mark hangs on (no space between), else the next word of its
// block, else the one before; empty when the change's text has a word or its block none.
//   He said "Stop" -> “Stop”: the opening mark is on "Stop", the closing one on "Stop" too
inline QString typographyWord(const Comparison &c, const Change &ch) {
    const ChangeSide &to = ch.to;
    if (ch.kind != ChangeKind::Typography || !to.isValid() || to.blockCount() != 1 ||
        to.blockEnd > c.b.blocks.size())
        return {};
    const Block &blk = c.b.blocks.at(to.blockBegin);
    const qint32 n = qint32(blk.tokens.size());
    if (to.tokenBegin >= n)
        return {};
    for (qint32 t = to.tokenBegin; t < std::min(to.tokenEnd, n); ++t)
        if (blk.tokens.at(t).isWord())
            return {};
    auto wordAt = [&](qint32 t) { return blk.tokenText(blk.tokens.at(t)).toString(); };
    auto before = [&]() -> qint32 {
        for (qint32 t = to.tokenBegin - 1; t >= 0; --t)
            if (blk.tokens.at(t).isWord())
                return t;
        return -1;
    };
    auto after = [&]() -> qint32 {
        for (qint32 t = to.tokenEnd; t < n; ++t)
            if (blk.tokens.at(t).isWord())
                return t;
        return -1;
    };
    const bool hangsBack =
        to.tokenBegin > 0 && !(blk.tokens.at(to.tokenBegin).spacing & SpaceBefore);
    const qint32 first = hangsBack ? before() : after(), second = hangsBack ? after() : before();
    return first >= 0 ? wordAt(first) : second >= 0 ? wordAt(second) : QString();
}

} // namespace sd
