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
    const bool english = locale.language() == QLocale::English || locale == QLocale::c();
    m_hasApp =
        !english &&
        m_app.load(locale, QStringLiteral("storydiff"), QStringLiteral("_"), resourceFolder()) &&
        QCoreApplication::installTranslator(&m_app);
    // The sources say "%n file(s)"; English needs its numerus forms like any other language.
    if (!m_hasApp)
        m_hasPlurals = m_plurals.load(QStringLiteral("storydiff_en"), resourceFolder()) &&
                       QCoreApplication::installTranslator(&m_plurals);
}

Translations::~Translations() {
    if (m_hasPlurals)
        QCoreApplication::removeTranslator(&m_plurals);
    if (m_hasApp)
        QCoreApplication::removeTranslator(&m_app);
    if (m_hasQt)
        QCoreApplication::removeTranslator(&m_qt);
}

} // namespace sd
