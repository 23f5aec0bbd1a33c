// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/cleanup.h"

namespace sd {
namespace {

void appendMerged(EditScript &out, const EditRun &r) {
    if (r.aLength() == 0 && r.bLength() == 0)
        return;
    if (!out.isEmpty() && out.last().kind == r.kind) {
        out.last().aEnd = r.aEnd;
        out.last().bEnd = r.bEnd;
        return;
    }
    out.append(r);
}

} // namespace

EditScript normalizeScript(const EditScript &script) {
    EditScript out;
    qsizetype i = 0;
    while (i < script.size()) {
        if (script[i].kind == EditRun::Equal) {
            appendMerged(out, script[i]);
            ++i;
            continue;
        }
        // An edit region: every run up to the next equal one.
        const EditRun &first = script[i];
        qsizetype a1 = first.aBegin, b1 = first.bBegin;
        while (i < script.size() && script[i].kind != EditRun::Equal) {
            a1 = script[i].aEnd;
            b1 = script[i].bEnd;
            ++i;
        }
        appendMerged(out, {EditRun::Delete, first.aBegin, a1, first.bBegin, first.bBegin});
        appendMerged(out, {EditRun::Insert, a1, a1, first.bBegin, b1});
    }
    return out;
}

EditScript shiftEditsToBoundaries(const EditScript &script, std::span<const int> a,
                                  std::span<const int> b, std::span<const qint8> scoreA,
                                  std::span<const qint8> scoreB) {
    EditScript out = normalizeScript(script);
    for (qsizetype k = 1; k + 1 < out.size(); ++k) {
        EditRun &prev = out[k - 1];
        EditRun &run = out[k];
        EditRun &next = out[k + 1];
        if (run.kind == EditRun::Equal || prev.kind != EditRun::Equal || next.kind != EditRun::Equal)
            continue;
        const bool ins = run.kind == EditRun::Insert;
        std::span<const int> seq = ins ? b : a;
        std::span<const qint8> score = ins ? scoreB : scoreA;
        const qsizetype begin = ins ? run.bBegin : run.aBegin;
        const qsizetype end = ins ? run.bEnd : run.aEnd;
        const qsizetype len = end - begin;
        // The run can slide left while the element before it equals its last element, and right
        // while the element after it equals its first; the surrounding equal runs bound both.
        const qsizetype prevLen = prev.aLength();
        const qsizetype nextLen = next.aLength();
        qsizetype left = 0;
        while (left < prevLen && seq[begin - left - 1] == seq[end - left - 1])
            ++left;
        qsizetype right = 0;
        while (right < nextLen && seq[begin + right] == seq[end + right])
            ++right;
        if (left == 0 && right == 0)
            continue;
        auto at = [&](qsizetype pos) {
            return pos >= 0 && pos < qsizetype(score.size()) ? int(score[pos]) : 0;
        };
        qsizetype bestShift = 0;
        int bestScore = at(begin) + at(end);
        for (qsizetype s = -left; s <= right; ++s) {
            const int sc = at(begin + s) + at(end + s);
            if (sc > bestScore) {
                bestScore = sc;
                bestShift = s;
            }
        }
        if (bestShift == 0 || len == 0)
            continue;
        // Moving the run by s moves both of its edges on both sides by s.
        prev.aEnd += bestShift;
        prev.bEnd += bestShift;
        run.aBegin += bestShift;
        run.bBegin += bestShift;
        run.aEnd += bestShift;
        run.bEnd += bestShift;
        next.aBegin += bestShift;
        next.bBegin += bestShift;
    }
    EditScript cleaned;
    for (const EditRun &r : out)
        appendMerged(cleaned, r);
    return cleaned;
}

EditScript absorbEqualIslands(const EditScript &script, qsizetype maxIsland,
                              std::span<const qint32> blockOfA, std::span<const qint32> blockOfB) {
    EditScript in = normalizeScript(script);
    auto editSize = [&](qsizetype regionEnd, int direction) {
        // Largest side of the edit region that ends just before (or starts just after) an island.
        qsizetype del = 0, ins = 0;
        for (qsizetype k = regionEnd; k >= 0 && k < in.size() && in[k].kind != EditRun::Equal;
             k += direction) {
            del += in[k].aLength();
            ins += in[k].bLength();
        }
        return std::max(del, ins);
    };
    auto sameBlock = [](std::span<const qint32> blockOf, qsizetype from, qsizetype to) {
        if (blockOf.empty() || from >= to)
            return true;
        const qsizetype last = std::min<qsizetype>(to, qsizetype(blockOf.size())) - 1;
        return from >= qsizetype(blockOf.size()) || blockOf[from] == blockOf[last];
    };
    EditScript out;
    for (qsizetype k = 0; k < in.size(); ++k) {
        const EditRun &r = in[k];
        const bool island = r.kind == EditRun::Equal && k > 0 && k + 1 < in.size() &&
                            r.aLength() <= maxIsland && in[k - 1].kind != EditRun::Equal &&
                            in[k + 1].kind != EditRun::Equal;
        if (island && editSize(k - 1, -1) >= r.aLength() && editSize(k + 1, +1) >= r.aLength()) {
            // The island and the edits around it must lie in one block on each side.
            qsizetype a0 = r.aBegin, a1 = r.aEnd, b0 = r.bBegin, b1 = r.bEnd;
            for (qsizetype p = k - 1; p >= 0 && in[p].kind != EditRun::Equal; --p)
                a0 = in[p].aBegin, b0 = in[p].bBegin;
            for (qsizetype n = k + 1; n < in.size() && in[n].kind != EditRun::Equal; ++n)
                a1 = in[n].aEnd, b1 = in[n].bEnd;
            if (sameBlock(blockOfA, a0, a1) && sameBlock(blockOfB, b0, b1)) {
                appendMerged(out, {EditRun::Delete, r.aBegin, r.aEnd, r.bBegin, r.bBegin});
                appendMerged(out, {EditRun::Insert, r.aEnd, r.aEnd, r.bBegin, r.bEnd});
                continue;
            }
        }
        appendMerged(out, r);
    }
    return normalizeScript(out);
}

} // namespace sd
