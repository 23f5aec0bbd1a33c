// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/options.h"
#include "output/textwriter.h"
#include "readers/loader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sd {

// How one pair is compared and shown in text: what git's external diff and folder comparisons
// run for each pair of files.
struct PairSettings {
    LoadOptions load;
    CompareOptions compare;
    TextStyle style;
    bool brief = false; // only "Files A and B differ", as diff -q
};

// The two files of a pair and the names to show for them (their visible names when empty).
struct PairFiles {
    QString a, b;
    QString labelA, labelB;
};

struct PairOutcome {
    int status = 2;       // the contract's exit status: 0 no change, 1 changes, 2 trouble
    QStringList problems; // "<name>: <cause>" for each file that could not be read
};

// Reads and compares one pair and appends its text report to `report`.
PairOutcome diffPair(const PairFiles &files, const PairSettings &settings, QByteArray &report);

// "Files A and B differ", the line diff -q prints.
QByteArray briefLine(const QString &a, const QString &b);

} // namespace sd
