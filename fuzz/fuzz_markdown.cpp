// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the Markdown reader, directly and through readDocument(bytes, "fuzz.md").
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sd::fuzz::readBoth(sd::Format::Markdown, sd::fuzz::bytesOf(data, size),
                       QStringLiteral("fuzz.md"));
    return 0;
}
