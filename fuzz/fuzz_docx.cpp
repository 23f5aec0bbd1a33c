// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the Docx reader, directly and through readDocument(bytes, "fuzz.docx").
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sd::fuzz::readBoth(sd::Format::Docx, sd::fuzz::bytesOf(data, size),
                       QStringLiteral("fuzz.docx"));
    return 0;
}
