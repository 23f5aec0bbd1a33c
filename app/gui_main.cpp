// storydiff: the desktop viewer. Wiring only; the window and its parts live in ui/.
#include "mainwindow.h"
#include "util/folderpairs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("StoryDiff"));
    QApplication::setOrganizationName(QStringLiteral("StoryDiff"));
    QApplication::setApplicationDisplayName(QStringLiteral("StoryDiff"));
    QApplication::setApplicationVersion(QStringLiteral(STORYDIFF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("storydiff"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compare versions of a story word by word."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Versions to open, oldest first; or two folders "
                                                "(git difftool --dir-diff): their first pair of "
                                                "files that differ."),
                                 "[files...]");
    const QCommandLineOption label(QStringLiteral("label"),
                                   QStringLiteral("Title the next version NAME instead of its file "
                                                  "name (once per file, in order)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption noRecent(QStringLiteral("no-recent"),
                                      QStringLiteral("Keep the files out of Open Recent (for "
                                                     "temporary copies, as git difftool makes)."));
    parser.addOptions({label, noRecent});
    parser.process(app);

    sd::MainWindow window;
    QApplication::setWindowIcon(window.windowIcon());
    window.show();
    QStringList files = parser.positionalArguments();
    if (files.size() == 2 && QFileInfo(files.at(0)).isDir() && QFileInfo(files.at(1)).isDir()) {
        const auto pair = sd::firstChangedPair(files.at(0), files.at(1));
        files = pair ? QStringList{pair->first, pair->second} : QStringList();
    }
    if (files.isEmpty() && parser.positionalArguments().isEmpty())
        window.openSample();
    else
        window.openFiles(files, parser.values(label), !parser.isSet(noRecent));
    return app.exec();
}
