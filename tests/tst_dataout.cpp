// SPDX-License-Identifier: GPL-3.0-or-later
// Data out: source positions (offsets and line:column), stable change ids, CSV and JSON Lines.
// In process for the pieces, and through the real storydiff-cli for what users get.
#include "testutil.h"

#include "document/sourcemap.h"
#include "output/changeids.h"
#include "output/csvwriter.h"
#include "output/sourcepos.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace sd;

class TestDataOut : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sourceMapPositions_data();
    void sourceMapPositions();
    void sourceMapMatchesCounting();
    void sidesReadTheirSource_data();
    void sidesReadTheirSource();
    void noSourceWithoutMap();
    void idsSurviveUnrelatedEdits();
    void idsFollowTheChange();
    void repeatedChangesGetSuffixes();
    void csvField_data();
    void csvField();
    void csvMatchesJson_data();
    void csvMatchesJson();
    void jsonlIsOneLinePerComparison();
    void batchWritesTheSameLines();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

// The UTF-16 index of code point `cp` in `s`.
qsizetype utf16Index(const QString &s, qint64 cp) {
    qsizetype i = 0;
    for (; i < s.size() && cp > 0; --cp)
        i += (s.at(i).isHighSurrogate() && i + 1 < s.size()) ? 2 : 1;
    return i;
}

// Line and column of UTF-16 index `at`, counted the slow way: every line end before it.
SourcePos countedPosition(const QString &s, qsizetype at) {
    SourcePos p;
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t c = s.at(i).unicode();
        if (s.at(i).isHighSurrogate() && i + 1 < at && s.at(i + 1).isLowSurrogate())
            ++i;
        ++p.offset;
        if (c == u'\r' && i + 1 < s.size() && s.at(i + 1) == u'\n') {
            ++p.column; // the LF after it ends the line
            continue;
        }
        if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029)
            ++p.line, p.column = 1;
        else
            ++p.column;
    }
    return p;
}

Comparison compareTexts(const QString &a, const QString &b,
                        const QString &name = QStringLiteral("t.txt")) {
    return compareDocuments(testdata::doc(a, name), testdata::doc(b, name), CompareOptions{});
}

// The change whose `to` side reads `text`, or nullptr.
const Change *changeTo(const Comparison &c, const QString &text) {
    for (const Change &ch : c.changes)
        if (c.sideText(ch, Side::B) == text)
            return &ch;
    return nullptr;
}

// RFC 4180 records (quoted fields, doubled quotes, CRLF ends).
QList<QStringList> parseCsv(const QString &text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QString numberOrEmpty(const QJsonValue &v) {
    return v.isUndefined() ? QString() : QString::number(v.toInteger());
}

} // namespace

QString TestDataOut::write(const QString &name, const QByteArray &bytes) {
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
    return path;
}

void TestDataOut::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestDataOut::sourceMapPositions_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::newRow("start") << "abc" << 0 << 0LL << 1LL << 1LL;
    QTest::newRow("end of text") << "abc" << 3 << 3LL << 1LL << 4LL;
    QTest::newRow("after LF") << "ab\ncd" << 4 << 4LL << 2LL << 2LL;
    QTest::newRow("CRLF is one end") << "ab\r\ncd" << 4 << 4LL << 2LL << 1LL;
    QTest::newRow("lone CR") << "ab\rcd" << 3 << 3LL << 2LL << 1LL;
    QTest::newRow("paragraph separator") << u"ab\u2029cd"_qs << 3 << 3LL << 2LL << 1LL;
    QTest::newRow("empty line") << "a\n\nb" << 3 << 3LL << 3LL << 1LL;
    // An emoji is two UTF-16 units and one code point, before the line and on it.
    QTest::newRow("astral characters")
        << u"\U0001F600x\nab\U0001F600cd"_qs << 8 << 6LL << 2LL << 4LL;
}

void TestDataOut::sourceMapPositions() {
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(qint64, offset);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    const SourceMap map = SourceMap::of(text);
    QVERIFY(map.isKnown());
    const SourcePos p = map.position(utf16);
    QCOMPARE(p.offset, offset);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
}

