// SPDX-License-Identifier: GPL-3.0-or-later
// StoryDiff against its peers in one run (issue 20): for each generated pair, storydiff-cli
// --format json and each peer (git --word-diff, wdiff -s, dwdiff -s, wc -w; the ones
// installed) run in rounds, the order of the tools rotating from round to round so that no tool
// always runs on a warm or a cold cache, and the table gives the median over the rounds of each
// round's ratio StoryDiff / peer, the medians of the times and the peak RSS (GNU time, else
// wait4). StoryDiff's JSON must be byte-identical in every round and, when a digest file names
// the same input, to the digest stored there: a speed change must change no output.
//
//   ratio_bench [--sizes 10000,1000000] [--rewrite-sizes 1000000] [--rounds 5]
//               [--digests FILE] [--write-digests FILE] [--baseline-cli PATH] [--cli PATH]
//               [--keep DIR] [--peers git,wdiff,dwdiff,wc]
//
// --baseline-cli adds another storydiff-cli (an older build) as a peer, for before/after.

#include "benchutil.h"
#include "casegen.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>

using namespace sd;

namespace {

struct Tool {
    QString name;
    QStringList argv; // the pair's files are a.txt and b.txt in the current directory
};

struct Spec {
    qint64 words;
    double rate;
    QString name; // "1M 2%": also the key in the digest file
};

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString sizeName(qint64 words) {
    if (words >= 1000000)
        return QStringLiteral("%1M").arg(words / 1000000);
    return QStringLiteral("%1k").arg(words / 1000);
}

QList<Tool> toolsFor(const QString &cli, const QString &baseline, const QStringList &wanted) {
    const QStringList pair{QStringLiteral("a.txt"), QStringLiteral("b.txt")};
    QList<Tool> tools{
        {QStringLiteral("storydiff"),
         QStringList{cli, QStringLiteral("--format"), QStringLiteral("json")} + pair}};
    if (!baseline.isEmpty())
        tools.append(
            {QStringLiteral("baseline"),
             QStringList{baseline, QStringLiteral("--format"), QStringLiteral("json")} + pair});
    const QList<Tool> peers{
        {QStringLiteral("git"),
         QStringList{QStringLiteral("git"), QStringLiteral("diff"), QStringLiteral("--no-index"),
                     QStringLiteral("--word-diff=porcelain")} +
             pair},
        {QStringLiteral("wdiff"),
         QStringList{QStringLiteral("wdiff"), QStringLiteral("-s")} + pair},
        {QStringLiteral("dwdiff"),
         QStringList{QStringLiteral("dwdiff"), QStringLiteral("-s")} + pair},
        {QStringLiteral("wc"), QStringList{QStringLiteral("wc"), QStringLiteral("-w")} + pair},
    };
    for (const Tool &t : peers) {
        if (!wanted.contains(t.name))
            continue;
        if (!QStandardPaths::findExecutable(t.argv.first()).isEmpty())
            tools.append(t);
        else
            QTextStream(stderr) << "note: " << t.argv.first() << " not installed; no column\n";
    }
    return tools;
}

// "case input-sha256 json-sha256" lines.
std::map<QString, std::pair<QByteArray, QByteArray>> readDigests(const QString &path) {
    std::map<QString, std::pair<QByteArray, QByteArray>> out;
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 4 && !line.startsWith('#'))
            out[QString::fromUtf8(parts[0] + ' ' + parts[1])] = {parts[2], parts[3]};
    }
    return out;
}

