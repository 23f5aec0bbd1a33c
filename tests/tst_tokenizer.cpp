// SPDX-License-Identifier: GPL-3.0-or-later
// The tokenizer and typographic folding, one named row per case.
#include "testutil.h"
#include "text/folding.h"
#include "text/tokenizer.h"

#include <QRandomGenerator>

using namespace sd;

class TestTokenizer : public QObject {
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void kinds_data();
    void kinds();
    void spacing();
    void folding_data();
    void folding();
    void caseFolding();
    void chunksTokenizeAlone();
};

static QString joined(QStringView text) {
    QStringList parts;
    for (const Token &t : tokenize(text))
        parts << text.mid(t.start, t.length).toString();
    return parts.join(QLatin1Char('|'));
}

void TestTokenizer::tokens_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words and comma") << "Hello, world" << "Hello|,|world";
    QTest::newRow("apostrophe inside word") << "didn't go" << "didn't|go";
    QTest::newRow("curly apostrophe inside word") << u"didn\u2019t go"_qs << u"didn\u2019t|go"_qs;
    QTest::newRow("decimal number") << "3.5 million" << "3.5|million";
    QTest::newRow("thousands separator") << "40,000 pounds" << "40,000|pounds";
    QTest::newRow("date with slashes") << "11/05/2017" << "11|/|05|/|2017";
    QTest::newRow("letters and digits") << "the G20 summit" << "the|G20|summit";
    QTest::newRow("hyphenated word splits") << "highest-level contacts" << "highest|-|level|contacts";
    QTest::newRow("ellipsis dots are one token") << "wait... now" << "wait|...|now";
    QTest::newRow("double hyphen is one token") << "floor -- changes" << "floor|--|changes";
    QTest::newRow("curly quotes") << u"\u201Ctoo early\u201D"_qs << u"\u201C|too|early|\u201D"_qs;
    QTest::newRow("abbreviation") << "U.S. officials" << "U.S|.|officials";
    QTest::newRow("whitespace is never a token") << "  a \t b\n c  " << "a|b|c";
    QTest::newRow("non-breaking space separates") << u"10\u00A0km"_qs << "10|km";
    QTest::newRow("cyrillic") << u"Лавров провёл переговоры."_qs << u"Лавров|провёл|переговоры|."_qs;
    QTest::newRow("chinese dictionary words") << u"我们今天去北京"_qs << u"我们|今天|去|北京"_qs;
    QTest::newRow("japanese") << u"東京都に住んでいます"_qs << u"東京|都|に|住|んで|い|ます"_qs;
    QTest::newRow("thai") << u"สวัสดีครับ"_qs << u"สวัสดี|ครับ"_qs;
    QTest::newRow("arabic keeps logical order") << u"مرحبا بالعالم"_qs << u"مرحبا|بالعالم"_qs;
    QTest::newRow("empty") << "" << "";
}

void TestTokenizer::tokens() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(joined(text), expected);
}

void TestTokenizer::kinds_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("word") << "story" << int(TokenKind::Word);
    QTest::newRow("number") << "2017" << int(TokenKind::Number);
    QTest::newRow("decimal") << "1.2" << int(TokenKind::Number);
    QTest::newRow("mixed is a word") << "G20" << int(TokenKind::Word);
    QTest::newRow("comma") << "," << int(TokenKind::Punctuation);
    QTest::newRow("curly quote") << u"\u201C"_qs << int(TokenKind::Punctuation);
    QTest::newRow("non-ascii number") << u"١٢٣"_qs << int(TokenKind::Number);
}

void TestTokenizer::kinds() {
    QFETCH(QString, text);
    QFETCH(int, kind);
    const QList<Token> t = tokenize(text);
    QCOMPARE(t.size(), 1);
    QCOMPARE(int(t.first().kind), kind);
}

void TestTokenizer::spacing() {
    const QString text = u"a b\u00A0c,d"_qs;
    const QList<Token> t = tokenize(text);
    QCOMPARE(t.size(), 5);
    QCOMPARE(t[0].spacing, quint8(NoSpace));
    QCOMPARE(t[1].spacing, quint8(SpaceBefore));
    QCOMPARE(t[2].spacing, quint8(SpaceBefore | NbspBefore));
    QCOMPARE(t[3].spacing, quint8(NoSpace));
}

void TestTokenizer::folding_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("curly double quotes") << u"\u201Cx\u201D"_qs << "\"x\"";
    QTest::newRow("curly apostrophe") << u"didn\u2019t"_qs << "didn't";
    QTest::newRow("guillemets") << u"\u00ABx\u00BB"_qs << "\"x\"";
    QTest::newRow("em dash") << u"\u2014"_qs << "-";
    QTest::newRow("en dash") << u"\u2013"_qs << "-";
    QTest::newRow("double hyphen") << "--" << "-";
    QTest::newRow("ellipsis") << u"\u2026"_qs << "...";
    QTest::newRow("plain text unchanged") << "plain" << "plain";
}

void TestTokenizer::folding() {
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldTypography(text), folded);
}

void TestTokenizer::caseFolding() {
    QCOMPARE(foldCase(u"Straße"), foldCase(u"STRASSE"));
    QCOMPARE(foldCase(u"Lavrov"), QStringLiteral("lavrov"));
}

// ASCII text is tokenized in one pass that hands a chunk to ICU when it meets another
// character: whatever came before in the chunk must be redone, and nothing may leak from one
// chunk into the next. So a text's tokens are its whitespace-separated chunks' tokens, each
// tokenized alone (random texts of ASCII with some curly quotes, accents and dashes).
void TestTokenizer::chunksTokenizeAlone() {
    QRandomGenerator rng(20261122);
    const QString alphabet = u"abcXYZ019_.,;'-/ \u2019\u201C\u00E9\u2014\u00A0"_qs;
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int length = int(rng.bounded(1, 40));
        for (int k = 0; k < length; ++k)
            text += alphabet.at(int(rng.bounded(alphabet.size())));
        const QList<Token> whole = tokenize(text);
        QList<Token> pieces;
        qsizetype i = 0;
        while (i < text.size()) {
            if (isTokenizerSpace(text.at(i).unicode())) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < text.size() && !isTokenizerSpace(text.at(j).unicode()))
                ++j;
            for (Token t : tokenize(QStringView(text).mid(i, j - i))) {
                t.start += quint32(i);
                pieces.append(t);
            }
            i = j;
        }
        QCOMPARE(whole.size(), pieces.size());
        for (qsizetype k = 0; k < whole.size(); ++k) {
            QVERIFY2(whole[k].start == pieces[k].start && whole[k].length == pieces[k].length &&
                         whole[k].kind == pieces[k].kind,
                     qPrintable(text));
            QVERIFY(whole[k].length > 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
