// SPDX-License-Identifier: GPL-3.0-or-later
// The all-versions table's own words on a real widget, offscreen: the label of a moved reading
// quotes the words it stands near once, whatever quotation marks those words carry.
#include "common/comparisonmodel.h"
#include "common/theme.h"
#include "multi/collationview.h"

#include <QApplication>
#include <QTest>

#include <memory>

using namespace sd;

class TestGuiCollation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void movedLabelQuotesOnce_data();
    void movedLabelQuotesOnce();
};

void TestGuiCollation::movedLabelQuotesOnce_data() {
    QTest::addColumn<QString>("nearText"); // the reading the moved passage now stands near
    QTest::addColumn<QString>("shown");    // the words the label quotes
    QTest::newRow("opens with “") << QStringLiteral("“The river ran past the mill.")
                                  << QStringLiteral("The river ran past the…");
    QTest::newRow("opens with \"")
        << QStringLiteral("\"Stay here tonight") << QStringLiteral("Stay here tonight");
    QTest::newRow("closes with ”")
        << QStringLiteral("and then she left.”") << QStringLiteral("and then she left.");
    QTest::newRow("quoted whole, short")
        << QStringLiteral("“Stay here tonight.”") << QStringLiteral("Stay here tonight.");
    QTest::newRow("guillemets") << QStringLiteral("« Reste ici »") << QStringLiteral("Reste ici");
    QTest::newRow("no quotes") << QStringLiteral("The river ran on.")
                               << QStringLiteral("The river ran on.");
    QTest::newRow("quotes inside kept")
        << QStringLiteral("He said “stop” and left.") << QStringLiteral("He said “stop” and left.");
    QTest::newRow("an apostrophe kept")
        << QStringLiteral("’Tis the season") << QStringLiteral("’Tis the season");
    QTest::newRow("nothing but quotes") << QStringLiteral("“”") << QStringLiteral("“”");
}

// Two versions; the second reads a passage moved next to `nearText` (row 0): its cell in row 1
// names the words there.
void TestGuiCollation::movedLabelQuotesOnce() {
    QFETCH(QString, nearText);
    QFETCH(QString, shown);
    auto multi = std::make_shared<MultiView>();
    multi->labels = {QStringLiteral("v1.txt"), QStringLiteral("v2.txt")};
    CollationRow there;
    there.texts = {nearText, nearText};
    there.sameAs = {0, 0};
    there.movedFrom = {-1, -1};
    there.opensParagraph = {true, true};
    there.agree = true;
    CollationRow moved;
    moved.texts = {QStringLiteral("A passage that moved."),
                   QStringLiteral("A passage that moved.")};
    moved.sameAs = {0, 0};
    moved.movedFrom = {-1, 0};
    moved.opensParagraph = {true, true};
    multi->result.collation.rows = {there, moved};
    CollationView view;
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setMulti(multi, Theme::fromPalette(view.palette()));
    QCOMPARE(view.rowCount(), 2);
    const QString label = view.cellText(1, 1).section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(label, QStringLiteral("⇄ moved: in this version near “%1”").arg(shown));
    QCOMPARE(view.cellText(1, 0), QStringLiteral("A passage that moved.")); // not moved there
    QVERIFY(!view.grab().isNull());                                         // and it paints
}

QTEST_MAIN(TestGuiCollation)
#include "tst_gui_collation.moc"
