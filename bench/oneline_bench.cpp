// SPDX-License-Identifier: GPL-3.0-or-later
// Lost paragraph breaks at full size (issue 18): a 1M-word book against the same book on one
// line, both ways, and 200k one-word paragraphs against the one paragraph they make. Each
// answer is N paragraphs merged (or one split) with no word changed, and must come in time
// near-linear in the words: seconds, not minutes.
//   scripts/bench --oneline [--words 1000000 --pieces 200000 --runs 1 --timeout 300]
// prints a markdown table: case, words, time, peak RSS, words reported changed, splits and
// merges reported.

#include "benchutil.h"
#include "casegen.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sd;

namespace {

// The book: paragraphs of the shared corpus (or the generator's own) until `words` words, one
// blank line between them.
QByteArray book(qint64 words) {
    casegen::CaseOptions o;
    o.format = QStringLiteral("txt");
    o.versions = 2;
    o.targetWords = words;
    o.edits = 0;
    o.structuralEdits = false;
    return casegen::generateCase(18, o).files[0];
}

// The same words with every paragraph break (and line break) turned into a space.
QByteArray oneLine(const QByteArray &text) {
    QByteArray out = text.simplified();
    out.append('\n');
    return out;
}

QByteArray oneWordParagraphs(qint64 pieces) {
    QByteArray out;
    for (qint64 k = 0; k < pieces; ++k)
        out += "w" + QByteArray::number(k % 997) + "\n\n";
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

struct Reading {
    qint64 changedWords = -1, splits = -1, merges = -1;
};

Reading readJson(const QByteArray &json) {
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QJsonArray comparisons = o.value(QStringLiteral("comparisons")).toArray();
    if (comparisons.isEmpty())
        return {};
    const QJsonObject s = comparisons.first().toObject().value(QStringLiteral("stats")).toObject();
    return {s.value(QStringLiteral("inserted_words")).toInteger() +
                s.value(QStringLiteral("deleted_words")).toInteger(),
            s.value(QStringLiteral("split_blocks")).toInteger(),
            s.value(QStringLiteral("merged_blocks")).toInteger()};
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, qint64 fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toLongLong() : fallback;
    };
    const qint64 words = option(QStringLiteral("--words"), 1000000);
    const qint64 pieces = option(QStringLiteral("--pieces"), 200000);
    const int runs = int(option(QStringLiteral("--runs"), 1));
    const int timeout = int(option(QStringLiteral("--timeout"), 300));
    const QString shared = QStringLiteral(STORYDIFF_SHARED_DIR);
    casegen::setSharedDir(QDir(shared).exists() ? shared : QString());
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    const QByteArray text = book(words);
    const QString paras = dir + QStringLiteral("/book.txt"),
                  line = dir + QStringLiteral("/line.txt");
    const QString many = dir + QStringLiteral("/pieces.txt"),
                  one = dir + QStringLiteral("/one.txt");
    const QByteArray pieceText = oneWordParagraphs(pieces);
    if (!writeFile(paras, text) || !writeFile(line, oneLine(text)) || !writeFile(many, pieceText) ||
        !writeFile(one, oneLine(pieceText))) {
        QTextStream(stderr) << "cannot write the cases in " << dir << "\n";
        return 2;
    }
    struct Case {
        QString name, a, b;
        qint64 words;
    };
    const qint64 bookWords = QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts).size();
    const QList<Case> cases{
        {QStringLiteral("book -> one line"), paras, line, bookWords},
        {QStringLiteral("one line -> book"), line, paras, bookWords},
        {QStringLiteral("1-word paras -> one"), many, one, pieces},
        {QStringLiteral("one -> 1-word paras"), one, many, pieces},
    };
    QTextStream out(stdout);
    out << "Text source: " << casegen::sourceDescription() << "\n\n";
    out << "| case                 |    words | time (s) | RSS (MB) | words changed | split | "
           "merged |\n";
    out << "|----------------------|---------:|---------:|---------:|--------------:|------:|------"
           "-:|\n";
    const QString cli = QStringLiteral(STORYDIFF_CLI_PATH);
    for (const Case &c : cases) {
        bench::Run best;
        const QString outFile = dir + QStringLiteral("/out.json");
        for (int k = 0; k < std::max(1, runs); ++k) {
            const bench::Run r =
                bench::runTool({cli, QStringLiteral("--format"), QStringLiteral("json"), c.a, c.b},
                               outFile, timeout);
            if (k == 0 || (!r.failed && !r.timedOut && r.seconds < best.seconds))
                best = r;
        }
        const Reading reading =
            best.timedOut || best.failed ? Reading{} : readJson(bench::readFile(outFile));
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(c.name, -20)
                   .arg(c.words, 8)
                   .arg(best.timedOut ? QStringLiteral("timeout")
                                      : QString::number(best.seconds, 'f', 2),
                        8)
                   .arg(double(best.peakRssKb) / 1024.0, 8, 'f', 0)
                   .arg(reading.changedWords, 13)
                   .arg(reading.splits, 5)
                   .arg(reading.merges, 6);
        out.flush();
    }
    return 0;
}
