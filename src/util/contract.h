// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checked promises, in the manner of Q_ASSERT. SD_EXPECT(cond) states what a function needs
// from its caller, SD_ENSURE(cond) what it promises in return. Where contracts are on, a broken
// one prints its kind, condition and file:line and aborts; elsewhere the condition is not
// evaluated and no code is left, so a check may cost what it needs (a whole-result walk).
//
// On: debug builds (no NDEBUG) and any build with STORYDIFF_CONTRACTS defined (the ASan/UBSan
// build, STORYDIFF_SANITIZE, defines it). Off: release builds (Release, RelWithDebInfo).

#include <cstdio>
#include <cstdlib>

namespace sd {

[[noreturn]] inline void contractFailed(const char *kind, const char *condition, const char *file,
                                        int line) {
    std::fprintf(stderr, "storydiff: %s broken: %s (%s:%d)\n", kind, condition, file, line);
    std::fflush(stderr);
    std::abort();
}

} // namespace sd

#if !defined(NDEBUG) || defined(STORYDIFF_CONTRACTS)
#define SD_CONTRACTS_ON 1
#define SD_EXPECT(cond)                                                                            \
    ((cond) ? static_cast<void>(0)                                                                 \
            : ::sd::contractFailed("precondition", #cond, __FILE__, __LINE__))
#define SD_ENSURE(cond)                                                                            \
    ((cond) ? static_cast<void>(0)                                                                 \
            : ::sd::contractFailed("postcondition", #cond, __FILE__, __LINE__))
#else
#define SD_CONTRACTS_ON 0
// Not evaluated (and so free), but still compiled: a check cannot rot unseen in release builds.
#define SD_EXPECT(cond) static_cast<void>(false && (cond))
#define SD_ENSURE(cond) static_cast<void>(false && (cond))
#endif
