// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/copysearch.h"

namespace sd {

// Finds the copies among the files of `folders` (not recursive, hidden files left out, each
// file once). Blocks; call it off the GUI thread. The one place the folder view picks how the
// pairs are found: today every pair is compared (findCopiesAllPairs); large archives will take
// the MinHash candidates of src/batch (branch h14-archive) here.
FolderCopies findFolderCopies(const QStringList &folders, const CompareOptions &options,
                              double threshold, const std::atomic_bool &cancel,
                              CopyProgress &progress);

} // namespace sd
