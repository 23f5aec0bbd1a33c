// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the Text reader, directly and through readDocument(bytes, "fuzz.txt").
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sd::fuzz::readBoth(sd::Format::Text, sd::fuzz::bytesOf(data, size), QStringLiteral("fuzz.txt"));
    return 0;
}
