// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/pairdiff.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

class QCommandLineParser;

namespace sd {

// The options of the diff(1) and git conventions: -U/--context, -q/--brief, --label, --text,
// --encoding and --sample.
void addShellOptions(QCommandLineParser &parser);

// True when ICU has a converter of that name.
bool isKnownEncoding(const QString &name);

// The outcome of a run that is not a comparison of listed versions: its exit status and the
// report to write.
struct ModeRun {
    int status = 0;
    QByteArray data;
};

// The ways of calling storydiff-cli that do not list versions to compare: --text FILE...,
// git's external-diff arguments, two folders. std::nullopt: none of them.
std::optional<ModeRun> runShellMode(const QCommandLineParser &parser, const PairSettings &pair,
                                    FILE *err);

// diff(1)'s spelling of the colour option: "--color" alone means --color=always (a value must
// be joined with "=", so "--color a.txt" leaves the file alone). Arguments after "--" are files.
QStringList withDiffColorSpelling(const QStringList &args);

// -U N / --context N: paragraphs of context around each change; "all" for the whole document
// (TextStyle::kWholeDocument). False when `text` is neither.
bool parseContext(const QString &text, qint32 &context);

// Whether text output is coloured: "always", "never", or "auto": on a terminal (or through
// git's pager), unless NO_COLOR is set to anything or TERM is "dumb".
bool wantColour(const QString &when, bool toTerminal);

// The --help description; `all` (--help-all) adds batch mode.
QString helpDescription(bool all);

} // namespace sd
