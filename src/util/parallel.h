// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sd {

// The one pool of worker threads that every parallel piece of StoryDiff runs on: the CLI's
// readers and comparisons, the session's pairs, a long comparison's parts, the batch's pairs
// and the GUI's background work. Its budget (one thread per core unless set) bounds the threads
// it ever runs; they start when first needed.
//
// Waiting on a pool thread for work that is only queued would deadlock once every thread
// waits; so work someone waits for goes through tryRun(), which hands it to an idle thread at
// once or refuses (the caller then does it itself: runParts). post() queues work that nobody
// waits for on a pool thread (the GUI's, the batch's workers).
class WorkPool {
public:
    explicit WorkPool(int budget);
    ~WorkPool(); // runs what is queued, then joins the threads
    WorkPool(const WorkPool &) = delete;
    WorkPool &operator=(const WorkPool &) = delete;

    static WorkPool &global(); // budget: QThread::idealThreadCount()

    int budget() const;
    void setBudget(int budget); // threads above a smaller budget end when idle
    bool tryRun(std::function<void()> task);
    void post(std::function<void()> task);
    // The most tasks that ever ran at once (for tests and measurements).
    int peakRunning() const;

private:
    void work();
    bool startThreadLocked(); // m_mutex held; false when the system refuses a thread

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    std::vector<std::thread> m_threads;
    int m_budget = 1;
    int m_alive = 0, m_idle = 0, m_running = 0, m_peak = 0;
    bool m_stopping = false;
};

// Runs part(0) .. part(parts - 1) and returns when every part is done: as many at once as the
// pool has idle threads, the rest one after another on the calling thread (which always runs
// part 0). It never waits for queued work, so a part may itself call runParts. The parts must
// not write to anything they share. An exception from a part is thrown here, after the others.
void runParts(qsizetype parts, const std::function<void(qsizetype)> &part,
              WorkPool &pool = WorkPool::global());

// Calls item(i) once for every i in [0, count), on as many threads as the pool's budget (the
// calling one among them), each taking the next index as it is free: for items that cost
// different amounts.
void forEachIndex(qsizetype count, const std::function<void(qsizetype)> &item,
                  WorkPool &pool = WorkPool::global());

// Tasks posted to the pool that their owner waits for before it goes away (the GUI model).
class TaskGroup {
public:
    explicit TaskGroup(WorkPool &pool = WorkPool::global()) : m_pool(pool) {}
    ~TaskGroup() { wait(); }
    TaskGroup(const TaskGroup &) = delete;
    TaskGroup &operator=(const TaskGroup &) = delete;
    void post(std::function<void()> task);
    void wait(); // until every task posted so far is done
    // Tasks posted and not yet finished (queued or running): 0 means nothing of this group
    // computes, e.g. once a cancel has been honoured.
    int pending() const {
        std::lock_guard lock(m_mutex);
        return m_pending;
    }

private:
    WorkPool &m_pool;
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    int m_pending = 0;
};

} // namespace sd
