// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/sourcemap.h"
#include "document/token.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace sd {

enum class BlockKind : quint8 {
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Caption,
    Preformatted,
    TableCell,
    Separator,
};

QString blockKindName(BlockKind kind);

// One link occurrence inside a block: every token whose Token::link is this index lies inside it.
struct Link {
    QString href;
    friend bool operator==(const Link &, const Link &) = default;
};

// Where a stretch of a block's text came from: from `textStart` on (to the next run), the text
// maps 1:1 onto the decoded source from `sourceStart`, or not at all when that is -1. Readers
// start a new run where the mapping breaks (folded whitespace, a decoded entity), so a token,
// which never spans a break, maps as long as its text.
struct SourceRun {
    quint32 textStart = 0;
    qint32 sourceStart = -1;
    friend bool operator==(const SourceRun &, const SourceRun &) = default;
};

// A paragraph-level unit in reading order. `text` is what a reader sees (markup removed, runs
// of whitespace folded to one space); tokens index into it.
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    quint8 level = 0; // heading level 1..6, list nesting depth, quote depth
    QString text;
    QList<Token> tokens;
    QList<Link> links;
    QList<SourceRun> sourceRuns; // ascending textStart; none when the source is unknown
    qint32 sourceStart = -1;     // half-open range in the decoded source, -1 when unknown
    qint32 sourceEnd = -1;

    QStringView tokenText(const Token &t) const { return QStringView(text).mid(t.start, t.length); }
    QStringView tokenText(qsizetype i) const { return tokenText(tokens.at(i)); }
    // Token `t`'s half-open range in the decoded source, -1 when unknown.
    qint32 sourceStartOf(const Token &t) const;
    qint32 sourceEndOf(const Token &t) const;
    // The text a reader sees for tokens [first, last), with the spacing of the source.
    QString spanText(qsizetype first, qsizetype last) const;
    qsizetype wordCount() const;
    friend bool operator==(const Block &, const Block &) = default;
};

// Each format's name, extensions, signature and reader are in one table (readers/formats.h).
enum class Format : quint8 { Text, Markdown, Html, Docx, Odt, Pdf, Epub };

QString formatName(Format format); // "text", "markdown", ... (readers/formats.cpp)

// How a web page's story was found: its <article> (or <main>), the container with the best
// prose score, or, when nothing scored, the whole visible page. None for other formats.
enum class Extraction : quint8 { None, Article, Scored, Fallback };

QString extractionName(Extraction extraction); // empty for None

// A version of a story as the readers produce it: plain values, cheap to copy (implicitly
// shared containers) and safe to hand between threads.
struct Document {
    QString path; // as given by the user ("-" for standard input)
    Format format = Format::Text;
    QString encoding = QStringLiteral("UTF-8");
    QString title;
    Extraction extraction = Extraction::None;
    QList<Block> blocks;
    // The word count of `blocks`, set once they are final (the loader does) so that reports and
    // statistics do not count a long book's words again and again; -1 counts on demand.
    qsizetype knownWordCount = -1;
    // Turns the readers' source offsets into line:column; unknown for zip and PDF formats.
    SourceMap source;

    qsizetype wordCount() const;
    qsizetype tokenCount() const;
};

} // namespace sd
