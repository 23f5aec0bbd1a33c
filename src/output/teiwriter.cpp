// SPDX-License-Identifier: GPL-3.0-or-later
// --format tei: the collation as TEI parallel segmentation, the encoding scholarly editions use
// for a critical apparatus inside the text: each place where versions differ is an <app> whose
// <lem> is the base's reading and whose <rdg wit="#v2 #v3"> name the versions sharing each of
// the others. tests/tei-subset.rng is the RELAX NG schema of the TEI subset written here.
#include "output/writers.h"

#include "text/visible.h"

#include <QSet>
#include <QXmlStreamWriter>

namespace sd {
namespace {

QString siglum(qsizetype version) {
    return QStringLiteral("v%1").arg(version + 1);
}

// A reading's text: controls as their pictures (XML 1.0 admits none of them), a paragraph
// break inside it as <lb/> (an apparatus entry holds no paragraphs).
void writeReading(QXmlStreamWriter &w, const QString &text) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            w.writeEmptyElement(QStringLiteral("lb"));
        w.writeCharacters(visibleControls(lines.at(i)));
    }
}

void writeHeader(QXmlStreamWriter &w, const QList<Document> &documents) {
    w.writeStartElement(QStringLiteral("teiHeader"));
    w.writeStartElement(QStringLiteral("fileDesc"));
    w.writeStartElement(QStringLiteral("titleStmt"));
    w.writeTextElement(QStringLiteral("title"),
                       QStringLiteral("Collation of %1 versions").arg(documents.size()));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("publicationStmt"));
    w.writeTextElement(QStringLiteral("p"), QStringLiteral("Written by StoryDiff."));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("sourceDesc"));
    w.writeStartElement(QStringLiteral("listWit"));
    for (qsizetype k = 0; k < documents.size(); ++k) {
        w.writeStartElement(QStringLiteral("witness"));
        w.writeAttribute(QStringLiteral("xml:id"), siglum(k));
        w.writeCharacters(visibleControls(documents.at(k).path));
        w.writeEndElement();
    }
    w.writeEndElement(); // listWit
    w.writeEndElement(); // sourceDesc
    w.writeEndElement(); // fileDesc
    w.writeStartElement(QStringLiteral("encodingDesc"));
    w.writeEmptyElement(QStringLiteral("variantEncoding"));
    w.writeAttribute(QStringLiteral("method"), QStringLiteral("parallel-segmentation"));
    w.writeAttribute(QStringLiteral("location"), QStringLiteral("internal"));
    w.writeEndElement();
    w.writeEndElement(); // teiHeader
}

// One <app>: the base's reading as <lem>, then the others in the order of the first version
// reading each.
void writeApp(QXmlStreamWriter &w, const CollationRow &row, qsizetype index, qsizetype base,
              bool named) {
    w.writeStartElement(QStringLiteral("app"));
    if (named)
        w.writeAttribute(QStringLiteral("xml:id"), QStringLiteral("row%1").arg(index));
    const qsizetype n = row.texts.size();
    QList<qsizetype> readings{row.sameAs.at(base)}; // the lemma's reading first
    for (qsizetype first = 0; first < n; ++first)
        if (row.sameAs.at(first) == first && first != readings.first())
            readings << first;
    for (const qsizetype first : readings) {
        // Versions of one reading, split by whether it moved there in them.
        for (const bool moved : {false, true}) {
            QStringList wit;
            qint32 from = -1;
            for (qsizetype k = first; k < n; ++k)
                if (row.sameAs.at(k) == first && (row.movedFrom.at(k) >= 0) == moved) {
                    wit << QLatin1Char('#') + siglum(k);
                    from = row.movedFrom.at(k);
                }
            if (wit.isEmpty())
                continue;
            const bool lemma = !moved && row.sameAs.at(base) == first && row.movedFrom.at(base) < 0;
            w.writeStartElement(lemma ? QStringLiteral("lem") : QStringLiteral("rdg"));
            w.writeAttribute(QStringLiteral("wit"), wit.join(QLatin1Char(' ')));
            if (moved) {
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("transposition"));
                w.writeAttribute(QStringLiteral("corresp"), QStringLiteral("#row%1").arg(from));
            }
            writeReading(w, row.texts.at(first).value_or(QString()));
            w.writeEndElement();
        }
    }
    w.writeEndElement();
}

// True when every version reading in the row begins a paragraph there.
bool opensParagraph(const CollationRow &row) {
    bool any = false;
    for (qsizetype k = 0; k < row.texts.size(); ++k) {
        if (!row.texts.at(k))
            continue;
        if (!row.opensParagraph.at(k))
            return false;
        any = true;
    }
    return any;
}

// A row whose readings all start with closing punctuation follows the row before without a
// space, as the text reads ("agreed</app>." not "agreed</app> .").
bool startsWithPunctuation(const CollationRow &row) {
    bool any = false;
    for (const std::optional<QString> &t : row.texts) {
        if (!t || t->isEmpty())
            continue;
        const QChar c = t->front();
        if (!(c.category() == QChar::Punctuation_Other ||
              c.category() == QChar::Punctuation_Close) ||
            c == QLatin1Char('"'))
            return false;
        any = true;
    }
    return any;
}

} // namespace

QByteArray writeTei(const WriterInput &input) {
    const Collation &col = input.multi->collation;
    QSet<qint32> targets; // rows a moved reading points back to get an id
    for (const CollationRow &row : col.rows)
        for (qint32 from : row.movedFrom)
            if (from >= 0)
                targets.insert(from);
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeCharacters(QStringLiteral("\n"));
    w.writeDefaultNamespace(QStringLiteral("http://www.tei-c.org/ns/1.0"));
    w.writeStartElement(QStringLiteral("TEI"));
    writeHeader(w, input.documents);
    w.writeStartElement(QStringLiteral("text"));
    w.writeStartElement(QStringLiteral("body"));
    w.writeCharacters(QStringLiteral("\n"));
    w.writeStartElement(QStringLiteral("p"));
    for (qsizetype r = 0; r < col.rows.size(); ++r) {
        const CollationRow &row = col.rows.at(r);
        if (r > 0 && opensParagraph(row)) {
            w.writeEndElement();
            w.writeCharacters(QStringLiteral("\n"));
            w.writeStartElement(QStringLiteral("p"));
        } else if (r > 0 && !startsWithPunctuation(row)) {
            w.writeCharacters(QStringLiteral(" "));
        }
        if (!row.agree) {
            writeApp(w, row, r, input.base, targets.contains(qint32(r)));
        } else if (targets.contains(qint32(r))) {
            w.writeStartElement(QStringLiteral("seg"));
            w.writeAttribute(QStringLiteral("xml:id"), QStringLiteral("row%1").arg(r));
            writeReading(w, row.texts.first().value_or(QString()));
            w.writeEndElement();
        } else {
            writeReading(w, row.texts.first().value_or(QString()));
        }
    }
    w.writeEndElement(); // p
    w.writeCharacters(QStringLiteral("\n"));
    w.writeEndDocument();
    out += '\n';
    return out;
}

} // namespace sd
