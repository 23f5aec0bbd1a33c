// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers/pdfreader.h"

#include "readers/blockbuilder.h"
#include "readers/pdfstyle.h"
#include "readers/readbudget.h"
#include "readers/readermodule.h"
#include "text/visible.h"

#include <poppler-link.h>
#include <poppler-qt6.h>

#include <QHash>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <functional>
#include <mutex>

namespace sd {
namespace {

struct Word {
    QString text;
    QRectF box;
    bool spaceAfter = true;
    QString href;
    Styles style = NoStyle;        // from the word's font
    QList<Styles> charStyles = {}; // per character, when the font changes inside the word
    double size = 0;               // the font's size in points, 0 when unknown
};

struct Line {
    QList<Word> words;
    double top = 0, bottom = 0, left = 0;
    double height() const { return bottom - top; }
    QString text() const {
        QStringList out;
        for (const Word &w : words)
            out << w.text;
        return out.join(u' ');
    }
};

using Paragraph = QList<Line>;

// Gives each word its font. poppler-cpp and poppler-qt6 read the same text layer, so the
// words come in the same order; where they do not agree, the font box at the word wins.
void applyFonts(QList<Word> &words, const QList<pdf::WordFont> &fonts) {
    const bool aligned =
        fonts.size() == words.size() &&
        std::equal(words.cbegin(), words.cend(), fonts.cbegin(),
                   [](const Word &w, const pdf::WordFont &f) { return w.text == f.text; });
    for (qsizetype i = 0; i < words.size(); ++i) {
        Word &w = words[i];
        const pdf::WordFont *f = aligned ? &fonts.at(i) : nullptr;
        for (qsizetype j = 0; !f && j < fonts.size(); ++j)
            if (fonts.at(j).box.contains(w.box.center()))
                f = &fonts.at(j);
        if (f) {
            w.style = f->style;
            w.size = f->size;
            if (f->charStyles.size() == w.text.size())
                w.charStyles = f->charStyles;
        }
    }
}

// Headings are paragraphs set larger than the body text: the largest size is level 1, the
// next level 2, and so on. The body size is the one most characters have.
class HeadingLevels {
public:
    explicit HeadingLevels(const QList<Paragraph> &paragraphs) {
        QHash<int, qsizetype> chars; // by size in half points
        for (const Paragraph &p : paragraphs)
            for (const Line &l : p)
                for (const Word &w : l.words)
                    chars[halfPoints(w.size)] += w.text.size();
        qsizetype most = 0;
        for (auto it = chars.cbegin(); it != chars.cend(); ++it)
            if (it.value() > most || (it.value() == most && it.key() < m_body)) {
                most = it.value();
                m_body = it.key();
            }
        for (const Paragraph &p : paragraphs)
            if (const int size = headingSize(p); size > 0 && !m_sizes.contains(size))
                m_sizes.append(size);
        std::sort(m_sizes.begin(), m_sizes.end(), std::greater<int>());
    }

    // 0 for body text.
    int levelOf(const Paragraph &p) const {
        const int size = headingSize(p);
        return size > 0 ? int(qMin<qsizetype>(m_sizes.indexOf(size) + 1, 6)) : 0;
    }

private:
    static int halfPoints(double size) { return qRound(size * 2); }
    // The paragraph's size when all of it is set clearly larger than the body (a heading is a
    // line or three), else 0.
    int headingSize(const Paragraph &p) const {
        if (m_body <= 0 || p.size() > 3)
            return 0;
        int smallest = INT_MAX;
        for (const Line &l : p)
            for (const Word &w : l.words)
                smallest = qMin(smallest, halfPoints(w.size));
        return smallest != INT_MAX && smallest >= m_body * 1.15 ? smallest : 0;
    }

    int m_body = 0;
    QList<int> m_sizes;
};

// Words on one baseline form a line; poppler gives them in reading order, so a word that
// does not overlap the line vertically, or jumps back left, starts the next one.
QList<Line> buildLines(const QList<Word> &words) {
    QList<Line> lines;
    for (const Word &w : words) {
        const double mid = w.box.center().y();
        const bool sameLine = !lines.isEmpty() && mid > lines.last().top &&
                              mid < lines.last().bottom &&
                              w.box.left() >= lines.last().words.last().box.left();
        if (!sameLine) {
            lines.append(Line{{}, w.box.top(), w.box.bottom(), w.box.left()});
        } else {
            lines.last().top = qMin(lines.last().top, w.box.top());
            lines.last().bottom = qMax(lines.last().bottom, w.box.bottom());
        }
        lines.last().words.append(w);
    }
    return lines;
}

double percentile(QList<double> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qsizetype(double(v.size() - 1) * p));
}

double median(const QList<double> &v) {
    return percentile(v, 0.5);
}

// "exam-" at a line end followed by "ple": one word, the hyphen was the typesetter's.
bool isLineEndHyphen(const QString &word) {
    return word.size() >= 2 && (word.back() == u'-' || word.back() == QChar(0x00AD)) &&
           word.at(word.size() - 2).isLetter();
}

// Typesetters' ligatures come out of PDFs as single characters: "ﬂoor", "ﬁlled". A reader
// sees letters, and so must the comparison.
QString withoutLigatures(const QString &text) {
    if (std::none_of(text.begin(), text.end(),
                     [](QChar c) { return c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06; }))
        return text;
    QString out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFB00 && u <= 0xFB06)
            out += QString(c).normalized(QString::NormalizationForm_KC);
        else
            out += c;
    }
    return out;
}

