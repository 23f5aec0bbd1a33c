// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the core tests: readable QCOMPARE failures for our types, and paths to test data.

#include "compare/comparison.h"
#include "compare/editscript.h"
#include "readers/loader.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace sd {

inline char *toString(const EditRun &r) {
    static const char *names[] = {"Equal", "Delete", "Insert"};
    return QTest::toString(QStringLiteral("%1[a %2..%3, b %4..%5]")
                               .arg(QLatin1String(names[r.kind]))
                               .arg(r.aBegin).arg(r.aEnd).arg(r.bBegin).arg(r.bEnd));
}

inline char *toString(ChangeKind k) { return QTest::toString(changeKindName(k)); }

inline char *toString(Format f) { return QTest::toString(formatName(f)); }

inline char *toString(BlockKind k) { return QTest::toString(blockKindName(k)); }

} // namespace sd

namespace testdata {

// storydiff-cli run as users and scripts run it: the real binary, arguments, standard input.
struct CliRun {
    int code = -1; // -1: it crashed or did not finish
    QByteArray out, err;
};

// When STORYDIFF_JSON_CAPTURE names a folder (ctest sets it), every JSON a test makes the CLI
// write (--format json or jsonl, --batch; to standard output or --output) is copied there as
// <test>-<n>.json, and the json_schema test validates them all against docs/storydiff.schema.json.
inline void captureJson(const QStringList &args, const QByteArray &out, int code) {
    const QString dir = qEnvironmentVariable("STORYDIFF_JSON_CAPTURE");
    const qsizetype format = args.indexOf(QStringLiteral("--format"));
    const bool json = args.contains(QStringLiteral("--batch")) ||
                      args.contains(QStringLiteral("--format=json")) ||
                      args.contains(QStringLiteral("--format=jsonl")) ||
                      (format >= 0 && format + 1 < args.size() &&
                       args.at(format + 1).startsWith(QLatin1String("json")));
    if (dir.isEmpty() || !json || (code != 0 && code != 1))
        return;
    QByteArray data = out;
    qsizetype output = args.indexOf(QStringLiteral("--output"));
    if (output < 0)
        output = args.indexOf(QStringLiteral("-o"));
    if (output >= 0 && output + 1 < args.size() && args.at(output + 1) != QLatin1String("-")) {
        QFile written(args.at(output + 1));
        data = written.open(QIODevice::ReadOnly) ? written.readAll() : QByteArray();
    }
    if (data.isEmpty())
        return;
    static int count = 0;
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(
        QStringLiteral("%1-%2.json").arg(QCoreApplication::applicationName()).arg(++count)));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot capture the CLI's JSON in %s", qPrintable(dir));
}

inline CliRun runCli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000) {
    QProcess p;
    p.start(QStringLiteral(STORYDIFF_CLI_PATH), args);
    if (!p.waitForStarted())
        qFatal("cannot start storydiff-cli");
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    CliRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError()};
    captureJson(args, r.out, r.code);
    return r;
}

// ../shared beside the project, when it is there (a user's clone has none: tests skip).
inline QString sharedDir() {
    const QString dir = QStringLiteral(STORYDIFF_SHARED_DIR);
    return QFileInfo(dir).isDir() ? dir : QString();
}

inline QString seedA() { return sharedDir() + QStringLiteral("/seeds/000_ac96cbe5d64d4c8f.txt"); }
inline QString seedB() { return sharedDir() + QStringLiteral("/seeds/001_c2777b46358987f3.txt"); }

// Writes `bytes` to `name` in `dir` and returns its path; a test that cannot is no test.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Reads a document from an in-memory string, failing the test on a load error.
inline sd::Document doc(const QString &text, const QString &name = QStringLiteral("t.txt")) {
    const sd::LoadResult r = sd::readDocument(text.toUtf8(), name);
    if (!r.ok())
        qWarning("load failed: %s", qPrintable(r.message()));
    return r.document;
}

// Words of a document in order, one space between (punctuation included as tokens).
inline QStringList tokenTexts(const sd::Document &d) {
    QStringList out;
    for (const sd::Block &b : d.blocks)
        for (const sd::Token &t : b.tokens)
            out << b.tokenText(t).toString();
    return out;
}

} // namespace testdata
