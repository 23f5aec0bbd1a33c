// storydiff-cli: argument wiring only; the work is in src/cli/clirunner.cpp.
#include "cli/clirunner.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("storydiff-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYDIFF_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return sd::runCli(args, stdout, stderr);
}
