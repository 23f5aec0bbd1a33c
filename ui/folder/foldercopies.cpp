// SPDX-License-Identifier: GPL-3.0-or-later
#include "folder/foldercopies.h"

#include "batch/batchplan.h"

namespace sd {

FolderCopies findFolderCopies(const QStringList &folders, const CompareOptions &options,
                              double threshold, const std::atomic_bool &cancel,
                              CopyProgress &progress) {
    PathIndex files;
    QStringList problems;
    for (const QString &folder : folders) {
        const BatchPlan listing = planDirectory(folder, QString(), {});
        if (!listing.ok())
            problems.append(listing.error);
        for (const QString &f : listing.files)
            files.add(f);
    }
    FolderCopies copies = findCopiesInFiles(files.paths(), options, threshold, cancel, progress);
    copies.problems = problems + copies.problems;
    return copies;
}

} // namespace sd
