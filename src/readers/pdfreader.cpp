#include "readers/pdfreader.h"

#include "readers/blockbuilder.h"
#include "readers/readbudget.h"
#include "text/visible.h"

#include <poppler-link.h>
#include <poppler-qt6.h>

#include <algorithm>
#include <cstdio>
#include <mutex>

namespace sd {
namespace {

struct Word {
    QString text;
    QRectF box;
    bool spaceAfter = true;
    QString href;
};

struct Line {
    QList<Word> words;
    double top = 0, bottom = 0, left = 0;
    double height() const { return bottom - top; }
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

double median(const QList<double> &v) { return percentile(v, 0.5); }

// "exam-" at a line end followed by "ple": one word, the hyphen was the typesetter's.
bool isLineEndHyphen(const QString &word) {
    return word.size() >= 2 && (word.back() == u'-' || word.back() == QChar(0x00AD)) &&
           word.at(word.size() - 2).isLetter();
}

// Typesetters' ligatures come out of PDFs as single characters: "ﬂoor", "ﬁlled". A reader
// sees letters, and so must the comparison.
QString withoutLigatures(const QString &text) {
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06; }))
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
    void addPage(const QList<Line> &lines) {
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
                const bool resized = qAbs(l.height() - prev.height()) >
                                     0.25 * qMax(l.height(), prev.height());
                const bool indent =
                    l.left > margin + l.height() * 0.8 && prev.left <= margin + l.height() * 0.3;
                newParagraph = gap || resized || indent || delta < 0;
            }
            if (newParagraph)
                startParagraph();
            appendLine(l);
        }
        m_b.end();
    }

    QList<Block> takeBlocks() { return m_b.takeBlocks(); }

private:
    void startParagraph() {
        m_b.end();
        m_b.begin(BlockKind::Paragraph);
        m_hrefs.clear();
        m_joinNext = false;
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
        m_b.appendText(withoutLigatures(w.text), NoStyle, link);
        m_joinNext = false;
    }

    BlockBuilder m_b;
    QStringList m_hrefs; // links of the current block, by href
    QList<qint32> m_links;
    bool m_joinNext = false;
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
