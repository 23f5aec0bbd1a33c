// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/parallel.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace sd {

// A view's documents built off the GUI thread, one request at a time: a newer start() or a
// cancel() makes the older build stop soon (it polls the flag it is given) and drops whatever
// it still hands back; `done` runs on the receiver's (GUI) thread. The destructor stops and
// waits for the worker, so nothing computes once the view is gone (Quit).
class BackgroundBuild {
public:
    explicit BackgroundBuild(QObject *receiver) : m_receiver(receiver) {}
    ~BackgroundBuild() { stop(); }
    BackgroundBuild(const BackgroundBuild &) = delete;
    BackgroundBuild &operator=(const BackgroundBuild &) = delete;

    template <class T>
    void start(std::function<std::shared_ptr<T>(const std::atomic_bool *)> build,
               std::function<void(std::shared_ptr<T>)> done) {
        cancel();
        auto flag = std::make_shared<std::atomic_bool>(false);
        m_cancel = flag;
        const quint64 request = ++m_request;
        m_running = true;
        QObject *receiver = m_receiver;
        m_tasks.post(
            [this, receiver, flag, request, build = std::move(build), done = std::move(done)] {
                std::shared_ptr<T> result = build(flag.get());
                if (!result || flag->load())
                    return;
                // The receiver outlives this task (stop() waits), so `this` is still there when
                // the queued call runs; a newer request drops the result.
                QMetaObject::invokeMethod(
                    receiver,
                    [this, request, result, done] {
                        if (request != m_request)
                            return;
                        m_running = false;
                        done(result);
                    },
                    Qt::QueuedConnection);
            });
    }
    void cancel() {
        if (m_cancel)
            m_cancel->store(true);
        ++m_request;
        m_running = false;
    }
    // Cancels and waits until no worker of this build runs.
    void stop() {
        cancel();
        m_tasks.wait();
    }
    bool isRunning() const { return m_running; }
    // Workers of this build still computing or queued (a cancelled one ends soon after).
    int workers() const { return m_tasks.pending(); }

private:
    QObject *m_receiver;
    TaskGroup m_tasks;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_request = 0;
    bool m_running = false;
};

} // namespace sd
