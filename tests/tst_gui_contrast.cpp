// SPDX-License-Identifier: GPL-3.0-or-later
// Every change kind's highlight stands out from what it is drawn on, and its text reads on it,
// in light and dark palettes: WCAG contrast ratios computed from the colours the theme gives.
#include "common/theme.h"
#include "output/palette.h"

#include <QApplication>
#include <QTest>

using namespace sd;

namespace {

struct NamedPalette {
    const char *name;
    QColor base, text;
};

// Qt's light default, the dark desktop tst_gui uses, and the grey dark palette on which
// typography changes once vanished (1.05:1).
const NamedPalette kPalettes[] = {
    {"light", QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00)},
    {"light-grey", QColor(0xf0, 0xf0, 0xf0), QColor(0x1f, 0x1f, 0x1f)},
    {"dark", QColor(0x1e, 0x1e, 0x1e), QColor(0xe8, 0xe8, 0xe8)},
    {"dark-grey", QColor(0x3d, 0x3d, 0x3d), QColor(0xf0, 0xf0, 0xf0)},
};

Theme themeFor(const NamedPalette &p) {
    QPalette palette;
    palette.setColor(QPalette::Base, p.base);
    palette.setColor(QPalette::Text, p.text);
    palette.setColor(QPalette::Window, p.base);
    palette.setColor(QPalette::WindowText, p.text);
    return Theme::fromPalette(palette);
}

quint32 rgb(const QColor &c) {
    return c.rgb() & 0xffffff;
}

} // namespace

class TestGuiContrast : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contrastRatio_data();
    void contrastRatio();
    void highlightStandsOut_data();
    void highlightStandsOut();
};

// The ratio itself against WCAG's published values.
void TestGuiContrast::contrastRatio_data() {
    QTest::addColumn<quint32>("a");
    QTest::addColumn<quint32>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << 0x000000u << 0xffffffu << 21.0;
    QTest::newRow("same colour") << 0x7a2428u << 0x7a2428u << 1.0;
    QTest::newRow("#767676 on white (the lightest AA grey)") << 0x767676u << 0xffffffu << 4.54;
    // The old dark typography highlight (issue 13 says 1.05:1; worked by hand it is 1.037).
    QTest::newRow("#3A4047 on #3D3D3D") << 0x3a4047u << 0x3d3d3du << 1.04;
}

void TestGuiContrast::contrastRatio() {
    QFETCH(quint32, a);
    QFETCH(quint32, b);
    QFETCH(double, ratio);
    // The published figures are rounded to two decimals.
    QVERIFY2(qAbs(sd::contrastRatio(a, b) - ratio) <= 0.01,
             qPrintable(QString::number(sd::contrastRatio(a, b))));
    QCOMPARE(sd::contrastRatio(a, b), sd::contrastRatio(b, a));
}

void TestGuiContrast::highlightStandsOut_data() {
    QTest::addColumn<int>("palette");
    QTest::addColumn<int>("kind");
    for (int p = 0; p < int(std::size(kPalettes)); ++p)
        for (int k = 0; k < kChangeKindCount; ++k)
            QTest::addRow("%s/%s", kPalettes[p].name, qPrintable(changeKindName(ChangeKind(k))))
                << p << k;
}

void TestGuiContrast::highlightStandsOut() {
    QFETCH(int, palette);
    QFETCH(int, kind);
    const NamedPalette &p = kPalettes[palette];
    const Theme theme = themeFor(p);
    QCOMPARE(theme.isDark(), p.base.lightness() < 128);
    const ChangeKind k = ChangeKind(kind);
    const quint32 highlight = rgb(theme.highlight(k));
    // On the page, and on every row tint a changed word can stand in.
    const double onBase = sd::contrastRatio(highlight, rgb(p.base));
    QVERIFY2(onBase >= Theme::kMinHighlightContrast,
             qPrintable(QStringLiteral("%1 on base %2: %3:1")
                            .arg(theme.highlight(k).name(), p.base.name())
                            .arg(onBase, 0, 'f', 2)));
    for (int c = 0; c < kCategoryCount; ++c) {
        const QColor tint = theme.rowTint(Category(c));
        const double onTint = sd::contrastRatio(highlight, rgb(tint));
        QVERIFY2(
            onTint >= Theme::kMinHighlightContrast,
            qPrintable(QStringLiteral("%1 on the %2 row tint %3: %4:1")
                           .arg(theme.highlight(k).name(), categoryLabel(Category(c)), tint.name())
                           .arg(onTint, 0, 'f', 2)));
    }
    // The words on it still read as text.
    const double text = sd::contrastRatio(rgb(theme.highlightText(k)), highlight);
    QVERIFY2(text >= Theme::kMinTextContrast,
             qPrintable(QStringLiteral("text %1 on %2: %3:1")
                            .arg(theme.highlightText(k).name(), theme.highlight(k).name())
                            .arg(text, 0, 'f', 2)));
}

QTEST_MAIN(TestGuiContrast)
#include "tst_gui_contrast.moc"
