// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivegen.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace sd::archivegen {
namespace {

using Rng = std::mt19937_64; // fully specified by the standard: the same archive everywhere

double uniform(Rng &rng) {
    return double(rng() >> 11) * 0x1.0p-53;
}
int between(Rng &rng, int lo, int hi) {
    return lo + int(rng() % quint64(hi - lo + 1));
}

// A vocabulary of made-up words, drawn with Zipf's law (s = 1): "the" of this language is
// a few percent of all words.
class Vocabulary {
public:
    explicit Vocabulary(quint64 seed, int size = 12000) {
        static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
                                          "ze", "pu", "da", "fe", "go", "hi", "ju", "be"};
        Rng rng(seed);
        QSet<QString> seen;
        while (int(m_words.size()) < size) {
            QString w;
            const int n = between(rng, 1, 4);
            for (int s = 0; s < n; ++s)
                w += QLatin1String(syllables[rng() % 16]);
            if (!seen.contains(w)) {
                seen.insert(w);
                m_words.append(w);
            }
        }
        double total = 0;
        for (int r = 1; r <= size; ++r)
            m_cumulative.push_back(total += 1.0 / r);
        for (double &c : m_cumulative)
            c /= total;
    }
    const QString &draw(Rng &rng) const {
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), uniform(rng));
        return m_words.at(std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1));
    }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

QStringList paragraphOf(const Vocabulary &v, Rng &rng) {
    QStringList words;
    const int n = between(rng, 30, 70);
    for (int i = 0; i < n; ++i)
        words.append(v.draw(rng));
    return words;
}

QList<QStringList> articleOf(const Vocabulary &v, Rng &rng, int paragraphs) {
    QList<QStringList> story;
    for (int p = 0; p < paragraphs; ++p)
        story.append(paragraphOf(v, rng));
    return story;
}

void edit(QList<QStringList> &story, const Vocabulary &v, Rng &rng, double rate) {
    for (QStringList &p : story)
        for (qsizetype i = 0; i < p.size(); ++i) {
            if (uniform(rng) >= rate)
                continue;
            switch (rng() % 3) {
            case 0:
                p[i] = v.draw(rng);
                break;
            case 1:
                p.insert(i++, v.draw(rng));
                break;
            case 2:
                if (p.size() > 1)
                    p.removeAt(i--);
                break;
            }
        }
}

QByteArray render(const QList<QStringList> &paragraphs, bool joined) {
    QStringList out;
    for (const QStringList &p : paragraphs)
        out.append(p.join(u' ') + u'.');
    return out.join(joined ? QStringLiteral(" ") : QStringLiteral("\n\n")).toUtf8() + '\n';
}

} // namespace

QList<QPair<int, int>> Archive::truePairs() const {
    QList<QPair<int, int>> pairs;
    for (int i = 0; i < articles.size(); ++i)
        for (int j = i + 1; j < articles.size(); ++j)
            if (articles[i].story >= 0 && articles[i].story == articles[j].story)
                pairs.append({i, j});
    return pairs;
}

Archive generateArchive(const ArchiveOptions &o) {
    Rng rng(o.seed);
    const Vocabulary vocabulary(o.seed ^ 0x5eed);
    QList<Article> articles;
    for (int s = 0; s < o.stories; ++s) {
        const QList<QStringList> wire =
            articleOf(vocabulary, rng, std::max(2, o.paragraphs + between(rng, -3, 3)));
        const int copies = between(rng, o.minCopies, o.maxCopies);
        for (int c = 0; c < copies; ++c) {
            QList<QStringList> copy = wire;
            edit(copy, vocabulary, rng, o.editRate * uniform(rng) * 2);
            if (uniform(rng) < o.trimmed && copy.size() > 3)
                copy.resize(copy.size() - between(rng, 1, int(copy.size()) / 3));
            Article a;
            a.story = s;
            if (uniform(rng) < o.embedded) {
                // A page: other articles' paragraphs around the story, one block each.
                QList<QStringList> page = articleOf(vocabulary, rng, between(rng, 2, 8));
                const int at = between(rng, 0, int(page.size()));
                for (qsizetype p = 0; p < copy.size(); ++p)
                    page.insert(at + p, copy.at(p));
                a.embedded = true;
                a.storyFirst = at;
                a.storyEnd = at + int(copy.size());
                a.text = render(page, false);
            } else {
                a.text = render(copy, uniform(rng) < o.joined);
            }
            articles.append(a);
        }
    }
    for (int u = 0; u < o.unrelated; ++u)
        articles.append(
            Article{{}, render(articleOf(vocabulary, rng, between(rng, 3, 12)), false)});
    // Archive order: shuffled, so that copies are not neighbours.
    std::vector<int> order(size_t(articles.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[rng() % i]);
    Archive archive;
    for (size_t i = 0; i < order.size(); ++i) {
        Article a = articles.at(order[i]);
        a.name = QStringLiteral("a%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        archive.articles.append(a);
    }
    return archive;
}

bool writeArchive(const Archive &archive, const QString &dir) {
    for (const Article &a : archive.articles) {
        QFile f(QDir(dir).filePath(a.name));
        if (!f.open(QIODevice::WriteOnly) || f.write(a.text) != a.text.size() || !f.flush())
            return false;
    }
    return true;
}

} // namespace sd::archivegen
