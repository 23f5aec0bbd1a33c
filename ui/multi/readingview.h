// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/comparisonmodel.h"
#include "common/theme.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QTextBrowser;

namespace sd {

// The reading view: one version as prose, row after row of the collation, its paragraphs as
// they are; where the other versions read differently its words are tinted by the first
// version that shares its reading (plain where every version agrees), a moved passage says so,
// and the tooltip lists every other reading. Clicking a variant emits rowActivated, so the
// side panel lists every version's reading. The view only lays out the collation.
class ReadingView : public QWidget {
    Q_OBJECT
public:
    explicit ReadingView(QWidget *parent = nullptr);
    void setMulti(std::shared_ptr<const MultiView> multi, const Theme &theme);
    QTextBrowser *text() const { return m_text; }
    QComboBox *versionSelector() const { return m_version; }
    int version() const; // the version read; the base until another is chosen

Q_SIGNALS:
    void rowActivated(int row);

private:
    void rebuild();

    std::shared_ptr<const MultiView> m_multi;
    Theme m_theme;
    QComboBox *m_version;
    QTextBrowser *m_text;
    int m_chosen = -1; // -1: follow the base
};

} // namespace sd
