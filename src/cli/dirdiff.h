// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/pairdiff.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace sd {

// Two folders compared file by file, as diff -r and git difftool --dir-diff do: the files with
// the same relative path are compared as a pair; a file in one folder only is reported as
// "Only in DIR: PATH". Returns 0 when all pairs are the same and no file is alone, 1 when
// something differs, 2 when a file could not be read (the others are still compared).
int diffFolders(const QString &dirA, const QString &dirB, const PairSettings &settings,
                QByteArray &report, FILE *err);

} // namespace sd
