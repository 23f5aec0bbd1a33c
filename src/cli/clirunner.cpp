// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clirunner.h"

#include "batch/batchoptions.h"
#include "batch/batchrunner.h"
#include "cli/cliinput.h"
#include "cli/conventions.h"
#include "compare/comparison.h"
#include "multi/session.h"
#include "output/plural.h"
#include "output/writers.h"
#include "readers/loader.h"
#include "text/visible.h"
#include "util/credits.h"
#include "util/exhaustion.h"
#include "util/outputfile.h"
#include "util/parallel.h"
#include "util/sizeoption.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdlib>
#include <unistd.h>
#include <vector>

namespace sd {
namespace {

// glibc grows a thread's heap a page or so at a time, with one mprotect() call each, and every
// call takes the process's memory-map lock from the other threads: reading a 6 MB file made
// 20,000 of them. A reader thread grows its heap once, up front, by about what it will use
// (ten times the file; the pages are only touched when used). With main() keeping freed memory
// (app/cli_main.cpp), the later threads reuse these heaps.
void growThreadHeap(qint64 bytes) {
#if defined(__GLIBC__)
    // Pieces under main()'s mmap threshold come from the heap; a thread's first heap holds up
    // to 64 MB (glibc deletes later heaps again as soon as they are free).
    constexpr qint64 kPiece = 20 << 20;
    std::vector<void *> pieces;
    for (qint64 left = std::min<qint64>(bytes, 60 << 20); left > 0; left -= kPiece)
        pieces.push_back(std::malloc(size_t(std::min(left, kPiece))));
    for (void *p : pieces)
        std::free(p);
#else
    Q_UNUSED(bytes);
#endif
}

constexpr int kExitSame = 0;
constexpr int kExitDifferent = 1;
constexpr int kExitTrouble = 2;

const QStringList kSampleFiles = {QStringLiteral(":/samples/story-v1.txt"),
                                  QStringLiteral(":/samples/story-v2.md"),
                                  QStringLiteral(":/samples/story-v3.md")};

// File names may hold control characters too: shown, never sent to the terminal raw.
void say(FILE *err, const QString &message) {
    std::fprintf(err, "storydiff-cli: %s\n", qPrintable(visibleControls(message)));
}

// "text, json or html" from the writers table; the first one marked as the default if asked.
QString formatNames(bool markDefault) {
    QStringList names;
    for (const OutputWriter &w : kOutputWriters)
        names << QLatin1String(w.name);
    if (markDefault)
        names.first() += QStringLiteral(" (default)");
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

QCommandLineOption formatOption() {
    QStringList names;
    for (const OutputWriter &w : kOutputWriters)
        names << QLatin1String(w.name);
    return QCommandLineOption(
        QStringLiteral("format"), QStringLiteral("Output: %1.").arg(formatNames(true)),
        names.join(QLatin1Char('|')), QLatin1String(kOutputWriters.front().name));
}

// --ignore-case ... in the options table's order; their help lines come from it too.
QList<QCommandLineOption> ignoreOptions() {
    QList<QCommandLineOption> all;
    for (const IgnoreOption &o : kIgnoreOptions) {
        QStringList names{QLatin1String(o.name)};
        if (o.shortName)
            names.prepend(QLatin1String(o.shortName));
        all.append(QCommandLineOption(names, QLatin1String(o.help)));
    }
    return all;
}

CompareOptions compareOptions(const QCommandLineParser &parser) {
    CompareOptions options;
    for (const IgnoreOption &o : kIgnoreOptions)
        options.*o.member = parser.isSet(QLatin1String(o.name));
    return options;
}

// Checked to the last byte: a failure names the file and the cause ("No space left on
// device"), keeps any old file, and exits 2. A reader that went away (EPIPE) is not an error
// worth a message, as with diff.
bool writeOutput(const QString &path, const QByteArray &data, const QStringList &inputs, FILE *out,
                 FILE *err) {
    const bool toStdout = path.isEmpty() || path == QLatin1String("-");
    const OutputStatus status =
        toStdout ? writeStream(out, data) : writeOutputFile(path, data, inputs);
    if (!status.ok() && !status.brokenPipe)
        say(err, QStringLiteral("%1: %2").arg(toStdout ? QStringLiteral("standard output") : path,
                                              status.cause));
    return status.ok();
}

// --- Batch mode: its options and their checks; the work is in src/batch/. ---

const QStringList kBatchOnly = {QStringLiteral("matrix"), QStringLiteral("clusters"),
                                QStringLiteral("threshold"), QStringLiteral("resume"),
                                QStringLiteral("jobs")};

void addBatchOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {QStringLiteral("batch"),
         QStringLiteral("Compare many files: all pairs in DIR, the pairs of a CSV manifest, or "
                        "\"a,b\" lines from standard input (\"-\"). One JSON line per pair."),
         QStringLiteral("DIR|MANIFEST|-")},
        {QStringLiteral("matrix"),
         QStringLiteral("Batch: write the pairwise similarity matrix as CSV (at the end)."),
         QStringLiteral("FILE.csv")},
        {QStringLiteral("clusters"),
         QStringLiteral("Batch: write path,cluster,source as CSV: groups of copies joined by "
                        "similarity above --threshold; source 1 marks each group's likely "
                        "original (highest mean similarity to the others in it)."),
         QStringLiteral("FILE.csv")},
        {QStringLiteral("threshold"),
         QStringLiteral("Batch: similarity above which two files are copies (default 0.5)."),
         QStringLiteral("X"), QStringLiteral("0.5")},
        {QStringLiteral("resume"),
         QStringLiteral("Batch: keep the pairs already in --output (compared with the same "
                        "--ignore options) and append the rest.")},
        {QStringLiteral("jobs"), QStringLiteral("Batch: worker threads (default: one per core)."),
         QStringLiteral("N")},
    });
    addArchiveOptions(parser); // --candidates, --shard, --merge-shards (src/batch)
}

