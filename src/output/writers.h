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
    const MultiResult *multi; // null with two versions, or when the writer does not use it
    TextStyle style;          // the text writer's colours
};

enum class OutputFormat { Text, Json, JsonLines, Csv, Html };

// One output format: storydiff-cli --format NAME, and the file suffix it is saved under. The
// first row is the default. --format's help and error text are built from this table.
struct OutputWriter {
    OutputFormat format;
    const char *name;
    const char *suffix;
    bool usesMulti; // asks for the collation, evolution and matrix of three or more versions
    QByteArray (*write)(const WriterInput &input);
};

QByteArray writeText(const WriterInput &input);
QByteArray writeJson(const WriterInput &input);
QByteArray writeJsonLines(const WriterInput &input);
QByteArray writeCsv(const WriterInput &input);
QByteArray writeHtml(const WriterInput &input);

inline constexpr std::array<OutputWriter, 5> kOutputWriters = {{
    {OutputFormat::Text, "text", ".txt", false, &writeText},
    {OutputFormat::Json, "json", ".json", true, &writeJson},
    {OutputFormat::JsonLines, "jsonl", ".jsonl", false, &writeJsonLines},
    {OutputFormat::Csv, "csv", ".csv", false, &writeCsv},
    {OutputFormat::Html, "html", ".html", true, &writeHtml},
}};

// The writer called `name`, or null.
const OutputWriter *findOutputWriter(QStringView name);
constexpr const OutputWriter &outputWriter(OutputFormat format) {
    for (const OutputWriter &w : kOutputWriters)
        if (w.format == format)
            return w;
    return kOutputWriters.front();
}

} // namespace sd
