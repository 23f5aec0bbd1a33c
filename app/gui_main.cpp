// storydiff: the desktop viewer. Wiring only; the window and its parts live in ui/.
#include "common/translations.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("StoryDiff"));
    QApplication::setOrganizationName(QStringLiteral("StoryDiff"));
    QApplication::setApplicationDisplayName(QStringLiteral("StoryDiff"));
    QApplication::setApplicationVersion(QStringLiteral(STORYDIFF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("storydiff"));
    const sd::Translations translations; // the user's language, for as long as the app runs

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compare versions of a story word by word."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Versions to open, oldest first."), "[files...]");
    parser.process(app);

    sd::MainWindow window;
    QApplication::setWindowIcon(window.windowIcon());
    window.show();
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openSample();
    else
        window.openFiles(files);
    return app.exec();
}
