// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchresults.h"

#include "batch/batchplan.h"
#include "batch/resumelines.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <map>

namespace sd {
namespace {

constexpr int kMaxProblems = 20; // a file of foreign lines is one problem told 20 times enough

bool startsWith(const QString &path, const QByteArray &head) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(head.size()) == head;
}

bool isLinesFile(const QString &path) {
    return startsWith(path, "{\"a\":");
}

bool isClustersFile(const QString &path) {
    return startsWith(path, "path,cluster,source\n") || startsWith(path, "path,cluster,source\r");
}

// The folder's batch outputs: every JSON lines file of ours, and one clusters CSV (the first by
// name, one named for clusters before others).
BatchOutputs outputsIn(const QDir &dir) {
    BatchOutputs out;
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson"),
                           QStringLiteral("*.json"), QStringLiteral("*.csv")},
                          QDir::Files, QDir::Name);
    QString otherClusters;
    for (const QFileInfo &f : files) {
        const QString path = f.filePath();
        if (f.suffix() != QLatin1String("csv")) {
            if (isLinesFile(path))
                out.lines << path;
        } else if (isClustersFile(path)) {
            QString &slot = f.fileName().contains(QLatin1String("cluster"), Qt::CaseInsensitive)
                                ? out.clusters
                                : otherClusters;
            if (slot.isEmpty())
                slot = path;
        }
    }
    if (out.clusters.isEmpty())
        out.clusters = otherClusters;
    return out;
}

// The outputs' paths as they name them, made openable from here (see readBatchOutputs).
class PathResolver {
public:
    explicit PathResolver(const QString &outputsDir)
        : m_bases{QDir(outputsDir), QDir(QFileInfo(outputsDir).absolutePath())} {}
    QString operator()(const QString &path) {
        auto it = m_cache.constFind(path);
        if (it != m_cache.constEnd())
            return *it;
        QString resolved = path;
        if (QFileInfo(path).isRelative() && !QFileInfo::exists(path))
            for (const QDir &base : m_bases)
                if (QFileInfo::exists(base.filePath(path))) {
                    resolved = QDir::cleanPath(base.absoluteFilePath(path));
                    break;
                }
        m_cache.insert(path, resolved);
        return resolved;
    }

private:
    QDir m_bases[2];
    QHash<QString, QString> m_cache;
};

void addProblem(QStringList &problems, qsizetype &count, const QString &text) {
    if (++count <= kMaxProblems)
        problems << text;
}

// The clusters CSV's rows into `copies` (rows of its table, clusters in its numbering).
void readClusters(const QString &path, PathResolver &resolve, FolderCopies &copies,
                  qsizetype &problemCount) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addProblem(copies.problems, problemCount, path + QStringLiteral(": ") + file.errorString());
        return;
    }
    const QList<CsvRecord> records = parseCsv(QString::fromUtf8(file.readAll()));
    std::map<int, qsizetype> clusterIndex; // the CSV's number -> index into copies.clusters
    for (const CsvRecord &r : records.mid(1)) {
        bool numbered = false;
        const int number = r.fields.value(1).toInt(&numbered);
        if (r.fields.size() != 3 || !numbered || number < 1) {
            addProblem(copies.problems, problemCount,
                       QStringLiteral("%1:%2: not a clusters row (path,cluster,source)")
                           .arg(path)
                           .arg(r.line));
            continue;
        }
        const qint32 row = copies.table.addFile(resolve(r.fields.at(0)));
        auto [it, isNew] = clusterIndex.try_emplace(number, copies.clusters.size());
        if (isNew)
            copies.clusters.append(Cluster{{}, row});
        Cluster &c = copies.clusters[it->second];
        c.members.append(row);
        if (r.fields.at(2) == QLatin1String("1"))
            c.source = row;
    }
}