QString batchOnlyOptionSet(const QCommandLineParser &parser) {
    for (const QString &name : kBatchOnly)
        if (parser.isSet(name))
            return name;
    return archiveOptionOutsideBatch(parser);
}

int runBatchFromCli(const QCommandLineParser &parser, const CompareOptions &options,
                    const LoadOptions &load, FILE *out, FILE *err) {
    if (!parser.positionalArguments().isEmpty()) {
        say(err, QStringLiteral("--batch takes its files from DIR, the manifest or standard "
                                "input, not from the command line"));
        return kExitTrouble;
    }
    const OutputWriter *batchFormat = findOutputWriter(parser.value(QStringLiteral("format")));
    if (parser.isSet(QStringLiteral("format")) &&
        batchFormat != &outputWriter(OutputFormat::Json) &&
        batchFormat != &outputWriter(OutputFormat::JsonLines)) {
        say(err, QStringLiteral("--batch writes JSON lines only (--format json or jsonl)"));
        return kExitTrouble;
    }
    BatchRequest req;
    req.input = parser.value(QStringLiteral("batch"));
    req.output = parser.value(QStringLiteral("output"));
    req.matrix = parser.value(QStringLiteral("matrix"));
    req.clusters = parser.value(QStringLiteral("clusters"));
    req.resume = parser.isSet(QStringLiteral("resume"));
    req.compare = options;
    req.load = load;
    if (parser.isSet(QStringLiteral("base")))
        req.base = parser.value(QStringLiteral("base"));
    bool ok = false;
    req.threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok || req.threshold < 0 || req.threshold > 1) {
        say(err, QStringLiteral("--threshold must be a number from 0 to 1"));
        return kExitTrouble;
    }
    if (parser.isSet(QStringLiteral("jobs"))) {
        req.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || req.jobs < 1 || req.jobs > 1024) {
            say(err, QStringLiteral("--jobs must be a number from 1 to 1024"));
            return kExitTrouble;
        }
    }
    if (QString why; !applyArchiveOptions(parser, req, why)) {
        say(err, why);
        return kExitTrouble;
    }
    if (req.input == QLatin1String("-") && !req.base.isEmpty()) {
        say(err, QStringLiteral("--base FILE works with --batch DIR only"));
        return kExitTrouble;
    }
    return runBatch(req, out, err);
}

} // namespace

