// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Seeded generator of version pairs (and triples) with known edits, for measuring how well the
// comparison engine finds what really changed. A case is built from real prose (paragraphs of
// ../shared/corpus when it exists, else built-in paragraphs), edited in a model of words,
// paragraphs, styles and links, and rendered as text, Markdown or HTML with noise that must not
// count (re-wrapping, doubled and trailing spaces, CRLF, page furniture).

#include "compare/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::casegen {

// What the generator did, in the terms of the loaded documents: block and token positions of
// one version pair. `label` is finer than `kind` ("word-insert", "para-insert", "move-edited").
struct ExpectedEdit {
    QString label;
    ChangeKind kind = ChangeKind::Insert;
    ChangeSide from; // in the older version; invalid when the edit has no words there
    ChangeSide to;   // in the newer version; invalid when the edit has no words there
    Styles style = NoStyle;
    QString href, oldHref;
    QString note; // the words involved, for failure reports
};

struct ExpectedStep {
    int from = 0, to = 1; // indexes into GeneratedCase::files
    QList<ExpectedEdit> edits;
};

// The shape of every version, so that a test can tell a generator or reader mismatch (blocks
// or tokens not where the generator put them) from an engine miss.
struct VersionShape {
    QList<int> tokensPerBlock;
};

struct GeneratedCase {
    quint64 seed = 0;
    QString format; // "txt", "md", "html": also the files' extension
    QList<QByteArray> files;
    QList<VersionShape> shapes;
    QList<ExpectedStep> steps;
    QStringList noise; // the noise applied, for reports
    qint64 trueInserted = 0, trueDeleted = 0; // words, moves excluded (first step)

    QString fileName(int version) const {
        return QStringLiteral("v%1.%2").arg(version + 1).arg(format);
    }
};

struct CaseOptions {
    QString format;          // empty: chosen from the seed
    int versions = 0;        // 2 or 3; 0: chosen from the seed (mostly 2)
    int paragraphs = 0;      // 0: 10..18
    int edits = -1;          // -1: 2..6 (0 gives a noise-only case)
    double editRate = 0;     // > 0: edits per word instead of `edits` (benchmarks)
    qint64 targetWords = 0;  // > 0: paragraphs are added until this many words (benchmarks)
    bool structuralEdits = true;
};

// The paragraph source: corpus paragraphs from `sharedDir` when it holds them, else the
// built-in ones. Loaded once per process.
void setSharedDir(const QString &sharedDir);
QString sourceDescription();
qsizetype sourceParagraphCount();

GeneratedCase generateCase(quint64 seed, const CaseOptions &options = {});

// The shape of a loaded document, to compare with VersionShape.
VersionShape shapeOf(const Document &doc);
// Empty when equal, else what differs first.
QString shapeMismatch(const VersionShape &expected, const VersionShape &got);

} // namespace sd::casegen
