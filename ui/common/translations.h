// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QTranslator>

namespace sd {

// The translations of the user interface for one locale, installed for as long as this object
// lives: Qt's own (qtbase_<lang>.qm from the Qt installation: standard buttons, dialogs) and
// StoryDiff's (storydiff_<lang>.qm, built from translations/*.ts into the resources). A locale
// with no translation keeps the English source texts, with their plural forms ("1 file",
// "2 files") from storydiff_en, which holds only those.
class Translations {
public:
    explicit Translations(const QLocale &locale = QLocale());
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    bool hasQt() const { return m_hasQt; }
    bool hasApp() const { return m_hasApp; }
    bool hasEnglishPlurals() const { return m_hasPlurals; }

    // Where the app's compiled translations are in the resources.
    static QString resourceFolder() { return QStringLiteral(":/i18n"); }

private:
    QTranslator m_qt;
    QTranslator m_app;
    QTranslator m_plurals;
    bool m_hasQt = false;
    bool m_hasApp = false;
    bool m_hasPlurals = false;
};

} // namespace sd
