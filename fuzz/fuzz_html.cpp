// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the Html reader, directly and through readDocument(bytes, "fuzz.html").
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sd::fuzz::readBoth(sd::Format::Html, sd::fuzz::bytesOf(data, size),
                       QStringLiteral("fuzz.html"));
    return 0;
}
