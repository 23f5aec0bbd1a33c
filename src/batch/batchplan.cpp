// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchplan.h"

#include "output/plural.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace sd {
namespace {

QString absoluteOf(const QString &path) {
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

BatchPlan planDirectory(const QString &dir, const QString &base, const QStringList &exclude,
                        DirectoryPairs pairs) {
    BatchPlan plan;
    const QDir d(dir);
    if (!QFileInfo(dir).isDir() || !d.isReadable()) {
        plan.error = dir + QStringLiteral(": cannot list the folder");
        return plan;
    }
    QSet<QString> skip;
    for (const QString &e : exclude)
        if (!e.isEmpty() && e != QLatin1String("-"))
            skip.insert(absoluteOf(e));
    const QString baseAbsolute = base.isEmpty() ? QString() : absoluteOf(base);
    if (!base.isEmpty())
        skip.insert(baseAbsolute);
    // Unreadable files are listed too: reading them fails with a message that names them.
    QStringList names;
    for (const QFileInfo &fi : d.entryInfoList(QDir::Files)) {
        if (!fi.isFile() || skip.contains(fi.absoluteFilePath()))
            continue;
        names.append(fi.fileName());
    }
    // By code point, not the locale's collation: the same order (and output) on every machine.
    std::sort(names.begin(), names.end());
    if (!base.isEmpty())
        plan.files.append(QDir::cleanPath(base));
    for (const QString &n : std::as_const(names))
        plan.files.append(QDir::cleanPath(d.filePath(n)));
    const auto n = qint32(plan.files.size());
    if (pairs == DirectoryPairs::None)
        return plan;
    if (!base.isEmpty()) {
        for (qint32 j = 1; j < n; ++j)
            plan.pairs.append({0, j});
    } else {
        plan.pairs.reserve(qsizetype(n) * (n - 1) / 2);
        for (qint32 i = 0; i < n; ++i)
            for (qint32 j = i + 1; j < n; ++j)
                plan.pairs.append({i, j});
    }
    return plan;
}

QList<CsvRecord> parseCsv(QStringView text) {
    QList<CsvRecord> records;
    qsizetype i = 0;
    int line = 1;
    const qsizetype n = text.size();
    while (i < n) {
        // The separator of this record: a tab when its first physical line has one.
        qsizetype eol = i;
        while (eol < n && text[eol] != u'\n')
            ++eol;
        const QChar sep = text.mid(i, eol - i).contains(u'\t') ? u'\t' : u',';
        CsvRecord rec;
        rec.line = line;
        QString field;
        bool quoted = false; // inside quotes
        bool wasQuoted = false;
        for (; i < n; ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field.append(u'"');
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == u'\n')
                        ++line;
                    field.append(c);
                }
            } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
                field.clear(); // spaces before an opening quote are not part of the value
            } else if (c == sep) {
                rec.fields.append(wasQuoted ? field : field.trimmed());
                field.clear();
                wasQuoted = false;
            } else if (c == u'\n') {
                ++i;
                ++line;
                break;
            } else if (c != u'\r' && !(wasQuoted && c.isSpace())) {
                field.append(c);
            }
        }
        rec.fields.append(wasQuoted ? field : field.trimmed());
        if (rec.fields.size() == 1 && rec.fields.first().isEmpty())
            continue; // a blank line
        records.append(std::move(rec));
    }
    return records;
}

QString csvField(const QString &value) {
    // A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first: a file named
    // "=HYPERLINK(...).txt") is written as text: quoted, after a leading apostrophe.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    const bool formula = !value.isEmpty() && formulaStart.contains(value.front());
    const bool plain = !formula && !value.contains(u',') && !value.contains(u'"') &&
                       !value.contains(u'\n') && !value.contains(u'\r') && value.trimmed() == value;
    if (plain)
        return value;
    QString q = formula ? u'\'' + value : value;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

BatchPlan planManifest(const QByteArray &text, const QString &baseDir, const QString &name) {
    BatchPlan plan;
    // The same path in two manifest lines is one document, read once.
    PathIndex table;
    QSet<quint64> seen;
    const QDir dir(baseDir);
    const auto resolve = [&](const QString &p) {
        return QDir::cleanPath(baseDir.isEmpty() || QDir::isAbsolutePath(p) ? p : dir.filePath(p));
    };
    const QList<CsvRecord> records = parseCsv(QString::fromUtf8(text));
    for (qsizetype r = 0; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (r == 0 && rec.fields.size() == 2 &&
            rec.fields.at(0).compare(QLatin1String("a"), Qt::CaseInsensitive) == 0 &&
            rec.fields.at(1).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0)
            continue; // the header
        if (rec.fields.size() != 2 || rec.fields.at(0).isEmpty() || rec.fields.at(1).isEmpty()) {
            plan.problems.append(
                QStringLiteral("%1:%2: expected two paths, \"a,b\" (got %3)")
                    .arg(name)
                    .arg(rec.line)
                    .arg(countOf(rec.fields.size(), "field", "fields")));
            continue;
        }
        const BatchPair pair{table.add(resolve(rec.fields.at(0))),
                             table.add(resolve(rec.fields.at(1)))};
        const quint64 key = (quint64(quint32(pair.a)) << 32) | quint32(pair.b);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        plan.pairs.append(pair);
    }
    plan.files = table.paths();
    return plan;
}

} // namespace sd
