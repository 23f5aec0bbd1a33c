// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end benchmark: generated article pairs of 1k..1M words, written to a temporary
// directory, compared by the real storydiff-cli (read, tokenize, align, diff, classify, write
// JSON) and, on the same files in the same run, by `git diff --no-index --word-diff=porcelain`
// and GNU `wdiff -s`. Prints a markdown table of wall time, peak RSS and inserted+deleted words
// (StoryDiff's also with moved paragraphs counted as deleted and inserted, as the peers count
// them), next to the generator's own count of the words it inserted and deleted.
//
//   storydiff_bench [--sizes 1000,10000,100000,1000000] [--rewrite-sizes 10000,100000,1000000]
//                   [--runs 3] [--timeout 120] [--keep DIR] [--stages] [--no-peers]
//
// Peak RSS comes from wait4() for each child alone (RUSAGE_CHILDREN would mix the runs).
// --stages also times our stages in process (read, compare, JSON) to show where time goes.

#include "benchutil.h"
#include "casegen.h"

#include "compare/comparison.h"
#include "output/jsonwriter.h"
#include "readers/loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sd;
using bench::readFile;
using bench::Run;
using bench::runTool;

namespace {


qint64 oursWords(const QByteArray &json) {
    static const QRegularExpression ins(QStringLiteral("\"inserted_words\"\\s*:\\s*(\\d+)"));
    static const QRegularExpression del(QStringLiteral("\"deleted_words\"\\s*:\\s*(\\d+)"));
    const QString head = QString::fromUtf8(json.left(4096));
    const auto mi = ins.match(head), md = del.match(head);
    if (!mi.hasMatch() || !md.hasMatch())
        return -1;
    return mi.captured(1).toLongLong() + md.captured(1).toLongLong();
}

// The same, with every moved paragraph's words counted as deleted and inserted too, as line-
// and word-diff tools count a move: the figure to hold against git's and wdiff's.
qint64 oursWordsMovesAsEdits(const QByteArray &json) {
    const qint64 base = oursWords(json);
    if (base < 0)
        return -1;
    const QJsonArray comparisons = QJsonDocument::fromJson(json).object().value(u"comparisons").toArray();
    qint64 moved = 0;
    for (const QJsonValue &c : comparisons) {
        for (const QJsonValue &ch : c.toObject().value(u"changes").toArray()) {
            const QJsonObject change = ch.toObject();
            if (change.value(u"kind").toString() == u"move")
                moved += change.value(u"from").toObject().value(u"text").toString()
                             .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                             .size();
        }
    }
    return base + 2 * moved;
}

// Porcelain word diff: lines starting with '+' or '-' (past the header) are changed words.
qint64 gitWords(const QByteArray &out) {
    qint64 words = 0;
    bool header = true;
    for (const QByteArray &line : out.split('\n')) {
        if (header) {
            header = !line.startsWith("@@");
            continue;
        }
        if (line.startsWith('+') || line.startsWith('-'))
            words += line.mid(1).simplified().split(' ').size() - (line.mid(1).trimmed().isEmpty() ? 1 : 0);
    }
    return words;
}

// wdiff -s: "a: N words  C p% common  D p% deleted  X p% changed", then the same for b with
// "inserted". Changed words are deleted from a and inserted into b.
qint64 wdiffWords(const QByteArray &out) {
    static const QRegularExpression re(QStringLiteral("(\\d+) \\d+% (deleted|inserted|changed)"));
    qint64 words = 0;
    auto it = re.globalMatch(QString::fromUtf8(out));
    while (it.hasNext())
        words += it.next().captured(1).toLongLong();
    return words;
}

struct Row {
    QString name;
    qint64 words = 0, truth = 0;
    QString tool;
    Run run;
    qint64 changed = -1;
    qint64 changedMovesAsEdits = -1; // ours only
};

QString fmtRow(const Row &r) {
    const QString time = r.run.failed ? QStringLiteral("n/a") : r.run.timedOut ? QStringLiteral("timeout") : QString::number(r.run.seconds, 'f', 3);
    const QString ratio = r.changed >= 0 && r.truth > 0 ? QString::number(double(r.changed) / double(r.truth), 'f', 2) : QStringLiteral("-");
    const QString moves = r.changedMovesAsEdits >= 0 ? QString::number(r.changedMovesAsEdits) : QStringLiteral("-");
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
        .arg(r.name, -14).arg(r.words, 8).arg(r.tool, -8).arg(time, 8)
        .arg(r.run.failed ? QStringLiteral("-") : QString::number(double(r.run.peakRssKb) / 1024.0, 'f', 1), 7)
        .arg(r.changed, 9).arg(moves, 9).arg(r.truth, 9).arg(ratio, 5);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        return bench::option(args, name, fallback);
    };
    const QList<qint64> sizes = bench::parseSizes(option(QStringLiteral("--sizes"), QStringLiteral("1000,10000,100000,1000000")));
    const QList<qint64> rewriteSizes = bench::parseSizes(option(QStringLiteral("--rewrite-sizes"), QStringLiteral("10000,100000,1000000")));
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const int timeout = option(QStringLiteral("--timeout"), QStringLiteral("120")).toInt();
    const QString cli = option(QStringLiteral("--cli"), QStringLiteral(STORYDIFF_CLI_PATH));
    const bool stages = args.contains(QStringLiteral("--stages"));
    const bool peers = !args.contains(QStringLiteral("--no-peers"));
    QTemporaryDir tmp;
    QString dir = option(QStringLiteral("--keep"), tmp.path());
    QDir().mkpath(dir);

