// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/writers.h"

#include "output/csvwriter.h"
#include "output/htmlreport.h"
#include "output/jsonwriter.h"

namespace sd {

QByteArray writeText(const WriterInput &input) {
    QByteArray data;
    for (qsizetype k = 0; k < input.comparisons.size(); ++k) {
        if (k > 0)
            data += "\n";
        data += comparisonToText(input.comparisons.at(k), input.style);
    }
    return data;
}

QByteArray writeJson(const WriterInput &input) {
    return comparisonsToJson(input.documents, input.base, input.comparisons, input.multi);
}

// The line --batch writes, one per comparison: a stream for many files.
QByteArray writeJsonLines(const WriterInput &input) {
    QByteArray data;
    for (const Comparison &c : input.comparisons)
        data += comparisonToJsonLine(c, c.a.path, c.b.path);
    return data;
}

QByteArray writeCsv(const WriterInput &input) { return comparisonsToCsv(input.comparisons); }

QByteArray writeHtml(const WriterInput &input) {
    return htmlReport(input.documents, input.base, input.comparisons, input.multi);
}

const OutputWriter *findOutputWriter(QStringView name) {
    for (const OutputWriter &w : kOutputWriters)
        if (name == QLatin1String(w.name))
            return &w;
    return nullptr;
}

} // namespace sd
