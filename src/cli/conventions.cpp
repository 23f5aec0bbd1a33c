// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/conventions.h"

#include "cli/cliinput.h"
#include "cli/dirdiff.h"
#include "cli/gitconvention.h"
#include "cli/textconv.h"
#include "output/textwriter.h"
#include "readers/decode.h"
#include "text/visible.h"

#include <QCommandLineParser>

#include <sys/stat.h>

namespace sd {
namespace {

void say(FILE *err, const QString &message) {
    std::fprintf(err, "storydiff-cli: %s\n", qPrintable(message));
}

const char16_t *const kBatchHelp =
    u"Batch mode (--batch DIR|MANIFEST|-) compares many files: all pairs of the files\n"
    u"in DIR (sorted by name, not recursive), each of them with --base FILE, or the pairs\n"
    u"of a manifest (CSV \"a,b\" lines, paths relative to the manifest's folder; \"-\":\n"
    u"pairs on standard input, comma- or tab-separated). It writes one JSON line per pair,\n"
    u"in pair order: {\"a\", \"b\", \"options\", \"similarity\", \"stats\", \"changes\"}.\n"
    u"--output is then appended to line by line (not replaced atomically), so an\n"
    u"interrupted run leaves whole lines and --resume continues it (with the same\n"
    u"--ignore options only). Unreadable files are reported and skipped. Exit status:\n"
    u"2 if a file was skipped (or the run was interrupted), else 1 if any pair differs,\n"
    u"else 0.";

// A folder, named by the bytes of the argument (which need not be UTF-8).
bool isFolder(const QString &argument) {
    struct stat st;
    return ::stat(argumentToBytes(argument).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

// --text FILE...: the prose of each file, for git's textconv.
ModeRun printTexts(const QStringList &files, const LoadOptions &load, FILE *err) {
    ModeRun run;
    if (files.isEmpty()) {
        say(err, QStringLiteral("--text needs a file"));
        run.status = 2;
    }
    for (const QString &f : files) {
        const LoadResult r = loadVersion(f, load);
        if (!r.ok()) {
            say(err, r.message());
            run.status = 2;
            continue;
        }
        run.data += documentAsText(r.document);
    }
    return run;
}

} // namespace

void addShellOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {{QStringLiteral("U"), QStringLiteral("context")},
         QStringLiteral("Text output: show N unchanged paragraphs around each change (default "
                        "1); \"all\": the whole document."),
         QStringLiteral("N|all"),
         QStringLiteral("1")},
        {{QStringLiteral("q"), QStringLiteral("brief")},
         QStringLiteral("Only say \"Files A and B differ\" (exit status 1), or nothing.")},
        {QStringLiteral("label"),
         QStringLiteral("Show NAME instead of the file's name (once per file, in order)."),
         QStringLiteral("NAME")},
        {QStringLiteral("encoding"),
         QStringLiteral("Read text files (plain text, Markdown, HTML) in encoding NAME instead "
                        "of detecting it."),
         QStringLiteral("NAME")},
        {QStringLiteral("text"),
         QStringLiteral("Print the text of each FILE, paragraphs separated by blank lines "
                        "(a textconv driver for git diff).")},
        {QStringLiteral("sample"), QStringLiteral("Compare the bundled sample story.")},
    });
}

bool isKnownEncoding(const QString &name) {
    QString ignored;
    return convertWithIcu(QByteArrayLiteral("a"), name, ignored);
}

std::optional<ModeRun> runShellMode(const QCommandLineParser &parser, const PairSettings &pair,
                                    FILE *err) {
    const QStringList pos = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("text")))
        return printTexts(pos, pair.load, err);
    const bool fromGit = calledByGit();
    if (isGitUnmergedCall(pos, fromGit))
        return ModeRun{
            0, QStringLiteral("* Unmerged path %1\n").arg(visibleControls(pos.first())).toUtf8()};
    const std::optional<GitExternalDiff> git = readGitExternalDiff(pos, fromGit);
    const bool folders = pos.size() == 2 && isFolder(pos.at(0)) && isFolder(pos.at(1));
    if (!git && !folders)
        return std::nullopt;
    if (parser.value(QStringLiteral("format")) != QLatin1String("text")) {
        say(err, git ? QStringLiteral("as git's external diff, the output is text only")
                     : QStringLiteral("folders are compared in text only (for JSON: --batch DIR)"));
        return ModeRun{2, {}};
    }
    ModeRun run;
    run.status = git ? runGitExternalDiff(*git, pair, run.data, err)
                     : diffFolders(pos.at(0), pos.at(1), pair, run.data, err);
    return run;
}

QStringList withDiffColorSpelling(const QStringList &args) {
    QStringList out;
    bool filesOnly = false;
    for (const QString &a : args) {
        filesOnly = filesOnly || a == QLatin1String("--");
        out.append(!filesOnly && a == QLatin1String("--color") ? QStringLiteral("--color=always")
                                                               : a);
    }
    return out;
}

bool parseContext(const QString &text, qint32 &context) {
    if (text == QLatin1String("all")) {
        context = TextStyle::kWholeDocument;
        return true;
    }
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        return false;
    context = qint32(n);
    return true;
}

bool wantColour(const QString &when, bool toTerminal) {
    if (when != QLatin1String("auto"))
        return when == QLatin1String("always");
    // https://no-color.org: any non-empty value turns automatic colour off.
    if (!qEnvironmentVariableIsEmpty("NO_COLOR") || qgetenv("TERM") == "dumb")
        return false;
    return toTerminal || qgetenv("GIT_PAGER_IN_USE") == "true";
}

QString helpDescription(bool all) {
    QString text = QStringLiteral(
        "Compares versions of a story word by word: edits, moved, split and merged paragraphs,\n"
        "links, formatting and typography. Reads plain text, Markdown, HTML, DOCX, ODT and PDF\n"
        "(told apart by their content).\n"
        "\n"
        "Output (--format): text (default), the changed paragraphs with --context paragraphs\n"
        "around them under \"@@ ¶12-14 -> ¶12-15 @@\" headers (paragraphs of the first and the\n"
        "second version), [-deleted-] and {+inserted+} words, \"~\" notes for moves, splits,\n"
        "links and formatting; json, every change with its place in both versions; html, a\n"
        "report to open in a browser.\n"
        "\n"
        "Two folders are compared file by file by relative path (as diff -r and git difftool\n"
        "--dir-diff). /dev/null or an empty file is an empty version: everything in the other\n"
        "one is inserted (or deleted). Called by git as its external diff (diff.external), it\n"
        "reads git's seven arguments and labels the report a/PATH, b/PATH. --text FILE prints\n"
        "the text of a file, for a git textconv driver.\n"
        "\n"
        "Exit status: 0 no change, 1 changes, 2 trouble (a file could not be read, a usage\n"
        "error); as git's external diff, 0 unless there is trouble.");
    if (!all)
        return text + QStringLiteral("\n\nHow batch mode (--batch) works: --help-all.");
    return text + QStringLiteral("\n\n") + QString::fromUtf16(kBatchHelp);
}

} // namespace sd
