// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace sd {

Translations::Translations(const QLocale &locale) {
    // load() walks the locale's UI languages ("de-AT", then "de" ...) and takes the first file.
    m_hasQt = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
              QCoreApplication::installTranslator(&m_qt);
    m_hasApp =
        m_app.load(locale, QStringLiteral("storydiff"), QStringLiteral("_"), resourceFolder()) &&
        QCoreApplication::installTranslator(&m_app);
}

Translations::~Translations() {
    if (m_hasApp)
        QCoreApplication::removeTranslator(&m_app);
    if (m_hasQt)
        QCoreApplication::removeTranslator(&m_qt);
}

} // namespace sd
