#include "cli/clirunner.h"

#include "compare/comparison.h"
#include "multi/multicompare.h"
#include "output/htmlreport.h"
#include "output/jsonwriter.h"
#include "output/textwriter.h"
#include "readers/loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <future>
#include <unistd.h>

namespace sd {
namespace {

constexpr int kExitSame = 0;
constexpr int kExitDifferent = 1;
constexpr int kExitTrouble = 2;

const QStringList kSampleFiles = {QStringLiteral(":/samples/story-v1.txt"),
                                  QStringLiteral(":/samples/story-v2.md"),
                                  QStringLiteral(":/samples/story-v3.md")};

void say(FILE *err, const QString &message) {
    std::fprintf(err, "storydiff-cli: %s\n", qPrintable(message));
}

bool parseSize(const QString &text, qint64 &bytes) {
    QString t = text.trimmed().toUpper();
    qint64 unit = 1;
    if (t.endsWith(QLatin1String("GB")) || t.endsWith(QLatin1Char('G')))
        unit = qint64(1) << 30;
    else if (t.endsWith(QLatin1String("MB")) || t.endsWith(QLatin1Char('M')))
        unit = qint64(1) << 20;
    else if (t.endsWith(QLatin1String("KB")) || t.endsWith(QLatin1Char('K')))
        unit = qint64(1) << 10;
    while (!t.isEmpty() && t.back().isLetter())
        t.chop(1);
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n <= 0)
        return false;
    bytes = n * unit;
    return true;
}

bool writeOutput(const QString &path, const QByteArray &data, FILE *out, FILE *err) {
    if (path.isEmpty() || path == QLatin1String("-")) {
        const size_t written = std::fwrite(data.constData(), 1, size_t(data.size()), out);
        std::fflush(out);
        if (written != size_t(data.size())) {
            say(err, QStringLiteral("standard output: write failed"));
            return false;
        }
        return true;
    }
    // Written whole or not at all: a failure leaves no half file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        say(err, QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
        return false;
    }
    file.write(data);
    if (!file.commit()) {
        say(err, QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int runCli(const QStringList &args, FILE *out, FILE *err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compares versions of a story word by word: edits, moved, split and merged paragraphs,\n"
        "links, formatting and typography. With no files, compares the bundled sample story."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Versions, base first (\"-\" reads standard input)."),
                                 QStringLiteral("FILE1 FILE2 [FILE3 ...]"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Output: text (default), json or html."),
                                    QStringLiteral("text|json|html"), QStringLiteral("text"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption color(QStringLiteral("color"),
                                   QStringLiteral("Colour the text output: auto, always, never."),
                                   QStringLiteral("when"), QStringLiteral("auto"));
    const QCommandLineOption base(QStringLiteral("base"),
                                  QStringLiteral("Compare every other version with version N (1-based)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     QStringLiteral("Refuse files larger than SIZE (default 256MB)."),
                                     QStringLiteral("SIZE"), QStringLiteral("256MB"));
    const QCommandLineOption ignoreCase(QStringLiteral("ignore-case"), QStringLiteral("Ignore case differences."));
    const QCommandLineOption ignorePunct(QStringLiteral("ignore-punctuation"), QStringLiteral("Ignore punctuation."));
    const QCommandLineOption ignoreTypo(QStringLiteral("ignore-typography"),
                                        QStringLiteral("Hide quote, dash, ellipsis and non-breaking space changes."));
    const QCommandLineOption ignoreFormat(QStringLiteral("ignore-formatting"), QStringLiteral("Ignore formatting changes."));
    const QCommandLineOption ignoreLinks(QStringLiteral("ignore-links"), QStringLiteral("Ignore link changes."));
    parser.addOptions({format, output, color, base, maxSize, ignoreCase, ignorePunct, ignoreTypo,
                       ignoreFormat, ignoreLinks});

    if (!parser.parse(QStringList{QStringLiteral("storydiff-cli")} + args)) {
        say(err, parser.errorText());
        return kExitTrouble;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        const QByteArray help = parser.helpText().toUtf8();
        std::fwrite(help.constData(), 1, size_t(help.size()), out);
        return kExitSame;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fprintf(out, "storydiff-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return kExitSame;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json") && fmt != QLatin1String("html")) {
        say(err, QStringLiteral("unknown --format '%1' (use text, json or html)").arg(fmt));
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
        say(err, QStringLiteral("--max-size '%1' is not a size (try 256MB)").arg(parser.value(maxSize)));
        return kExitTrouble;
    }
    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        files = kSampleFiles;
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
    CompareOptions options;
    options.ignoreCase = parser.isSet(ignoreCase);
    options.ignorePunctuation = parser.isSet(ignorePunct);
    options.ignoreTypography = parser.isSet(ignoreTypo);
    options.ignoreFormatting = parser.isSet(ignoreFormat);
    options.ignoreLinks = parser.isSet(ignoreLinks);

    // Read every version at once; each reader is independent of the others.
    std::vector<std::future<LoadResult>> loads;
    for (const QString &f : std::as_const(files))
        loads.push_back(std::async(std::launch::async, [f, loadOptions] {
            return loadDocument(f, loadOptions);
        }));
    QList<Document> documents;
    bool failed = false;
    for (auto &l : loads) {
        LoadResult r = l.get();
        if (!r.ok()) {
            say(err, r.message());
            failed = true;
        }
        documents.append(std::move(r.document));
    }
    if (failed)
        return kExitTrouble;

    std::vector<std::future<Comparison>> pending;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i == baseIndex)
            continue;
        pending.push_back(std::async(std::launch::async, [&documents, baseIndex, i, options] {
            Comparison c = compareDocuments(documents.at(baseIndex), documents.at(i), options);
            c.fromIndex = qint32(baseIndex);
            c.toIndex = qint32(i);
            return c;
        }));
    }
    QList<Comparison> comparisons;
    bool changed = false;
    for (auto &p : pending) {
        comparisons.append(p.get());
        changed = changed || comparisons.last().hasChanges();
    }

    QByteArray data;
    // Three or more versions: the collation table, the story's evolution and the matrix.
    std::optional<MultiResult> multi;
    if (documents.size() >= 3 && fmt != QLatin1String("text")) {
        QList<Comparison> fromBase;
        for (qsizetype i = 0, k = 0; i < documents.size(); ++i)
            fromBase.append(i == baseIndex ? Comparison{} : comparisons.at(k++));
        multi = compareMany(documents, baseIndex, fromBase, options);
    }
    if (fmt == QLatin1String("json")) {
        data = comparisonsToJson(documents, baseIndex, comparisons, multi ? &*multi : nullptr);
    } else if (fmt == QLatin1String("html")) {
        data = htmlReport(documents, baseIndex, comparisons, multi ? &*multi : nullptr);
    } else {
        TextStyle style;
        const bool toTerminal = !parser.isSet(output) && ::isatty(fileno(out));
        style.color = colorWhen == QLatin1String("always") ||
                      (colorWhen == QLatin1String("auto") && toTerminal);
        for (qsizetype k = 0; k < comparisons.size(); ++k) {
            if (k > 0)
                data += "\n";
            data += comparisonToText(comparisons.at(k), style);
        }
    }
    if (!writeOutput(parser.value(output), data, out, err))
        return kExitTrouble;
    return changed ? kExitDifferent : kExitSame;
}

} // namespace sd
