// SPDX-License-Identifier: GPL-3.0-or-later
// The collation's exports, through the writers table as the CLI and File > Export call them:
// TEI parallel segmentation (valid against tests/tei-subset.rng, checked by xmllint) and
// CollateX's JSON alignment table, each against the golden file of tests/fixtures/<case>/.
// STORYDIFF_UPDATE_GOLDEN=1 rewrites the golden files (then read them before committing).
#include "multi/session.h"
#include "output/writers.h"
#include "readers/loader.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace sd;

class TestCollationExport : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void teiValidates_data();
    void teiValidates();
    void schemaRejectsBrokenTei();
    void collatexTableGivesBackEveryVersion_data();
    void collatexTableGivesBackEveryVersion();
};

static QString fixtures() {
    return QStringLiteral(STORYDIFF_TESTS_DIR "/fixtures");
}

static QStringList cases() {
    return QDir(fixtures()).entryList({QStringLiteral("collation-*")}, QDir::Dirs, QDir::Name);
}

// The case's versions, named by file name only, so that the output is the same on every machine.
static QList<Document> versionsOf(const QString &name) {
    const QDir dir(fixtures() + QLatin1Char('/') + name);
    QList<Document> out;
    for (const QString &f : dir.entryList({QStringLiteral("v*.txt")}, QDir::Files, QDir::Name)) {
        LoadResult r = loadDocument(dir.filePath(f));
        if (!r.ok())
            qFatal("%s", qPrintable(r.message()));
        r.document.path = f;
        out << r.document;
    }
    return out;
}

static QByteArray exported(const QList<Document> &d, qsizetype base, OutputFormat format) {
    VersionSession s(d, base, {});
    const SessionResult r = s.multi();
    return outputWriter(format).write({d, base, r.fromBase, &r.result, {}});
}

void TestCollationExport::golden_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    for (const QString &c : cases()) {
        QTest::newRow(qPrintable(c + QStringLiteral(", tei")))
            << c << int(OutputFormat::Tei) << QStringLiteral("expected.tei.xml");
        QTest::newRow(qPrintable(c + QStringLiteral(", collatex")))
            << c << int(OutputFormat::Collatex) << QStringLiteral("expected.collatex.json");
    }
}

void TestCollationExport::golden() {
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(QString, expected);
    const QByteArray out = exported(versionsOf(name), 0, OutputFormat(format));
    QFile f(fixtures() + QLatin1Char('/') + name + QLatin1Char('/') + expected);
    if (qEnvironmentVariableIsSet("STORYDIFF_UPDATE_GOLDEN")) {
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(out) == out.size());
        return;
    }
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QCOMPARE(QString::fromUtf8(out), QString::fromUtf8(f.readAll()));
}

void TestCollationExport::teiValidates_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("base");
    for (const QString &c : cases())
        for (int base = 0; base < versionsOf(c).size(); ++base)
            QTest::newRow(qPrintable(c + QStringLiteral(", base %1").arg(base + 1))) << c << base;
}

static int xmllint(const QByteArray &xml) {
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("out.xml")));
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size())
        return -1;
    f.close();
    QProcess p;
    p.start(QStringLiteral(STORYDIFF_XMLLINT),
            {QStringLiteral("--noout"), QStringLiteral("--relaxng"),
             QStringLiteral(STORYDIFF_TESTS_DIR "/tei-subset.rng"), f.fileName()});
    if (!p.waitForFinished(60000))
        return -1;
    if (p.exitCode() != 0)
        qWarning("%s", p.readAllStandardError().constData());
    return p.exitCode();
}

void TestCollationExport::teiValidates() {
    if (QStringLiteral(STORYDIFF_XMLLINT).isEmpty() ||
        QStringLiteral(STORYDIFF_XMLLINT).endsWith(QLatin1String("NOTFOUND")))
        QSKIP("xmllint is not installed");
    QFETCH(QString, name);
    QFETCH(int, base);
    const QByteArray tei = exported(versionsOf(name), base, OutputFormat::Tei);
    QCOMPARE(xmllint(tei), 0);
    QVERIFY(tei.contains("<listWit>") && tei.contains("<app") && tei.contains("wit=\"#v"));
}

// The check can fail: a reading without its witnesses is refused.
void TestCollationExport::schemaRejectsBrokenTei() {
    if (QStringLiteral(STORYDIFF_XMLLINT).isEmpty() ||
        QStringLiteral(STORYDIFF_XMLLINT).endsWith(QLatin1String("NOTFOUND")))
        QSKIP("xmllint is not installed");
    QByteArray tei = exported(versionsOf(cases().first()), 0, OutputFormat::Tei);
    const qsizetype at = tei.indexOf("<rdg wit=\"");
    QVERIFY(at > 0);
    tei.replace(at, 10, "<rdg who=\"");
    QVERIFY(xmllint(tei) != 0);
}

void TestCollationExport::collatexTableGivesBackEveryVersion_data() {
    QTest::addColumn<QString>("name");
    for (const QString &c : cases())
        QTest::newRow(qPrintable(c)) << c;
}

// CollateX's shape: one list per witness, one cell per row, null or tokens; each witness's
// tokens give back its words, and the table is the same whatever the base.
void TestCollationExport::collatexTableGivesBackEveryVersion() {
    QFETCH(QString, name);
    const QList<Document> d = versionsOf(name);
    const QByteArray out = exported(d, 0, OutputFormat::Collatex);
    QCOMPARE(exported(d, d.size() - 1, OutputFormat::Collatex), out);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    const QJsonArray table = o.value(QStringLiteral("table")).toArray();
    QCOMPARE(o.value(QStringLiteral("witnesses")).toArray().size(), d.size());
    QCOMPARE(table.size(), d.size());
    for (qsizetype k = 0; k < d.size(); ++k) {
        const QJsonArray cells = table.at(k).toArray();
        QCOMPARE(cells.size(), table.at(0).toArray().size());
        QString text;
        for (const QJsonValue &cell : cells)
            for (const QJsonValue &t : cell.toArray())
                text += t.toObject().value(QStringLiteral("t")).toString() + QLatin1Char(' ');
        // Every word once (a moved passage stands at its row, so compared as multisets).
        QStringList expected = testdata::tokenTexts(d.at(k));
        QStringList got = testdata::tokenTexts(testdata::doc(text));
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
    }
}

QTEST_GUILESS_MAIN(TestCollationExport)
#include "tst_collationexport.moc"
