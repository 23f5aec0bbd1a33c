// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace sd {

// storydiff-cli as a function: parses `args` (without the program name), reads the versions,
// compares, writes the report to stdout or --output, and returns the exit status of the
// contract: 0 no reported change, 1 changes, 2 trouble (with a message on `err`).
int runCli(const QStringList &args, FILE *out, FILE *err);

} // namespace sd
