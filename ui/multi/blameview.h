// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/comparisonmodel.h"
#include "common/theme.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTextBlockFormat;
class QTextBrowser;

namespace sd {

// The prose page blame and the reading view share: a frameless browser that opens no links,
// and the paragraph format its text is laid out in.
QTextBrowser *makeProseBrowser(QWidget *parent, const QString &objectName,
                               const QString &accessibleName);
QTextBlockFormat proseParagraph(const QTextBrowser *browser);

// "Story blame": the latest version's text with every word tinted by the version that
// introduced it (the first version's words stay plain), and a legend naming each version's
// colour with how many of today's words it wrote. Built from Evolution::words; the view only
// lays out, it never compares.
class BlameView : public QWidget {
    Q_OBJECT
public:
    explicit BlameView(QWidget *parent = nullptr);
    void setMulti(std::shared_ptr<const MultiView> multi, const Theme &theme);
    QTextBrowser *text() const { return m_text; }
    QLabel *legend() const { return m_legend; }

private:
    void rebuild();

    std::shared_ptr<const MultiView> m_multi;
    std::shared_ptr<const MultiView> m_built; // what the document shows, to skip rebuilds
    Theme m_theme;
    QLabel *m_legend;
    QTextBrowser *m_text;
};

} // namespace sd
