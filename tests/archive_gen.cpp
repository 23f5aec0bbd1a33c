// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a generated archive (tests/generator/archivegen.h) into a folder, for the Dask and
// Slurm tests and the benchmark scripts:
//   archive_gen DIR [--seed S] [--stories N] [--copies MIN MAX] [--unrelated N] [--truth FILE]
// --truth writes the true reprint pairs as a manifest ("a,b" lines).
#include "archivegen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: archive_gen DIR [--seed S] [--stories N] [--copies MIN MAX] "
                             "[--unrelated N] [--truth FILE]\n");
        return 2;
    }
    sd::archivegen::ArchiveOptions o;
    QString truth;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto next = [&] { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--seed"))
            o.seed = next().toULongLong();
        else if (a == QLatin1String("--stories"))
            o.stories = next().toInt();
        else if (a == QLatin1String("--copies")) {
            o.minCopies = next().toInt();
            o.maxCopies = next().toInt();
        } else if (a == QLatin1String("--unrelated"))
            o.unrelated = next().toInt();
        else if (a == QLatin1String("--truth"))
            truth = next();
        else {
            std::fprintf(stderr, "archive_gen: unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    const sd::archivegen::Archive archive = sd::archivegen::generateArchive(o);
    if (!QDir().mkpath(args.at(1)) || !sd::archivegen::writeArchive(archive, args.at(1))) {
        std::fprintf(stderr, "archive_gen: cannot write %s\n", qPrintable(args.at(1)));
        return 2;
    }
    if (!truth.isEmpty()) {
        QFile f(truth);
        QByteArray data;
        for (const auto &[a, b] : archive.truePairs())
            data +=
                archive.articles[a].name.toUtf8() + ',' + archive.articles[b].name.toUtf8() + '\n';
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            std::fprintf(stderr, "archive_gen: cannot write %s\n", qPrintable(truth));
            return 2;
        }
    }
    return 0;
}
