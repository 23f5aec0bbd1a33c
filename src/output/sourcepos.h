// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/result.h"

#include <optional>

namespace sd {

// Where one side of a change stands in its source file: from the start of its first token to
// the end of its last one (half-open), as offsets and line:column (see SourcePos).
struct SourceSpan {
    SourcePos start;
    SourcePos end;
    friend bool operator==(const SourceSpan &, const SourceSpan &) = default;
};

// The span of `side` in `doc`'s source, or nothing when the side is empty or its reader did not
// record where the tokens came from (DOCX, ODT, PDF; text a reader had to rewrite).
std::optional<SourceSpan> sideSource(const Document &doc, const ChangeSide &side);

} // namespace sd
