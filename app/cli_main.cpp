// SPDX-License-Identifier: GPL-3.0-or-later
// storydiff-cli: argument wiring only; the work is in src/cli/clirunner.cpp.
#include "cli/cliinput.h"
#include "cli/clirunner.h"

#include <QCoreApplication>

#include <cstdio>
#include <new>
#include <system_error>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int main(int argc, char *argv[]) {
#if defined(__GLIBC__)
    // A run reads, compares and reports, then exits: memory freed between those steps (a long
    // book's decoded text, say) is better kept for the next step than handed back to the
    // system and faulted in again, page by page. Measured: 2-5% off a 1M-word comparison.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    // Not M_ARENA_MAX 1: one heap for all threads saves 6-15 MB of peak RSS on a 1M-word pair
    // but serialises the two threads' allocations (measured: 25-40% more wall time).
#endif
    // Whatever the workers do not catch themselves (building a report too large for memory)
    // ends here: one line and status 2, never an abort.
    try {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("storydiff-cli"));
        QCoreApplication::setApplicationVersion(QStringLiteral(STORYDIFF_VERSION));
        // From argv, not QCoreApplication::arguments(): a file name that is not UTF-8 keeps its
        // bytes.
        return sd::runCli(sd::argumentsFromArgv(argc, argv), stdout, stderr);
    } catch (const std::bad_alloc &) {
        std::fputs("storydiff-cli: out of memory\n", stderr);
    } catch (const std::system_error &e) {
        std::fprintf(stderr, "storydiff-cli: out of resources (%s)\n", e.what());
    }
    return 2;
}
