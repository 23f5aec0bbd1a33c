// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/resumelines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd {

bool parseDoneLine(const QByteArray &line, DoneLine &done) {
    QJsonObject o;
    // Our own lines start {"a":..,"b":..,"similarity":..,"stats": and end with "changes":[...]}:
    // parse the short head only. Inside a JSON string every quote is escaped, so the first
    // ,"stats": is the key. Lines written otherwise take the full parse.
    const qsizetype stats = line.startsWith("{\"a\":") ? line.indexOf(",\"stats\":") : -1;
    if (stats > 0) {
        o = QJsonDocument::fromJson(line.left(stats) + '}').object();
        done.changed = !line.trimmed().endsWith("\"changes\":[]}");
    } else {
        o = QJsonDocument::fromJson(line).object();
        done.changed = !o.value(QLatin1String("changes")).toArray().isEmpty();
    }
    done.a = o.value(QLatin1String("a")).toString();
    done.b = o.value(QLatin1String("b")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("options")).toArray())
        done.options.append(v.toString());
    const QJsonValue sim = o.value(QLatin1String("similarity"));
    done.similarity = sim.toDouble();
    return !done.a.isEmpty() && !done.b.isEmpty() && sim.isDouble();
}

bool readDoneLines(const QString &path, QList<DoneLine> &lines, QStringList &notes) {
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadWrite)) {
        notes.append(QStringLiteral("%1: cannot resume (%2)").arg(path, file.errorString()));
        return false;
    }
    qint64 wholeEnd = 0;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNo;
        if (!line.endsWith('\n')) {
            notes.append(QStringLiteral("%1: dropped the unfinished line %2")
                             .arg(path, QString::number(lineNo)));
            if (!file.resize(wholeEnd)) {
                notes.append(
                    QStringLiteral("%1: cannot cut it (%2)").arg(path, file.errorString()));
                return false;
            }
            break;
        }
        wholeEnd = file.pos();
        DoneLine done;
        if (line.trimmed().isEmpty())
            continue;
        if (!parseDoneLine(line, done)) {
            notes.append(QStringLiteral("%1:%2: not a comparison line; its pair is compared again")
                             .arg(path, QString::number(lineNo)));
            continue;
        }
        lines.append(std::move(done));
    }
    return true;
}

} // namespace sd
