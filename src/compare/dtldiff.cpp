// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that includes dtl: everything else sees sequencediff.h.
#include "compare/sequencediff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace sd {

EditScript dtlDiff(std::span<const int> a, std::span<const int> b) {
    EditScript out;
    auto push = [&out](EditRun::Kind kind, qsizetype i, qsizetype j) {
        const qsizetype di = kind == EditRun::Insert ? 0 : 1;
        const qsizetype dj = kind == EditRun::Delete ? 0 : 1;
        if (!out.isEmpty() && out.last().kind == kind) {
            out.last().aEnd += di;
            out.last().bEnd += dj;
        } else {
            out.append(EditRun{kind, i, i + di, j, j + dj});
        }
    };
    if (a.empty() && b.empty())
        return out;
    std::vector<int> va(a.begin(), a.end());
    std::vector<int> vb(b.begin(), b.end());
    dtl::Diff<int, std::vector<int>> diff(va, vb);
    diff.compose();
    qsizetype i = 0, j = 0;
    for (const auto &[elem, info] : diff.getSes().getSequence()) {
        (void)elem;
        switch (info.type) {
        case dtl::SES_COMMON: push(EditRun::Equal, i++, j++); break;
        case dtl::SES_DELETE: push(EditRun::Delete, i++, j); break;
        case dtl::SES_ADD: push(EditRun::Insert, i, j++); break;
        }
    }
    return out;
}

} // namespace sd
