// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchrunner.h"

#include <QCommandLineParser>
#include <QString>

#include <cstdio>

namespace sd {

// The archive options of batch mode (issue 16), kept here so that the CLI's option table only
// calls in: --candidates, --candidate-similarity, --shard and --merge-shards.
void addArchiveOptions(QCommandLineParser &parser);

// The first archive option given without --batch (--merge-shards aside), or empty.
QString archiveOptionOutsideBatch(const QCommandLineParser &parser);

// Copies the archive options into `request`; false with `error` set when one is malformed.
bool applyArchiveOptions(const QCommandLineParser &parser, BatchRequest &request, QString &error);

bool mergeRequested(const QCommandLineParser &parser);
// `--merge-shards SHARD...` with --output, --matrix, --clusters and --threshold.
int runMergeFromCli(const QCommandLineParser &parser, FILE *out, FILE *err);

} // namespace sd
