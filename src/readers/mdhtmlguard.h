// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace sd {

// md4c 0.4.8 matches the tag name of a raw-HTML block start by prefix: a line starting with
// <prefix>, <pretty>, <scripts> or <styled> opens a <pre>/<script>/<style> block that only
// </pre>, </script> or </style> closes, and the rest of the story vanishes into one block
// (<bodyguard> opens a <body> block the same way). Before md4c sees the text, every tag at a
// line start whose name merely begins with a block-level tag name gets its first letter
// replaced by 'x' (<xrefix>): the same length, so source offsets stay valid, and still an
// unknown tag, which the reader drops as CommonMark says. Fenced code is left alone.
void neutraliseHtmlPrefixTags(QByteArray &utf8);

} // namespace sd