// Every offset of random texts full of line ends and astral characters, against counting.
void TestDataOut::sourceMapMatchesCounting() {
    QRandomGenerator rng(15);
    const QStringList pieces = {u"a"_qs,  u"bc "_qs,    u"\n"_qs,         u"\r\n"_qs,
                                u"\r"_qs, u"\u2028"_qs, u"\U0001F600"_qs, u"\u00e9"_qs};
    for (int round = 0; round < 50; ++round) {
        QString text;
        for (int i = 0, n = rng.bounded(60); i < n; ++i)
            text += pieces.at(rng.bounded(int(pieces.size())));
        const SourceMap map = SourceMap::of(text);
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i > 0 && text.at(i - 1).isHighSurrogate())
                continue; // inside a pair: no reader records such an offset
            QCOMPARE(map.position(qint32(i)), countedPosition(text, i));
        }
    }
}

void TestDataOut::sidesReadTheirSource_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("text, CRLF") << "t.txt" << u"The cat sat.\r\n\r\nA line\r\nwrapped here.\r\n"_qs
                                << u"The dog sat.\r\n\r\nA line\r\nwrapped there.\r\n"_qs;
    QTest::newRow("text, astral characters")
        << "t.txt" << u"\U0001F600 one two.\n\nThree \U0001F600 four.\n"_qs
        << u"\U0001F600 one too.\n\nThree \U0001F600 five.\n"_qs;
    QTest::newRow("markdown") << "t.md" << u"# Head\n\nSome *old* words [here](a.html).\n"_qs
                              << u"# Head\n\nSome **new** words [here](b.html) now.\n"_qs;
    QTest::newRow("html") << "t.html" << u"<p>One <b>two</b> three.</p>\n<p>Four five.</p>"_qs
                          << u"<p>One <i>two</i> tree.</p>\n<p>Four six five.</p>"_qs;
}

// Each side's span in the source starts with its first word and ends with its last one; in a
// plain text it is the side's text itself (up to line wrapping); line:column agree with counting.
void TestDataOut::sidesReadTheirSource() {
    QFETCH(QString, name);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const Comparison c = compareTexts(a, b, name);
    QVERIFY(c.hasChanges());
    int checked = 0;
    for (const Change &ch : c.changes) {
        for (const Side which : {Side::A, Side::B}) {
            const Document &d = c.document(which);
            const QString &source = which == Side::A ? a : b;
            const ChangeSide &side = ch.side(which);
            const std::optional<SourceSpan> span = sideSource(d, side);
            QCOMPARE(span.has_value(), side.isValid());
            if (!span)
                continue;
            const qsizetype s = utf16Index(source, span->start.offset);
            const qsizetype e = utf16Index(source, span->end.offset);
            const QString slice = source.mid(s, e - s);
            const QStringList words = c.sideText(ch, which).split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(slice.startsWith(words.first().split(u'\n').first()), qPrintable(slice));
            QVERIFY2(slice.endsWith(words.last().split(u'\n').last()), qPrintable(slice));
            if (d.format == Format::Text)
                QCOMPARE(slice.simplified(), c.sideText(ch, which).simplified());
            QCOMPARE(span->start, countedPosition(source, s));
            QCOMPARE(span->end, countedPosition(source, e));
            ++checked;
        }
    }
    QVERIFY(checked >= 2);
}

void TestDataOut::noSourceWithoutMap() {
    Comparison c = compareTexts(u"One two.\n"_qs, u"One three.\n"_qs);
    QVERIFY(sideSource(c.b, c.changes.first().to).has_value());
    c.b.source = SourceMap(); // what a DOCX, ODT or PDF document has
    QVERIFY(!sideSource(c.b, c.changes.first().to).has_value());
}

// An edit elsewhere (a new first paragraph, another change further down) renumbers blocks and
// changes; the id of the change that stayed is the same.
void TestDataOut::idsSurviveUnrelatedEdits() {
    const QString a =
        u"First part of the story.\n\nThe cat sat on the mat.\n\nThe end came soon.\n"_qs;
    const QString b =
        u"First part of the story.\n\nThe dog sat on the mat.\n\nThe end came soon.\n"_qs;
    const Comparison before = compareTexts(a, b);
    const Comparison after =
        compareTexts(u"A new opening.\n\n"_qs + a,
                     u"A new opening.\n\n"_qs + QString(b).replace(u"came"_qs, u"went"_qs));
    QCOMPARE(before.changes.size(), 1);
    QCOMPARE(after.changes.size(), 2);
    const QList<QByteArray> idsBefore = changeIds(before);
    const QList<QByteArray> idsAfter = changeIds(after);
    const Change *dog = changeTo(after, u"dog"_qs);
    QVERIFY(dog);
    QVERIFY(dog->to.blockBegin != before.changes.first().to.blockBegin); // renumbered
    QCOMPARE(idsAfter.at(dog - after.changes.constData()), idsBefore.first());
    QVERIFY(idsAfter.first() != idsAfter.last());
    static const QRegularExpression pattern(u"^c[0-9a-f]{12}$"_qs);
    for (const QByteArray &id : idsAfter)
        QVERIFY2(pattern.match(QString::fromLatin1(id)).hasMatch(), id.constData());
}

