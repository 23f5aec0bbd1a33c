// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the generator (included by casegen.cpp only).
// Makes the edits of a case in the word model and records each one where the engine should
// report it. Edits are kept apart (one per paragraph, structural ones with untouched
// neighbours) and never ambiguous (an inserted word never equals its neighbour, a moved
// paragraph is lighter than what it jumps over), so a miss is the engine's, not a matter of
// taste between two equally good answers.

#pragma once

#include "casegen.h"
#include "model.h"

#include <QRegularExpression>
#include <QSet>

namespace sd::casegen::detail {

enum class Op {
    WordInsert, WordDelete, Replace, ParaInsert, ParaDelete, Move, MoveEdited, Split, Merge,
    LinkAdded, LinkRemoved, LinkChanged, FormatAdded, FormatRemoved, Typography,
};

// One edit in model terms: paragraph ids and word ranges, resolved to blocks and tokens once
// both versions are final.
struct Pending {
    QString label;
    ChangeKind kind = ChangeKind::Insert;
    int aId = -1, aId2 = -1, aW0 = -1, aW1 = -1; // aW0 < 0: the whole paragraph(s)
    int bId = -1, bId2 = -1, bW0 = -1, bW1 = -1;
    Styles style = NoStyle;
    QString href, oldHref, note;
};

inline bool isPlainLetters(const QString &s) {
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

// A word an edit may take or stand next to: letters only, no style, link or glue.
inline bool plain(const Word &w) { return isPlainLetters(w.text) && w.style == NoStyle && w.link < 0 && !w.nbsp; }

inline QString joinWords(const QList<Word> &ws, int b, int e) {
    QStringList out;
    for (int i = b; i < e; ++i)
        out.append(ws[i].text);
    return out.join(u' ');
}

struct Builder {
    Rng rng;
    CaseOptions opt;
    QString format;
    int nextId = 0;
    int nextSource = 0;
    int nextHref = 0;
    QSet<int> usedWord, usedStruct;
    QList<Pending> pending;
    qint64 inserted = 0, deleted = 0;
    bool multiEdit = false; // benchmarks: many edits per paragraph, no positions recorded

    Builder(quint64 seed, const CaseOptions &o) : rng(seed), opt(o) {}

    QString newHref() { return QStringLiteral("https://example.org/notes/%1").arg(++nextHref * 7919 % 100003); }

    Para freshParagraph() {
        const auto &src = sourceParagraphs();
        const int idx = nextSource++ % int(src.size());
        QStringList words = src[idx];
        // Past the end of the source, reused paragraphs get changed words so that they stay
        // unique (duplicates would be a different test).
        if (nextSource > src.size()) {
            const int cycle = (nextSource - 1) / int(src.size());
            for (QString &w : words) {
                if (isPlainLetters(w) && rng.chance(0.15))
                    w = vocabulary()[rng.below(vocabulary().size())];
            }
            words.insert(rng.below(words.size()), QString::number(cycle * 100003 + idx));
        }
        Para p;
        p.id = nextId++;
        for (const QString &w : words)
            p.words.append(Word{w});
        return p;
    }

    bool free(const Para &p, bool structural) const {
        if (multiEdit && !structural)
            return true;
        return !usedWord.contains(p.id) && (!structural || !usedStruct.contains(p.id));
    }
    void markStruct(const Version &v, int index) {
        if (index >= 0 && index < v.size())
            usedStruct.insert(v[index].id);
    }
    void markAround(const Version &v, int index) {
        markStruct(v, index - 1);
        markStruct(v, index);
        markStruct(v, index + 1);
    }
    int pickPara(const Version &v, bool structural, int minWords = 8) {
        for (int attempt = 0; attempt < 30; ++attempt) {
            const int i = rng.below(v.size());
            if (free(v[i], structural) && v[i].words.size() >= minWords)
                return i;
        }
        return -1;
    }
    // A run of `k` plain words in p, with plain words on both sides.
    int pickRun(const Para &p, int k) {
        for (int attempt = 0; attempt < 30; ++attempt) {
            const int pos = rng.range(1, int(p.words.size()) - k - 1);
            bool ok = pos >= 1 && pos + k < p.words.size();
            for (int i = pos; ok && i < pos + k; ++i)
                ok = plain(p.words[i]);
            if (ok && !p.words[pos + k].nbsp)
                return pos;
        }
        return -1;
    }
    QStringList newWords(int k, const QStringList &avoid) {
        QStringList out;
        while (out.size() < k) {
            const QString w = vocabulary()[rng.below(vocabulary().size())];
            if (!out.contains(w) && !avoid.contains(w, Qt::CaseInsensitive))
                out.append(w);
        }
        return out;
    }
    QStringList around(const Para &p, int b, int e) const {
        QStringList out;
        for (int i = std::max(0, b - 1); i < std::min<int>(int(p.words.size()), e + 1); ++i)
            out.append(p.words[i].text);
        return out;
    }
    void record(Pending e, const Para &p) {
        usedWord.insert(p.id);
        if (!multiEdit)
            pending.append(std::move(e));
    }

    bool wordInsert(Version &v) {
        const int i = pickPara(v, false);
        if (i < 0)
            return false;
        Para &p = v[i];
        const int pos = rng.range(1, int(p.words.size()) - 1);
        const Word &l = p.words[pos - 1], &r = p.words[pos];
        if (r.nbsp || (l.link >= 0 && l.link == r.link) || (l.style != NoStyle && l.style == r.style))
            return false;
        const int k = rng.range(1, 3);
        const QStringList ws = newWords(k, around(p, pos, pos));
        for (int j = 0; j < k; ++j)
            p.words.insert(pos + j, Word{ws[j]});
        inserted += k;
        record(Pending{QStringLiteral("word-insert"), ChangeKind::Insert, -1, -1, -1, -1, p.id, -1, pos, pos + k, NoStyle, {}, {}, ws.join(u' ')}, p);
        return true;
    }

    bool wordDelete(Version &v) {
        const int i = pickPara(v, false);
        if (i < 0)
            return false;
        Para &p = v[i];
        const int k = rng.range(1, 3);
        const int pos = pickRun(p, k);
        if (pos < 0 || p.words[pos + k].text == p.words[pos].text ||
            p.words[pos - 1].text == p.words[pos + k - 1].text)
            return false;
        const QString note = joinWords(p.words, pos, pos + k);
        record(Pending{QStringLiteral("word-delete"), ChangeKind::Delete, p.id, -1, pos, pos + k, -1, -1, -1, -1, NoStyle, {}, {}, note}, p);
        p.words.remove(pos, k);
        deleted += k;
        return true;
    }

    bool replace(Version &v, int i = -1, const QString &label = QStringLiteral("word-replace")) {
        if (i < 0)
            i = pickPara(v, false);
        if (i < 0)
            return false;
        Para &p = v[i];
        const int k = rng.range(1, 2), m = rng.range(1, 2);
        const int pos = pickRun(p, k);
        if (pos < 0)
            return false;
        const QStringList ws = newWords(m, around(p, pos, pos + k));
        const QString note = joinWords(p.words, pos, pos + k) + QStringLiteral(" -> ") + ws.join(u' ');
        Pending e{label, ChangeKind::Replace, p.id, -1, pos, pos + k, p.id, -1, pos, pos + m, NoStyle, {}, {}, note};
        p.words.remove(pos, k);
        for (int j = 0; j < m; ++j)
            p.words.insert(pos + j, Word{ws[j]});
        deleted += k;
        inserted += m;
        record(e, p);
        return true;
    }

    bool paraInsert(Version &v) {
        const int pos = rng.range(0, int(v.size()));
        if ((pos > 0 && !free(v[pos - 1], true)) || (pos < v.size() && !free(v[pos], true)))
            return false;
        Para p = freshParagraph();
        inserted += p.words.size();
        v.insert(pos, p);
        markAround(v, pos);
        record(Pending{QStringLiteral("para-insert"), ChangeKind::Insert, -1, -1, -1, -1, p.id, -1, -1, -1, NoStyle, {}, {}, joinWords(p.words, 0, 3)}, p);
        return true;
    }

    bool paraDelete(Version &v) {
        const int i = pickPara(v, true);
        if (i < 0 || v.size() < 4 || (i > 0 && !free(v[i - 1], true)) || (i + 1 < v.size() && !free(v[i + 1], true)))
            return false;
        const Para p = v[i];
        markAround(v, i);
        record(Pending{QStringLiteral("para-delete"), ChangeKind::Delete, p.id, -1, -1, -1, -1, -1, -1, -1, NoStyle, {}, {}, joinWords(p.words, 0, 3)}, p);
        // The links of a deleted paragraph are removed links.
        for (int j = 0; j < p.words.size(); ++j) {
            if (p.words[j].link < 0 || (j > 0 && p.words[j - 1].link == p.words[j].link))
                continue;
            int e = j + 1;
            while (e < p.words.size() && p.words[e].link == p.words[j].link)
                ++e;
            record(Pending{QStringLiteral("para-delete-link"), ChangeKind::LinkRemoved, p.id, -1, j, e, -1, -1, -1, -1, NoStyle, {}, p.hrefs.at(p.words[j].link), joinWords(p.words, j, e)}, p);
        }
        v.remove(i);
        deleted += p.words.size();
        return true;
    }

    bool move(Version &v, bool edited) {
        const int i = pickPara(v, true);
        if (i < 0)
            return false;
        const int dist = rng.range(2, 5) * (rng.chance(0.5) ? 1 : -1);
        const int j = i + dist; // the moved paragraph ends up after (or before) v[j]
        if (j < 0 || j >= v.size())
            return false;
        const int lo = std::min(i, j), hi = std::max(i, j);
        qsizetype jumped = 0;
        for (int k = lo; k <= hi; ++k) {
            if (k != i && !free(v[k], true))
                return false;
            jumped += k != i ? v[k].words.size() : 0;
        }
        // Moving P over Q is also moving Q over P; only a lighter P makes the answer certain.
        if (double(jumped) < 1.5 * double(v[i].words.size()))
            return false;
        for (int k = lo - 1; k <= hi + 1; ++k)
            markStruct(v, k);
        const Para p = v.takeAt(i);
        v.insert(j, p);
        usedWord.insert(p.id);
        if (!multiEdit)
            pending.append(Pending{edited ? QStringLiteral("move-edited") : QStringLiteral("move"), ChangeKind::Move, p.id, -1, -1, -1, p.id, -1, -1, -1, NoStyle, {}, {}, joinWords(p.words, 0, 3)});
        if (edited) {
            usedWord.remove(p.id);
            replace(v, j, QStringLiteral("move-edited-replace"));
        }
        return true;
    }

    bool split(Version &v) {
        const int i = pickPara(v, true, 16);
        if (i < 0 || (i > 0 && !free(v[i - 1], true)) || (i + 1 < v.size() && !free(v[i + 1], true)))
            return false;
        Para &p = v[i];
        const bool atSentence = rng.chance(0.5);
        int cut = -1;
        for (int attempt = 0; attempt < 40 && cut < 0; ++attempt) {
            const int s = rng.range(6, int(p.words.size()) - 6);
            const QString &prev = p.words[s - 1].text;
            const bool sentenceEnd = prev.endsWith(u'.') || prev.endsWith(u'?') || prev.endsWith(u'!');
            const Word &l = p.words[s - 1], &r = p.words[s];
            if (r.nbsp || (l.link >= 0 && l.link == r.link) || (l.style != NoStyle && l.style == r.style))
                continue;
            if (sentenceEnd == atSentence || attempt > 30)
                cut = s;
        }
        if (cut < 0)
            return false;
        Para second;
        second.id = nextId++;
        second.hrefs = p.hrefs;
        second.words = p.words.mid(cut);
        p.words.resize(cut);
        const Para first = p; // v.insert() below invalidates p
        v.insert(i + 1, second);
        markAround(v, i);
        markAround(v, i + 1);
        usedWord.insert(second.id);
        record(Pending{atSentence ? QStringLiteral("split") : QStringLiteral("split-mid-sentence"), ChangeKind::Split, first.id, -1, -1, -1, first.id, second.id, -1, -1, NoStyle, {}, {}, joinWords(first.words, cut - 3, cut)}, first);
        return true;
    }

    bool merge(Version &v) {
        const int i = pickPara(v, true);
        if (i < 0 || i + 1 >= v.size() || !free(v[i + 1], true) || (i > 0 && !free(v[i - 1], true)) ||
            (i + 2 < v.size() && !free(v[i + 2], true)))
            return false;
        const Para first = v[i], second = v[i + 1];
        Para m;
        m.id = nextId++;
        m.words = first.words;
        m.hrefs = first.hrefs + second.hrefs;
        for (Word w : second.words) {
            if (w.link >= 0)
                w.link += int(first.hrefs.size());
            m.words.append(w);
        }
        v[i] = m;
        v.remove(i + 1);
        markAround(v, i);
        usedWord.insert(first.id);
        usedWord.insert(second.id);
        record(Pending{QStringLiteral("merge"), ChangeKind::Merge, first.id, second.id, -1, -1, m.id, -1, -1, -1, NoStyle, {}, {}, joinWords(first.words, int(first.words.size()) - 3, int(first.words.size()))}, m);
        return true;
    }

    // A run of plain words that becomes a link or gains a style.
    bool markRun(Version &v, bool link) {
        const int i = pickPara(v, false);
        if (i < 0)
            return false;
        Para &p = v[i];
        const int k = rng.range(1, 3);
        const int pos = pickRun(p, k);
        if (pos < 0 || !plain(p.words[pos - 1]) || !plain(p.words[pos + k]))
            return false;
        Pending e{link ? QStringLiteral("link-added") : QStringLiteral("format-added"), link ? ChangeKind::LinkAdded : ChangeKind::FormatAdded,
                  p.id, -1, pos, pos + k, p.id, -1, pos, pos + k, NoStyle, {}, {}, joinWords(p.words, pos, pos + k)};
        if (link) {
            e.href = newHref();
            p.hrefs.append(e.href);
        } else {
            e.style = rng.chance(0.5) ? Italic : Bold;
        }
        for (int j = pos; j < pos + k; ++j) {
            if (link)
                p.words[j].link = int(p.hrefs.size()) - 1;
            else
                p.words[j].style = e.style;
        }
        record(e, p);
        return true;
    }

    // An existing link or styled run, unmarked (or for links, pointed elsewhere).
    bool unmarkRun(Version &v, Op op) {
        for (int attempt = 0; attempt < 30; ++attempt) {
            const int i = pickPara(v, false);
            if (i < 0)
                return false;
            Para &p = v[i];
            int b = -1, e = -1;
            for (int j = 0; j < p.words.size() && e < 0; ++j) {
                const bool hit = op == Op::FormatRemoved ? p.words[j].style != NoStyle : p.words[j].link >= 0;
                if (hit && b < 0)
                    b = j;
                else if (b >= 0 && (op == Op::FormatRemoved ? p.words[j].style != p.words[b].style : p.words[j].link != p.words[b].link))
                    e = j;
            }
            if (b < 0)
                continue;
            if (e < 0)
                e = int(p.words.size());
            Pending rec{QString(), ChangeKind::LinkRemoved, p.id, -1, b, e, p.id, -1, b, e, NoStyle, {}, {}, joinWords(p.words, b, e)};
            if (op == Op::FormatRemoved) {
                rec.label = QStringLiteral("format-removed");
                rec.kind = ChangeKind::FormatRemoved;
                rec.style = p.words[b].style;
                for (int j = b; j < e; ++j)
                    p.words[j].style = NoStyle;
            } else if (op == Op::LinkRemoved) {
                rec.label = QStringLiteral("link-removed");
                rec.oldHref = p.hrefs.at(p.words[b].link);
                for (int j = b; j < e; ++j)
                    p.words[j].link = -1;
            } else {
                rec.label = QStringLiteral("link-changed");
                rec.kind = ChangeKind::LinkChanged;
                rec.oldHref = p.hrefs.at(p.words[b].link);
                rec.href = newHref();
                p.hrefs[p.words[b].link] = rec.href;
            }
            record(rec, p);
            return true;
        }
        return false;
    }

    bool typography(Version &v) {
        const int i = pickPara(v, false);
        if (i < 0)
            return false;
        Para &p = v[i];
        QList<int> candidates;
        for (int j = 1; j < p.words.size(); ++j) {
            if (QString(p.words[j].text).contains(QRegularExpression(QStringLiteral("['\"\u2018\u2019\u201C\u201D\u2014\u2026]|--|\\.\\.\\."))))
                candidates.append(j);
        }
        const bool nbsp = candidates.isEmpty() || rng.chance(0.25);
        int j;
        QString before;
        if (nbsp) {
            j = rng.range(1, int(p.words.size()) - 1);
            if (p.words[j].nbsp)
                return false;
            p.words[j].nbsp = true;
            before = QStringLiteral("nbsp before ") + p.words[j].text;
        } else {
            j = candidates[rng.below(candidates.size())];
            QString &t = p.words[j].text;
            before = t;
            t = toggleTypography(t);
            if (t == before)
                return false;
            before += QStringLiteral(" -> ") + t;
        }
        record(Pending{QStringLiteral("typography"), ChangeKind::Typography, p.id, -1, j, j + 1, p.id, -1, j, j + 1, NoStyle, {}, {}, before}, p);
        return true;
    }

    static QString toggleTypography(const QString &t) {
        QString s = t;
        // The whole run: "---" -> "—-" would insert a dash as well.
        if (s.contains(QStringLiteral("--")))
            return s.replace(QRegularExpression(QStringLiteral("-{2,}")), QString(QChar(0x2014)));
        if (s.contains(QChar(0x2014)))
            return s.replace(QChar(0x2014), QStringLiteral("--"));
        if (s.contains(QStringLiteral("...")))
            return s.replace(QStringLiteral("..."), QString(QChar(0x2026)));
        if (s.contains(QChar(0x2026)))
            return s.replace(QChar(0x2026), QStringLiteral("..."));
        if (s.contains(u'\'') || s.contains(u'"'))
            return curly(s);
        return straight(s);
    }

    static QString curly(QString s) {
        for (qsizetype k = 0; k < s.size(); ++k) {
            const bool open = k == 0 || !s[k - 1].isLetterOrNumber();
            if (s[k] == u'\'')
                s[k] = QChar(open && k + 1 < s.size() && s[k + 1].isLetter() ? 0x2018 : 0x2019);
            else if (s[k] == u'"')
                s[k] = QChar(open ? 0x201C : 0x201D);
        }
        return s;
    }
    static QString straight(QString s) {
        s.replace(QChar(0x2018), u'\'').replace(QChar(0x2019), u'\'');
        s.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');
        return s;
    }

    bool apply(Version &v, Op op) {
        switch (op) {
        case Op::WordInsert: return wordInsert(v);
        case Op::WordDelete: return wordDelete(v);
        case Op::Replace: return replace(v);
        case Op::ParaInsert: return paraInsert(v);
        case Op::ParaDelete: return paraDelete(v);
        case Op::Move: return move(v, false);
        case Op::MoveEdited: return move(v, true);
        case Op::Split: return split(v);
        case Op::Merge: return merge(v);
        case Op::LinkAdded: return markRun(v, true);
        case Op::FormatAdded: return markRun(v, false);
        case Op::LinkRemoved:
        case Op::LinkChanged:
        case Op::FormatRemoved: return unmarkRun(v, op);
        case Op::Typography: return typography(v);
        }
        return false;
    }

    // Links and styles that both versions have, so that there is something to remove.
    void decorate(Version &v) {
        for (Para &p : v) {
            for (int pass = 0; pass < 2; ++pass) {
                if (!rng.chance(0.35))
                    continue;
                const int k = rng.range(1, 3);
                const int pos = pickRun(p, k);
                if (pos < 0 || !plain(p.words[pos - 1]) || !plain(p.words[pos + k]))
                    continue;
                if (pass == 0)
                    p.hrefs.append(newHref());
                const Styles style = rng.chance(0.5) ? Italic : Bold;
                for (int j = pos; j < pos + k; ++j) {
                    if (pass == 0)
                        p.words[j].link = int(p.hrefs.size()) - 1;
                    else
                        p.words[j].style = style;
                }
            }
        }
    }
};

} // namespace sd::casegen::detail
