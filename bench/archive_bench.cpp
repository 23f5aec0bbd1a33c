// SPDX-License-Identifier: GPL-3.0-or-later
// Archive benchmark (issue 16): a generated archive of N articles (N/20 wire stories printed
// 1-29 times each, edited, trimmed, paragraph breaks lost, some embedded in pages, plus N/4
// unrelated articles), then the real `storydiff-cli --batch DIR --candidates --output
// --clusters`: wall time, peak RSS, pairs compared against all pairs, and recall and precision
// of the true reprint pairs (the generator's truth). With --all-pairs it also runs the
// all-pairs batch and reports the recall of its pairs above similarity 0.5 and the time ratio.
//
//   archive_bench [--articles 2000] [--all-pairs] [--jobs N] [--seed S] [--keep DIR] [--cli PATH]

#include "archivegen.h"
#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// The pairs of a batch's lines ("a|b" by file name) with their similarity.
QHash<QString, double> pairsOf(const QString &jsonl) {
    QHash<QString, double> pairs;
    QFile f(jsonl);
    if (!f.open(QIODevice::ReadOnly))
        return pairs;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        const qsizetype stats = line.indexOf(",\"stats\":");
        if (stats < 0)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line.left(stats) + '}').object();
        pairs.insert(QFileInfo(o.value("a").toString()).fileName() + u'|' +
                         QFileInfo(o.value("b").toString()).fileName(),
                     o.value("similarity").toDouble());
    }
    return pairs;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = bench::optionsOf(args);
    const int articles = option(QStringLiteral("--articles"), QStringLiteral("2000")).toInt();
    const QString jobs = option(QStringLiteral("--jobs"), QString());
    const QString cli = option(QStringLiteral("--cli"), QStringLiteral(STORYDIFF_CLI_PATH));
    QTemporaryDir tmp;
    const QString root = option(QStringLiteral("--keep"), tmp.path());
    const QString dir = root + QStringLiteral("/archive");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);

    sd::archivegen::ArchiveOptions o;
    o.seed = option(QStringLiteral("--seed"), QStringLiteral("16")).toULongLong();
    o.stories = std::max(1, articles / 20);
    o.minCopies = 1;
    o.maxCopies = 29;
    o.unrelated = articles / 4;
    const sd::archivegen::Archive archive = sd::archivegen::generateArchive(o);
    if (!sd::archivegen::writeArchive(archive, dir)) {
        QTextStream(stderr) << "cannot write the archive in " << dir << "\n";
        return 2;
    }
    QSet<QString> truth;
    for (const auto &[a, b] : archive.truePairs())
        truth.insert(archive.articles[a].name + u'|' + archive.articles[b].name);
    const qint64 n = archive.articles.size();
    QTextStream out(stdout);
    out << n << " articles (" << o.stories << " stories printed 1-29 times, " << o.unrelated
        << " unrelated), " << n * (n - 1) / 2 << " pairs, " << truth.size()
        << " true reprint pairs, in " << dir << "\n\n";
    out << "| run | time (s) | peak RSS (MB) | pairs compared | of all pairs | recall (truth) | "
           "precision (truth) |\n|---|---:|---:|---:|---:|---:|---:|\n";
    out.flush();

    const auto runBatch = [&](const QString &name, const QStringList &extra) {
        QStringList argv = {cli,
                            QStringLiteral("--batch"),
                            dir,
                            QStringLiteral("--output"),
                            root + u'/' + name + QStringLiteral(".jsonl"),
                            QStringLiteral("--clusters"),
                            root + u'/' + name + QStringLiteral("-clusters.csv")};
        argv += extra;
        if (!jobs.isEmpty())
            argv << QStringLiteral("--jobs") << jobs;
        const bench::Run r = bench::runTool(argv, root + QStringLiteral("/cli-stdout"), 7200);
        const QHash<QString, double> pairs = pairsOf(root + u'/' + name + QStringLiteral(".jsonl"));
        qint64 found = 0;
        for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it)
            found += truth.contains(it.key()) ? 1 : 0;
        out << "| " << name << " | " << QString::number(r.seconds, 'f', 2) << " | "
            << QString::number(double(r.peakRssKb) / 1024.0, 'f', 1) << " | " << pairs.size()
            << " | "
            << QString::number(100.0 * double(pairs.size()) / double(n * (n - 1) / 2), 'f', 3)
            << "% | "
            << QString::number(double(found) / double(std::max<qsizetype>(1, truth.size())), 'f', 4)
            << " | "
            << QString::number(double(found) / double(std::max<qsizetype>(1, pairs.size())), 'f', 4)
            << " |\n";
        out.flush();
        return std::pair{r, pairs};
    };
    const auto [cand, candidates] =
        runBatch(QStringLiteral("candidates"), {QStringLiteral("--candidates")});
    if (!args.contains(QStringLiteral("--all-pairs")))
        return cand.exitCode <= 1 ? 0 : 2;
    const auto [all, allPairs] = runBatch(QStringLiteral("all-pairs"), {});
    qint64 above = 0, kept = 0;
    for (auto it = allPairs.constBegin(); it != allPairs.constEnd(); ++it)
        if (it.value() > 0.5) {
            ++above;
            kept += candidates.contains(it.key()) ? 1 : 0;
        }
    out << "\nRecall of the all-pairs run's pairs above similarity 0.5: " << kept << " of " << above
        << " = " << QString::number(double(kept) / double(std::max<qint64>(1, above)), 'f', 4)
        << "; time ratio all pairs / candidates: "
        << QString::number(all.seconds / std::max(1e-9, cand.seconds), 'f', 1) << "x\n";
    return all.exitCode <= 1 && cand.exitCode <= 1 ? 0 : 2;
}