// Another replacement, or the same one among other words, is another change: another id.
void TestDataOut::idsFollowTheChange() {
    const QString a = u"The cat sat on the mat.\n"_qs;
    const QByteArray cat = changeIds(compareTexts(a, u"The dog sat on the mat.\n"_qs)).first();
    QCOMPARE(changeIds(compareTexts(a, u"The dog sat on the mat.\n"_qs)).first(),
             cat); // deterministic
    QVERIFY(changeIds(compareTexts(a, u"The cow sat on the mat.\n"_qs)).first() != cat);
    QVERIFY(changeIds(compareTexts(u"A cat sat on the mat.\n"_qs, u"A dog sat on the mat.\n"_qs))
                .first() != cat);
}

void TestDataOut::repeatedChangesGetSuffixes() {
    const QString line = u"One two three cat four five six.\n\n"_qs;
    QString a = line + line, b = a;
    b.replace(u"cat"_qs, u"dog"_qs);
    const Comparison c = compareTexts(a, b);
    QCOMPARE(c.changes.size(), 2);
    const QList<QByteArray> ids = changeIds(c);
    QCOMPARE(ids.at(1), ids.at(0) + "-2");
}

void TestDataOut::csvField_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << "words" << QByteArray("words");
    QTest::newRow("empty") << "" << QByteArray("");
    QTest::newRow("comma") << "a, b" << QByteArray("\"a, b\"");
    QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << "one\ntwo" << QByteArray("\"one\ntwo\"");
    QTest::newRow("formula") << "=SUM(A1:A9)" << QByteArray("'=SUM(A1:A9)");
    QTest::newRow("plus") << "+1" << QByteArray("'+1");
    QTest::newRow("minus") << "-2" << QByteArray("'-2");
    QTest::newRow("at") << "@cmd" << QByteArray("'@cmd");
    QTest::newRow("tab") << "\tx" << QByteArray("'\tx");
    QTest::newRow("formula with comma") << "=A1,B1" << QByteArray("\"'=A1,B1\"");
    QTest::newRow("not at the start") << "a=b" << QByteArray("a=b");
    QTest::newRow("non-ASCII") << u"“Wörter”"_qs << u"“Wörter”"_qs.toUtf8();
}

void TestDataOut::csvField() {
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(sd::csvField(text), field);
}

void TestDataOut::csvMatchesJson_data() {
    QTest::addColumn<QStringList>("files");
    QTest::newRow("sample, three versions") << QStringList{"--sample"};
    QTest::newRow("formulas, commas, quotes, links") << QStringList{
        write("csv-a.md", "Price: 10, said \"Bob\". See [x](a.html).\n\n=1+1 stays.\n\n"
                          "A paragraph that splits. Its second half.\n"),
        write("csv-b.md", "Price: =HYPERLINK(\"x\"), said -Bob. See [x](b.html).\n\n"
                          "=1+1 stays.\n\nA paragraph that splits.\n\nIts second half.\n")};
}

