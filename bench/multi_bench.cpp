// SPDX-License-Identifier: GPL-3.0-or-later
// Three or more versions (issue 6's figures): storydiff-cli --format json (collation, evolution,
// similarity matrix) on eight generated versions of a 5k-word article, and on the six editions
// of Darwin's Origin (chapters 1-6) and the three of Frankenstein when ../shared is there, and
// a 50k-word story in chains of 10, 20 and 50 versions (issue 19).
// Wall time, CPU time (user + system: the fairer figure on a loaded machine) and peak RSS of
// the real binary, best of --runs. --only NAME runs the cases whose name contains NAME; --keep
// DIR writes the generated versions there instead of a temporary directory (for profiling).
//
//   multi_bench [--runs 3] [--only chain] [--keep DIR]
#include "benchutil.h"
#include "casegen.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

struct Run {
    double seconds = 0;
    double cpuSeconds = 0;
    double rssMb = 0;
    int rows = 0;
};

double childrenCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Runs the CLI once, its JSON into `outFile`.
Run runCli(const QStringList &files, const QString &outFile) {
    const double cpuBefore = childrenCpuSeconds(); // the difference is this run's alone
    const bench::Run run =
        bench::runTool(QStringList{QStringLiteral(STORYDIFF_CLI_PATH), QStringLiteral("--format"),
                                   QStringLiteral("json")} +
                           files,
                       outFile, 600);
    Run r;
    r.seconds = run.seconds;
    r.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    r.rssMb = double(run.peakRssKb) / 1024.0;
    r.rows = int(bench::readFile(outFile).count("\"agree\""));
    return r;
}

// A new version: about 2% of the words replaced, inserted or deleted, one paragraph moved.
QString mutate(const QString &text, QRandomGenerator &rng) {
    QStringList paras = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (QString &p : paras) {
        QStringList words = p.split(QLatin1Char(' '));
        for (qsizetype i = 0; i < words.size(); ++i) {
            const int roll = int(rng.bounded(1000));
            if (roll < 7)
                words[i] = QStringLiteral("edit%1").arg(rng.bounded(100000));
            else if (roll < 14)
                words.insert(i++, QStringLiteral("added%1").arg(rng.bounded(100000)));
            else if (roll < 20 && words.size() > 3)
                words.removeAt(i--);
        }
        p = words.join(QLatin1Char(' '));
    }
    if (paras.size() > 3)
        paras.move(int(rng.bounded(paras.size())), int(rng.bounded(paras.size())));
    return paras.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// `count` versions of a generated story of about `words` words, each mutated from the one
// before; their paths (empty when one could not be written).
QStringList writeChain(const QDir &tmp, const QString &prefix, int words, quint32 seed,
                       quint32 mutationSeed, int count) {
    sd::casegen::CaseOptions o;
    o.format = QStringLiteral("txt");
    o.versions = 2;
    o.targetWords = words;
    o.edits = 0;
    QString text = QString::fromUtf8(sd::casegen::generateCase(seed, o).files[0]);
    QRandomGenerator rng(mutationSeed);
    QStringList out;
    for (int v = 0; v < count; ++v) {
        const QString path =
            tmp.filePath(prefix + QStringLiteral("%1.txt").arg(v + 1, 2, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            return {};
        out << path;
        text = mutate(text, rng);
    }
    return out;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--runs"));
    const int runs = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 3;
    auto option = [&](const char *name) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString only = option("--only");
    const QString shared = QStringLiteral(STORYDIFF_SHARED_DIR);
    if (QDir(shared).exists())
        sd::casegen::setSharedDir(shared);

    QTemporaryDir scratch;
    const QString keep = option("--keep");
    const QDir tmp(keep.isEmpty() ? scratch.path() : keep);
    if (!keep.isEmpty() && !QDir().mkpath(keep))
        return 2;
    const QStringList eight = writeChain(tmp, QStringLiteral("v"), 5000, 8005, 8, 8);
    if (eight.isEmpty())
        return 2;
    QList<std::pair<QString, QStringList>> cases{{QStringLiteral("8 versions x 5k words"), eight}};
    const QString darwin = shared + QStringLiteral("/corpus/versions/darwin-origin-ch1-6-editions");
    const QString frank =
        shared + QStringLiteral("/corpus/versions/frankenstein-1818-1823-1831-fulltext");
    auto files = [](const QString &dir) {
        QStringList out;
        for (const QString &n :
             QDir(dir).entryList({QStringLiteral("v*.txt")}, QDir::Files, QDir::Name))
            out << dir + QLatin1Char('/') + n;
        return out;
    };
    if (QDir(darwin).exists())
        cases.append({QStringLiteral("Darwin, 6 editions"), files(darwin)});
    // Issue 19's scaling: a 50k-word story in chains of 10, 20 and 50 versions (the cost must
    // grow linearly in the versions, not with their square).
    const QStringList chain = writeChain(tmp, QStringLiteral("long-v"), 50000, 8050, 50, 50);
    if (chain.isEmpty())
        return 2;
    for (const int n : {10, 20, 50})
        cases.append({QStringLiteral("50k words, generated chain"), chain.mid(0, n)});
    if (QDir(frank).exists())
        cases.append({QStringLiteral("Frankenstein, 3 editions"), files(frank)});

    QTextStream out(stdout);
    out << "| case | versions | time (s) | CPU (s) | peak RSS (MB) | collation rows "
           "|\n|---|--:|--:|--:|--:|--:|\n";
    for (const auto &[name, list] : cases) {
        if (!only.isEmpty() && !name.contains(only))
            continue;
        Run best;
        best.seconds = 1e9;
        for (int r = 0; r < runs; ++r) {
            const Run run = runCli(list, scratch.filePath(QStringLiteral("out.json")));
            if (run.seconds < best.seconds)
                best = run;
        }
        out << "| " << name << " | " << list.size() << " | "
            << QString::number(best.seconds, 'f', 3) << " | "
            << QString::number(best.cpuSeconds, 'f', 3) << " | "
            << QString::number(best.rssMb, 'f', 0) << " | " << best.rows << " |\n";
        out.flush();
    }
    return 0;
}
