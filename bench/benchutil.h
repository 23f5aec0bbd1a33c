// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the benchmarks share: running a tool as a child and timing it.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

namespace bench {

struct Run {
    double seconds = 0;
    qint64 peakRssKb = 0;
    int exitCode = -1;
    bool timedOut = false;
    bool failed = false; // could not start
};

// Runs argv with stdout to `outFile`, stderr discarded; wall time from spawn to reap. Peak RSS
// comes from GNU time (written next to `outFile`) when it is there: a child spawned from this
// process inherits, through exec, the high-water mark of this process's memory (the generated
// 1M-word documents), and RUSAGE_CHILDREN would mix the runs.
inline Run runTool(const QStringList &argv0, const QString &outFile, int timeoutSeconds) {
    Run r;
    const QString gnuTime = QStringLiteral("/usr/bin/time");
    const QString rssFile = outFile + QStringLiteral(".rss");
    QStringList argv = argv0;
    const bool timed = QFile::exists(gnuTime);
    if (timed)
        argv = QStringList{gnuTime, QStringLiteral("-f"), QStringLiteral("%M"),
                           QStringLiteral("-o"), rssFile} +
               argv0;
    QList<QByteArray> args;
    for (const QString &a : argv)
        args.append(a.toLocal8Bit());
    std::vector<char *> cargs;
    for (QByteArray &a : args)
        cargs.push_back(a.data());
    cargs.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = outFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, cargs[0], &actions, nullptr, cargs.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        r.failed = true;
        return r;
    }
    int status = 0;
    rusage usage{};
    while (true) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (timer.elapsed() > qint64(timeoutSeconds) * 1000 && !r.timedOut) {
            kill(pid, SIGKILL);
            r.timedOut = true;
        }
        usleep(500);
    }
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.peakRssKb = usage.ru_maxrss;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (timed) {
        QFile f(rssFile);
        if (f.open(QIODevice::ReadOnly)) {
            // The last line: GNU time puts "Command exited with non-zero status" before it.
            const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
            r.peakRssKb = lines.last().trimmed().toLongLong();
        }
    }
    return r;
}

// The value after `name` on the command line, else `fallback`.
inline QString option(const QStringList &args, const QString &name, const QString &fallback) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

// A main's reader of its options: option(name, fallback) over `args`.
inline auto optionsOf(const QStringList &args) {
    return [args](const QString &name, const QString &fallback) {
        return option(args, name, fallback);
    };
}

// "1000,10000" -> {1000, 10000}
inline QList<qint64> parseSizes(const QString &s) {
    QList<qint64> out;
    for (const QString &p : s.split(u',', Qt::SkipEmptyParts))
        out.append(p.toLongLong());
    return out;
}

inline QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace bench
