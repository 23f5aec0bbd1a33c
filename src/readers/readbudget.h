// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>

namespace sd {

// What one file may make a reader produce, whatever its size on disk: a 1 MB archive can
// inflate to gigabytes of XML and a small PDF can point a thousand pages at one huge stream.
struct ReadLimits {
    qint64 maxChars = 0;               // characters of text in all blocks
    int maxPages = 0;                  // pages of a paged format (PDF)
    std::chrono::milliseconds time{0}; // wall-clock time for reading the file
};

// The limits for a file of `fileBytes`: text up to 32 characters per byte of the file (a plain
// text file has at most one; a DOCX about three) and at least 16 Mi characters, 100,000 pages,
// and `seconds` of reading.
ReadLimits readLimitsFor(qint64 fileBytes, int seconds);

// The budget of the file the current thread reads: installed by the loader for one read, and
// charged by BlockBuilder (text) and the readers (pages, time). With none installed nothing
// is limited. Once spent it stays spent, and cause() names the limit.
class ReadBudget {
public:
    explicit ReadBudget(const ReadLimits &limits);
    ~ReadBudget();
    ReadBudget(const ReadBudget &) = delete;
    ReadBudget &operator=(const ReadBudget &) = delete;

    // Charge the current budget; false once it is spent (the caller stops producing).
    static bool spendChars(qint64 chars);
    static bool spendPage();
    // True when the current budget is spent, its time included (checked here).
    static bool exhausted();

    QString cause() const { return m_cause; }

private:
    bool overTime();
    void spend(const QString &cause);

    ReadLimits m_limits;
    std::chrono::steady_clock::time_point m_deadline;
    qint64 m_chars = 0;
    int m_pages = 0;
    unsigned m_calls = 0;
    QString m_cause;
    ReadBudget *m_outer;
};

} // namespace sd
