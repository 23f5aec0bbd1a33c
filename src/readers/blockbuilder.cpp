// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/blockbuilder.h"

#include "readers/readbudget.h"
#include "text/tokenizer.h"

namespace sd {

void BlockBuilder::begin(BlockKind kind, int level, qint32 sourceStart) {
    if (m_open)
        end();
    m_current = Block{};
    m_current.kind = kind;
    m_current.level = quint8(qBound(0, level, 255));
    m_current.sourceStart = sourceStart;
    m_runs.clear();
    m_text.resize(0); // keeps its capacity
    m_open = true;
    m_pendingSpace = false;
    m_pendingNbsp = false;
}

qint32 BlockBuilder::addLink(const QString &href) {
    if (!m_open)
        begin(BlockKind::Paragraph);
    if (m_current.links.size() >= Token::kMaxLinks)
        return -1; // a token's link index has 24 bits: past 8M links in one block, text is plain
    m_current.links.append(Link{href});
    return qint32(m_current.links.size() - 1);
}

void BlockBuilder::appendBreak() {
    if (!m_text.isEmpty())
        m_pendingSpace = true;
}

void BlockBuilder::appendText(QStringView text, Styles style, qint32 link, qint32 sourceOffset) {
    if (!ReadBudget::spendChars(text.size()))
        return; // the file made more text than it may: the loader refuses it
    if (!m_open)
        begin(BlockKind::Paragraph);
    if (link < -1 || link >= m_current.links.size())
        link = -1; // a link of another block (a reader's slip) is no link here
    QString &out = m_text;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (isTokenizerSpace(c)) {
            if (!out.isEmpty()) {
                m_pendingSpace = true;
                m_pendingNbsp = m_pendingNbsp || c == 0x00A0 || c == 0x202F || c == 0x2007;
            }
            ++i;
            continue;
        }
        // A run of visible characters, with the single plain spaces between them, is appended
        // whole: nothing in it needs folding, and it maps 1:1 onto the source.
        //   "a  b\tc d" -> runs "a", "b", "c d" (the double space and the tab fold to one space)
        qsizetype j = i + 1;
        while (j < n) {
            const char16_t d = text[j].unicode();
            if (!isTokenizerSpace(d)) {
                ++j;
                continue;
            }
            if (d == u' ' && j + 1 < n && !isTokenizerSpace(text[j + 1].unicode())) {
                j += 2;
                continue;
            }
            break;
        }
        if (m_pendingSpace) {
            out.append(QChar(m_pendingNbsp ? char16_t(0x00A0) : char16_t(' ')));
            m_pendingSpace = m_pendingNbsp = false;
        }
        bool newRun =
            m_runs.isEmpty() || m_runs.last().style != style || m_runs.last().link != link;
        if (!newRun) {
            // Also where the source mapping breaks (folded whitespace, decoded entities), so that
            // each run maps its characters 1:1 onto the source from its first one.
            const Run &last = m_runs.last();
            const qint64 expected =
                last.sourceOffset < 0 ? -1 : last.sourceOffset + (out.size() - last.start);
            const qint64 actual = sourceOffset < 0 ? -1 : sourceOffset + i;
            newRun = expected != actual;
        }
        if (newRun) {
            Run r;
            r.start = out.size();
            r.style = style;
            r.link = link;
            r.sourceOffset = sourceOffset >= 0 ? qint32(sourceOffset + i) : -1;
            m_runs.append(r);
        }
        out.append(text.sliced(i, j - i));
        i = j;
    }
}

void BlockBuilder::end(qint32 sourceEnd) {
    if (!m_open)
        return;
    m_open = false;
    Block &b = m_current;
    b.sourceEnd = sourceEnd;
    // The block keeps its text for the whole run (a long book's texts and tokens are most of
    // its memory), so it gets a copy of exactly its size; the buffer it was appended in serves
    // the next block. (Shrinking each text instead left a free tail between every two blocks,
    // and the allocations of the comparison then searched through them.)
    b.text = QString(m_text.constData(), m_text.size());
    m_text.resize(0);
    if (m_text.capacity() > (qsizetype(1) << 20))
        m_text = QString(); // one huge block does not hold its buffer for good
    b.tokens = tokenize(b.text);
    // Each token takes the style and link of the run its first character is in.
    qsizetype r = 0;
    for (Token &t : b.tokens) {
        while (r + 1 < m_runs.size() && m_runs.at(r + 1).start <= qsizetype(t.start))
            ++r;
        if (r < m_runs.size()) {
            t.style = m_runs.at(r).style;
            t.link = m_runs.at(r).link;
        }
    }
    b.sourceRuns = sourceRuns();
    if (!b.tokens.isEmpty())
        m_blocks.append(std::move(b));
    m_current = Block{};
    m_runs.clear();
}

// The open block's runs as its map onto the source: a run that only changes style or link goes
// on mapping where the one before it does, and is left out; none at all when nothing maps.
QList<SourceRun> BlockBuilder::sourceRuns() const {
    QList<SourceRun> out;
    bool anyKnown = false;
    for (const Run &run : m_runs) {
        const SourceRun next{quint32(run.start), run.sourceOffset};
        anyKnown = anyKnown || next.sourceStart >= 0;
        if (!out.isEmpty()) {
            const SourceRun &last = out.last();
            const bool continues =
                last.sourceStart < 0
                    ? next.sourceStart < 0
                    : next.sourceStart ==
                          last.sourceStart + qint32(next.textStart - last.textStart);
            if (continues)
                continue;
        }
        out.append(next);
    }
    if (!anyKnown)
        return {};
    out.squeeze();
    return out;
}

QList<Block> BlockBuilder::takeBlocks() {
    if (m_open)
        end();
    return std::exchange(m_blocks, {});
}

} // namespace sd
