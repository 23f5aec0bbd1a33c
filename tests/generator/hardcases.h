// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The edits people make that the accuracy generator does not (issue 18), with exact truth:
// paragraphs moved with up to 60% of their words rewritten, a paragraph deleted while a new one
// elsewhere shares its common words (no move), splits and merges of every size from one word
// to all but one, a whole text joined into one paragraph and back, headings re-levelled,
// sentences moved between paragraphs (word for word or with words edited inside them, a
// sentence longer than what stays of its paragraph among them) and sentences deleted while
// unrelated ones are inserted elsewhere (no move). tst_hardedits scores each class.

#include "casegen.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace sd::hardcases {

using casegen::ExpectedEdit;
using Words = QStringList; // tokens: letter-only words, "." ending a sentence

enum class Kind {
    MoveHeavy,
    SharedWords,
    Unrelated,
    Split,
    Merge,
    Joined,
    Unjoined,
    Relevel,
    Sentence,
    SentenceEdited,
    SentenceUnrelated,
    Dominant,
    DominantEdited
};

struct Case {
    const QList<Words> *text = nullptr; // the paragraphs cases are drawn from
    QList<Words> a, b;
    QList<int> levelA, levelB; // heading level per paragraph, 0 for a paragraph
    QList<ExpectedEdit> expected;
    qint64 changedWords = 0; // inserted + deleted, exactly
};

// The corpus's paragraphs as letter-only words (or, without it, the generator's built-in ones).
const QList<Words> &prose();
// Paragraphs of the generator's template only (a dozen subjects, verbs, objects and endings):
// any two share half their words or more, in any order, and runs of up to ten words.
const QList<Words> &templated();
// Markdown: paragraphs (headings where `levels` says) separated by blank lines.
QString render(const QList<Words> &ps, const QList<int> &levels);
// `n` words of the shared vocabulary that `p` does not have.
QStringList freshWords(QRandomGenerator &rng, const Words &p, int n);
// Case `seed` of class `kind` (`size`: its parameter, e.g. the share of words edited); false
// when that seed gives no case of the class.
bool makeCase(Kind kind, int size, const QString &label, quint32 seed, Case &c);
// Writes the case as dir/<label>/<seed>/{a.md,b.md,truth.txt}.
bool dumpCase(const QString &dir, const QString &label, quint32 seed, const QString &a,
              const QString &b, const Case &c);

} // namespace sd::hardcases