    const QString shared = QStringLiteral(STORYDIFF_SHARED_DIR);
    casegen::setSharedDir(QDir(shared).exists() ? shared : QString());
    QTextStream out(stdout);
    out << "Text source: " << casegen::sourceDescription() << "\n\n";
    out << "| case           |    words | tool     | time (s) | RSS (MB) | ins+del | moves as del+ins | generator | ratio |\n";
    out << "|----------------|---------:|----------|---------:|--------:|--------:|--------:|----------:|------:|\n";
    out.flush();

    struct Spec {
        qint64 words;
        double rate;
        QString name;
    };
    QList<Spec> specs;
    for (qint64 w : sizes)
        specs.append({w, 0.02, QStringLiteral("%1 2%").arg(w >= 1000000 ? QStringLiteral("1M") : QStringLiteral("%1k").arg(w / 1000))});
    for (qint64 w : rewriteSizes)
        specs.append({w, 0.30, QStringLiteral("%1 30%").arg(w >= 1000000 ? QStringLiteral("1M") : QStringLiteral("%1k").arg(w / 1000))});

    for (const Spec &spec : specs) {
        casegen::CaseOptions o;
        o.format = QStringLiteral("txt");
        o.versions = 2;
        o.targetWords = spec.words;
        o.editRate = spec.rate;
        const casegen::GeneratedCase c = casegen::generateCase(quint64(spec.words) * 31 + quint64(spec.rate * 100), o);
        const QString a = dir + QStringLiteral("/a.txt"), b = dir + QStringLiteral("/b.txt");
        for (const auto &[path, bytes] : {std::pair(a, c.files[0]), std::pair(b, c.files[1])}) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
                out << "cannot write " << path << "\n";
                return 2;
            }
        }
        const qint64 truth = c.trueInserted + c.trueDeleted;
        const qint64 words = QString::fromUtf8(c.files[0]).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();

        struct Tool {
            QString name;
            QStringList argv;
            qint64 (*count)(const QByteArray &);
        };
        QList<Tool> tools{{QStringLiteral("storydiff"), {cli, QStringLiteral("--format"), QStringLiteral("json"), a, b}, oursWords}};
        if (peers) {
            tools.append({QStringLiteral("git"), {QStringLiteral("git"), QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--word-diff=porcelain"), a, b}, gitWords});
            tools.append({QStringLiteral("wdiff"), {QStringLiteral("wdiff"), QStringLiteral("-s"), QStringLiteral("-1"), QStringLiteral("-2"), QStringLiteral("-3"), a, b}, wdiffWords});
        }
        for (const Tool &t : tools) {
            Row row{spec.name, words, truth, t.name, {}, -1};
            const QString outFile = dir + QStringLiteral("/out-") + t.name;
            for (int k = 0; k < std::max(1, runs); ++k) {
                const Run r = runTool(t.argv, outFile, timeout);
                if (k == 0 || (!r.failed && !r.timedOut && r.seconds < row.run.seconds))
                    row.run = r;
                if (r.failed || r.timedOut || r.seconds > 5)
                    break; // slow runs are not repeated: their noise is small next to them
            }
            if (!row.run.failed && !row.run.timedOut) {
                const QByteArray output = readFile(outFile);
                row.changed = t.count(output);
                if (t.count == oursWords)
                    row.changedMovesAsEdits = oursWordsMovesAsEdits(output);
            }
            out << fmtRow(row) << "\n";
            out.flush();
        }
        if (stages) {
            QElapsedTimer timer;
            timer.start();
            const LoadResult la = loadDocument(a), lb = loadDocument(b);
            const qint64 tRead = timer.restart();
            const Comparison cmp = compareDocuments(la.document, lb.document, CompareOptions{});
            const qint64 tCompare = timer.restart();
            const QByteArray json = comparisonsToJson({la.document, lb.document}, 0, {cmp});
            const qint64 tJson = timer.restart();
            out << QStringLiteral("|   stages: read %1 ms, compare %2 ms, JSON %3 ms (%4 MB), %5 changes | | | | | | | | |\n")
                       .arg(tRead).arg(tCompare).arg(tJson).arg(double(json.size()) / 1e6, 0, 'f', 1).arg(cmp.changes.size());
            out.flush();
        }
    }
    return 0;
}
