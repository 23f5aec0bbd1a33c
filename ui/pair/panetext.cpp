// SPDX-License-Identifier: GPL-3.0-or-later
// The panes' text made safe to lay out: italics the font cannot draw, runs too long to wrap,
// paragraphs too long to lay out in one block (see panetext.h).
#include "pair/panetext.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace sd {

void uprightWhereItalicLacksGlyphs(QTextDocument *doc) {
    // Every fragment's format is one of the document's: without an italic one there is nothing
    // to walk (a 1M-word pane's fragments took a tenth of its build).
    const QList<QTextFormat> formats = doc->allFormats();
    if (std::none_of(formats.cbegin(), formats.cend(), [](const QTextFormat &f) {
            return f.isCharFormat() && f.toCharFormat().fontItalic();
        }))
        return;
    QFont upright = QGuiApplication::font();
    upright.setItalic(false);
    QFont italic = upright;
    italic.setItalic(true);
    const QFontMetricsF uprightMetrics(upright), italicMetrics(italic);
    QHash<char32_t, bool> lacking; // per character: asked once per build
    const auto lacks = [&](char32_t ch) {
        auto it = lacking.constFind(ch);
        if (it == lacking.cend())
            it = lacking.insert(ch, !italicMetrics.inFontUcs4(ch) && uprightMetrics.inFontUcs4(ch));
        return *it;
    };
    QList<QPair<int, int>> ranges; // collected first: formatting splits the fragments
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().fontItalic())
                continue;
            const QString text = fragment.text();
            int runStart = -1;
            qsizetype i = 0;
            while (i <= text.size()) {
                char32_t ch = 0;
                qsizetype next = i + 1;
                if (i < text.size()) {
                    ch = text.at(i).unicode();
                    if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
                        ch = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                        next = i + 2;
                    }
                }
                const bool bad = i < text.size() && !QChar::isSpace(ch) && lacks(ch);
                if (bad && runStart < 0)
                    runStart = int(i);
                if (!bad && runStart >= 0) {
                    ranges.append({fragment.position() + runStart, fragment.position() + int(i)});
                    runStart = -1;
                }
                i = next;
            }
        }
    }
    if (ranges.isEmpty())
        return;
    QTextCursor cur(doc);
    QTextCharFormat f;
    f.setFontItalic(false);
    for (const auto &[start, end] : std::as_const(ranges)) {
        cur.setPosition(start);
        cur.setPosition(end, QTextCursor::KeepAnchor);
        cur.mergeCharFormat(f);
    }
}

// Runs start after a space. A run longer than kLongRun has no space in the kLongRun + 1
// characters from its start; otherwise the last space there starts the next run to try (every
// run that begins before it ends before it, shorter). Prose needs a few looks per 256
// characters, not one per character (a tenth of building a 1M-word pane).
QList<qint32> longRunBreaks(QStringView text) {
    QList<qint32> out;
    const qsizetype n = text.size();
    qsizetype runStart = 0;
    while (runStart + kLongRun < n) {
        qsizetype p = runStart + kLongRun;
        while (p >= runStart && !text.at(p).isSpace())
            --p;
        if (p >= runStart) {
            runStart = p + 1;
            continue;
        }
        qsizetype end = runStart + kLongRun + 1;
        while (end < n && !text.at(end).isSpace())
            ++end;
        for (qsizetype at = runStart + kRunChunk; at < end; at += kRunChunk) {
            if (text.at(at).isLowSurrogate())
                ++at; // whole code points only
            if (at < end)
                out.append(qint32(at));
        }
        runStart = end + 1;
    }
    return out;
}

QString withBreaks(QStringView text, const QList<qint32> &breaks) {
    if (breaks.isEmpty())
        return text.toString();
    QString out;
    out.reserve(text.size() + breaks.size());
    qsizetype pos = 0;
    for (qint32 b : breaks) {
        out.append(text.mid(pos, b - pos));
        out.append(QChar(0x200B));
        pos = b;
    }
    out.append(text.mid(pos));
    return out;
}

QList<qint32> pieceCuts(QStringView text, qsizetype used) {
    QList<qint32> out;
    qsizetype from = 0;
    qsizetype room = qMax(qsizetype(1), kPaneBlock - used);
    while (text.size() - from > room) {
        qsizetype cut = from + room;
        qsizetype space = cut;
        while (space > from + room / 2 && text.at(space - 1) != QLatin1Char(' '))
            --space;
        if (space > from + room / 2)
            cut = space; // words stay whole where they can
        else if (text.at(cut).isLowSurrogate())
            cut = cut - 1 > from ? cut - 1 : cut + 1;
        if (cut >= text.size())
            break; // one surrogate pair where a single character had room
        out.append(qint32(cut));
        from = cut;
        room = kPaneBlock;
    }
    return out;
}

} // namespace sd
