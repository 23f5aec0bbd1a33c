// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readers/loader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sd {

// File names as the shell hands them over: bytes, not always UTF-8 (a name written on a
// Latin-1 system). Each byte that is not part of valid UTF-8 is kept as the lone surrogate
// U+DC00 + byte (Python's "surrogateescape"), so the name can be given back to the system
// byte for byte and shown with the bad bytes escaped.
QString argumentFromBytes(const QByteArray &raw);
QByteArray argumentToBytes(const QString &argument);
QStringList argumentsFromArgv(int argc, const char *const *argv); // without argv[0]

// The name as shown to people: escaped bytes as "\xE9", the rest as it is.
QString visibleName(const QString &argument);

// Reads one version named on the command line. Beyond loadDocument(): /dev/null and an empty
// file are an empty document (the missing side of an added or deleted file, as diff(1) and
// git read them), and a name that is not UTF-8 opens by its bytes. The document's path is the
// visible name (or `label` when given).
LoadResult loadVersion(const QString &argument, const LoadOptions &options,
                       const QString &label = QString());

} // namespace sd
