// SPDX-License-Identifier: GPL-3.0-or-later
// Batch benchmark: "every copy of a wire story that two hundred papers printed". Generates N
// copies (default 200) of ~1k-word stories of real prose into a temporary folder: exact
// copies, near-copies with a few word edits, copies with rewritten paragraphs, reordered
// copies, cut copies, each with its own dateline, most of one story and some of a second. Then
// times the real `storydiff-cli --batch DIR --output --matrix --clusters` over all N(N-1)/2
// pairs and prints wall time, comparisons per second, peak RSS and what the outputs hold.
//
//   batch_bench [--copies 200] [--words 1000] [--jobs N] [--runs 1] [--keep DIR] [--cli PATH]
//
// Peak RSS is the child's own, from wait4(); this process stays small (the copies are a few MB).

#include "benchutil.h"
#include "casegen.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sd;

namespace {

QStringList paragraphsOf(const QByteArray &text) {
    QStringList result;
    for (const QString &p : QString::fromUtf8(text).split(QStringLiteral("\n\n"))) {
        const QString s = p.simplified();
        if (!s.isEmpty())
            result.append(s);
    }
    return result;
}

QStringList story(quint64 seed, int words) {
    casegen::CaseOptions o;
    o.format = QStringLiteral("txt");
    o.versions = 2;
    o.targetWords = words;
    o.edits = 0;
    return paragraphsOf(casegen::generateCase(seed, o).files[0]);
}

// Replaces, inserts or deletes `count` single words at random places.
void editWords(QStringList &paragraphs, int count, QRandomGenerator &rng) {
    static const QStringList fresh = {"reportedly",    "on Tuesday",           "officials said",
                                      "local",         "according to sources", "however",
                                      "in a statement"};
    for (int e = 0; e < count; ++e) {
        QString &p = paragraphs[rng.bounded(int(paragraphs.size()))];
        QStringList words = p.split(u' ');
        const int at = rng.bounded(int(words.size()));
        switch (rng.bounded(3)) {
        case 0:
            words[at] = fresh.at(rng.bounded(int(fresh.size())));
            break;
        case 1:
            words.insert(at, fresh.at(rng.bounded(int(fresh.size()))));
            break;
        default:
            if (words.size() > 1)
                words.removeAt(at);
        }
        p = words.join(u' ');
    }
}

QByteArray makeCopy(int i, const QStringList &wire, const QStringList &filler) {
    QRandomGenerator rng(quint32(1000 + i));
    QStringList p = wire;
    switch (i % 5) {
    case 0:
        break; // as sent
    case 1:
        editWords(p, 3 + rng.bounded(8), rng);
        break;
    case 2: // a paper rewrote a few paragraphs in its own words
        for (int k = 0, n = 1 + rng.bounded(3); k < n; ++k)
            p[1 + rng.bounded(int(p.size()) - 1)] = filler.at(rng.bounded(int(filler.size())));
        editWords(p, 2, rng);
        break;
    case 3: // paragraphs in another order
        for (int k = 0; k < 2; ++k)
            p.move(1 + rng.bounded(int(p.size()) - 1), 1 + rng.bounded(int(p.size()) - 1));
        editWords(p, 2, rng);
        break;
    default: // cut to fit the page
        p = p.mid(0, qsizetype(double(p.size()) * (0.6 + 0.2 * rng.generateDouble())));
        break;
    }
    p.prepend(QStringLiteral("Printed by paper number %1, page %2.").arg(i).arg(1 + i % 12));
    return p.join(QStringLiteral("\n\n")).toUtf8() + '\n';
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = bench::optionsOf(args);
    const int copies = option(QStringLiteral("--copies"), QStringLiteral("200")).toInt();
    const int words = option(QStringLiteral("--words"), QStringLiteral("1000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("1")).toInt());
    const QString jobs = option(QStringLiteral("--jobs"), QString());
    const QString cli = option(QStringLiteral("--cli"), QStringLiteral(STORYDIFF_CLI_PATH));
    QTemporaryDir tmp;
    const QString root = option(QStringLiteral("--keep"), tmp.path());
    const QString dir = root + QStringLiteral("/copies");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);

    const QString shared = QStringLiteral(STORYDIFF_SHARED_DIR);
    casegen::setSharedDir(QDir(shared).exists() ? shared : QString());
    // Most papers printed story A; a few printed story B (a second cluster).
    const QStringList a = story(11, words), b = story(12, words);
    QStringList filler = story(13, words * 2);
    qint64 bytes = 0;
    for (int i = 0; i < copies; ++i) {
        const bool storyB = i % 7 == 6;
        const QByteArray text = makeCopy(i, storyB ? b : a, filler);
        QFile f(dir + QStringLiteral("/paper-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            QTextStream(stderr) << "cannot write " << f.fileName() << "\n";
            return 2;
        }
        bytes += text.size();
    }
    const qint64 pairs = qint64(copies) * (copies - 1) / 2;
    QTextStream out(stdout);
    out << "Text source: " << casegen::sourceDescription() << "\n";
    out << copies << " copies, ~" << words << " words each (" << bytes / 1024 << " KB), " << pairs
        << " pairs, in " << dir << "\n\n";
    out << "| run | time (s) | comparisons/s | peak RSS (MB) | exit | JSON lines | output (MB) | "
           "clusters |\n";
    out << "|----:|---------:|--------------:|--------------:|-----:|-----------:|------------:|---"
           "------:|\n";
    out.flush();
    const QString jsonl = root + QStringLiteral("/batch.jsonl");
    const QString matrix = root + QStringLiteral("/matrix.csv");
    const QString clusters = root + QStringLiteral("/clusters.csv");
    int worst = 0;
    for (int run = 1; run <= runs; ++run) {
        QStringList argv = {
            cli,     QStringLiteral("--batch"),  dir,    QStringLiteral("--output"),
            jsonl,   QStringLiteral("--matrix"), matrix, QStringLiteral("--clusters"),
            clusters};
        if (!jobs.isEmpty())
            argv << QStringLiteral("--jobs") << jobs;
        const bench::Run r = bench::runTool(argv, root + QStringLiteral("/cli-stdout"), 3600);
        qint64 lines = 0;
        QFile f(jsonl);
        if (f.open(QIODevice::ReadOnly))
            while (!f.atEnd())
                lines += f.readLine().endsWith('\n') ? 1 : 0;
        QSet<QByteArray> groups;
        QFile c(clusters);
        if (c.open(QIODevice::ReadOnly)) {
            c.readLine();
            while (!c.atEnd()) {
                const QList<QByteArray> cells = c.readLine().trimmed().split(',');
                if (cells.size() >= 3)
                    groups.insert(cells.at(cells.size() - 2));
            }
        }
        out << "| " << run << " | " << QString::number(r.seconds, 'f', 2) << " | "
            << QString::number(double(pairs) / r.seconds, 'f', 0) << " | "
            << QString::number(double(r.peakRssKb) / 1024.0, 'f', 1) << " | " << r.exitCode << " | "
            << lines << " | " << QString::number(double(f.size()) / 1048576.0, 'f', 1) << " | "
            << groups.size() << " |\n";
        out.flush();
        if (r.exitCode != 1 || lines != pairs)
            worst = 2;
    }
    return worst;
}
