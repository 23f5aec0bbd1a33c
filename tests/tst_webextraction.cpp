// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML reader scored on real saved web pages against the article text Mozilla's
// Readability extracts from them (../shared/corpus/web-extraction; skipped without it).
// The score is F1 over a bag of word tokens, tokenized the project's way.
#include "readers/loader.h"
#include "testutil.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

#include <gumbo.h>

using namespace sd;

namespace {

using WordBag = QHash<QString, qsizetype>;

void addWords(WordBag &bag, QStringView text) {
    for (const Token &t : tokenize(text))
        if (t.isWord())
            ++bag[text.mid(t.start, t.length).toString()];
}

qsizetype bagSize(const WordBag &bag) {
    qsizetype n = 0;
    for (qsizetype c : bag)
        n += c;
    return n;
}

struct Score {
    double precision = 0, recall = 0, f1 = 0;
    qsizetype expected = 0, got = 0;
};

// Precision: the share of the words read that the expected text holds; recall: the share of
// the expected words that were read (each word counted as often as it occurs on both sides).
Score score(const WordBag &expected, const WordBag &got) {
    Score s;
    s.expected = bagSize(expected);
    s.got = bagSize(got);
    qsizetype common = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        common += qMin(it.value(), got.value(it.key()));
    s.precision = s.got ? double(common) / double(s.got) : (s.expected ? 0.0 : 1.0);
    s.recall = s.expected ? double(common) / double(s.expected) : 1.0;
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    return s;
}

// Every visible word of an HTML fragment (Readability's output: the article and nothing else),
// text of separate elements kept apart.
WordBag wordsOfFragment(const QByteArray &html) {
    GumboOutput *out =
        gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    QString text;
    QList<std::pair<const GumboNode *, unsigned>> stack{{out->root, 0}};
    while (!stack.isEmpty()) {
        auto &[node, next] = stack.last();
        if (node->type != GUMBO_NODE_ELEMENT || next >= node->v.element.children.length) {
            stack.removeLast();
            continue;
        }
        const auto *c = static_cast<const GumboNode *>(node->v.element.children.data[next++]);
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
            c->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(c->v.text.text);
        } else if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag != GUMBO_TAG_SCRIPT &&
                   c->v.element.tag != GUMBO_TAG_STYLE && c->v.element.tag != GUMBO_TAG_HEAD) {
            text += u'\n';
            stack.append({c, 0});
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    WordBag bag;
    addWords(bag, text);
    return bag;
}

WordBag wordsOfDocument(const Document &d) {
    WordBag bag;
    for (const Block &b : d.blocks)
        for (const Token &t : b.tokens)
            if (t.isWord())
                ++bag[b.tokenText(t).toString()];
    return bag;
}

QString corpusDir() {
    const QString shared = testdata::sharedDir();
    const QString dir = shared + QStringLiteral("/corpus/web-extraction");
    return !shared.isEmpty() && QFileInfo(dir).isDir() ? dir : QString();
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct PageResult {
    Score score;
    QString refused; // the loader's cause when the page was not read
    QString extraction;
};

PageResult scorePage(const QString &page) {
    const QString dir = corpusDir() + u'/' + page;
    const WordBag expected = wordsOfFragment(readAll(dir + QStringLiteral("/expected.html")));
    const LoadResult r =
        readDocument(readAll(dir + QStringLiteral("/source.html")), dir + "/source.html");
    PageResult p;
    if (!r.ok()) {
        p.refused = r.cause;
        p.score = score(expected, {});
        return p;
    }
    p.score = score(expected, wordsOfDocument(r.document));
    p.extraction = extractionName(r.document.extraction);
    return p;
}

QStringList corpusPages() {
    const QString dir = corpusDir();
    if (dir.isEmpty())
        return {};
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestWebExtraction : public QObject {
    Q_OBJECT
private slots:
    void scorer_data();
    void scorer();
    void page_data();
    void page();
    void corpusMean();
};

void TestWebExtraction::scorer_data() {
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("got");
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");
    QTest::newRow("identical") << "one two two three"
                               << "three two one two" << 1.0 << 1.0;
    QTest::newRow("punctuation is no word") << "one, two."
                                            << "one two" << 1.0 << 1.0;
    QTest::newRow("extra furniture") << "a b"
                                     << "a b c d" << 0.5 << 1.0;
    QTest::newRow("missed words") << "a b c d"
                                  << "a" << 1.0 << 0.25;
    QTest::newRow("counts, not sets") << "a a a b"
                                      << "a b b b" << 0.5 << 0.5;
    QTest::newRow("nothing read") << "a b"
                                  << "" << 0.0 << 0.0;
    // ICU splits Japanese into dictionary words: 東京 / に / 行く (three words, not 5 ideographs).
    QTest::newRow("CJK dictionary words")
        << QString::fromUtf8("東京に行く") << QString::fromUtf8("東京に来る") << 2.0 / 3 << 2.0 / 3;
}

void TestWebExtraction::scorer() {
    QFETCH(QString, expected);
    QFETCH(QString, got);
    QFETCH(double, precision);
    QFETCH(double, recall);
    WordBag e, g;
    addWords(e, expected);
    addWords(g, got);
    const Score s = score(e, g);
    QVERIFY2(qAbs(s.precision - precision) < 1e-9, qPrintable(QString::number(s.precision)));
    QVERIFY2(qAbs(s.recall - recall) < 1e-9, qPrintable(QString::number(s.recall)));
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    QVERIFY(qAbs(s.f1 - f1) < 1e-9);
}

void TestWebExtraction::page_data() {
    QTest::addColumn<QString>("page");
    const QStringList pages = corpusPages();
    if (pages.isEmpty())
        QSKIP("no ../shared/corpus/web-extraction");
    for (const QString &p : pages)
        QTest::newRow(qPrintable(p)) << p;
}

// No page is refused, and none reads far from Readability's article.
void TestWebExtraction::page() {
    QFETCH(QString, page);
    const PageResult r = scorePage(page);
    QVERIFY2(r.refused.isEmpty(), qPrintable(r.refused));
    QVERIFY2(r.score.f1 >= 0.8, qPrintable(QStringLiteral("F1 %1 (precision %2, recall %3)")
                                               .arg(r.score.f1, 0, 'f', 3)
                                               .arg(r.score.precision, 0, 'f', 3)
                                               .arg(r.score.recall, 0, 'f', 3)));
}

// The mean over the corpus, with the per-page table for whoever tunes the rules.
void TestWebExtraction::corpusMean() {
    const QStringList pages = corpusPages();
    if (pages.isEmpty())
        QSKIP("no ../shared/corpus/web-extraction");
    double sum = 0, minF1 = 1;
    int under = 0, refused = 0;
    qInfo("%-40s %6s %6s %6s %7s %7s  %s", "page", "F1", "prec", "recall", "words", "read",
          "extraction");
    for (const QString &p : pages) {
        const PageResult r = scorePage(p);
        sum += r.score.f1;
        minF1 = qMin(minF1, r.score.f1);
        under += r.score.f1 < 0.9 ? 1 : 0;
        refused += r.refused.isEmpty() ? 0 : 1;
        qInfo("%-40s %6.3f %6.3f %6.3f %7lld %7lld  %s", qPrintable(p), r.score.f1,
              r.score.precision, r.score.recall, qlonglong(r.score.expected),
              qlonglong(r.score.got),
              qPrintable(r.refused.isEmpty() ? r.extraction : "refused: " + r.refused));
    }
    const double mean = sum / double(pages.size());
    qInfo("pages %lld, mean F1 %.3f, min %.3f, under 0.9: %d, refused: %d", qlonglong(pages.size()),
          mean, minF1, under, refused);
    QVERIFY2(mean >= 0.97, qPrintable(QString::number(mean, 'f', 3)));
    QCOMPARE(refused, 0);
}

QTEST_GUILESS_MAIN(TestWebExtraction)
#include "tst_webextraction.moc"
