// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchrunner.h"

#include "batch/batchplan.h"
#include "batch/clusters.h"
#include "batch/linesink.h"
#include "batch/minhash.h"
#include "batch/passage.h"
#include "batch/resumelines.h"
#include "batch/shards.h"
#include "compare/comparison.h"
#include "output/jsonwriter.h"
#include "text/visible.h"
#include "util/exhaustion.h"
#include "util/outputfile.h"
#include "util/parallel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <unistd.h>
#include <vector>

namespace sd {
namespace {

constexpr int kExitSame = 0;
constexpr int kExitDifferent = 1;
constexpr int kExitTrouble = 2;

// Set by SIGINT/SIGTERM (and by a failed write): workers take no new pair and the running
// comparisons return early. A lock-free atomic is safe to store from a signal handler.
std::atomic_bool g_stop{false};
volatile std::sig_atomic_t g_signal = 0;
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void onStopSignal(int sig) {
    if (g_signal != 0) {
        // A second ^C: the user wants out now. The output is still whole lines.
        std::signal(sig, SIG_DFL);
        std::raise(sig);
        return;
    }
    g_signal = sig;
    g_stop.store(true);
}

// Installs the handlers for the batch and puts the previous ones back when done.
class StopSignals {
public:
    StopSignals() {
        g_stop.store(false);
        g_signal = 0;
        struct sigaction sa {};
        sa.sa_handler = onStopSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART; // a write() in progress finishes instead of failing with EINTR
        sigaction(SIGINT, &sa, &m_oldInt);
        sigaction(SIGTERM, &sa, &m_oldTerm);
    }
    ~StopSignals() {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

// File names may hold control characters too: shown, never sent to the terminal raw.
void say(FILE *err, const QString &message) {
    std::fprintf(err, "storydiff-cli: %s\n", qPrintable(visibleControls(message)));
}

QString pairKey(const QString &a, const QString &b) {
    return a + QChar(0) + b;
}

struct Finished {
    QByteArray line;
    double similarity = 0;
    bool changed = false;
};

// The pairs' workers, on the WorkPool, take pairs in order and hand back finished lines; the
// caller's thread (never a pool thread: it waits for them) writes them in pair order. A worker
// waits rather than run more than `window` pairs ahead of the last line written, so one slow pair
// holds at most `window` lines in memory.
class PairPool {
public:
    // `hashes`: the documents' words, for the passages of --candidates (empty without).
    PairPool(const BatchPlan &plan, const std::vector<Document> &docs,
             const std::vector<WordHashes> &hashes, const QList<qsizetype> &todo,
             const BatchRequest &request)
        : m_plan(plan), m_docs(docs), m_hashes(hashes), m_todo(todo), m_options(request.compare),
          m_request(request) {}

    // Runs the pairs; `writeLine` writes one line and returns false on failure (which stops the
    // pool). Returns how many lines were written.
    // Why the pool stopped early other than by a signal or a failed write; empty if it did not.
    QString failure() const { return m_failure; }

    template <typename Emit, typename Tick> qsizetype run(int threads, Emit writeLine, Tick tick) {
        const auto total = size_t(m_todo.size());
        m_window = size_t(threads) * 8;
        m_running = threads;
        TaskGroup workers;
        for (int t = 0; t < threads; ++t)
            workers.post([this, total] { work(total); });
        size_t written = 0;
        bool failed = false;
        for (;;) {
            std::vector<Finished> batch;
            {
                std::unique_lock lock(m_mutex);
                m_doneCv.wait_for(lock, std::chrono::milliseconds(250),
                                  [&] { return m_ready.contains(m_written) || m_running == 0; });
                for (auto it = m_ready.find(m_written);
                     it != m_ready.end() && it->first == m_written; it = m_ready.find(m_written)) {
                    batch.push_back(std::move(it->second));
                    m_ready.erase(it);
                    ++m_written;
                }
                if (batch.empty() && m_running == 0)
                    break;
            }
            m_workCv.notify_all();
            // Interrupted or not, a finished line next in order is whole: it is written.
            for (Finished &f : batch) {
                if (failed || !writeLine(f)) {
                    failed = true;
                    g_stop.store(true);
                    break;
                }
                ++written;
            }
            tick(written);
        }
        workers.wait();
        return qsizetype(written);
    }

private:
    void work(size_t total) {
        for (;;) {
            size_t k = 0;
            {
                std::unique_lock lock(m_mutex);
                m_workCv.wait(lock, [&] {
                    return g_stop.load() || m_next >= total || m_next < m_written + m_window;
                });
                if (g_stop.load() || m_next >= total)
                    break;
                k = m_next++;
            }
            const BatchPair &p = m_plan.pairs.at(m_todo.at(qsizetype(k)));
            Finished f;
            try {
                // Scoped: the Comparison (both documents, every change) is gone once it is a line.
                const Comparison c =
                    compareDocuments(m_docs[size_t(p.a)], m_docs[size_t(p.b)], m_options, &g_stop);
                if (g_stop.load())
                    break; // cut short: not a result
                f.line = comparisonToJsonLine(c, m_plan.files.at(p.a), m_plan.files.at(p.b));
                if (m_request.candidates || m_request.shard.active()) {
                    const Passage passage =
                        m_request.candidates
                            ? sharedPassage(m_hashes[size_t(p.a)], m_hashes[size_t(p.b)])
                            : Passage{};
                    f.line = withArchiveFields(
                        f.line, m_request.shard.active() ? m_todo.at(qsizetype(k)) : -1,
                        m_request.candidates ? &passage : nullptr);
                }
                // As the line has it (6 digits): a resumed run then clusters exactly as a fresh
                // one.
                f.similarity = QByteArray::number(c.similarity, 'g', 6).toDouble();
                f.changed = c.hasChanges();
            } catch (const std::exception &e) {
                // Out of memory on one pair: the run stops with whole lines, as on ^C.
                std::lock_guard lock(m_mutex);
                if (m_failure.isEmpty())
                    m_failure = exhaustionMessage(e, QStringLiteral("comparing"),
                                                  m_plan.files.at(p.a) + QStringLiteral(" with ") +
                                                      m_plan.files.at(p.b));
                g_stop.store(true);
                break;
            }
            std::lock_guard lock(m_mutex);
            m_ready.emplace(k, std::move(f));
            m_doneCv.notify_one();
        }
        std::lock_guard lock(m_mutex);
        --m_running;
        m_doneCv.notify_one();
    }

    const BatchPlan &m_plan;
    const std::vector<Document> &m_docs;
    const std::vector<WordHashes> &m_hashes;
    const QList<qsizetype> &m_todo;
    const CompareOptions m_options;
    const BatchRequest &m_request; // which archive fields the lines carry
    std::mutex m_mutex;
    std::condition_variable m_workCv, m_doneCv;
    std::map<size_t, Finished> m_ready; // the reorder buffer
    QString m_failure;
    size_t m_next = 0, m_written = 0, m_window = 16;
    int m_running = 0;
};

BatchPlan makePlan(const BatchRequest &req, FILE *err) {
    if (req.input == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return BatchPlan{{}, {}, {}, QStringLiteral("standard input: cannot read")};
        return planManifest(in.readAll(), QString(), QStringLiteral("standard input"));
    }
    const QFileInfo info(req.input);
    if (info.isDir())
        return planDirectory(req.input, req.base,
                             {req.output, req.matrix, req.clusters,
                              req.shard.active() ? shardSummaryPath(req.output) : QString()},
                             req.candidates && req.base.isEmpty() ? DirectoryPairs::None
                                                                  : DirectoryPairs::All);
    if (!req.base.isEmpty())
        say(err, QStringLiteral("--base is ignored with a manifest: it names its pairs"));
    QFile file(req.input);
    if (!info.exists())
        return BatchPlan{{}, {}, {}, req.input + QStringLiteral(": not found")};
    if (!file.open(QIODevice::ReadOnly))
        return BatchPlan{{}, {}, {}, req.input + QStringLiteral(": ") + file.errorString()};
    return planManifest(file.readAll(), info.path(), req.input);
}

bool saveOutput(const QString &path, const QByteArray &data, const QStringList &inputs, FILE *err) {
    const OutputStatus status = writeOutputFile(path, data, inputs);
    if (!status.ok())
        say(err, QStringLiteral("%1: %2").arg(path, status.cause));
    return status.ok();
}

// A folder's listing leaves out the outputs, so that a second run can replace them; but an
// existing file there that this program did not write (it starts otherwise than JSON lines,
// "{", or the CSVs, "path") is a story the user named by mistake.
bool foreignFileInFolder(const QString &path, const QString &folder, const char *ownStart) {
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0 ||
        info.absoluteDir() != QDir(QFileInfo(folder).absoluteFilePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && !file.read(8).startsWith(ownStart);
}

// The first of the outputs that is one of the inputs, said as the error to stop with.
QString outputsConflict(const BatchRequest &req, const QStringList &inputs) {
    const bool folder = QFileInfo(req.input).isDir();
    for (const auto &[path, ownStart] : {std::pair{req.output, "{"}, std::pair{req.matrix, "path"},
                                         std::pair{req.clusters, "path"}}) {
        if (const QString conflict = outputConflict(path, inputs); !conflict.isEmpty())
            return QStringLiteral("%1: %2").arg(path, conflict);
        if (folder && foreignFileInFolder(path, req.input, ownStart))
            return QStringLiteral("%1: is a file in %2 that this program did not write; not "
                                  "overwritten (choose another name)")
                .arg(path, req.input);
    }
    return {};
}

// What a batch carries from one step to the next: plan, resume, read, compare, publish.
struct BatchRun {
    BatchRun(const BatchRequest &request, FILE *outStream, FILE *errStream)
        : req(request), out(outStream), err(errStream),
          toStdout(request.output.isEmpty() || request.output == QLatin1String("-")) {}
    const BatchRequest &req;
    FILE *out, *err;
    bool toStdout;
    BatchPlan plan;
    bool trouble = false; // a problem that makes the exit code 2 however the rest goes
    bool changed = false; // a pair differs (resumed lines count)
    QList<DoneLine> doneLines;
    QList<qsizetype> todo;             // indexes into plan.pairs, in output order
    std::vector<Document> docs;        // of plan.files; only the files of `todo` are read
    std::vector<WordHashes> hashes;    // of docs, for the passages (--candidates only)
    std::vector<QString> failures;     // of plan.files: why a file could not be read
    std::vector<QString> signFailures; // the same, found by candidate search
    std::vector<double> similarity;    // of `todo`'s pairs, as written
    qsizetype written = 0;
};

using Step = std::optional<int>; // an exit code to stop with, or nullopt to go on

// The outputs the request needs before anything is read.
Step checkOutputs(const BatchRun &run) {
    const BatchRequest &req = run.req;
    if (req.resume && run.toStdout) {
        say(run.err, QStringLiteral("--resume needs --output FILE: it continues that file"));
        return kExitTrouble;
    }
    if (req.shard.active() && run.toStdout) {
        say(run.err,
            QStringLiteral("--shard needs --output FILE: the merge reads it and its summary"));
        return kExitTrouble;
    }
    // A summary left by an earlier run would vouch for lines this one has not written yet.
    if (req.shard.active() && QFile::exists(shardSummaryPath(req.output)) &&
        !QFile::remove(shardSummaryPath(req.output))) {
        say(run.err, QStringLiteral("%1: cannot remove it").arg(shardSummaryPath(req.output)));
        return kExitTrouble;
    }
    return std::nullopt;
}

// The pairs to compare: the plan, cut to the candidates when asked; its problems are said.
Step planPairs(BatchRun &run) {
    const BatchRequest &req = run.req;
    run.plan = makePlan(req, run.err);
    if (!run.plan.ok()) {
        say(run.err, run.plan.error);
        return kExitTrouble;
    }
    // Files that candidate search could not read: skipped like those the pairs cannot read.
    if (req.candidates) {
        const qsizetype all =
            keepCandidates(run.plan, req.candidateSimilarity, req.load, run.signFailures);
        if (::isatty(fileno(run.err)))
            std::fprintf(run.err, "candidate search: %lld of %lld pairs to compare\n",
                         static_cast<long long>(run.plan.pairs.size()),
                         static_cast<long long>(all));
    }
    if (const QString conflict = outputsConflict(req, run.plan.files); !conflict.isEmpty()) {
        say(run.err, conflict);
        return kExitTrouble;
    }
    if (run.plan.pairs.isEmpty())
        say(run.err, QStringLiteral("%1: no pairs to compare").arg(req.input));
    run.trouble = !run.plan.problems.isEmpty();
    for (const QString &p : std::as_const(run.plan.problems))
        say(run.err, p);
    return std::nullopt;
}

// The lines an earlier run wrote (--resume), and the pairs of this shard still to compare.
Step resumeDone(BatchRun &run) {
    const BatchRequest &req = run.req;
    QStringList resumeNotes;
    const bool resumable = !req.resume || readDoneLines(req.output, run.doneLines, resumeNotes);
    for (const QString &note : std::as_const(resumeNotes))
        say(run.err, note);
    if (!resumable)
        return kExitTrouble;
    // Lines compared with other options would not agree with the new ones (nor the matrix
    // and clusters made from both).
    const QStringList options = optionNames(req.compare);
    auto flags = [](const QStringList &names) {
        return names.isEmpty() ? QStringLiteral("none of the --ignore options")
                               : QStringLiteral("--") + names.join(QStringLiteral(", --"));
    };
    for (const DoneLine &d : std::as_const(run.doneLines)) {
        if (d.options != options) {
            say(run.err,
                QStringLiteral("%1: cannot resume: its pairs were compared with %2, this run "
                               "asks for %3; run with the same options, or without --resume "
                               "to start over")
                    .arg(req.output, flags(d.options), flags(options)));
            return kExitTrouble;
        }
    }
    QSet<QString> done;
    for (const DoneLine &d : std::as_const(run.doneLines)) {
        done.insert(pairKey(d.a, d.b));
        run.changed = run.changed || d.changed;
    }
    const BatchPlan &plan = run.plan;
    for (qsizetype i = 0; i < plan.pairs.size(); ++i) {
        const BatchPair &p = plan.pairs.at(i);
        if (req.shard.owns(plan.files.at(p.a), plan.files.at(p.b)) &&
            !done.contains(pairKey(plan.files.at(p.a), plan.files.at(p.b))))
            run.todo.append(i);
    }
    return std::nullopt;
}

// The files the pairs to do need, read once each, all cores at once; the pairs of files that
// cannot be read are dropped (and the files said).
void readNeeded(BatchRun &run) {
    const BatchPlan &plan = run.plan;
    std::vector<char> needed(size_t(plan.files.size()), 0);
    for (const qsizetype i : std::as_const(run.todo))
        needed[size_t(plan.pairs.at(i).a)] = needed[size_t(plan.pairs.at(i).b)] = 1;
    run.docs.resize(size_t(plan.files.size()));
    run.failures.resize(run.docs.size());
    if (run.req.candidates)
        run.hashes.resize(run.docs.size());
    forEachIndex(qsizetype(run.docs.size()), [&](qsizetype i) {
        if (!needed[size_t(i)])
            return;
        try {
            LoadResult r = loadDocument(plan.files.at(i), run.req.load);
            // Once per file, not once per pair: a story has tens of copies.
            if (r.ok() && run.req.candidates)
                run.hashes[size_t(i)] = wordHashes(r.document);
            if (r.ok())
                run.docs[size_t(i)] = std::move(r.document);
            else
                run.failures[size_t(i)] = r.message();
        } catch (const std::exception &e) {
            run.failures[size_t(i)] =
                exhaustionMessage(e, QStringLiteral("reading"), plan.files.at(i));
        }
    });
    for (size_t i = 0; i < run.signFailures.size(); ++i)
        if (!run.signFailures[i].isEmpty())
            run.failures[i] = run.signFailures[i];
    for (const QString &f : std::as_const(run.failures))
        if (!f.isEmpty()) {
            say(run.err, f + QStringLiteral(" (skipped)"));
            run.trouble = true;
        }
    run.todo.removeIf([&](qsizetype i) {
        const BatchPair &p = plan.pairs.at(i);
        return !run.failures[size_t(p.a)].isEmpty() || !run.failures[size_t(p.b)].isEmpty();
    });
}

// Compares the pairs to do on the pool and writes their lines in order, each checked.
Step comparePairs(BatchRun &run) {
    const BatchRequest &req = run.req;
    LineSink sink;
    if (run.toStdout) {
        sink.useStream(run.out);
    } else if (QString why; !sink.open(req.output, req.resume, why)) {
        say(run.err, QStringLiteral("%1: cannot write (%2)").arg(req.output, why));
        return kExitTrouble;
    }
    // Only the similarities outlive the comparisons: the matrix and clusters need nothing else.
    run.similarity.assign(size_t(run.todo.size()), -1.0);
    bool writeFailed = false;
    qsizetype emitted = 0;
    {
        const StopSignals stopSignals;
        PairPool pool(run.plan, run.docs, run.hashes, run.todo, req);
        const int cores = WorkPool::global().budget();
        const int threads = std::clamp<int>(cores, 1, int(std::max<qsizetype>(1, run.todo.size())));
        std::optional<ProgressLine> progress(std::in_place, run.err, run.todo.size());
        run.written = pool.run(
            threads,
            [&](const Finished &f) {
                if (!sink.write(f.line)) {
                    writeFailed = true;
                    return false;
                }
                run.similarity[size_t(emitted++)] = f.similarity;
                run.changed = run.changed || f.changed;
                return true;
            },
            [&](qsizetype count) { progress->tick(count); });
        progress.reset(); // the progress line cleared before any message
        if (!pool.failure().isEmpty()) {
            say(run.err, pool.failure());
            return kExitTrouble;
        }
    }
    if (writeFailed) {
        if (!sink.status().brokenPipe)
            say(run.err, QStringLiteral("%1: %2 (the lines before are whole)")
                             .arg(run.toStdout ? QStringLiteral("standard output") : req.output,
                                  sink.status().cause));
        return kExitTrouble;
    }
    if (g_signal != 0 || run.written < run.todo.size()) {
        say(run.err, QStringLiteral("interrupted after %1 of %2 comparisons; the output holds "
                                    "whole lines: run again with --resume to finish")
                         .arg(run.written)
                         .arg(run.todo.size()));
        return kExitTrouble;
    }
    return std::nullopt;
}

// The matrix, the clusters and the shard's summary, from every line of the output; the exit
// code.
int publish(BatchRun &run) {
    const BatchRequest &req = run.req;
    const BatchPlan &plan = run.plan;
    if (!req.matrix.isEmpty() || !req.clusters.isEmpty()) {
        // Every file of the plan that could be read, in plan order, then any other file named
        // in the resumed lines.
        SimilarityTable table;
        for (qsizetype i = 0; i < plan.files.size(); ++i)
            if (run.failures[size_t(i)].isEmpty())
                table.addFile(plan.files.at(i));
        for (const DoneLine &d : std::as_const(run.doneLines))
            table.add(d.a, d.b, d.similarity);
        for (qsizetype k = 0; k < run.todo.size(); ++k) {
            const BatchPair &p = plan.pairs.at(run.todo.at(k));
            table.add(table.addFile(plan.files.at(p.a)), table.addFile(plan.files.at(p.b)),
                      run.similarity[size_t(k)]);
        }
        if (!req.matrix.isEmpty() &&
            !saveOutput(req.matrix, similarityMatrixCsv(table), plan.files, run.err))
            run.trouble = true;
        if (!req.clusters.isEmpty() &&
            !saveOutput(req.clusters, clustersCsv(table, findClusters(table, req.threshold)),
                        plan.files, run.err))
            run.trouble = true;
    }
    if (req.shard.active() &&
        !saveOutput(shardSummaryPath(req.output),
                    shardSummaryJson(summaryOf(plan, optionNames(req.compare), req.shard,
                                               run.failures, run.doneLines.size() + run.written)),
                    plan.files, run.err))
        run.trouble = true;
    if (run.trouble)
        return kExitTrouble;
    return run.changed ? kExitDifferent : kExitSame;
}

} // namespace

int runBatch(const BatchRequest &req, FILE *out, FILE *err) {
    BatchRun run(req, out, err);
    if (Step stop = checkOutputs(run))
        return *stop;
    if (Step stop = planPairs(run))
        return *stop;
    if (Step stop = resumeDone(run))
        return *stop;
    // --jobs sets the budget of the one pool this process runs its threads on.
    if (req.jobs > 0)
        WorkPool::global().setBudget(req.jobs);
    readNeeded(run);
    if (Step stop = comparePairs(run))
        return *stop;
    return publish(run);
}

} // namespace sd
