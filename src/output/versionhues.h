// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sd {

// One hue per version, as 0xRRGGBB, shared by the app's multi-version views (Theme derives its
// tints and markers from them) and the HTML report's collation: Tableau 10 order, minus grey,
// so that neighbouring versions never get similar colours. Indices past the palette cycle.
constexpr int kVersionHueCount = 8;
constexpr quint32 versionHue(int version) {
    constexpr quint32 hues[kVersionHueCount] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759,
                                                0xb07aa1, 0x76b7b2, 0xedc948, 0x9c755f};
    return hues[((version % kVersionHueCount) + kVersionHueCount) % kVersionHueCount];
}

} // namespace sd
