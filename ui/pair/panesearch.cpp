// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair/panesearch.h"

#include <QTextBlock>

#include <algorithm>

namespace sd {

namespace {

constexpr QChar kZeroWidthSpace(0x200B);

// A paragraph as the story has it (all its pieces), with where each stretch of it stands in
// the document: text[seg.at ..] is at seg.position on, one character for one, up to the next.
struct StoryText {
    struct Segment {
        qsizetype at;
        int position;
    };
    QString text;
    QList<Segment> segments;

    void append(QStringView part, int position) {
        if (part.isEmpty())
            return;
        if (segments.isEmpty() ||
            segments.last().position + (text.size() - segments.last().at) != position)
            segments.append({text.size(), position});
        text += part;
    }
    int positionOf(qsizetype k) const {
        const auto it = std::upper_bound(segments.cbegin(), segments.cend(), k,
                                         [](qsizetype v, const Segment &s) { return v < s.at; });
        const Segment &s = *(it - 1);
        return s.position + int(k - s.at);
    }
    // The first character at or after document position `pos` (text.size() when none).
    qsizetype indexAt(int pos) const {
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const Segment &s = segments.at(i);
            const qsizetype end = i + 1 < segments.size() ? segments.at(i + 1).at : text.size();
            if (pos <= s.position)
                return s.at;
            if (pos < s.position + (end - s.at))
                return s.at + (pos - s.position);
        }
        return text.size();
    }
};

bool isJoin(const QList<qint32> &joins, const QTextBlock &block) {
    return block.isValid() &&
           std::binary_search(joins.cbegin(), joins.cend(), qint32(block.blockNumber()));
}

// The first block of the paragraph `block` is a piece of (or the blank block between two).
QTextBlock paragraphStart(QTextBlock block, const QList<qint32> &joins) {
    if (isJoin(joins, block) && block.previous().isValid())
        block = block.previous();
    while (isJoin(joins, block.previous()) && block.previous().previous().isValid())
        block = block.previous().previous();
    return block;
}

// The paragraph from `block` on across its joins; `last` gets its last block.
StoryText readParagraph(QTextBlock block, const QList<qint32> &joins, QTextBlock &last) {
    StoryText out;
    for (;;) {
        QString text = block.text();
        text.replace(QChar::Nbsp, QLatin1Char(' '));
        const bool goesOn = isJoin(joins, block.next()) && block.next().next().isValid();
        qsizetype length = text.size();
        while (goesOn && length > 0 && text.at(length - 1) == QChar::LineSeparator)
            --length; // the row's padding, not the story's
        for (qsizetype from = 0; from < length;) {
            qsizetype to = text.indexOf(kZeroWidthSpace, from);
            if (to < 0 || to > length)
                to = length;
            out.append(QStringView(text).mid(from, to - from), block.position() + int(from));
            from = to + 1;
        }
        last = block;
        if (!goesOn)
            return out;
        block = block.next().next();
    }
}

bool isWholeWord(const QString &text, qsizetype start, qsizetype length) {
    const qsizetype end = start + length;
    return (start == 0 || !text.at(start - 1).isLetterOrNumber()) &&
           (end == text.size() || !text.at(end).isLetterOrNumber());
}

// The match in `text` at or after `k` (backwards: starting at or before it), -1 when none.
qsizetype findIn(const QString &text, const QString &needle, qsizetype k,
                 QTextDocument::FindFlags flags) {
    const Qt::CaseSensitivity cs =
        flags & QTextDocument::FindCaseSensitively ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const bool backwards = flags & QTextDocument::FindBackward;
    while (k >= 0 && k <= text.size()) {
        const qsizetype idx =
            backwards ? text.lastIndexOf(needle, k, cs) : text.indexOf(needle, k, cs);
        if (idx < 0 || !(flags & QTextDocument::FindWholeWords) ||
            isWholeWord(text, idx, needle.size()))
            return idx;
        k = backwards ? idx - 1 : idx + 1;
    }
    return -1;
}

} // namespace

QPair<int, int> findInPane(const QTextDocument *doc, const QList<qint32> &joins,
                           const QString &needle, int from, QTextDocument::FindFlags flags) {
    const bool backwards = flags & QTextDocument::FindBackward;
    if (needle.isEmpty() || (backwards && from <= 0))
        return {-1, -1};
    QTextBlock block = paragraphStart(doc->findBlock(backwards ? from - 1 : from), joins);
    while (block.isValid()) {
        QTextBlock last;
        const StoryText story = readParagraph(block, joins, last);
        const qsizetype k = story.indexAt(from) - (backwards ? 1 : 0);
        const qsizetype idx = k < 0 ? -1 : findIn(story.text, needle, k, flags);
        if (idx >= 0)
            return {story.positionOf(idx), story.positionOf(idx + needle.size() - 1) + 1};
        block = backwards ? paragraphStart(block.previous(), joins) : last.next();
    }
    return {-1, -1};
}

} // namespace sd