int runCli(const QStringList &args, FILE *out, FILE *err) {
    QCommandLineParser parser;
    const bool helpAll = args.contains(QStringLiteral("--help-all"));
    parser.setApplicationDescription(helpDescription(helpAll));
    // Qt's own --help-all would speak of "Qt specific options"; here it adds batch mode.
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")},
                      QStringLiteral("Show the options, the output formats and the exit status.")});
    parser.addOption({QStringLiteral("help-all"),
                      QStringLiteral("Show every option and how batch mode works.")});
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QStringLiteral("Versions, base first (\"-\" reads standard input), "
                       "or two folders."),
        QStringLiteral("FILE1 FILE2 [FILE3 ...]"));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to FILE instead of standard output (atomically; "
                       "with --batch, appended line by line)."),
        QStringLiteral("FILE"));
    const QCommandLineOption color(
        QStringLiteral("color"),
        QStringLiteral("Colour the text output: auto (on a terminal, unless NO_COLOR is set or "
                       "TERM=dumb), always, never. --color alone: always."),
        QStringLiteral("when"), QStringLiteral("auto"));
    const QCommandLineOption base(
        QStringLiteral("base"),
        QStringLiteral("Compare every other version with version N (1-based); "
                       "with --batch DIR, each file with FILE."),
        QStringLiteral("N|FILE"), QStringLiteral("1"));
    const QCommandLineOption maxSize(
        QStringLiteral("max-size"),
        QStringLiteral("Refuse files larger than SIZE (default 256MB)."), QStringLiteral("SIZE"),
        QStringLiteral("256MB"));
    parser.addOptions({format, output, color, base, maxSize});
    parser.addOptions(ignoreOptions());
    addShellOptions(parser);
    addBatchOptions(parser);

    if (!parser.parse(QStringList{QStringLiteral("storydiff-cli")} + withDiffColorSpelling(args))) {
        say(err, parser.errorText());
        return kExitTrouble;
    }
    // --help-all would add Qt's GUI options, which a program without a GUI does not take.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        const QByteArray help = parser.helpText().toUtf8();
        std::fwrite(help.constData(), 1, size_t(help.size()), out);
        return kExitSame;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        const QByteArray version = QStringLiteral("storydiff-cli %1\n%2")
                                       .arg(QCoreApplication::applicationVersion(), creditsText())
                                       .toUtf8();
        std::fwrite(version.constData(), 1, size_t(version.size()), out);
        return kExitSame;
    }
    const OutputWriter *writer = findOutputWriter(parser.value(format));
    if (!writer) {
        say(err, QStringLiteral("unknown --format '%1' (use %2)")
                     .arg(parser.value(format), formatNames(false)));
        return kExitTrouble;
    }
    const QString colorWhen = parser.value(color);
    if (colorWhen != QLatin1String("auto") && colorWhen != QLatin1String("always") &&
        colorWhen != QLatin1String("never")) {
        say(err, QStringLiteral("unknown --color '%1' (use auto, always or never)").arg(colorWhen));
        return kExitTrouble;
    }
    LoadOptions loadOptions;
    if (!parseSize(parser.value(maxSize), loadOptions.maxSize)) {
        say(err,
            QStringLiteral("--max-size '%1' is not a size (try 256MB)").arg(parser.value(maxSize)));
        return kExitTrouble;
    }
    loadOptions.encoding = parser.value(QStringLiteral("encoding"));
    if (!loadOptions.encoding.isEmpty() && !isKnownEncoding(loadOptions.encoding)) {
        say(err, QStringLiteral("unknown --encoding '%1' (try UTF-8, windows-1252, ISO-8859-15)")
                     .arg(loadOptions.encoding));
        return kExitTrouble;
    }
    const CompareOptions options = compareOptions(parser);

    // Batch mode: many pairs, JSON lines. Normal mode below is untouched by it.
    if (mergeRequested(parser))
        return runMergeFromCli(parser, out, err);
    if (parser.isSet(QStringLiteral("batch")))
        return runBatchFromCli(parser, options, loadOptions, out, err);
    if (const QString misplaced = batchOnlyOptionSet(parser); !misplaced.isEmpty()) {
        say(err, QStringLiteral("--%1 works only with --batch").arg(misplaced));
        return kExitTrouble;
    }
    PairSettings pair{loadOptions, options, {}, parser.isSet(QStringLiteral("brief"))};
    if (!parseContext(parser.value(QStringLiteral("context")), pair.style.context)) {
        say(err, QStringLiteral("--context must be a number of paragraphs or \"all\""));
        return kExitTrouble;
    }
    pair.style.color = wantColour(colorWhen, !parser.isSet(output) && ::isatty(fileno(out)));
    if (const std::optional<ModeRun> run = runShellMode(parser, pair, err)) {
        if (!run->data.isEmpty() &&
            !writeOutput(parser.value(output), run->data, parser.positionalArguments(), out, err))
            return kExitTrouble;
        return run->status;
    }
    QStringList files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("sample"))) {
        if (!files.isEmpty()) {
            say(err, QStringLiteral("--sample compares the bundled story: no files with it"));
            return kExitTrouble;
        }
        files = kSampleFiles;
    }
    if (files.isEmpty()) {
        say(err, QStringLiteral("missing operand"));
        std::fprintf(err, "Try 'storydiff-cli --help' for more information.\n");
        return kExitTrouble;
    }
    const QStringList labels = parser.values(QStringLiteral("label"));
    if (labels.size() > files.size()) {
        say(err, QStringLiteral("%1 given for %2")
                     .arg(countOf(labels.size(), "--label", "--labels"),
                          countOf(files.size(), "file", "files")));
        return kExitTrouble;
    }
    if (files.size() < 2) {
        say(err, QStringLiteral("needs at least two files to compare (got %1)").arg(files.size()));
        return kExitTrouble;
    }
    if (files.count(QStringLiteral("-")) > 1) {
        say(err, QStringLiteral("standard input (\"-\") can be given only once"));
        return kExitTrouble;
    }
    bool baseOk = false;
    const int baseIndex = parser.value(base).toInt(&baseOk) - 1;
    if (!baseOk || baseIndex < 0 || baseIndex >= files.size()) {
        say(err, QStringLiteral("--base must be a number from 1 to %1").arg(files.size()));
        return kExitTrouble;
    }
    if (const QString conflict = outputConflict(parser.value(output), files); !conflict.isEmpty()) {
        say(err, QStringLiteral("%1: %2").arg(parser.value(output), conflict));
        return kExitTrouble;
    }
    // Read the versions on all cores; each reader is independent of the others. Running out of
    // memory is reported with the file it happened on, never a crash.
    std::vector<LoadResult> loads(size_t(files.size()));
    std::vector<QString> exhausted(size_t(files.size()));
    forEachIndex(files.size(), [&](qsizetype i) {
        const QString &f = files.at(i);
        try {
            growThreadHeap(f == QLatin1String("-") ? 0 : QFileInfo(f).size() * 10);
            loads[size_t(i)] = loadVersion(f, loadOptions, labels.value(i));
        } catch (const std::exception &e) {
            exhausted[size_t(i)] = exhaustionMessage(e, QStringLiteral("reading"), f);
        }
    });
    QList<Document> documents;
    bool failed = false;
    for (size_t k = 0; k < loads.size(); ++k) {
        LoadResult &r = loads[k];
        if (!exhausted[k].isEmpty() || !r.ok()) {
            say(err, exhausted[k].isEmpty() ? r.message() : exhausted[k]);
            failed = true;
        } else if (r.document.extraction == Extraction::Fallback) {
            say(err, r.document.path +
                         QStringLiteral(": no story container found on the page; reading all "
                                        "its visible text"));
        }
        documents.append(std::move(r.document));
    }
    if (failed)
        return kExitTrouble;

    // One session for all the comparisons: the base's, then (three or more versions) the
    // collation table, the story's evolution and the matrix, each pair compared once.
    VersionSession session(documents, baseIndex, options);
    QList<Comparison> comparisons;
    try {
        comparisons = *session.fromBase();
    } catch (const std::exception &e) {
        say(err,
            exhaustionMessage(e, QStringLiteral("comparing"), files.join(QStringLiteral(", "))));
        return kExitTrouble;
    }
    bool changed = false;
    for (const Comparison &c : comparisons)
        changed = changed || c.hasChanges();

    // The collation table, the story's evolution and the matrix, for the writers that use them.
    std::optional<MultiResult> multi;
    if (wantsMulti(*writer, documents.size()) && !pair.brief)
        multi = session.multi().result;
    QByteArray data;
    if (pair.brief) {
        for (const Comparison &c : std::as_const(comparisons))
            if (c.hasChanges())
                data += briefLine(c.a.path, c.b.path);
    } else {
        data = writer->write(
            {documents, baseIndex, comparisons, multi ? &*multi : nullptr, pair.style});
    }
    if (!writeOutput(parser.value(output), data, files, out, err))
        return kExitTrouble;
    return changed ? kExitDifferent : kExitSame;
}

} // namespace sd