// Streams one JSON lines file's similarities into the table.
void readLines(const QString &path, PathResolver &resolve, FolderCopies &copies,
               qsizetype &problemCount, const std::atomic_bool &cancel, ReadProgress &progress) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addProblem(copies.problems, problemCount, path + QStringLiteral(": ") + file.errorString());
        return;
    }
    const qint64 before = progress.done.load();
    int lineNo = 0;
    while (!file.atEnd() && !cancel.load()) {
        const QByteArray line = file.readLine();
        ++lineNo;
        progress.done.store(before + file.pos());
        DoneLine d;
        if (line.trimmed().isEmpty())
            continue;
        if (!parseDoneLine(line, d)) {
            addProblem(copies.problems, problemCount,
                       QStringLiteral("%1:%2: not a batch line").arg(path).arg(lineNo));
            continue;
        }
        copies.table.add(copies.table.addFile(resolve(d.a)), copies.table.addFile(resolve(d.b)),
                         d.similarity);
    }
}

} // namespace

FolderCopies clusterCopies(const FolderCopies &all, qsizetype cluster) {
    FolderCopies one;
    const Cluster &c = all.clusters.at(cluster);
    QList<qint32> rows{c.source}; // the source first, the others in table order
    for (qint32 m : c.members)
        if (m != c.source)
            rows.append(m);
    Cluster mapped;
    mapped.source = 0;
    for (qint32 i = 0; i < rows.size(); ++i) {
        one.table.addFile(all.table.files().at(rows.at(i)));
        mapped.members.append(i);
    }
    for (qint32 i = 0; i < rows.size(); ++i)
        for (qint32 j = i + 1; j < rows.size(); ++j)
            if (const double v = all.table.value(rows.at(i), rows.at(j)); v >= 0)
                one.table.add(i, j, v);
    one.clusters = {mapped};
    one.candidates = all.candidates;
    return one;
}

BatchOutputs locateBatchOutputs(const QString &path) {
    const QFileInfo info(path);
    if (info.isDir())
        return outputsIn(QDir(path));
    const bool lines = info.isFile() && isLinesFile(path);
    if (!lines && !(info.isFile() && isClustersFile(path)))
        return {};
    BatchOutputs out = outputsIn(info.dir()); // the other part, next to it
    if (lines)
        out.lines = QStringList{info.filePath()};
    else
        out.clusters = info.filePath();
    return out;
}

FolderCopies readBatchOutputs(const BatchOutputs &outputs, double threshold,
                              const std::atomic_bool &cancel, ReadProgress &progress) {
    FolderCopies copies;
    copies.candidates = true; // the batch's pairs: a cell it did not compare stays empty
    qint64 total = QFileInfo(outputs.clusters).size();
    for (const QString &l : outputs.lines)
        total += QFileInfo(l).size();
    progress.total.store(total);
    PathResolver resolve(QFileInfo(outputs.lines.value(0)).absolutePath());
    qsizetype problemCount = 0;
    if (!outputs.clusters.isEmpty())
        readClusters(outputs.clusters, resolve, copies, problemCount);
    progress.done.store(QFileInfo(outputs.clusters).size());
    for (const QString &l : outputs.lines)
        readLines(l, resolve, copies, problemCount, cancel, progress);
    copies.cancelled = cancel.load();
    if (problemCount > kMaxProblems)
        copies.problems << QStringLiteral("… and %1 more").arg(problemCount - kMaxProblems);
    if (copies.cancelled)
        return copies;
    if (copies.clusters.isEmpty()) {
        copies.clusters = findClusters(copies.table, threshold);
        return copies;
    }
    // A file only the lines name (not the CSV's: another run's lines) is a group of one.
    QList<bool> placed(copies.table.files().size(), false);
    for (const Cluster &c : std::as_const(copies.clusters))
        for (qint32 m : c.members)
            placed[m] = true;
    for (qint32 row = 0; row < placed.size(); ++row)
        if (!placed.at(row))
            copies.clusters.append(Cluster{{row}, row});
    return copies;
}

} // namespace sd
