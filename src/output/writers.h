// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparison.h"
#include "multi/multicompare.h"
#include "output/textwriter.h"

#include <QByteArray>
#include <QList>
#include <QStringView>
#include <array>

namespace sd {

// What every writer is given: all versions, the base, every other version compared with it
// (in version order, the base left out) and, for three or more versions, the multi result.
struct WriterInput {
    const QList<Document> &documents;
    qsizetype base;
    const QList<Comparison> &comparisons;
    const MultiResult *multi; // null when the writer does not use it (see MultiUse)
    TextStyle style;          // the text writer's colours
};

enum class OutputFormat { Text, Json, JsonLines, Csv, Html, Tei, Collatex };

// When a writer is given the collation, evolution and matrix.
enum class MultiUse : quint8 {
    Never,
    ThreeOrMore, // the report's all-versions part, absent for a pair
    Always,      // the collation is the output, for a pair too
};

// One output format: storydiff-cli --format NAME, and the file suffix it is saved under. The
// first row is the default. --format's help and error text are built from this table.
struct OutputWriter {
    OutputFormat format;
    const char *name;
    const char *suffix;
    MultiUse multi;
    QByteArray (*write)(const WriterInput &input);
};

QByteArray writeText(const WriterInput &input);
QByteArray writeJson(const WriterInput &input);
QByteArray writeJsonLines(const WriterInput &input);
QByteArray writeCsv(const WriterInput &input);
QByteArray writeHtml(const WriterInput &input);
QByteArray writeTei(const WriterInput &input);      // output/teiwriter.cpp
QByteArray writeCollatex(const WriterInput &input); // output/collatexwriter.cpp

inline constexpr std::array<OutputWriter, 7> kOutputWriters = {{
    {OutputFormat::Text, "text", ".txt", MultiUse::Never, &writeText},
    {OutputFormat::Json, "json", ".json", MultiUse::ThreeOrMore, &writeJson},
    {OutputFormat::JsonLines, "jsonl", ".jsonl", MultiUse::Never, &writeJsonLines},
    {OutputFormat::Csv, "csv", ".csv", MultiUse::Never, &writeCsv},
    {OutputFormat::Html, "html", ".html", MultiUse::ThreeOrMore, &writeHtml},
    {OutputFormat::Tei, "tei", ".xml", MultiUse::Always, &writeTei},
    {OutputFormat::Collatex, "collatex-json", ".json", MultiUse::Always, &writeCollatex},
}};

// Whether the writer wants the multi-version result for this many documents.
constexpr bool wantsMulti(const OutputWriter &w, qsizetype documents) {
    switch (w.multi) {
    case MultiUse::Never:
        return false;
    case MultiUse::ThreeOrMore:
        return documents >= 3;
    case MultiUse::Always:
        return true;
    }
    return false;
}

// The writer called `name`, or null.
const OutputWriter *findOutputWriter(QStringView name);
constexpr const OutputWriter &outputWriter(OutputFormat format) {
    for (const OutputWriter &w : kOutputWriters)
        if (w.format == format)
            return w;
    return kOutputWriters.front();
}

} // namespace sd
