// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The generator's own model of a story version: paragraphs of words, each word with its style,
// link and spacing. Edits are made here, where their positions are known exactly, and only
// then rendered to a file format.

#include "document/token.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::casegen {

// splitmix64: tiny, and the same sequence on every platform and standard library (the
// std:: distributions are not), so a seed names one case everywhere.
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed * 0x2545F4914F6CDD1Dull + 0x9E3779B97F4A7C15ull) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // In [0, n); n > 0.
    int below(qsizetype n) { return int(next() % quint64(n)); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }

private:
    quint64 m_state;
};

struct Word {
    QString text;
    Styles style = NoStyle;
    int link = -1;      // index into Para::hrefs
    bool nbsp = false;  // joined to the previous word by a non-breaking space
};

struct Para {
    int id = 0; // identity across versions: the same id is the same paragraph
    QList<Word> words;
    QStringList hrefs;
};

using Version = QList<Para>;

struct RenderStyle {
    QString format;           // "txt", "md", "html"
    int wrap = 0;             // hard wrap width, 0 = one line per paragraph
    bool crlf = false;
    bool doubleSpaces = false; // some spaces doubled
    bool trailingSpaces = false;
    bool underscores = false; // Markdown: _x_ and __x__ instead of *x* and **x**
    int furniture = 0;        // HTML page furniture variant
    quint64 noiseSeed = 0;
};

QByteArray render(const Version &v, const RenderStyle &style);

// Source paragraphs as lists of words: sanitized corpus paragraphs, or built-in ones.
const QList<QStringList> &sourceParagraphs();
// A paragraph made up from templates, for long benchmark articles (unique with high odds).
QStringList synthParagraph(Rng &rng);
// Words for insertions and replacements: plain lowercase letters, no punctuation.
const QStringList &vocabulary();
QString sharedDirectory();

// Tokens a word becomes once read, the way the engine tokenizes it.
int tokenCount(const QString &word);

} // namespace sd::casegen
