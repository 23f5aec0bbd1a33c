// SPDX-License-Identifier: GPL-3.0-or-later
// The interface speaks the user's language: StoryDiff's own translation (German ships) and
// Qt's (standard buttons), picked from the locale, with plural forms for counted messages.
#include "common/translations.h"
#include "output/palette.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace sd;

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void interfaceLanguage_data();
    void interfaceLanguage();
    void pluralForms_data();
    void pluralForms();
    void englishPluralForms_data();
    void englishPluralForms();
    void systemLocaleFromEnvironment();

private:
    static QString firstMenuTitle();
};

QString TestTranslations::firstMenuTitle() {
    MainWindow w;
    const QList<QAction *> menus = w.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.first()->text();
}

void TestTranslations::interfaceLanguage_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("appTranslated");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("cancelButton");
    QTest::addColumn<QString>("insertedLabel"); // the core's change labels: legend, list, tooltips
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << true
                            << QStringLiteral("&Datei") << QStringLiteral("&Abbrechen")
                            << QStringLiteral("Eingefügt");
    // A regional variant falls back to the language's file.
    QTest::newRow("Austrian German")
        << QLocale(QLocale::German, QLocale::Austria) << true << QStringLiteral("&Datei")
        << QStringLiteral("&Abbrechen") << QStringLiteral("Eingefügt");
    // No StoryDiff translation yet: English texts, but Qt's own buttons in French.
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << false
                            << QStringLiteral("&File") << QStringLiteral("&Annuler")
                            << QStringLiteral("Inserted");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << false
                             << QStringLiteral("&File") << QStringLiteral("&Cancel")
                             << QStringLiteral("Inserted");
}

void TestTranslations::interfaceLanguage() {
    QFETCH(QLocale, locale);
    QFETCH(bool, appTranslated);
    QFETCH(QString, fileMenu);
    QFETCH(QString, cancelButton);
    QFETCH(QString, insertedLabel);
    const Translations translations(locale);
    QCOMPARE(translations.hasApp(), appTranslated);
    QCOMPARE(firstMenuTitle(), fileMenu);
    QCOMPARE(categoryLabel(Category::Inserted), insertedLabel);
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    // Qt strips or keeps the mnemonic by platform theme: compare without it.
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancelButton.remove(u'&'));
}

void TestTranslations::pluralForms_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("copied");
    QTest::addColumn<QString>("words");
    QTest::newRow("one") << 1 << QStringLiteral("1 Änderung kopiert") << QStringLiteral("1 Wort");
    QTest::newRow("two") << 2 << QStringLiteral("2 Änderungen kopiert")
                         << QStringLiteral("2 Wörter");
    QTest::newRow("none") << 0 << QStringLiteral("0 Änderungen kopiert")
                          << QStringLiteral("0 Wörter");
}

// No StoryDiff translation, or English: the English source texts with English plural forms.
void TestTranslations::englishPluralForms_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("files");
    QTest::addColumn<QString>("copied");
    for (const auto &[name, locale] :
         {std::pair{"English", QLocale(QLocale::English, QLocale::UnitedStates)},
          std::pair{"French", QLocale(QLocale::French, QLocale::France)},
          std::pair{"C", QLocale::c()}}) {
        QTest::addRow("%s one", name) << locale << 1 << QStringLiteral("Loading 1 file…")
                                      << QStringLiteral("Copied 1 change");
        QTest::addRow("%s two", name) << locale << 2 << QStringLiteral("Loading 2 files…")
                                      << QStringLiteral("Copied 2 changes");
        QTest::addRow("%s none", name) << locale << 0 << QStringLiteral("Loading 0 files…")
                                       << QStringLiteral("Copied 0 changes");
    }
}

void TestTranslations::englishPluralForms() {
    QFETCH(QLocale, locale);
    QFETCH(int, count);
    QFETCH(QString, files);
    QFETCH(QString, copied);
    const Translations translations(locale);
    QVERIFY(!translations.hasApp());
    QVERIFY(translations.hasEnglishPlurals());
    QCOMPARE(QCoreApplication::translate("sd::ComparisonModel", "Loading %n file(s)…", nullptr,
                                         count),
             files);
    QCOMPARE(QCoreApplication::translate("sd::ExportActions", "Copied %n change(s)", nullptr, count),
             copied);
}

void TestTranslations::pluralForms() {
    QFETCH(int, count);
    QFETCH(QString, copied);
    QFETCH(QString, words);
    const Translations translations(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QCoreApplication::translate("sd::ExportActions", "Copied %n change(s)", nullptr, count),
             copied);
    QCOMPARE(QCoreApplication::translate("sd::BlameView", "%n word(s)", nullptr, count), words);
}

// ctest runs this test with LANG=de_DE.UTF-8: what a German desktop session gives the app.
void TestTranslations::systemLocaleFromEnvironment() {
    if (!qEnvironmentVariable("LANG").startsWith(QLatin1String("de")))
        QSKIP("run with LANG=de_DE.UTF-8 (ctest does)");
    QCOMPARE(QLocale().language(), QLocale::German);
    const Translations translations;
    QVERIFY(translations.hasQt());
    QVERIFY(translations.hasApp());
    QCOMPARE(firstMenuTitle(), QStringLiteral("&Datei"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
