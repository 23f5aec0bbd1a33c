// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/loader.h"
#include "util/filenamebytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sd {

// The program's arguments from argv (without argv[0]), file names that are not UTF-8 kept
// byte for byte (see argumentFromBytes).
QStringList argumentsFromArgv(int argc, const char *const *argv);

// Reads one version named on the command line. Beyond loadDocument(): /dev/null and an empty
// file are an empty document (the missing side of an added or deleted file, as diff(1) and
// git read them), and a name that is not UTF-8 opens by its bytes. The document's path is the
// visible name (or `label` when given).
LoadResult loadVersion(const QString &argument, const LoadOptions &options,
                       const QString &label = QString());

} // namespace sd
