// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the Pdf reader, directly and through readDocument(bytes, "fuzz.pdf").
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sd::fuzz::readBoth(sd::Format::Pdf, sd::fuzz::bytesOf(data, size), QStringLiteral("fuzz.pdf"));
    return 0;
}
