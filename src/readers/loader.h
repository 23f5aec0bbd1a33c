// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QString>

namespace sd {

struct LoadOptions {
    qint64 maxSize = qint64(256) * 1024 * 1024; // bytes; larger files are refused, not read
    QString encoding; // text-like formats are read in this encoding (an ICU name), not detected
    // Reading one file may take this long (a small PDF can make poppler decode one huge stream
    // for each of a thousand pages); see readers/readbudget.h for the other limits.
    int maxSeconds = 60;
};

// The outcome of loading one version. On failure `cause` says why in plain words
// ("not found", "is a directory", "empty file", "not a text file (binary data)" ...).
struct LoadResult {
    Document document;
    QString cause;
    bool empty = false; // failed because the input had no bytes at all (an empty pipe, say)
    bool ok() const { return cause.isEmpty(); }
    // "<path>: <cause>", the form every front end shows.
    QString message() const { return document.path + QStringLiteral(": ") + cause; }
};

// Reads a file ("-" is standard input; ":/..." a bundled resource). Never writes anything.
LoadResult loadDocument(const QString &path, const LoadOptions &options = {});

// Reads a version that is already in memory; `path` names it in messages and breaks format ties.
// Given sole ownership of `bytes` (std::move), it lets them go as soon as they are decoded.
LoadResult readDocument(QByteArray bytes, const QString &path, const LoadOptions &options = {});

QString formatSize(qint64 bytes);

} // namespace sd
