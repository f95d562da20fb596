#include "CallPlanner.h"

#include "FieldList.h"
#include "RedmineNames.h"
#include "domain/MoscowTime.h"

#include <QCoreApplication>

namespace hotline::net {

namespace {

// The figures every issue carrying the call has.
void addFigures(FieldList& f, const call::CallRecord& c) {
    f.add(names::cfCallSeconds, QString::number(std::max(0, c.durationSeconds)));
    f.add(names::cfOperator, c.operatorLogin);
    f.add(names::cfSearches, searchesText(c.searches));
    f.add(names::cfArticlesOpened, c.articles.join(QStringLiteral(", ")));
    f.add(names::cfCallResult, callResultName(c.result));
    f.add(names::cfScripts, scriptRunsText(c.scriptRuns));
    f.add(names::cfCallUuid, c.id.toString(QUuid::WithoutBraces));
}

QString minutes(int seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString callResultName(call::CallResult result) {
    switch (result) {
    case call::CallResult::AppealFiled:
        return names::callResultAppeal;
    case call::CallResult::Consulted:
        return names::callResultConsulted;
    case call::CallResult::Redirected:
        return names::callResultRedirected;
    case call::CallResult::Dropped:
        break;
    }
    return names::callResultDropped;
}

std::optional<call::CallResult> callResultFromName(const QString& name) {
    using R = call::CallResult;
    for (R r : {R::AppealFiled, R::Consulted, R::Redirected, R::Dropped}) {
        if (callResultName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString searchesText(const QList<call::CallSearch>& searches) {
    QString out;
    for (const call::CallSearch& s : searches)
        out += s.query.simplified() + QLatin1Char('\t') + QString::number(s.hits) + QLatin1Char('\n');
    return out;
}

QList<call::CallSearch> searchesFromText(const QString& text) {
    QList<call::CallSearch> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString query = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        bool ok = false;
        const int hits = line.section(QLatin1Char('\t'), 1, 1).trimmed().toInt(&ok);
        if (!query.isEmpty())
            out.append({query, ok ? hits : -1}); // -1: not known (a line typed in Redmine by hand)
    }
    return out;
}

QString scriptRunsText(const QList<call::CallScriptRun>& runs) {
    QString out;
    for (const call::CallScriptRun& r : runs)
        out += r.script + QLatin1Char('\t') + call::scriptRunEndId(r.end) + QLatin1Char('\t') +
               r.nodes.join(QLatin1Char(' ')) + QLatin1Char('\n');
    return out;
}

QList<call::CallScriptRun> scriptRunsFromText(const QString& text) {
    QList<call::CallScriptRun> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        const QString script = parts.value(0).trimmed();
        const auto end = call::scriptRunEndFromId(parts.value(1).trimmed());
        if (script.isEmpty() || !end)
            continue; // a line typed in Redmine by hand
        out.append({script, parts.value(2).split(QLatin1Char(' '), Qt::SkipEmptyParts), *end});
    }
    return out;
}

Result<PlannedIssue> planCallIssue(const call::CallRecord& c, const RedmineSchema& schema,
                                   const domain::ReferenceData& reference) {
    const int tracker = schema.tracker(names::trackerCall);
    if (tracker == 0)
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("IssuePlanner", "The server has no tracker «%1». Ask the "
                                                                 "administrator to run provision.rb.")
                         .arg(names::trackerCall)};
    const QDateTime start = c.start.isValid() ? c.start : c.end;
    FieldList f(schema);
    f.add(names::cfChannel, channelName(reference, c.channelId));
    f.add(names::cfCategory, c.categoryId);
    f.add(names::cfArticle, c.articleId);
    if (start.isValid())
        f.add(names::cfCallStart, domain::toMoscowIso(start));
    addFigures(f, c);
    f.add(names::cfClientUuid, c.id.toString(QUuid::WithoutBraces));
    // Server data, the same on every workstation: Russian like the tracker and field names.
    const QString when =
        start.isValid() ? domain::toMoscow(start).toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
    QJsonObject issue{
        {QStringLiteral("project_id"), schema.projectId},
        {QStringLiteral("tracker_id"), tracker},
        {QStringLiteral("subject"), QStringLiteral("Звонок %1 (%2) — %3")
                                        .arg(when, minutes(std::max(0, c.durationSeconds)), callResultName(c.result))},
        {QStringLiteral("custom_fields"), f.list()}};
    if (start.isValid())
        issue.insert(QStringLiteral("start_date"), domain::toMoscow(start).date().toString(Qt::ISODate));
    if (const int closed = schema.status(names::statusClosed); closed != 0)
        issue.insert(QStringLiteral("status_id"), closed);
    return PlannedIssue{c.id, issue, false};
}

QList<PlannedUpdate> planCallUpdates(const call::CallRecord& c, const QList<int>& appealIssueIds,
                                     const RedmineSchema& schema) {
    QList<PlannedUpdate> out;
    for (int i = 0; i < appealIssueIds.size(); ++i) {
        FieldList f(schema);
        if (i == 0)
            addFigures(f, c);
        else
            f.add(names::cfCallUuid, c.id.toString(QUuid::WithoutBraces));
        out.append({appealIssueIds.at(i), QJsonObject{{QStringLiteral("custom_fields"), f.list()}}});
    }
    return out;
}

} // namespace hotline::net
