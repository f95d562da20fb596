#include "CliOutput.h"
#include "Commands.h"
#include "kb/KbRepository.h"
#include "settings/DataPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

namespace hotline::cli {

namespace {

// Errors exit 1; warnings are printed and exit 0, unless `strict` (a release check wants none of either).
int check(const QStringList& positional, bool strict) {
    const QString dir = positional.value(1, shippedKbDir());
    const kb::KnowledgeBase::Loaded loaded = kb::KnowledgeBase::loadFromDir(dir);
    int errors = 0;
    int warnings = 0;
    for (const kb::KbIssue& issue : loaded.issues) {
        printLine(issue.toString());
        ++(issue.isWarning() ? warnings : errors);
    }
    QMap<QString, int> perCategory;
    for (const kb::Article& a : loaded.kb.articles())
        ++perCategory[a.category];
    QStringList empty;
    for (const kb::Category& c : loaded.kb.categories()) {
        if (!c.parentId.isEmpty() && perCategory.value(c.id) == 0)
            empty << c.id;
    }
    if (!empty.isEmpty()) {
        printLine(QCoreApplication::translate("KbCommand", "categories.json: categories without articles: %1")
                      .arg(empty.join(QStringLiteral(", "))));
        ++errors;
    }
    printLine(QCoreApplication::translate("KbCommand", "%1 files, %2 articles loaded, %3 problems, %4 warnings")
                  .arg(loaded.filesRead)
                  .arg(loaded.kb.articles().size())
                  .arg(errors)
                  .arg(warnings));
    return errors == 0 && (!strict || warnings == 0) ? Success : Invalid;
}

} // namespace

int runKb(const QStringList& args) {
    if (args.value(1) == QLatin1String("publish") || args.value(1) == QLatin1String("sync"))
        return runKbSync(args);
    if (args.value(1) == QLatin1String("usage"))
        return runKbUsage(args.mid(0, 1) + args.mid(2));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "KbCommand", "Knowledge base: check [DIR], search \"QUERY\", stats, eval DIR|FILE…"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check | search | stats | eval"));
    const QCommandLineOption kbOpt(QStringLiteral("kb"),
                                   QCoreApplication::translate("KbCommand", "Knowledge-base directory."),
                                   QStringLiteral("dir"));
    const QCommandLineOption indexOpt(QStringLiteral("index"),
                                      QCoreApplication::translate("KbCommand", "Search index file."),
                                      QStringLiteral("file"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"),
                                      QCoreApplication::translate("KbCommand", "How many results (default 10)."),
                                      QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption categoryOpt(QStringLiteral("category"),
                                         QCoreApplication::translate("KbCommand", "Only this category."),
                                         QStringLiteral("id"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("KbCommand", "JSON output."));
    const QCommandLineOption explainOpt(QStringLiteral("explain"),
                                        QCoreApplication::translate("KbCommand", "Print the full-text query too."));
    const QCommandLineOption strictOpt(QStringLiteral("strict"),
                                       QCoreApplication::translate("KbCommand", "check: warnings fail too (exit 1)."));
    parser.addOptions({kbOpt, indexOpt, limitOpt, categoryOpt, jsonOpt, explainOpt, strictOpt});
    if (const auto done = parseOrHelp(parser, args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("check"))
        return check(pos, parser.isSet(strictOpt));
    if (action != QLatin1String("search") && action != QLatin1String("stats") && action != QLatin1String("eval"))
        return usageError(QCoreApplication::translate("KbCommand", "Usage: hotline-cli kb check|search|stats|eval"));

    const QString kbDir = parser.isSet(kbOpt) ? parser.value(kbOpt) : shippedKbDir();
    QString indexPath = parser.value(indexOpt);
    if (!parser.isSet(indexOpt)) {
        const Result<QString> dataDir = workstationDataDir();
        if (!dataDir) {
            usageError(dataDir.error().message);
            return Invalid;
        }
        indexPath = kb::KbRepository::defaultIndexPath(dataDir.value());
    }
    QElapsedTimer timer;
    timer.start();
    auto repo = kb::KbRepository::open(kbDir, indexPath);
    if (!repo) {
        usageError(repo.error().message);
        return Invalid;
    }
    const qint64 openMs = timer.elapsed();
    kb::SearchIndex& index = *repo.value().index;

    if (action == QLatin1String("stats")) {
        QJsonObject out;
        out.insert(QStringLiteral("articles"), index.articleCount());
        out.insert(QStringLiteral("categories"), repo.value().kb.categories().size());
        out.insert(QStringLiteral("synonym_groups"), repo.value().kb.synonymGroups().size());
        out.insert(QStringLiteral("vocabulary"), index.vocabularySize());
        out.insert(QStringLiteral("problems"), repo.value().issues.size());
        out.insert(QStringLiteral("index"), indexPath);
        out.insert(QStringLiteral("index_rebuilt"), repo.value().rebuilt);
        out.insert(QStringLiteral("open_ms"), openMs);
        printJson(out);
        return Success;
    }
    if (action == QLatin1String("eval")) {
        if (pos.size() < 2)
            return usageError(
                QCoreApplication::translate("KbCommand", "Usage: hotline-cli kb eval DIR|FILE… [--json] [--kb DIR]"));
        return runKbEval(pos.mid(1), index, repo.value().kb, parser.isSet(jsonOpt));
    }
    if (pos.size() < 2)
        return usageError(QCoreApplication::translate("KbCommand", "Usage: hotline-cli kb search \"QUERY\" [--limit N] "
                                                                   "[--category ID] [--json]"));
    bool ok = false;
    const int limit = parser.value(limitOpt).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return usageError(QCoreApplication::translate("KbCommand", "--limit must be a whole number from 1 to 1000."));
    const QString category = parser.value(categoryOpt);
    if (!category.isEmpty() && !repo.value().kb.category(category))
        return usageError(QCoreApplication::translate("KbCommand", "Unknown category \"%1\".").arg(category));
    const QString query = pos.mid(1).join(QLatin1Char(' '));
    if (parser.isSet(explainOpt))
        usageError(index.explain(query));
    const QList<kb::SearchHit> hits = index.search(query, category, limit);
    if (parser.isSet(jsonOpt)) {
        QJsonArray out;
        for (const kb::SearchHit& h : hits) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), h.id);
            o.insert(QStringLiteral("title"), h.title);
            o.insert(QStringLiteral("category"), h.category);
            o.insert(QStringLiteral("score"), h.score);
            o.insert(QStringLiteral("snippet"), h.snippet);
            // Found only by the last-resort partial match: the words as they are found nothing.
            o.insert(QStringLiteral("partial"), h.partial);
            out.append(o);
        }
        printJson(out);
    } else {
        if (!hits.isEmpty() && hits.first().partial)
            printLine(QCoreApplication::translate("KbCommand", "No exact match; partial matches:"));
        for (const kb::SearchHit& h : hits)
            printLine(QStringLiteral("%1\t%2\t%3").arg(h.score, 0, 'f', 2).arg(h.id, h.title));
        if (hits.isEmpty())
            printLine(QCoreApplication::translate("KbCommand", "Nothing found."));
    }
    return Success;
}

} // namespace hotline::cli
