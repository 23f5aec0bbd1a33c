// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// Paths numbered in the order they were first added: the same path twice is one number.
class PathIndex {
public:
    qint32 add(const QString &path) {
        auto it = m_index.constFind(path);
        if (it != m_index.constEnd())
            return *it;
        const auto i = qint32(m_paths.size());
        m_paths.append(path);
        m_index.insert(path, i);
        return i;
    }
    const QStringList &paths() const { return m_paths; }

private:
    QStringList m_paths;
    QHash<QString, qint32> m_index;
};

// One comparison of a batch: indexes into BatchPlan::files, "from" first.
struct BatchPair {
    qint32 a = 0;
    qint32 b = 0;
    friend bool operator==(const BatchPair &, const BatchPair &) = default;
};

// What a batch compares: the files (each named once, as it appears in the output) and the pairs
// in output order. Problems found while planning (a manifest line without two fields ...) are
// in `problems`, one message each; the plan holds everything else.
struct BatchPlan {
    QStringList files;
    QList<BatchPair> pairs;
    QStringList problems;
    QString error; // set when there is nothing to plan from (unreadable directory or manifest)
    bool ok() const { return error.isEmpty(); }
};

// All pairs (i < j) of the regular, non-hidden files of `dir`, sorted by name (not recursive),
// or, with `base`, `base` against each of them (`base` itself left out when it is in `dir`).
// Files named in `exclude` (the batch's own outputs, when written into `dir`) are left out.
// DirectoryPairs::None lists the files only (candidate search finds the pairs: an archive's
// n^2 / 2 pairs would not fit in memory).
enum class DirectoryPairs { All, None };
BatchPlan planDirectory(const QString &dir, const QString &base, const QStringList &exclude,
                        DirectoryPairs pairs = DirectoryPairs::All);

// The pairs of a manifest: "a,b" per line (a tab separates them as well), fields quoted as in
// CSV when they hold a comma or a quote, an optional "a,b" header line, blank lines ignored.
// Relative paths are taken from the manifest's folder (`baseDir`; empty: as given, for standard
// input). A pair listed twice is compared once.
BatchPlan planManifest(const QByteArray &text, const QString &baseDir, const QString &name);

// Splits CSV (or tab-separated) text into records of fields; quoted fields may hold commas,
// tabs, doubled quotes and line breaks. Each record carries its 1-based starting line.
struct CsvRecord {
    QStringList fields;
    int line = 0;
};
QList<CsvRecord> parseCsv(QStringView text);

// A CSV field: quoted when it holds a comma, quote, line break or outer spaces; one that
// starts like a spreadsheet formula is quoted with an apostrophe in front (shown as text).
QString csvField(const QString &value);

} // namespace sd
