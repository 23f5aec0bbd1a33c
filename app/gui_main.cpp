// storydiff: the desktop viewer. Wiring only; the window and its parts live in ui/.
#include "util/folderpairs.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>

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
    QStringList labels = parser.values(label);
    if (files.size() == 2 && QFileInfo(files.at(0)).isDir() && QFileInfo(files.at(1)).isDir()) {
        const auto pair = sd::firstChangedPair(files.at(0), files.at(1));
        if (!pair)
            window.statusBar()->showMessage(
                QObject::tr("No file differs between %1 and %2.").arg(files.at(0), files.at(1)));
        files = pair ? QStringList{pair->first, pair->second} : QStringList();
        labels.clear(); // they name the folders (git's $MERGED is empty there), not the files
    }
    if (files.isEmpty() && parser.positionalArguments().isEmpty())
        window.openSample();
    else
        window.openFiles(files, labels, !parser.isSet(noRecent));
    return app.exec();
}
