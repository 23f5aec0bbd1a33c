// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop viewer timed on generated article pairs (the bench generator's 2% edits), run
// offscreen: the first screen (open to aligned panes), a view switch there and back, an option
// toggle, the paint of both panes while scrolling, and the longest time the event loop did not
// answer during each (a 5 ms timer's largest gap: what a person feels as a freeze).
//
//   QT_QPA_PLATFORM=offscreen gui_bench [--sizes 100000,1000000] [--long-word 300000,1000000]
//
// --long-word also opens a pair whose base is one unbreakable word of that many characters (the
// panes show it in pieces of kPaneBlock: no step may hold the event loop for long).
#include "casegen.h"

#include "pair/inlineview.h"
#include "pair/sidebysideview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <malloc.h>

using namespace sd;

namespace {

// CPU time of the process (the painter's thread pool included; the workers are idle while
// scrolling): what a paint costs whatever else the machine runs.
qint64 processCpuUs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// VmRSS (now) or VmHWM (the peak so far) of this process, in MB.
qint64 residentMb(const QByteArray &field = "VmRSS:") {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong() / 1024;
    return 0;
}

// Runs the event loop until `done` holds (or `timeoutMs` passes); returns the wall time and
// the longest gap between two ticks of a 5 ms timer meanwhile.
struct Timing {
    qint64 ms = -1;
    qint64 stallMs = 0;
};

Timing timeUntil(const std::function<void()> &start, const std::function<bool()> &done,
                 int timeoutMs = 600000) {
    QElapsedTimer wall, tick;
    qint64 stall = 0;
    QTimer beat;
    beat.setInterval(5);
    QObject::connect(&beat, &QTimer::timeout, [&] { stall = std::max(stall, tick.restart()); });
    wall.start();
    tick.start();
    beat.start();
    start();
    stall = std::max(stall, tick.elapsed()); // a start that blocks counts too
    // Waits for events (the beat comes every 5 ms) as the application's own loop does: a loop
    // that polls would take a core from the workers it is timing.
    while (!done() && wall.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    stall = std::max(stall, tick.elapsed());
    Timing t;
    t.ms = done() ? wall.elapsed() : -1;
    t.stallMs = stall;
    return t;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QAction *findAction(MainWindow &w, const char *name) {
    return w.findChild<QAction *>(QLatin1String(name));
}

// True once the side-by-side panes show the current comparison (built and aligned).
bool sideShown(MainWindow &w) {
    SideBySideView *v = w.sideBySideView();
    return w.model()->comparison() && !w.model()->isBusy() &&
           v->comparison() == w.model()->comparison().get() && v->isReady();
}

void benchPair(QTextStream &out, const QString &name, const QString &a, const QString &b,
               bool full) {
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QApplication::processEvents();
    const qint64 rssBefore = residentMb();
    QElapsedTimer sinceOpen;
    qint64 engineMs = -1;
    QObject::connect(w.model(), &ComparisonModel::comparisonReady, &w,
                     [&] { engineMs = engineMs < 0 ? sinceOpen.elapsed() : engineMs; });
    sinceOpen.start();
    const Timing first = timeUntil([&] { w.openFiles({a, b}); }, [&] { return sideShown(w); });
    out << "| " << name << " | load and compare (the model) | " << engineMs << " | |\n";
    out << "| " << name << " | first screen | " << first.ms << " | " << first.stallMs << " |\n";
    out.flush();
    if (first.ms < 0)
        return;
    w.sideBySideView()->repaint();
    out << "| " << name << " | memory (MB, window " << rssBefore << " before; peak "
        << residentMb("VmHWM:") << ") | " << residentMb() << " | |\n";
    // Scrolling: a page at a time through the whole text, both panes repainted at once.
    DiffPane *right = w.sideBySideView()->rightPane();
    QList<qint64> paintUs, paintCpuUs;
    for (int step = 1; step <= 60; ++step) {
        right->verticalScrollBar()->setValue(right->verticalScrollBar()->maximum() * step / 60);
        QApplication::processEvents();
        QElapsedTimer paint;
        paint.start();
        const qint64 cpu = processCpuUs();
        w.sideBySideView()->leftPane()->viewport()->repaint();
        right->viewport()->repaint();
        paintUs << paint.nsecsElapsed() / 1000;
        paintCpuUs << processCpuUs() - cpu;
    }
    std::sort(paintUs.begin(), paintUs.end());
    std::sort(paintCpuUs.begin(), paintCpuUs.end());
    out << "| " << name << " | scroll paint, median / slowest (us) | " << paintUs.at(30) << " / "
        << paintUs.last() << " | |\n";
    out << "| " << name << " | scroll paint CPU, median / slowest (us) | " << paintCpuUs.at(30)
        << " / " << paintCpuUs.last() << " | |\n";
    if (!full)
        return;
    QAction *inlineAct = findAction(w, "inlineAction");
    QAction *sideAct = findAction(w, "sideBySideAction");
    const Timing toInline =
        timeUntil([&] { inlineAct->trigger(); },
                  [&] { return w.isInlineMode() && w.inlineView()->isReady(); });
    out << "| " << name << " | switch to inline | " << toInline.ms << " | " << toInline.stallMs
        << " |\n";
    const Timing toSide = timeUntil([&] { sideAct->trigger(); }, [&] { return sideShown(w); });
    out << "| " << name << " | switch to side by side | " << toSide.ms << " | " << toSide.stallMs
        << " |\n";
    QAction *ignoreCase = findAction(w, "ignoreCaseAction");
    const auto before = w.model()->comparison();
    QElapsedTimer sinceToggle;
    qint64 toggleEngineMs = -1;
    sinceToggle.start();
    QObject::connect(w.model(), &ComparisonModel::comparisonReady, &w, [&] {
        toggleEngineMs = toggleEngineMs < 0 ? sinceToggle.elapsed() : toggleEngineMs;
    });
    const Timing toggle =
        timeUntil([&] { ignoreCase->trigger(); },
                  [&] { return w.model()->comparison() != before && sideShown(w); });
    out << "| " << name << " | option toggle, compared (the model) | " << toggleEngineMs
        << " | |\n";
    out << "| " << name << " | option toggle (ignore case) | " << toggle.ms << " | "
        << toggle.stallMs << " |\n";
    ignoreCase->trigger(); // settings are shared: leave it as found
    timeUntil([] {}, [&] { return sideShown(w); });
    out.flush();
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication::setOrganizationName(QStringLiteral("StoryDiffBench"));
    QApplication::setApplicationName(QStringLiteral("gui_bench"));
    QSettings().clear();
    QList<qint64> sizes{100000, 1000000}, longWords;
    const QStringList args = app.arguments();
    auto list = [&](const QString &flag, QList<qint64> &into) {
        const qsizetype i = args.indexOf(flag);
        if (i < 0 || i + 1 >= args.size())
            return;
        into.clear();
        for (const QString &s : args.at(i + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            into.append(s.toLongLong());
    };
    list(QStringLiteral("--sizes"), sizes);
    list(QStringLiteral("--long-word"), longWords);
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 2;
    const QString shared = QStringLiteral(STORYDIFF_SHARED_DIR);
    casegen::setSharedDir(QDir(shared).exists() ? shared : QString());
    QTextStream out(stdout);
    out << "| case | what | ms | longest stall (ms) |\n|---|---|---:|---:|\n";
    for (qint64 words : sizes) {
        casegen::CaseOptions o;
        o.format = QStringLiteral("txt");
        o.versions = 2;
        o.targetWords = words;
        o.editRate = 0.02;
        const QString a = tmp.filePath(QStringLiteral("a%1.txt").arg(words));
        const QString b = tmp.filePath(QStringLiteral("b%1.txt").arg(words));
        {
            // The seed storydiff_bench uses for the same size, so the figures compare.
            const casegen::GeneratedCase c = casegen::generateCase(quint64(words) * 31 + 2, o);
            if (!writeFile(a, c.files[0]) || !writeFile(b, c.files[1]))
                return 2;
        }
        // What generating took goes back to the system: the memory figure is the window's.
        malloc_trim(0);
        const QString name = words >= 1000000 ? QStringLiteral("%1M words").arg(words / 1000000)
                                              : QStringLiteral("%1k words").arg(words / 1000);
        benchPair(out, name, a, b, true);
    }
    for (qint64 chars : longWords) {
        const QString a = tmp.filePath(QStringLiteral("word%1-a.txt").arg(chars));
        const QString b = tmp.filePath(QStringLiteral("word%1-b.txt").arg(chars));
        const QByteArray word(chars, 'x');
        if (!writeFile(a, word + "\n") || !writeFile(b, "Some words.\n\n" + word + "y\n"))
            return 2;
        benchPair(out, QStringLiteral("one %1 KB word").arg(chars / 1000), a, b, true);
    }
    return 0;
}
