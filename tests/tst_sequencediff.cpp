// SPDX-License-Identifier: GPL-3.0-or-later
// The token-sequence diff (dtl behind our interface, anchoring for long inputs) and the
// clean-up passes, each on its own, plus the property that every script rebuilds B from A.
#include "compare/cleanup.h"
#include "compare/sequencediff.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace sd;

Q_DECLARE_METATYPE(sd::EditScript)

class TestSequenceDiff : public QObject {
    Q_OBJECT
private slots:
    void minimalScripts_data();
    void minimalScripts();
    void dtlOracle_data();
    void dtlOracle();
    void randomPropertyApplyYieldsB_data();
    void randomPropertyApplyYieldsB();
    void longInputsStayMinimal();
    void weightedIncreasingSubsequence_data();
    void weightedIncreasingSubsequence();
    void normalize_data();
    void normalize();
    void shiftToBoundaries_data();
    void shiftToBoundaries();
    void absorbIslands_data();
    void absorbIslands();
};

// "abc" -> ids {97, 98, 99}: readable rows for character-level cases.
static QList<int> ids(const QString &s) {
    QList<int> out;
    for (QChar c : s)
        out << c.unicode();
    return out;
}

static qsizetype editCount(const EditScript &s) {
    qsizetype n = 0;
    for (const EditRun &r : s)
        n += r.kind == EditRun::Equal ? 0 : r.aLength() + r.bLength();
    return n;
}

// "=2 -1 +1": the run kinds and lengths of a script.
static QString shape(const EditScript &s) {
    QStringList parts;
    for (const EditRun &r : s) {
        const char c = r.kind == EditRun::Equal ? '=' : r.kind == EditRun::Delete ? '-' : '+';
        parts << QStringLiteral("%1%2").arg(QLatin1Char(c)).arg(r.kind == EditRun::Insert ? r.bLength() : r.aLength());
    }
    return parts.join(QLatin1Char(' '));
}

void TestSequenceDiff::minimalScripts_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("edits");
    QTest::newRow("identical") << "abc" << "abc" << 0;
    QTest::newRow("both empty") << "" << "" << 0;
    QTest::newRow("insert into empty") << "" << "abc" << 3;
    QTest::newRow("delete all") << "abc" << "" << 3;
    QTest::newRow("one substitution") << "abc" << "abd" << 2;
    QTest::newRow("dtl test 1") << "acbdeacbed" << "acebdabbabed" << 6;
    QTest::newRow("prefix and suffix kept") << "xxabcyy" << "xxadcyy" << 2;
    QTest::newRow("disjoint") << "abc" << "xyz" << 6;
}

void TestSequenceDiff::minimalScripts() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, edits);
    const QList<int> x = ids(a), y = ids(b);
    const EditScript s = diffSequences(x, y);
    QVERIFY(isValidScript(s, x, y));
    QCOMPARE(editCount(s), qsizetype(edits));
    QCOMPARE(applyScript(s, x, y), y);
}

void TestSequenceDiff::dtlOracle_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::addColumn<QString>("ses");
    QFile f(testdata::sharedDir() + QStringLiteral("/corpus/oracles/dtl.json"));
    if (testdata::sharedDir().isEmpty() || !f.open(QIODevice::ReadOnly))
        QSKIP("../shared/corpus/oracles/dtl.json is not here");
    const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("strdiff")).toArray();
    for (const QJsonValue &v : cases) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("comparator")).toString() != QLatin1String("exact"))
            continue;
        QStringList ses;
        for (const QJsonValue &line : o.value(QStringLiteral("expected_ses")).toArray())
            ses << line.toString();
        QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString()))
            << o.value(QStringLiteral("A")).toString() << o.value(QStringLiteral("B")).toString()
            << o.value(QStringLiteral("expected_edit_distance")).toInt() << ses.join(QLatin1Char('|'));
    }
}

