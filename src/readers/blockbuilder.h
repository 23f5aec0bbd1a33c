// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QList>
#include <QStringView>

namespace sd {

// Collects the inline content of blocks as readers walk their source and turns each finished
// block into text + tokens. Readers say *what* the text is (style, link, where it came from);
// the builder owns whitespace folding and tokenizing, so every format tokenizes alike.
//
//   b.begin(BlockKind::Paragraph);
//   b.appendText(u"Lavrov held ", NoStyle);
//   int l = b.addLink(u"#");
//   b.appendText(u"talks", NoStyle, l);
//   b.end();                       // -> "Lavrov held talks", 3 tokens, the last one linked
class BlockBuilder {
public:
    void begin(BlockKind kind, int level = 0, qint32 sourceStart = -1);
    bool inBlock() const { return m_open; }
    // Text may hold any whitespace; runs of it become one space. `sourceOffset` is where `text`
    // starts in the decoded source when it was copied verbatim from there, else -1.
    void appendText(QStringView text, Styles style = NoStyle, qint32 link = -1,
                    qint32 sourceOffset = -1);
    void appendBreak(); // a soft or hard line break inside the block: a space
    qint32 addLink(const QString &href);
    // Finishes the block; a block with no visible text (a thematic break, an empty list item)
    // is dropped: it has no words to compare.
    void end(qint32 sourceEnd = -1);
    QList<Block> takeBlocks();
    qsizetype blockCount() const { return m_blocks.size(); }

private:
    struct Run {
        qsizetype start = 0; // in m_current.text
        Styles style = NoStyle;
        qint32 link = -1;
        qint32 sourceOffset = -1; // source offset of the run's first character, -1 unknown
    };
    void appendSpaceChar(char16_t c);
    QList<SourceRun> sourceRuns() const;

    Block m_current;
    QString m_text; // the open block's text, in a buffer kept from block to block
    QList<Run> m_runs;
    QList<Block> m_blocks;
    bool m_open = false;
    bool m_pendingSpace = false;
    bool m_pendingNbsp = false;
};

} // namespace sd
