// hotline-cli kb eval DIR|FILE…: relevance of the search over sets of caller queries.
#include "CliOutput.h"
#include "Commands.h"
#include "kb/SearchIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace hotline::cli {

namespace {

struct Query {
    QString file;
    int line = 0;
    QString text;
    QString expected;
};

// Every `query<TAB>expected article id` line of the .tsv files of a directory (or of one file); lines that
// start with # and blank lines are skipped.
Result<QList<Query>> readSets(const QStringList& paths) {
    QList<Query> out;
    for (const QString& path : paths) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString& name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << path;
        }
        if (files.isEmpty())
            return Error{Error::Code::NotFound,
                         QCoreApplication::translate("KbEvalCommand", "No .tsv query files in %1.").arg(path)};
        for (const QString& file : std::as_const(files)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
                return Error{
                    Error::Code::Io,
                    QCoreApplication::translate("KbEvalCommand", "Cannot read %1: %2").arg(file, f.errorString())};
            QTextStream in(&f);
            for (int line = 1; !in.atEnd(); ++line) {
                const QString text = in.readLine();
                if (text.trimmed().isEmpty() || text.startsWith(QLatin1Char('#')))
                    continue;
                const QStringList cols = text.split(QLatin1Char('\t'));
                if (cols.size() < 2 || cols.at(0).trimmed().isEmpty() || cols.at(1).trimmed().isEmpty())
                    return Error{Error::Code::Parse, QCoreApplication::translate(
                                                         "KbEvalCommand", "%1:%2: expected \"query<TAB>article id\"")
                                                         .arg(file)
                                                         .arg(line)};
                out.append({QFileInfo(file).fileName(), line, cols.at(0).trimmed(), cols.at(1).trimmed()});
            }
        }
    }
    return out;
}

QString percent(int n, qsizetype of) {
    return QString::number(of > 0 ? 100.0 * n / static_cast<double>(of) : 0.0, 'f', 1);
}

} // namespace

int runKbEval(const QStringList& paths, kb::SearchIndex& index, const kb::KnowledgeBase& kb, bool json) {
    auto sets = readSets(paths);
    if (!sets) {
        usageError(sets.error().message);
        return Invalid;
    }
    const QList<Query>& queries = sets.value();
    int hit1 = 0;
    int hit3 = 0;
    int empty = 0;
    int partialOnly = 0;
    int unknown = 0;
    QJsonArray misses;
    QStringList missLines;
    for (const Query& q : queries) {
        const QList<kb::SearchHit> hits = index.search(q.text, {}, 3);
        QStringList top;
        for (const kb::SearchHit& h : hits)
            top << h.id;
        const bool first = !top.isEmpty() && top.first() == q.expected;
        hit1 += first ? 1 : 0;
        hit3 += top.contains(q.expected) ? 1 : 0;
        empty += hits.isEmpty() ? 1 : 0;
        partialOnly += !hits.isEmpty() && hits.first().partial ? 1 : 0;
        unknown += kb.article(q.expected) ? 0 : 1;
        if (first)
            continue;
        misses.append(QJsonObject{{QStringLiteral("file"), q.file},
                                  {QStringLiteral("line"), q.line},
                                  {QStringLiteral("query"), q.text},
                                  {QStringLiteral("expected"), q.expected},
                                  {QStringLiteral("expected_exists"), kb.article(q.expected) != nullptr},
                                  {QStringLiteral("top3"), QJsonArray::fromStringList(top)},
                                  {QStringLiteral("partial"), !hits.isEmpty() && hits.first().partial}});
        missLines << QStringLiteral("%1:%2\t%3\t%4\t%5 → %6")
                         .arg(q.file)
                         .arg(q.line)
                         .arg(top.contains(q.expected) ? QStringLiteral("top3") : QStringLiteral("MISS"), q.text,
                              q.expected + (kb.article(q.expected) ? QString() : QStringLiteral(" (no such article)")),
                              top.isEmpty() ? QStringLiteral("—") : top.join(QStringLiteral(", ")));
    }
    if (json) {
        printJson(QJsonObject{{QStringLiteral("queries"), queries.size()},
                              {QStringLiteral("hit1"), hit1},
                              {QStringLiteral("hit3"), hit3},
                              {QStringLiteral("no_result"), empty},
                              {QStringLiteral("partial_only"), partialOnly},
                              {QStringLiteral("unknown_expected"), unknown},
                              {QStringLiteral("misses"), misses}});
    } else {
        for (const QString& line : std::as_const(missLines))
            printLine(line);
        printLine(QCoreApplication::translate("KbEvalCommand",
                                              "%1 queries: hit@1 %2 (%3 %), hit@3 %4 (%5 %), no result %6, only a "
                                              "partial match %7, expected article missing %8")
                      .arg(queries.size())
                      .arg(hit1)
                      .arg(percent(hit1, queries.size()))
                      .arg(hit3)
                      .arg(percent(hit3, queries.size()))
                      .arg(empty)
                      .arg(partialOnly)
                      .arg(unknown));
    }
    return Success;
}

} // namespace hotline::cli
