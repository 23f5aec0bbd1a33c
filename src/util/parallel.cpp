// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/parallel.h"

#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <exception>
#include <system_error>

namespace sd {

WorkPool::WorkPool(int budget) : m_budget(std::max(1, budget)) {}

WorkPool::~WorkPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

WorkPool &WorkPool::global() {
    static WorkPool pool(QThread::idealThreadCount());
    return pool;
}

int WorkPool::budget() const {
    std::lock_guard lock(m_mutex);
    return m_budget;
}

void WorkPool::setBudget(int budget) {
    {
        std::lock_guard lock(m_mutex);
        m_budget = std::max(1, budget);
    }
    m_wake.notify_all(); // idle threads above the budget end
}

int WorkPool::peakRunning() const {
    std::lock_guard lock(m_mutex);
    return m_peak;
}

bool WorkPool::startThreadLocked() {
    // Where a process may have few threads, the system can refuse one: the work then runs on
    // the threads there are (or on the caller: tryRun says no).
    try {
        m_threads.emplace_back([this] { work(); });
    } catch (const std::system_error &) {
        return false;
    }
    ++m_alive;
    return true;
}

bool WorkPool::tryRun(std::function<void()> task) {
    {
        std::lock_guard lock(m_mutex);
        // Every queued task has an idle thread about to take it; this one needs another.
        if (m_idle > qsizetype(m_queue.size())) {
            m_queue.push_front(std::move(task)); // ahead of posted work: someone waits for it
        } else if (m_alive < m_budget && startThreadLocked()) {
            m_queue.push_front(std::move(task));
            return true;
        } else {
            return false;
        }
    }
    m_wake.notify_one();
    return true;
}

void WorkPool::post(std::function<void()> task) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(task));
        if (m_idle < qsizetype(m_queue.size()) && m_alive < m_budget && startThreadLocked())
            return;
        if (m_alive == 0) {
            m_queue.pop_back();
            throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again),
                                    "no thread to run the task on");
        }
    }
    m_wake.notify_one();
}

void WorkPool::work() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        ++m_idle;
        m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping || m_alive > m_budget; });
        --m_idle;
        if (m_queue.empty()) { // stopping, or one thread too many for a smaller budget
            --m_alive;
            return;
        }
        std::function<void()> task = std::move(m_queue.front());
        m_queue.pop_front();
        m_peak = std::max(m_peak, ++m_running);
        lock.unlock();
        task();
        task = nullptr; // whatever it holds goes before the thread counts as free
        lock.lock();
        --m_running;
    }
}

void runParts(qsizetype parts, const std::function<void(qsizetype)> &part, WorkPool &pool) {
    if (parts <= 0)
        return;
    std::mutex mutex;
    std::condition_variable done;
    qsizetype away = 0; // parts on pool threads, not yet finished
    std::exception_ptr failure;
    auto keep = [&](std::exception_ptr e) {
        std::lock_guard lock(mutex);
        if (!failure)
            failure = e;
    };
    std::vector<qsizetype> here{0};
    for (qsizetype k = 1; k < parts; ++k) {
        {
            std::lock_guard lock(mutex);
            ++away;
        }
        const bool started = pool.tryRun([&, k] {
            try {
                part(k);
            } catch (...) {
                keep(std::current_exception());
            }
            std::lock_guard lock(mutex);
            if (--away == 0)
                done.notify_one();
        });
        if (!started) {
            std::lock_guard lock(mutex);
            --away;
            here.push_back(k);
        }
    }
    for (qsizetype k : here) {
        try {
            part(k);
        } catch (...) {
            keep(std::current_exception());
        }
    }
    std::unique_lock lock(mutex);
    done.wait(lock, [&] { return away == 0; });
    if (failure)
        std::rethrow_exception(failure);
}

void forEachIndex(qsizetype count, const std::function<void(qsizetype)> &item, WorkPool &pool) {
    std::atomic<qsizetype> next{0};
    const qsizetype parts = std::clamp<qsizetype>(pool.budget(), 1, std::max<qsizetype>(1, count));
    runParts(
        parts,
        [&](qsizetype) {
            for (qsizetype i = next++; i < count; i = next++)
                item(i);
        },
        pool);
}

void TaskGroup::post(std::function<void()> task) {
    {
        std::lock_guard lock(m_mutex);
        ++m_pending;
    }
    m_pool.post([this, task = std::move(task)] {
        // A task reports its own failures (the GUI's say "out of memory while ..."); one that
        // lets an exception out must still not end the process or leave wait() waiting.
        try {
            task();
        } catch (const std::exception &e) {
            qWarning("storydiff: a background task failed: %s", e.what());
        } catch (...) {
            qWarning("storydiff: a background task failed");
        }
        std::lock_guard lock(m_mutex);
        if (--m_pending == 0)
            m_done.notify_all();
    });
}

void TaskGroup::wait() {
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_pending == 0; });
}

} // namespace sd
