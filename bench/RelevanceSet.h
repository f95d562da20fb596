#pragma once

// The caller-style query set of tests/data/relevance/*.tsv (query<TAB>expected article id), shared by the
// benchmarks so they all measure the same queries.
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QTextStream>

namespace hotline::bench {

struct RelevanceQuery {
    QString text;
    QString expected;
};

inline QList<RelevanceQuery> relevanceSet() {
    QList<RelevanceQuery> out;
    const QDir dir(QStringLiteral(HOTLINE_RELEVANCE_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        QTextStream in(&f);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            const QString q = line.section(QLatin1Char('\t'), 0, 0).trimmed();
            if (!q.isEmpty())
                out.append({q, line.section(QLatin1Char('\t'), 1, 1).trimmed()});
        }
    }
    return out;
}

} // namespace hotline::bench
