// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchplan.h"
#include "batch/clusters.h"
#include "batch/passage.h"
#include "compare/options.h"
#include "document/document.h"

#include <QList>

#include <atomic>
#include <functional>

namespace sd {

// How much of a shared passage's words a copy keeps for candidate search to find it (with
// probability at least 0.99 for a passage of four windows or more): the LSH bands and rows
// are chosen from it (chooseLsh(windowJaccard(...))). 0.8: wire copies with light edits.
inline constexpr double kDefaultCandidateSimilarity = 0.8;

// The LSH parameters candidate search uses for `candidateSimilarity`.
LshParams candidateLsh(double candidateSimilarity);

// Candidate search over documents held in memory: the pairs (a < b, indexes into `documents`,
// sorted) whose windows share an LSH bucket. Empty when `cancel` was set.
QList<BatchPair> candidatePairs(const QList<Document> &documents, double candidateSimilarity,
                                const std::atomic_bool *cancel = nullptr);

// Which pairs findCopies compares: the candidates of the MinHash search (an archive), or every
// pair (a small folder: its matrix is then full).
enum class PairSelection { Candidates, All };

struct ArchiveOptions {
    double candidateSimilarity = kDefaultCandidateSimilarity;
    double threshold = 0.5; // clusters: a compared pair above this joins two copies
    CompareOptions compare;
    PairSelection pairs = PairSelection::Candidates;
    bool passages = true; // find each pair's shared passage (the folder view shows none)
};

struct ArchivePair {
    BatchPair pair; // indexes into the documents
    double similarity = 0;
    Passage passage;
};

struct ArchiveResult {
    QList<ArchivePair> pairs; // the compared candidates, in candidate order
    QList<Cluster> clusters;  // members are indexes into the documents
    bool cancelled = false;   // `cancel` was set: pairs and clusters are empty
};

// Called from the worker threads: pairs compared so far, of how many (the candidate search
// counts as done at 0 of N).
using ArchiveProgress = std::function<void(qsizetype done, qsizetype total)>;

// What `storydiff-cli --batch --candidates` does, for a caller holding the documents (the
// GUI's folder view): candidate search (or all pairs), a comparison and a shared passage per
// pair on the work pool, and the clusters of copies with their likely source. Documents whose
// `readable` entry is false (files that could not be read) are in no pair but still a row of
// the clusters; an empty `readable` means all are. Blocks its caller (run it off the GUI
// thread); `cancel` stops it early, `progress` may be empty.
ArchiveResult findCopies(const QList<Document> &documents, const ArchiveOptions &options,
                         const std::atomic_bool *cancel = nullptr,
                         const ArchiveProgress &progress = {}, const QList<bool> &readable = {});

} // namespace sd
