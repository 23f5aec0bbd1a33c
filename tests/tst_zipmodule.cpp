// SPDX-License-Identifier: GPL-3.0-or-later
// The zip readers are a module (storydiff-zip.so in LIBEXECDIR/storydiff), loaded on the first
// DOCX, ODT or EPUB: the build's CLI and this test find it; a CLI copied alone (no
// LIBEXECDIR/storydiff beside it) reads every other format and, for these, names the file and
// what is missing.
#include "readers/loader.h"
#include "ziptestutil.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

enum class CliCopy { BuildTree, Alone };
Q_DECLARE_METATYPE(CliCopy)

class TestZipModule : public QObject {
    Q_OBJECT
private slots:
    void inProcess_data();
    void inProcess();
    void cli_data();
    void cli();
};

namespace {

// The smallest file of each format that holds `words` in one paragraph.
QByteArray storyFile(const QString &suffix, const QString &words) {
    if (suffix == u"docx")
        return makeZip({{QStringLiteral("word/document.xml"),
                         QStringLiteral("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                        "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>%1"
                                        "</w:t></w:r></w:p></w:body></w:document>")
                             .arg(words)
                             .toUtf8()}});
    if (suffix == u"odt")
        return makeZip(
            {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true},
             {QStringLiteral("content.xml"),
              QStringLiteral("<office:document-content xmlns:office=\"urn:oasis:names:tc:"
                             "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:"
                             "opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>%1"
                             "</text:p></office:text></office:body></office:document-content>")
                  .arg(words)
                  .toUtf8()}});
    if (suffix == u"epub")
        return makeZip(
            {{QStringLiteral("mimetype"), "application/epub+zip", true},
             {QStringLiteral("META-INF/container.xml"),
              "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
              "<rootfile full-path=\"p.opf\"/></rootfiles></container>"},
             {QStringLiteral("p.opf"),
              "<package xmlns=\"http://www.idpf.org/2007/opf\"><manifest><item id=\"c\" "
              "href=\"c.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine>"
              "<itemref idref=\"c\"/></spine></package>"},
             {QStringLiteral("c.xhtml"),
              QStringLiteral("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>%1</p>"
                             "</body></html>")
                  .arg(words)
                  .toUtf8()}});
    return words.toUtf8();
}

} // namespace

void TestZipModule::inProcess_data() {
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<Format>("format");
    QTest::newRow("docx") << QStringLiteral("docx") << Format::Docx;
    QTest::newRow("odt") << QStringLiteral("odt") << Format::Odt;
    QTest::newRow("epub") << QStringLiteral("epub") << Format::Epub;
}

// This test's executable, in the build tree's tests/, finds the module too.
void TestZipModule::inProcess() {
    QFETCH(QString, suffix);
    QFETCH(Format, format);
    const QString name = QStringLiteral("story.") + suffix;
    const LoadResult r = readDocument(storyFile(suffix, QStringLiteral("Some words")), name);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.document.format, format);
    QCOMPARE(r.document.blocks.size(), 1);
    QCOMPARE(r.document.blocks.at(0).text, QStringLiteral("Some words"));
}

void TestZipModule::cli_data() {
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<CliCopy>("cli");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString missing = QStringLiteral("v1.%1: DOCX, ODT and EPUB support is not installed");
    for (const char *suffix : {"docx", "odt", "epub"}) {
        const QString s = QString::fromLatin1(suffix);
        QTest::addRow("%s, build tree", suffix) << s << CliCopy::BuildTree << 1 << QString();
        QTest::addRow("%s, alone", suffix) << s << CliCopy::Alone << 2 << missing.arg(s);
    }
    QTest::newRow("txt, alone") << QStringLiteral("txt") << CliCopy::Alone << 1 << QString();
}

void TestZipModule::cli() {
    QFETCH(QString, suffix);
    QFETCH(CliCopy, cli);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString program = QStringLiteral(STORYDIFF_CLI_PATH);
    if (cli == CliCopy::Alone) {
        program = dir.filePath(QStringLiteral("bin/storydiff-cli"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
        QVERIFY(QFile::copy(QStringLiteral(STORYDIFF_CLI_PATH), program));
    }
    QStringList files;
    for (const QString &words :
         {QStringLiteral("Some words here"), QStringLiteral("Other words here")}) {
        const QByteArray bytes = storyFile(suffix, words);
        QFile f(dir.filePath(QStringLiteral("v%1.%2").arg(files.size() + 1).arg(suffix)));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        files << f.fileName();
    }
    QProcess p;
    p.start(program, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + files);
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(message.isEmpty() ? err.isEmpty() : err.contains(message), qPrintable(err));
    if (exitCode == 1) // the change is read: "Some" became "Other"
        QVERIFY(p.readAllStandardOutput().contains("\"Other\""));
}

QTEST_GUILESS_MAIN(TestZipModule)
#include "tst_zipmodule.moc"