class PageWriter {
public:
    void addPage(const QList<Line> &lines) { m_pages.append(lines); }

    QList<Block> takeBlocks() {
        dropRunningLines();
        QList<Paragraph> paragraphs;
        for (const QList<Line> &page : std::as_const(m_pages))
            paragraphs += splitParagraphs(page);
        m_pages.clear();
        const HeadingLevels headings(paragraphs);
        for (const Paragraph &p : std::as_const(paragraphs))
            writeParagraph(p, headings.levelOf(p));
        return m_b.takeBlocks();
    }

private:
    // Page numbers and the heads and feet repeated on every page are no part of the story.
    void dropRunningLines() {
        QList<pdf::PageEdges> edges;
        for (const QList<Line> &page : std::as_const(m_pages)) {
            pdf::PageEdges e;
            if (!page.isEmpty()) {
                e = {page.first().text(), page.last().text(), page.first().top, page.last().bottom};
            }
            edges.append(e);
        }
        const QList<pdf::RunningLines> running = pdf::findRunningLines(edges);
        for (qsizetype p = 0; p < m_pages.size(); ++p) {
            QList<Line> &page = m_pages[p];
            if (running.at(p).last && !page.isEmpty())
                page.removeLast();
            if (running.at(p).first && !page.isEmpty())
                page.removeFirst();
        }
    }

    static QList<Paragraph> splitParagraphs(const QList<Line> &lines) {
        QList<Paragraph> out;
        QList<double> pitches, heights;
        double margin = 1e9;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            margin = qMin(margin, lines.at(i).left);
            heights.append(lines.at(i).height());
            if (i > 0 && lines.at(i).top > lines.at(i - 1).top)
                pitches.append(lines.at(i).top - lines.at(i - 1).top);
        }
        // The line pitch. On a page of short paragraphs most distances between lines are
        // paragraph gaps, and their median alone would hide every break; the lower quartile of
        // the distances (or the text's own height, for lines set tighter than their boxes)
        // finds the pitch inside paragraphs, whatever the line spacing.
        const double pitch =
            qMin(median(pitches), qMax(median(heights), percentile(pitches, 0.25)));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &l = lines.at(i);
            bool newParagraph = i == 0;
            if (i > 0) {
                const Line &prev = lines.at(i - 1);
                const double delta = l.top - prev.top;
                // Larger type (a headline) has a larger pitch of its own; a change of size is a
                // new paragraph by itself.
                const double ownPitch = qMax(pitch, 0.9 * prev.height());
                const bool gap = pitch > 0 && delta > 1.5 * ownPitch;
                const bool resized =
                    qAbs(l.height() - prev.height()) > 0.25 * qMax(l.height(), prev.height());
                const bool indent =
                    l.left > margin + l.height() * 0.8 && prev.left <= margin + l.height() * 0.3;
                newParagraph = gap || resized || indent || delta < 0;
            }
            if (newParagraph || out.isEmpty())
                out.append(Paragraph{});
            out.last().append(l);
        }
        return out;
    }

    void writeParagraph(const Paragraph &p, int headingLevel) {
        m_b.end();
        m_b.begin(headingLevel ? BlockKind::Heading : BlockKind::Paragraph, headingLevel);
        m_hrefs.clear();
        m_links.clear();
        m_joinNext = false;
        // A heading set all in bold is bold by its kind, as in the other formats.
        m_clearBold = headingLevel > 0 && std::all_of(p.cbegin(), p.cend(), [](const Line &l) {
                          return std::all_of(l.words.cbegin(), l.words.cend(),
                                             [](const Word &w) { return w.style & Bold; });
                      });
        for (const Line &l : p)
            appendLine(l);
        m_b.end();
    }

    void appendLine(const Line &l) {
        for (qsizetype i = 0; i < l.words.size(); ++i) {
            Word w = l.words.at(i);
            const bool last = i + 1 == l.words.size();
            if (last && isLineEndHyphen(w.text)) {
                w.text.chop(1);
                appendWord(w);
                m_joinNext = true;
                continue;
            }
            appendWord(w);
            m_joinNext = !last && !w.spaceAfter;
        }
        if (!m_joinNext)
            m_b.appendBreak();
    }

    void appendWord(const Word &w) {
        if (!m_joinNext)
            m_b.appendText(u" ");
        m_joinNext = false;
        qint32 link = -1;
        if (!w.href.isEmpty()) {
            const qsizetype known = m_hrefs.indexOf(w.href);
            if (known >= 0) {
                link = m_links.at(known);
            } else {
                link = m_b.addLink(w.href);
                m_hrefs.append(w.href);
                m_links.append(link);
            }
        }
        auto styleOf = [this](Styles s) { return m_clearBold ? Styles(s & ~Bold) : s; };
        if (w.charStyles.isEmpty()) {
            m_b.appendText(withoutLigatures(w.text), styleOf(w.style), link);
            return;
        }
        // A word whose font changes inside it ("Okafor," italic up to the comma): one run
        // per style.
        qsizetype from = 0;
        for (qsizetype i = 1; i <= w.text.size(); ++i) {
            if (i < w.text.size() && w.charStyles.at(i) == w.charStyles.at(from))
                continue;
            m_b.appendText(withoutLigatures(w.text.mid(from, i - from)),
                           styleOf(w.charStyles.at(from)), link);
            from = i;
        }
    }

    BlockBuilder m_b;
    QStringList m_hrefs; // links of the current block, by href
    QList<qint32> m_links;
    bool m_joinNext = false;
    bool m_clearBold = false;
    QList<QList<Line>> m_pages;
};

