// SPDX-License-Identifier: GPL-3.0-or-later
// storydiff: the desktop viewer. Wiring only; the window and its parts live in ui/.
#include "common/translations.h"
#include "util/credits.h"
#include "util/folderpairs.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>

#include <cstdio>

namespace {

void describeArguments(QCommandLineParser &parser) {
    parser.setApplicationDescription(QStringLiteral("Compare versions of a story word by word."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Versions to open, oldest first; a folder: the "
                                                "copies among its files; two folders (git "
                                                "difftool --dir-diff): their first pair of files "
                                                "that differ."),
                                 "[files...]");
    parser.addOptions(
        {{QStringLiteral("label"),
          QStringLiteral("Title the next version NAME instead of its file name (once per file, "
                         "in order)."),
          QStringLiteral("NAME")},
         {QStringLiteral("no-recent"),
          QStringLiteral("Keep the files out of Open Recent (for temporary copies, as git "
                         "difftool makes).")}});
}

void print(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication::setApplicationName(QStringLiteral("StoryDiff"));
    QApplication::setOrganizationName(QStringLiteral("StoryDiff"));
    QApplication::setApplicationVersion(QStringLiteral(STORYDIFF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.storydiff.StoryDiff"));

    // --help and --version are answered before QApplication exists: it aborts when there is no
    // display, and printing text needs none. Qt's own options (-platform, -style ...) are not
    // known to the parser here; they fail this parse and go on to QApplication, which takes
    // them out before process() below.
    QCommandLineParser parser;
    describeArguments(parser);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (parser.parse(arguments)) {
        if (parser.isSet(QStringLiteral("version"))) {
            print(QStringLiteral("storydiff %1\n%2")
                      .arg(QStringLiteral(STORYDIFF_VERSION), sd::creditsText()));
            return 0;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            const QCoreApplication noDisplay(argc, argv); // the usage line's program name
            print(parser.helpText());
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("StoryDiff"));
    const sd::Translations translations; // the user's language, for as long as the app runs
    parser.process(app);

    sd::MainWindow window;
    QApplication::setWindowIcon(window.windowIcon());
    window.show();
    QStringList files = parser.positionalArguments();
    QStringList labels = parser.values(QStringLiteral("label"));
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
        window.openFiles(files, labels, !parser.isSet(QStringLiteral("no-recent")));
    return app.exec();
}
