// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generated newspaper archives with known reprints (issue 16): wire stories printed by several
// papers (edited, trimmed, paragraph breaks lost, some embedded in a page with other
// articles) among unrelated articles. Words come from a Zipf-distributed vocabulary, so
// unrelated articles share common phrases by chance as real ones do. Deterministic per seed.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::archivegen {

struct ArchiveOptions {
    quint64 seed = 1;
    int stories = 20;  // wire stories
    int minCopies = 2; // printed copies of each (the wire original is not in the archive)
    int maxCopies = 6;
    int unrelated = 100;    // articles that are no copy of anything
    int paragraphs = 8;     // of a story (+-3)
    double editRate = 0.03; // word substitutions, insertions and deletions per word
    double trimmed = 0.3;   // share of copies that drop their last paragraphs
    double joined = 0.2;    // share of copies that lost their paragraph breaks
    double embedded = 0.1;  // share of copies printed inside a page of other articles
};

struct Article {
    QString name; // "a00042.txt": archive order is not story order
    QByteArray text;
    int story = -1; // the wire story it copies; -1: unrelated
    // Embedded copies: the story's paragraphs are the page's blocks [storyFirst, storyEnd).
    bool embedded = false;
    int storyFirst = 0, storyEnd = 0;
};

struct Archive {
    QList<Article> articles; // by name
    // The true reprint pairs (i < j, indexes into articles): the same story.
    QList<QPair<int, int>> truePairs() const;
};

Archive generateArchive(const ArchiveOptions &options);

// Writes the articles into `dir` (which must exist); false when a write failed.
bool writeArchive(const Archive &archive, const QString &dir);

} // namespace sd::archivegen