// The CSV holds the JSON's changes, cell for cell, and no cell a spreadsheet would run.
void TestDataOut::csvMatchesJson() {
    QFETCH(QStringList, files);
    const auto csvRun = testdata::runCli(QStringList{"--format", "csv"} + files);
    const auto jsonRun = testdata::runCli(QStringList{"--format", "json"} + files);
    QCOMPARE(csvRun.code, 1);
    QCOMPARE(jsonRun.code, 1);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csvRun.out));
    QCOMPARE(
        rows.first(),
        (QStringList{"from_file", "to_file", "id", "kind", "from_text", "to_text", "href",
                     "old_href", "style", "from_blocks", "to_blocks", "from_start", "from_end",
                     "from_line", "from_column", "to_start", "to_end", "to_line", "to_column"}));
    const QJsonObject o = QJsonDocument::fromJson(jsonRun.out).object();
    const QJsonArray docs = o.value("documents").toArray();
    qsizetype r = 1;
    for (const QJsonValue &cv : o.value("comparisons").toArray()) {
        const QJsonObject comp = cv.toObject();
        for (const QJsonValue &chv : comp.value("changes").toArray()) {
            QVERIFY(r < rows.size());
            QStringList row = rows.at(r++);
            QCOMPARE(row.size(), 19);
            for (QString &cell : row) {
                QVERIFY2(!QStringLiteral("=+-@\t\r").contains(cell.left(1)) || cell.isEmpty(),
                         qPrintable(cell));
                if (cell.startsWith(u'\'') && cell.size() > 1 &&
                    QStringLiteral("=+-@\t\r").contains(cell.at(1)))
                    cell.remove(0, 1);
            }
            const QJsonObject ch = chv.toObject();
            QStringList expected = {
                docs.at(comp.value("from").toInt()).toObject().value("path").toString(),
                docs.at(comp.value("to").toInt()).toObject().value("path").toString(),
                ch.value("id").toString(), ch.value("kind").toString()};
            for (const char *side : {"from", "to"})
                expected << ch.value(QLatin1String(side)).toObject().value("text").toString();
            expected << ch.value("href").toString() << ch.value("old_href").toString()
                     << ch.value("style").toString();
            for (const char *side : {"from", "to"}) {
                const QJsonObject s = ch.value(QLatin1String(side)).toObject();
                QStringList blocks;
                for (const QJsonValue &b : s.contains("block") ? QJsonArray{s.value("block")}
                                                               : s.value("blocks").toArray())
                    blocks << QString::number(b.toInt());
                expected << blocks.join(u' ');
            }
            for (const char *side : {"from", "to"}) {
                const QJsonObject src =
                    ch.value(QLatin1String(side)).toObject().value("source").toObject();
                for (const char *key : {"start", "end", "line", "column"})
                    expected << numberOrEmpty(src.value(QLatin1String(key)));
            }
            QCOMPARE(row, expected);
        }
    }
    QCOMPARE(r, rows.size());
}

// --format jsonl: the JSON document's comparisons, one a line, with the paths in front.
void TestDataOut::jsonlIsOneLinePerComparison() {
    const auto lines = testdata::runCli({"--format", "jsonl", "--sample"});
    const auto json = testdata::runCli({"--format", "json", "--sample"});
    QCOMPARE(lines.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    const QJsonArray docs = o.value("documents").toArray();
    const QJsonArray comps = o.value("comparisons").toArray();
    const QList<QByteArray> split = lines.out.trimmed().split('\n');
    QCOMPARE(split.size(), comps.size());
    for (qsizetype k = 0; k < split.size(); ++k) {
        QJsonParseError error;
        const QJsonObject line = QJsonDocument::fromJson(split.at(k), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject comp = comps.at(k).toObject();
        QCOMPARE(line.value("a"), docs.at(comp.value("from").toInt()).toObject().value("path"));
        QCOMPARE(line.value("b"), docs.at(comp.value("to").toInt()).toObject().value("path"));
        QCOMPARE(line.value("options").toArray(), QJsonArray());
        QCOMPARE(line.value("stats"), comp.value("stats"));
        QCOMPARE(line.value("changes"), comp.value("changes"));
    }
}

// --batch names its output jsonl too, and a pair's batch line is the pair's --format jsonl line.
void TestDataOut::batchWritesTheSameLines() {
    const QString a = write("batch-a.txt", "The cat sat on the mat.\n\nIt slept.\n");
    const QString b = write("batch-b.txt", "The dog sat on the mat.\n\nIt slept well.\n");
    const auto batch =
        testdata::runCli({"--batch", "-", "--format", "jsonl"}, (a + u',' + b + u'\n').toUtf8());
    const auto pair = testdata::runCli({"--format", "jsonl", a, b});
    QCOMPARE(batch.code, 1);
    QCOMPARE(pair.code, 1);
    QCOMPARE(batch.out.count('\n'), 1);
    QCOMPARE(batch.out, pair.out);
}

QTEST_GUILESS_MAIN(TestDataOut)
#include "tst_dataout.moc"
