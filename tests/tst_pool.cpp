// SPDX-License-Identifier: GPL-3.0-or-later
// The one WorkPool: never more at once than its budget (counted while the parts run), nested
// parallel calls that complete, work refused rather than queued behind busy threads,
// exceptions that reach the caller.
#include "testutil.h"
#include "util/parallel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

using namespace sd;

class TestPool : public QObject {
    Q_OBJECT
private slots:
    void budgetNeverExceeded_data();
    void budgetNeverExceeded();
    void tryRunRefusesWhenBusy();
    void forEachIndexVisitsEachOnce_data();
    void forEachIndexVisitsEachOnce();
    void exceptionsReachTheCaller();
    void taskGroupWaitsForItsTasks();
    void cliWithTwoHundredFiles();
};

// Counts the parts running at once and the threads they run on.
struct Census {
    std::atomic_int running{0}, peak{0}, done{0};
    std::mutex mutex;
    std::set<std::thread::id> threads;
    void part() {
        const int now = ++running;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        {
            std::lock_guard lock(mutex);
            threads.insert(std::this_thread::get_id());
        }
        std::this_thread::sleep_for(std::chrono::microseconds(300));
        --running;
        ++done;
    }
};

void TestPool::budgetNeverExceeded_data() {
    QTest::addColumn<int>("budget");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("depth");
    QTest::newRow("budget 1, flat") << 1 << 16 << 1;
    QTest::newRow("budget 2, flat") << 2 << 16 << 1;
    QTest::newRow("budget 2, nested twice") << 2 << 6 << 2;
    QTest::newRow("budget 3, nested three deep") << 3 << 4 << 3;
    QTest::newRow("budget 4, more parts than threads") << 4 << 64 << 1;
}

// Parts that themselves run parts, `depth` levels deep: every leaf runs once, and neither
// the pool's threads nor the parts running at once ever exceed the budget (plus the calling
// thread, which takes its share).
void TestPool::budgetNeverExceeded() {
    QFETCH(int, budget);
    QFETCH(int, parts);
    QFETCH(int, depth);
    WorkPool pool(budget);
    Census census;
    std::function<void(int)> level = [&](int left) {
        runParts(
            parts,
            [&](qsizetype) {
                if (left == 1)
                    census.part();
                else
                    level(left - 1);
            },
            pool);
    };
    level(depth);
    int leaves = 1;
    for (int d = 0; d < depth; ++d)
        leaves *= parts;
    QCOMPARE(census.done.load(), leaves);
    QVERIFY2(census.peak.load() <= budget + 1, qPrintable(QString::number(census.peak.load())));
    QVERIFY(int(census.threads.size()) <= budget + 1);
    QVERIFY(pool.peakRunning() <= budget);
    QVERIFY(pool.peakRunning() >= 1); // the pool's threads took parts: not all on the caller
}

void TestPool::tryRunRefusesWhenBusy() {
    WorkPool pool(1);
    std::atomic_bool started{false}, release{false};
    pool.post([&] {
        started.store(true);
        while (!release.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    QTRY_VERIFY(started.load());
    // The one thread is busy: work someone would wait for is refused, not queued behind it.
    std::atomic_bool ran{false};
    QVERIFY(!pool.tryRun([&] { ran.store(true); }));
    release.store(true);
    // Once that thread is free it is taken at once (asked here until then: a QTRY_VERIFY
    // would ask again after it was taken).
    bool taken = false;
    for (int tries = 0; tries < 5000 && !taken; ++tries) {
        taken = pool.tryRun([&] { ran.store(true); });
        if (!taken)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    QVERIFY(taken);
    QTRY_VERIFY(ran.load());
}

void TestPool::forEachIndexVisitsEachOnce_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("budget");
    QTest::newRow("none") << 0 << 2;
    QTest::newRow("one") << 1 << 2;
    QTest::newRow("seven on three") << 7 << 3;
    QTest::newRow("two hundred on two") << 200 << 2;
}

void TestPool::forEachIndexVisitsEachOnce() {
    QFETCH(int, count);
    QFETCH(int, budget);
    WorkPool pool(budget);
    std::vector<std::atomic_int> visits(static_cast<size_t>(count));
    Census census;
    forEachIndex(
        count,
        [&](qsizetype i) {
            ++visits[size_t(i)];
            census.part();
        },
        pool);
    for (const std::atomic_int &v : visits)
        QCOMPARE(v.load(), 1);
    QVERIFY(census.peak.load() <= budget);
}

void TestPool::exceptionsReachTheCaller() {
    WorkPool pool(2);
    std::atomic_int finished{0};
    auto run = [&] {
        runParts(
            6,
            [&](qsizetype k) {
                if (k == 3)
                    throw std::runtime_error("part 3");
                ++finished;
            },
            pool);
    };
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, run());
    QCOMPARE(finished.load(), 5); // the others all ran, and were waited for
}

void TestPool::taskGroupWaitsForItsTasks() {
    WorkPool pool(2);
    std::atomic_int done{0};
    {
        TaskGroup group(pool);
        for (int i = 0; i < 20; ++i)
            group.post([&] {
                std::this_thread::sleep_for(std::chrono::microseconds(200));
                ++done;
            });
        group.wait();
        QCOMPARE(done.load(), 20);
    }
    QVERIFY(pool.peakRunning() <= 2);
}

// ThreadSanitizer runs a thread of its own in every process it watches.
#if defined(__SANITIZE_THREAD__)
constexpr int kSanitizerThreads = 1;
#else
constexpr int kSanitizerThreads = 0;
#endif

// The threads of a running process, from /proc (0 once it is gone).
static int threadsOf(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    return 0;
}

// Two hundred versions: read and compared on the pool's threads, not one thread each (which
// ran out of threads where a process may have few). Sampled while it runs, the CLI never has
// more threads than the cores and its main thread.
void TestPool::cliWithTwoHundredFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    for (int i = 1; i <= 200; ++i) {
        files << dir.filePath(QStringLiteral("v%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        QFile f(files.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(QStringLiteral("Version %1 of the story. The council met on day %1.\n")
                            .arg(i)
                            .toUtf8()) > 0);
    }
    QProcess cli;
    cli.start(QStringLiteral(STORYDIFF_CLI_PATH),
              QStringList{QStringLiteral("--format"), QStringLiteral("text")} + files);
    QVERIFY(cli.waitForStarted());
    int peak = 0;
    while (!cli.waitForFinished(1))
        peak = std::max(peak, threadsOf(cli.processId()));
    const QByteArray out = cli.readAllStandardOutput();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 1); // the versions differ
    QCOMPARE(out.count("similarity"), 199);
    QVERIFY2(peak <= QThread::idealThreadCount() + 1 + kSanitizerThreads,
             qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TestPool)
#include "tst_pool.moc"
