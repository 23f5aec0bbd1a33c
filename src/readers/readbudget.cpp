// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/readbudget.h"

#include <algorithm>

namespace sd {
namespace {

thread_local ReadBudget *t_current = nullptr;

} // namespace

ReadLimits readLimitsFor(qint64 fileBytes, int seconds) {
    ReadLimits limits;
    limits.maxChars = std::max<qint64>(qint64(16) << 20, 32 * fileBytes);
    limits.maxPages = 100000;
    limits.time = std::chrono::seconds(seconds);
    return limits;
}

ReadBudget::ReadBudget(const ReadLimits &limits)
    : m_limits(limits), m_deadline(std::chrono::steady_clock::now() + limits.time),
      m_outer(t_current) {
    t_current = this;
}

ReadBudget::~ReadBudget() {
    t_current = m_outer;
}

void ReadBudget::spend(const QString &cause) {
    if (m_cause.isEmpty())
        m_cause = cause;
}

bool ReadBudget::overTime() {
    if (m_limits.time.count() > 0 && std::chrono::steady_clock::now() > m_deadline)
        spend(QStringLiteral("reading it takes longer than the limit of %1 s")
                  .arg(std::chrono::duration_cast<std::chrono::seconds>(m_limits.time).count()));
    return !m_cause.isEmpty();
}

bool ReadBudget::spendChars(qint64 chars) {
    ReadBudget *b = t_current;
    if (!b)
        return true;
    b->m_chars += chars;
    if (b->m_limits.maxChars > 0 && b->m_chars > b->m_limits.maxChars)
        b->spend(QStringLiteral("its text is over the limit of %1 characters (32 per byte of "
                                "the file, at least 16 Mi)")
                     .arg(QString::number(b->m_limits.maxChars)));
    // The clock is read now and then: this runs once per piece of text.
    if ((++b->m_calls & 1023) == 0)
        b->overTime();
    return b->m_cause.isEmpty();
}

bool ReadBudget::spendPage() {
    ReadBudget *b = t_current;
    if (!b)
        return true;
    if (b->m_limits.maxPages > 0 && ++b->m_pages > b->m_limits.maxPages)
        b->spend(QStringLiteral("over the limit of %1 pages").arg(b->m_limits.maxPages));
    return !b->overTime();
}

bool ReadBudget::exhausted() {
    ReadBudget *b = t_current;
    if (!b)
        return false;
    if ((++b->m_calls & 1023) == 0)
        b->overTime();
    return !b->m_cause.isEmpty();
}

} // namespace sd
