// SPDX-License-Identifier: GPL-3.0-or-later
// A real git running storydiff-cli: as its external diff (diff.external), as a difftool (one
// file, and --dir-diff) and as a textconv driver, in a repository of two commits with added,
// deleted, renamed and modified text, Markdown, HTML and DOCX files.
#include "testutil.h"
#include "ziptestutil.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

class TestGit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void externalDiff_data();
    void externalDiff();
    void externalDiffOfWholeCommit();
    void difftool_data();
    void difftool();
    void dirDiff();
    void textconv_data();
    void textconv();

private:
    struct Run {
        int code = -1;
        QByteArray out, err;
    };
    Run git(const QStringList &args);
    void write(const QString &name, const QByteArray &bytes);
    QString cli() const { return QStringLiteral(STORYDIFF_CLI_PATH); }
    QTemporaryDir m_home;
    QString m_repo;
    QString m_git;
};

static QByteArray docx(const QStringList &paragraphs) {
    QString body;
    for (const QString &p : paragraphs)
        body += QStringLiteral("<w:p><w:r><w:t>%1</w:t></w:r></w:p>").arg(p);
    const QByteArray doc =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                       "http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:body>%1</w:body></w:document>")
            .arg(body)
            .toUtf8();
    return makeZip({{QStringLiteral("[Content_Types].xml"),
                     "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                     "package/2006/content-types\"><Default Extension=\"xml\" "
                     "ContentType=\"application/xml\"/></Types>"},
                    {QStringLiteral("word/document.xml"), doc}});
}

TestGit::Run TestGit::git(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Only this test's configuration: no user or system settings, no pager, no colour.
    for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_EXTERNAL_DIFF",
                             "GIT_PAGER_IN_USE", "NO_COLOR"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("TMPDIR"), m_home.filePath(QStringLiteral("tmp")));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_repo);
    p.start(m_git, args);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestGit::write(const QString &name, const QByteArray &bytes) {
    QFile f(QDir(m_repo).filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
}

void TestGit::initTestCase() {
    m_git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (m_git.isEmpty())
        QSKIP("git is not installed");
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("tmp")));
    m_repo = m_home.filePath(QStringLiteral("repo"));
    QVERIFY(QDir().mkpath(m_repo));
    QCOMPARE(git({"init", "-q"}).code, 0);
    for (const QStringList &kv : {QStringList{"user.name", "Test"},
                                  {"user.email", "t@example.org"},
                                  {"commit.gpgsign", "false"}})
        QCOMPARE(git({"config", kv.at(0), kv.at(1)}).code, 0);
    write("modified.txt", "The cat sat on the mat.\n\nIt was a quiet day.\n");
    write("deleted.md", "# Gone\n\nAn old story ends.\n");
    write("chapter.md", "# One\n\nShe walked *slowly* home.\n\nThe end.\n");
    write("old-name.txt", "A story that moves house.\n\nIts words stay the same.\n");
    write("page.html", "<html><body><p>The river was cold.</p><p>Night fell.</p></body></html>");
    write("story.docx", docx({"The sun was pale.", "Birds sang."}));
    QCOMPARE(git({"add", "-A"}).code, 0);
    QCOMPARE(git({"commit", "-q", "-m", "v1"}).code, 0);
    write("modified.txt", "The dog sat on the mat.\n\nIt was a quiet day.\n");
    QVERIFY(QFile::remove(QDir(m_repo).filePath("deleted.md")));
    QCOMPARE(git({"mv", "old-name.txt", "new-name.txt"}).code, 0);
    write("added.txt", "A new story begins.\n\nIt goes on.\n");
    write("page.html", "<html><body><p>The river was warm.</p><p>Night fell.</p></body></html>");
    write("story.docx", docx({"The sun was bright.", "Birds sang."}));
    write("chapter.md", "# One\n\nShe walked *quickly* home.\n\nThe end.\n");
    write("added.docx", docx({"A letter arrived.", "It was short."}));
    write("cover.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QCOMPARE(git({"add", "-A"}).code, 0);
    QCOMPARE(git({"commit", "-q", "-m", "v2"}).code, 0);
}

void TestGit::externalDiff_data() {
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("modified text") << QStringList{"modified.txt"}
                                   << QStringList{"--- a/modified.txt\n+++ b/modified.txt\n",
                                                  "\n@@ ¶1-2 -> ¶1-2 @@\n", "[-cat-] {+dog+}"};
    QTest::newRow("added file: all inserted")
        << QStringList{"added.txt"}
        << QStringList{"--- a/added.txt\n+++ b/added.txt\n", "{+A new story begins.+}",
                       "{+It goes on.+}"};
    QTest::newRow("deleted file: all deleted")
        << QStringList{"deleted.md"}
        << QStringList{"--- a/deleted.md\n+++ b/deleted.md\n", "[-Gone-]",
                       "[-An old story ends.-]"};
    QTest::newRow("renamed file") << QStringList{"old-name.txt", "new-name.txt"}
                                  << QStringList{
                                         "rename from old-name.txt\nrename to new-name.txt\n--- "
                                         "a/old-name.txt\n+++ b/new-name.txt\n"};
    QTest::newRow("modified html") << QStringList{"page.html"} << QStringList{"[-cold-] {+warm+}"};
    QTest::newRow("modified docx")
        << QStringList{"story.docx"}
        << QStringList{"--- a/story.docx\n+++ b/story.docx\n", "[-pale-] {+bright+}"};
    QTest::newRow("modified markdown")
        << QStringList{"chapter.md"}
        << QStringList{"--- a/chapter.md\n+++ b/chapter.md\n", "[-slowly-] {+quickly+}"};
    QTest::newRow("added docx: all inserted")
        << QStringList{"added.docx"} << QStringList{"{+A letter arrived.+}", "{+It was short.+}"};
}