void TestSequenceDiff::dtlOracle() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QFETCH(QString, ses);
    const QList<int> x = ids(a), y = ids(b);
    const EditScript s = dtlDiff(x, y);
    QVERIFY(isValidScript(s, x, y));
    QCOMPARE(editCount(s), qsizetype(distance));
    // Our positions come from walking dtl's SES; printed back they must be dtl's own script.
    QStringList got;
    for (const EditRun &r : s) {
        for (qsizetype k = 0; k < std::max(r.aLength(), r.bLength()); ++k) {
            if (r.kind == EditRun::Insert)
                got << QStringLiteral("+") + b.at(r.bBegin + k);
            else
                got << (r.kind == EditRun::Equal ? QStringLiteral(" ") : QStringLiteral("-")) + a.at(r.aBegin + k);
        }
    }
    QCOMPARE(got.join(QLatin1Char('|')), ses);
}

void TestSequenceDiff::randomPropertyApplyYieldsB_data() {
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("alphabet");
    QTest::addColumn<int>("editPercent");
    QTest::newRow("short, small alphabet") << 40 << 4 << 30;
    QTest::newRow("medium, prose-like alphabet") << 2000 << 500 << 5;
    QTest::newRow("long, anchored path") << 30000 << 3000 << 2;
    QTest::newRow("long rewrite") << 12000 << 800 << 30;
}

void TestSequenceDiff::randomPropertyApplyYieldsB() {
    QFETCH(int, length);
    QFETCH(int, alphabet);
    QFETCH(int, editPercent);
    QRandomGenerator rng(quint32(length * 7 + alphabet));
    for (int round = 0; round < 5; ++round) {
        QList<int> a, b;
        for (int i = 0; i < length; ++i)
            a << int(rng.bounded(alphabet));
        for (int x : a) {
            const int roll = int(rng.bounded(100));
            if (roll < editPercent / 3)
                continue; // deleted
            if (roll < 2 * editPercent / 3)
                b << int(rng.bounded(alphabet)); // replaced
            else
                b << x;
            if (int(rng.bounded(100)) < editPercent / 3)
                b << int(rng.bounded(alphabet)); // inserted
        }
        const EditScript s = diffSequences(a, b);
        QVERIFY(isValidScript(s, a, b));
        QCOMPARE(applyScript(s, a, b), b);
    }
}

void TestSequenceDiff::longInputsStayMinimal() {
    // 200k tokens with 20 point edits: the anchored diff must find exactly those edits.
    QList<int> a;
    for (int i = 0; i < 200000; ++i)
        a << i;
    QList<int> b = a;
    for (int k = 0; k < 20; ++k)
        b[k * 9973 + 17] = -1 - k;
    const EditScript s = diffSequences(a, b);
    QVERIFY(isValidScript(s, a, b));
    QCOMPARE(editCount(s), qsizetype(40));
}

void TestSequenceDiff::weightedIncreasingSubsequence_data() {
    QTest::addColumn<QList<int>>("ys");
    QTest::addColumn<QList<int>>("weights");
    QTest::addColumn<QList<int>>("chosen");
    QTest::newRow("all increasing") << QList<int>{0, 1, 2} << QList<int>{1, 1, 1} << QList<int>{0, 1, 2};
    QTest::newRow("one out of order") << QList<int>{1, 2, 0, 3} << QList<int>{1, 1, 1, 1} << QList<int>{0, 1, 3};
    QTest::newRow("heavy block wins") << QList<int>{1, 0} << QList<int>{1, 10} << QList<int>{1};
    QTest::newRow("moved headline") << QList<int>{1, 2, 3, 4, 0} << QList<int>{50, 50, 50, 50, 8} << QList<int>{0, 1, 2, 3};
}

