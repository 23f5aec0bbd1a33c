// SPDX-License-Identifier: GPL-3.0-or-later
// --format collatex-json: the collation as the alignment table CollateX's own `-f json` writes, so
// that tools made for CollateX read StoryDiff's: {"witnesses": [sigla], "table": one list per
// witness, one cell per row, a cell null where the witness has nothing, else its tokens, each
// {"t": the text with the space after it, "n": the text compared}}.
#include "output/writers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sd {
namespace {

QJsonArray tokens(const QString &reading) {
    static const QRegularExpression word(QStringLiteral("\\S+\\s*"));
    QJsonArray out;
    for (const QRegularExpressionMatch &m : word.globalMatch(reading)) {
        const QString t = m.captured();
        out.append(QJsonObject{{QStringLiteral("t"), t}, {QStringLiteral("n"), t.trimmed()}});
    }
    return out;
}

} // namespace

QByteArray writeCollatex(const WriterInput &input) {
    const Collation &col = input.multi->collation;
    QJsonArray witnesses, table;
    for (qsizetype k = 0; k < input.documents.size(); ++k) {
        witnesses.append(QStringLiteral("v%1").arg(k + 1));
        QJsonArray cells;
        for (const CollationRow &row : col.rows) {
            const std::optional<QString> &t = row.texts.at(k);
            cells.append(t ? QJsonValue(tokens(*t)) : QJsonValue(QJsonValue::Null));
        }
        table.append(cells);
    }
    const QJsonObject o{{QStringLiteral("witnesses"), witnesses}, {QStringLiteral("table"), table}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace sd
