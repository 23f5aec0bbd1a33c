// SPDX-License-Identifier: GPL-3.0-or-later
// Renders a model version as a file. Everything here that varies between two versions of a
// case (wrap width, doubled or trailing spaces, line ends, page furniture) is noise: a reader
// must see the same words whatever it is.

#include "model.h"

#include <QRegularExpression>

namespace sd::casegen {
namespace {

constexpr QChar kNbsp(0x00A0);

struct Piece {
    QString text;     // the rendered word with its markup
    bool nbsp = false; // glued to the previous piece by a non-breaking space
};

QString htmlEscape(const QString &s) {
    QString out = s;
    out.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;")).replace(u'>', QStringLiteral("&gt;"));
    return out;
}

QString openMarker(const QString &format, const Para &p, const Word &w, bool underscores) {
    if (w.link >= 0) {
        return format == u"md" ? QStringLiteral("[")
                               : QStringLiteral("<a href=\"%1\">").arg(htmlEscape(p.hrefs.at(w.link)));
    }
    if (format == u"md") {
        if (w.style & Bold)
            return underscores ? QStringLiteral("__") : QStringLiteral("**");
        if (w.style & Italic)
            return underscores ? QStringLiteral("_") : QStringLiteral("*");
        return {};
    }
    if (w.style & Bold)
        return underscores ? QStringLiteral("<b>") : QStringLiteral("<strong>");
    if (w.style & Italic)
        return underscores ? QStringLiteral("<i>") : QStringLiteral("<em>");
    return {};
}

QString closeMarker(const QString &format, const Para &p, const Word &w, bool underscores) {
    if (w.link >= 0)
        return format == u"md" ? QStringLiteral("](%1)").arg(p.hrefs.at(w.link)) : QStringLiteral("</a>");
    QString open = openMarker(format, p, w, underscores);
    if (format == u"html" && !open.isEmpty())
        open.insert(1, u'/');
    return open;
}

bool sameRun(const Word &x, const Word &y) {
    if (x.link >= 0 || y.link >= 0)
        return x.link == y.link;
    return x.style == y.style;
}

QList<Piece> pieces(const Para &p, const RenderStyle &rs) {
    QList<Piece> out;
    for (qsizetype i = 0; i < p.words.size(); ++i) {
        const Word &w = p.words[i];
        Piece piece;
        piece.nbsp = w.nbsp && i > 0;
        piece.text = rs.format == u"html" ? htmlEscape(w.text) : w.text;
        if (rs.format != u"txt") {
            const bool marked = w.link >= 0 || w.style != NoStyle;
            if (marked && (i == 0 || !sameRun(p.words[i - 1], w)))
                piece.text.prepend(openMarker(rs.format, p, w, rs.underscores));
            if (marked && (i + 1 == p.words.size() || !sameRun(p.words[i + 1], w)))
                piece.text.append(closeMarker(rs.format, p, w, rs.underscores));
        }
        out.append(piece);
    }
    return out;
}

// Greedy hard wrap; pieces glued by a non-breaking space stay on one line.
QStringList wrapPieces(const QList<Piece> &ps, const RenderStyle &rs, Rng &rng) {
    const QString nbsp = rs.format == u"html" ? QStringLiteral("&nbsp;") : QString(kNbsp);
    QStringList units;
    for (const Piece &p : ps) {
        if (p.nbsp && !units.isEmpty())
            units.last() += nbsp + p.text;
        else
            units.append(p.text);
    }
    QStringList lines;
    QString line;
    for (const QString &u : units) {
        const QString space = rs.doubleSpaces && rng.chance(0.15) ? QStringLiteral("  ") : QStringLiteral(" ");
        if (line.isEmpty()) {
            line = u;
        } else if (rs.wrap > 0 && line.size() + 1 + u.size() > rs.wrap) {
            lines.append(line);
            line = u;
        } else {
            line += space + u;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    if (rs.trailingSpaces) {
        for (QString &l : lines) {
            if (rng.chance(0.4))
                l += QString(rs.format == u"md" ? 1 : rng.range(1, 3), u' ');
        }
    }
    return lines;
}

const char *const kNavItems[][5] = {
    {"Home", "World", "Culture", "Science", "Contact"},
    {"Front page", "Stories", "Archive", "About us", "Subscribe"},
    {"Start", "News", "Opinion", "Books", "Help"},
};

QString furnitureHead(int variant) {
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<title>The Harbour Gazette</title>\n");
    h += QStringLiteral("<style>body { font-family: serif; } nav li { display: inline; margin: %1px; }</style>\n")
             .arg(4 + variant);
    h += QStringLiteral("<script>window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); } "
                        "track({page: 'story', build: %1});</script>\n</head>\n<body>\n")
             .arg(1000 + variant * 17);
    h += QStringLiteral("<header class=\"site-header\">\n<div class=\"logo\">The Harbour Gazette</div>\n<nav><ul>");
    for (const char *item : kNavItems[variant % 3])
        h += QStringLiteral("<li><a href=\"/%1\">%2</a></li>").arg(QString::fromLatin1(item).toLower().replace(u' ', u'-'), QLatin1String(item));
    h += QStringLiteral("</ul></nav>\n</header>\n<main>\n<article>\n");
    return h;
}

QString furnitureTail(int variant) {
    QString t = QStringLiteral("</article>\n<aside class=\"related\">\n<h2>Related stories</h2>\n<ul>\n");
    for (int i = 0; i < 3; ++i)
        t += QStringLiteral("<li><a href=\"/story/%1\">Story number %1 about the coast</a></li>\n").arg(variant * 10 + i);
    t += QStringLiteral("</ul>\n<p>Sponsored: visit the islands this summer with %1.</p>\n</aside>\n</main>\n")
             .arg(variant % 2 ? QStringLiteral("Island Ferries") : QStringLiteral("Coastline Tours"));
    t += QStringLiteral("<footer>\n<p>Copyright %1 The Harbour Gazette. All rights reserved.</p>\n"
                        "<nav><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></nav>\n</footer>\n")
             .arg(2020 + variant);
    t += QStringLiteral("<script>document.querySelectorAll('a').forEach(function (a) { a.rel = 'noopener %1'; });</script>\n"
                        "</body>\n</html>\n")
             .arg(variant);
    return t;
}

} // namespace

QByteArray render(const Version &v, const RenderStyle &rs) {
    Rng rng(rs.noiseSeed);
    QString out;
    const QString nl = rs.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    if (rs.format == u"html")
        out += furnitureHead(rs.furniture);
    for (const Para &p : v) {
        const QStringList lines = wrapPieces(pieces(p, rs), rs, rng);
        if (rs.format == u"html") {
            out += QStringLiteral("<p>") + lines.join(nl) + QStringLiteral("</p>") + nl;
            if (rs.furniture % 2)
                out += nl; // blank lines between elements are noise too
        } else {
            out += lines.join(nl) + nl + nl;
        }
    }
    if (rs.format == u"html")
        out += furnitureTail(rs.furniture);
    if (rs.crlf)
        out.replace(QRegularExpression(QStringLiteral("(?<!\\r)\\n")), QStringLiteral("\r\n"));
    return out.toUtf8();
}

} // namespace sd::casegen
