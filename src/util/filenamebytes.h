// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

// File names as the system has them: bytes, not always UTF-8 (a name written on a Latin-1
// system). Each byte that is not part of valid UTF-8 is kept as the lone surrogate
// U+DC00 + byte (Python's "surrogateescape"), so the name can be given back to the system
// byte for byte and shown with the bad bytes escaped.
QString argumentFromBytes(const QByteArray &raw);
QByteArray argumentToBytes(const QString &argument);
bool hasEscapedBytes(const QString &argument);

// The name as shown to people: escaped bytes as "\xE9", the rest as it is.
QString visibleName(const QString &argument);

} // namespace sd