// Poppler reports every oddity of a damaged PDF on stderr, unprefixed and in the middle of our
// own output; the reader says in one line what is wrong when it matters ("a broken PDF").
// STORYDIFF_PDF_DEBUG=1 shows them, prefixed.
void popplerMessage(const QString &message, const QVariant &) {
    static const bool show = qEnvironmentVariableIntValue("STORYDIFF_PDF_DEBUG") > 0;
    if (show)
        std::fprintf(stderr, "storydiff: poppler: %s\n", qPrintable(visibleControls(message)));
}

void installPopplerMessages() {
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

} // namespace

bool PdfReader::read(const QByteArray &bytes, Document &doc, QString &error) const {
    installPopplerMessages();
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) {
        error = QStringLiteral("a broken PDF");
        return false;
    }
    if (pdf->isLocked()) {
        error = QStringLiteral("a password-protected PDF");
        return false;
    }
    PageWriter writer;
    const pdf::FontReader fonts(bytes);
    int emptyInARow = 0;
    for (int p = 0; p < pdf->numPages() && ReadBudget::spendPage(); ++p) {
        std::unique_ptr<Poppler::Page> page = pdf->page(p);
        if (!page)
            continue;
        QList<Word> words;
        for (const auto &box : page->textList())
            words.append(Word{box->text(), box->boundingBox(), box->hasSpaceAfter(), {}});
        if (words.isEmpty()) {
            if (++emptyInARow >= kMaxEmptyPagesInARow)
                break;
            continue;
        }
        emptyInARow = 0;
        // Link areas are fractions of the page; words are in points.
        const QSizeF size = page->pageSizeF();
        for (const auto &link : page->links()) {
            if (link->linkType() != Poppler::Link::Browse)
                continue;
            const QRectF a = link->linkArea().normalized();
            const QRectF area(a.left() * size.width(), a.top() * size.height(),
                              a.width() * size.width(), a.height() * size.height());
            const QString url = static_cast<const Poppler::LinkBrowse *>(link.get())->url();
            for (Word &w : words)
                if (area.contains(w.box.center()))
                    w.href = url;
        }
        applyFonts(words, fonts.page(p));
        writer.addPage(buildLines(words));
    }
    doc.format = Format::Pdf;
    doc.encoding = QStringLiteral("UTF-8");
    doc.title = pdf->info(QStringLiteral("Title")).simplified();
    doc.blocks = writer.takeBlocks();
    if (doc.blocks.isEmpty()) {
        error = QStringLiteral("no text in the PDF (scanned pages without a text layer?)");
        return false;
    }
    return true;
}

} // namespace sd

// The entry point storydiff-pdf.so is loaded by (readers/readermodule.h).
extern "C" Q_DECL_EXPORT const sd::Reader *storydiff_module_reader(int abi, sd::Format format) {
    static const sd::PdfReader reader;
    return abi == sd::kReaderModuleAbi && format == sd::Format::Pdf ? &reader : nullptr;
}