QByteArray sha256(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool writePair(const Spec &spec, const QString &dir, QByteArray &inputDigest) {
    casegen::CaseOptions o;
    o.format = QStringLiteral("txt");
    o.versions = 2;
    o.targetWords = spec.words;
    o.editRate = spec.rate;
    const casegen::GeneratedCase c =
        casegen::generateCase(quint64(spec.words) * 31 + quint64(spec.rate * 100), o);
    inputDigest = sha256(c.files[0] + '\0' + c.files[1]);
    for (int v = 0; v < 2; ++v) {
        QFile f(dir + (v == 0 ? QStringLiteral("/a.txt") : QStringLiteral("/b.txt")));
        if (!f.open(QIODevice::WriteOnly) || f.write(c.files[v]) != c.files[v].size())
            return false;
    }
    return true;
}

struct Measured {
    std::map<QString, std::vector<double>> seconds, rssMb;
    std::vector<std::map<QString, double>> rounds; // per round: tool -> seconds
    QList<QByteArray> jsonDigests;                 // StoryDiff's, one per round
    bool failed = false;
};

Measured measure(const QList<Tool> &tools, const QString &dir, int rounds, int timeout) {
    Measured m;
    for (int r = 0; r < rounds; ++r) {
        std::map<QString, double> round;
        for (qsizetype k = 0; k < tools.size(); ++k) {
            const Tool &t = tools[(k + r) % tools.size()]; // a rotating order
            const QString out = dir + QStringLiteral("/out-") + t.name;
            const bench::Run run = bench::runTool(t.argv, out, timeout);
            if (run.failed || run.timedOut || run.exitCode < 0 || run.exitCode > 1) {
                QTextStream(stderr) << t.name << " failed (exit " << run.exitCode << ")\n";
                m.failed = true;
                continue;
            }
            round[t.name] = run.seconds;
            m.seconds[t.name].push_back(run.seconds);
            m.rssMb[t.name].push_back(double(run.peakRssKb) / 1024.0);
            if (t.name == u"storydiff")
                m.jsonDigests.append(sha256(bench::readFile(out)));
        }
        m.rounds.push_back(round);
    }
    return m;
}

double medianRatio(const Measured &m, const QString &peer) {
    std::vector<double> ratios;
    for (const auto &round : m.rounds)
        if (round.count(QStringLiteral("storydiff")) && round.count(peer) && round.at(peer) > 0)
            ratios.push_back(round.at(QStringLiteral("storydiff")) / round.at(peer));
    return median(ratios);
}

// Same in every round, and the stored digest when the input is the stored one.
QString outputCheck(const Measured &m, const QString &name, const QByteArray &input,
                    const std::map<QString, std::pair<QByteArray, QByteArray>> &stored) {
    if (m.jsonDigests.isEmpty())
        return QStringLiteral("no output");
    for (const QByteArray &d : m.jsonDigests)
        if (d != m.jsonDigests.first())
            return QStringLiteral("DIFFERS between runs");
    const auto it = stored.find(name);
    if (it == stored.end() || it->second.first != input)
        return QStringLiteral("same in %1 runs").arg(m.jsonDigests.size());
    return it->second.second == m.jsonDigests.first() ? QStringLiteral("identical to digest")
                                                      : QStringLiteral("DIFFERS from digest");
}

QString tableHead(const QList<Tool> &tools) {
    QString head = QStringLiteral("| pair | StoryDiff s | RSS MB |");
    QString rule = QStringLiteral("|---|--:|--:|");
    for (const Tool &t : tools.mid(1)) {
        head += QStringLiteral(" / %1 | %1 s | %1 MB |").arg(t.name);
        rule += QStringLiteral("--:|--:|--:|");
    }
    return head + QStringLiteral(" JSON |\n") + rule + QStringLiteral("---|\n");
}

// StoryDiff's median time and RSS, then per peer the median ratio, its time and its RSS.
QString tableRow(const QString &name, const Measured &m, const QList<Tool> &tools) {
    auto cell = [&](const std::map<QString, std::vector<double>> &v, const QString &tool,
                    int prec) {
        return v.count(tool) ? QString::number(median(v.at(tool)), 'f', prec)
                             : QStringLiteral("n/a");
    };
    QString row =
        QStringLiteral("| %1 | %2 | %3 |")
            .arg(name, cell(m.seconds, tools[0].name, 3), cell(m.rssMb, tools[0].name, 1));
    for (const Tool &t : tools.mid(1))
        row += QStringLiteral(" %1 | %2 | %3 |")
                   .arg(QString::number(medianRatio(m, t.name), 'f', 2), cell(m.seconds, t.name, 3),
                        cell(m.rssMb, t.name, 1));
    return row;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QList<Spec> specs;
    for (qint64 w : bench::parseSizes(
             bench::option(args, QStringLiteral("--sizes"), QStringLiteral("10000,1000000"))))
        specs.append({w, 0.02, sizeName(w) + QStringLiteral(" 2%")});
    for (qint64 w : bench::parseSizes(
             bench::option(args, QStringLiteral("--rewrite-sizes"), QStringLiteral("1000000"))))
        specs.append({w, 0.30, sizeName(w) + QStringLiteral(" 30%")});
    const int rounds =
        std::max(1, bench::option(args, QStringLiteral("--rounds"), QStringLiteral("5")).toInt());
    const QList<Tool> tools = toolsFor(
        bench::option(args, QStringLiteral("--cli"), QStringLiteral(STORYDIFF_CLI_PATH)),
        bench::option(args, QStringLiteral("--baseline-cli"), QString()),
        bench::option(args, QStringLiteral("--peers"), QStringLiteral("git,wdiff,dwdiff,wc"))
            .split(u',', Qt::SkipEmptyParts));
    const auto stored = readDigests(bench::option(args, QStringLiteral("--digests"), QString()));
    QTemporaryDir tmp;
    const QString dir =
        QDir(bench::option(args, QStringLiteral("--keep"), tmp.path())).absolutePath();
    QDir().mkpath(dir);
    const QString shared = QStringLiteral(STORYDIFF_SHARED_DIR);
    casegen::setSharedDir(QDir(shared).exists() ? shared : QString());

    QTextStream out(stdout);
    out << "Text source: " << casegen::sourceDescription() << "; " << rounds
        << " rounds, tools in rotating order; ratios are medians of each round's StoryDiff / "
           "peer.\n\n";
    out << tableHead(tools);
    out.flush();
    QFile digestsOut(bench::option(args, QStringLiteral("--write-digests"), QString()));
    if (!digestsOut.fileName().isEmpty() && !digestsOut.open(QIODevice::WriteOnly))
        return 2;
    bool ok = true;
    for (const Spec &spec : specs) {
        QByteArray input;
        if (!writePair(spec, dir, input)) {
            out << "cannot write the pair in " << dir << "\n";
            return 2;
        }
        QDir::setCurrent(dir);
        const Measured m = measure(tools, dir, rounds, 600);
        const QString check = outputCheck(m, spec.name, input, stored);
        ok = ok && !m.failed && !check.contains(QStringLiteral("DIFFERS"));
        out << tableRow(spec.name, m, tools) << " " << check << " |\n";
        out.flush();
        if (digestsOut.isOpen() && !m.jsonDigests.isEmpty())
            digestsOut.write(spec.name.toUtf8() + ' ' + input + ' ' + m.jsonDigests.first() + '\n');
    }
    return ok ? 0 : 1;
}
