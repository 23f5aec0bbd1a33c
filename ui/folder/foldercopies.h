// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/copysearch.h"

namespace sd {

// Finds the copies among the files of `folders` (not recursive, hidden files left out, each
// file once). Blocks; call it off the GUI thread. Up to kAllPairsUpTo files every pair is
// compared; a larger folder (an archive) compares only MinHash candidates (findCopiesInFiles).
FolderCopies findFolderCopies(const QStringList &folders, const CompareOptions &options,
                              double threshold, const std::atomic_bool &cancel,
                              CopyProgress &progress);

} // namespace sd