// git -c diff.external=storydiff-cli diff: exit 0, the report labelled with the repository path.
void TestGit::externalDiff() {
    QFETCH(QStringList, paths);
    QFETCH(QStringList, expected);
    const Run r = git(
        QStringList{"-c", "diff.external=" + cli(), "diff", "-M", "HEAD~1", "HEAD", "--"} + paths);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    for (const QString &e : expected)
        QVERIFY2(r.out.contains(e.toUtf8()), r.out.constData());
}

// Every changed path of a commit in one run (git stops at the first failing one: an image it
// cannot compare is noted, not fatal), and a file changed in the work tree (git hands over the
// file itself, with an all-zero hash).
void TestGit::externalDiffOfWholeCommit() {
    const Run r = git({"-c", "diff.external=" + cli(), "diff", "HEAD~1", "HEAD"});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(
        r.out.contains(
            "Files a/cover.png and b/cover.png differ (not compared: b/cover.png: not a text file"),
        r.out.constData());
    QVERIFY(r.err.contains("storydiff-cli: b/cover.png: not a text file"));
    for (const char *name : {"added.txt", "added.docx", "chapter.md", "deleted.md", "modified.txt",
                             "page.html", "story.docx"})
        QVERIFY2(r.out.contains(QByteArray("+++ b/") + name), name);
    write("modified.txt", "The dog sat on the old mat.\n\nIt was a quiet day.\n");
    const Run work = git({"-c", "diff.external=" + cli(), "diff"});
    write("modified.txt", "The dog sat on the mat.\n\nIt was a quiet day.\n");
    QVERIFY2(work.code == 0, work.err.constData());
    QVERIFY2(work.out.contains("--- a/modified.txt\n+++ b/modified.txt\n"), work.out.constData());
    QVERIFY(work.out.contains("{+old+}"));
}

void TestGit::difftool_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("modified text") << "modified.txt"
                                   << "[-cat-] {+dog+}";
    QTest::newRow("added file") << "added.txt"
                                << "{+A new story begins.+}";
    QTest::newRow("modified docx") << "story.docx"
                                   << "[-pale-] {+bright+}";
}

// git difftool with a command that runs storydiff-cli on $LOCAL and $REMOTE, named by $MERGED.
void TestGit::difftool() {
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QString cmd =
        cli() +
        QStringLiteral(" --label \"a/$MERGED\" --label \"b/$MERGED\" \"$LOCAL\" \"$REMOTE\"");
    const Run r = git({"-c", "difftool.prompt=false", "-c", "difftool.storydiff.cmd=" + cmd,
                       "difftool", "--tool=storydiff", "HEAD~1", "HEAD", "--", path});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains(QStringLiteral("--- a/%1\n+++ b/%1\n").arg(path).toUtf8()),
             r.out.constData());
    QVERIFY2(r.out.contains(expected.toUtf8()), r.out.constData());
}

// git difftool --dir-diff: two folders of the changed files, compared file by file.
void TestGit::dirDiff() {
    const QString cmd = cli() + QStringLiteral(" \"$LOCAL\" \"$REMOTE\"");
    const Run r = git({"-c", "difftool.prompt=false", "-c", "difftool.storydiff.cmd=" + cmd,
                       "difftool", "--dir-diff", "--tool=storydiff", "HEAD~1", "HEAD"});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("[-cat-] {+dog+}"), r.out.constData());
    QVERIFY(r.out.contains("[-pale-] {+bright+}"));
    QVERIFY(r.out.contains("/modified.txt\n+++ "));
    for (const char *alone :
         {"deleted.md", "added.txt", "old-name.txt", "new-name.txt", "cover.png"})
        QVERIFY2(r.out.contains(QByteArray(": ") + alone + "\n") && r.out.contains("Only in "),
                 alone);
}

void TestGit::textconv_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("docx as prose")
        << "story.docx"
        << QStringList{"-The sun was pale.\n", "+The sun was bright.\n", " Birds sang.\n"};
    QTest::newRow("added docx as prose")
        << "added.docx" << QStringList{"+A letter arrived.\n", "+\n", "+It was short.\n"};
    QTest::newRow("html as prose")
        << "page.html" << QStringList{"-The river was cold.\n", "+The river was warm.\n"};
}

// A textconv driver (diff.storydiff.textconv = storydiff-cli --text, chosen in .gitattributes):
// git's own line diff, over the text of the files instead of their bytes.
void TestGit::textconv() {
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    write(".gitattributes", "*.docx diff=storydiff\n*.html diff=storydiff\n");
    const Run r = git({"-c", "diff.storydiff.textconv=" + cli() + " --text", "diff", "HEAD~1",
                       "HEAD", "--", path});
    QVERIFY(QFile::remove(QDir(m_repo).filePath(".gitattributes")));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(!r.out.contains("Binary files"), r.out.constData());
    for (const QString &e : expected)
        QVERIFY2(r.out.contains(e.toUtf8()), r.out.constData());
}

QTEST_GUILESS_MAIN(TestGit)
#include "tst_git.moc"
