// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>

namespace sd {

// The one line for running out of a resource at a worker boundary: "out of memory while
// comparing FILE" for std::bad_alloc, "cannot start a thread while reading FILE (Resource
// temporarily unavailable)" for std::system_error, else the exception's own words. `doing` is
// "reading" or "comparing".
QString exhaustionMessage(const std::exception &e, const QString &doing, const QString &file);

} // namespace sd