void TestSequenceDiff::weightedIncreasingSubsequence() {
    QFETCH(QList<int>, ys);
    QFETCH(QList<int>, weights);
    QFETCH(QList<int>, chosen);
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    std::vector<qint64> w;
    for (int i = 0; i < ys.size(); ++i) {
        pairs.emplace_back(i, ys[i]);
        w.push_back(weights[i]);
    }
    QList<int> got;
    for (qsizetype k : sd::weightedIncreasingSubsequence(pairs, w))
        got << int(k);
    QCOMPARE(got, chosen);
}

void TestSequenceDiff::normalize_data() {
    QTest::addColumn<EditScript>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("insert before delete becomes delete then insert")
        << EditScript{{EditRun::Equal, 0, 1, 0, 1}, {EditRun::Insert, 1, 1, 1, 2}, {EditRun::Delete, 1, 2, 2, 2}, {EditRun::Equal, 2, 3, 2, 3}}
        << "=1 -1 +1 =1";
    QTest::newRow("interleaved edits coalesce")
        << EditScript{{EditRun::Delete, 0, 1, 0, 0}, {EditRun::Insert, 1, 1, 0, 1}, {EditRun::Delete, 1, 2, 1, 1}, {EditRun::Insert, 2, 2, 1, 2}}
        << "-2 +2";
    QTest::newRow("adjacent equal runs merge")
        << EditScript{{EditRun::Equal, 0, 1, 0, 1}, {EditRun::Equal, 1, 3, 1, 3}} << "=3";
}

void TestSequenceDiff::normalize() {
    QFETCH(EditScript, in);
    QFETCH(QString, out);
    QCOMPARE(shape(normalizeScript(in)), out);
}

void TestSequenceDiff::shiftToBoundaries_data() {
    // Tokens are letters; '.' ends a sentence, so a cut after '.' scores 2.
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("inserted");
    QTest::newRow("insertion slides to start after a sentence end") << "S.L." << "S.C.L." << "C.";
    QTest::newRow("nothing to slide") << "ab" << "axb" << "x";
    QTest::newRow("repeated word slides right to punctuation") << "go.now" << "go.go.now" << "go.";
}

void TestSequenceDiff::shiftToBoundaries() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, inserted);
    const QList<int> x = ids(a), y = ids(b);
    auto scores = [](const QString &s) {
        std::vector<qint8> out(size_t(s.size() + 1), 0);
        out.front() = out.back() = 3;
        for (qsizetype p = 1; p < s.size(); ++p)
            out[size_t(p)] = s.at(p - 1) == u'.' ? 2 : 0;
        return out;
    };
    const auto sa = scores(a), sb = scores(b);
    // Start from the worst placement: the insertion as early as it can be.
    EditScript s = dtlDiff(x, y);
    s = shiftEditsToBoundaries(s, x, y, sa, sb);
    QVERIFY(isValidScript(s, x, y));
    QString got;
    for (const EditRun &r : s)
        if (r.kind == EditRun::Insert)
            got += b.mid(r.bBegin, r.bLength());
    QCOMPARE(got, inserted);
}

void TestSequenceDiff::absorbIslands_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("shape");
    QTest::newRow("one-token island between replacements is absorbed") << "xBoHy" << "xLoMy" << "=1 -3 +3 =1";
    QTest::newRow("island longer than the edits stays") << "xBooHy" << "xLooMy" << "=1 -1 +1 =2 -1 +1 =1";
    QTest::newRow("island next to a one-sided edit of equal size is absorbed") << "aXbc" << "abYc" << "=1 -2 +2 =1";
    QTest::newRow("no island") << "abc" << "axc" << "=1 -1 +1 =1";
}

void TestSequenceDiff::absorbIslands() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, shape);
    const QList<int> x = ids(a), y = ids(b);
    const EditScript s = absorbEqualIslands(diffSequences(x, y), 2);
    QVERIFY(isValidScript(s, x, y));
    QCOMPARE(::shape(s), shape);
}

QTEST_GUILESS_MAIN(TestSequenceDiff)
#include "tst_sequencediff.moc"
