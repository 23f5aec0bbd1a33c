// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the Odt reader, directly and through readDocument(bytes, "fuzz.odt").
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sd::fuzz::readBoth(sd::Format::Odt, sd::fuzz::bytesOf(data, size), QStringLiteral("fuzz.odt"));
    return 0;
}
