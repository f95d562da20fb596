#include "CallRecordJson.h"

#include "AppealJson.h"

#include <QJsonArray>

namespace hotline::outbox {

QJsonObject toJson(const call::CallRecord& c) {
    QJsonArray searches;
    for (const call::CallSearch& s : c.searches)
        searches.append(QJsonObject{{QStringLiteral("query"), s.query}, {QStringLiteral("hits"), s.hits}});
    QJsonArray scripts;
    for (const call::CallScriptRun& r : c.scriptRuns)
        scripts.append(QJsonObject{{QStringLiteral("script"), r.script},
                                   {QStringLiteral("nodes"), QJsonArray::fromStringList(r.nodes)},
                                   {QStringLiteral("end"), call::scriptRunEndId(r.end)}});
    return QJsonObject{
        {QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("start"), jsonTime(c.start)},
        {QStringLiteral("end"), jsonTime(c.end)},
        {QStringLiteral("duration"), c.durationSeconds},
        {QStringLiteral("hold"), c.holdSeconds},
        {QStringLiteral("hold_count"), c.holdCount},
        {QStringLiteral("operator"), c.operatorLogin},
        {QStringLiteral("channel"), c.channelId},
        {QStringLiteral("category"), c.categoryId},
        {QStringLiteral("article"), c.articleId},
        {QStringLiteral("articles"), QJsonArray::fromStringList(c.articles)},
        {QStringLiteral("searches"), searches},
        {QStringLiteral("scripts"), scripts},
        {QStringLiteral("appeals"), QJsonArray::fromStringList(c.appealClientIds)},
        {QStringLiteral("outcome"),
         c.outcome == call::CallRecord::Outcome::Filed ? QStringLiteral("filed") : QStringLiteral("discarded")},
        {QStringLiteral("result"), call::callResultId(c.result)},
    };
}

std::optional<call::CallRecord> callFromJson(const QJsonObject& o) {
    call::CallRecord c;
    c.id = QUuid::fromString(o.value(QLatin1String("id")).toString());
    const auto result = call::callResultFromId(o.value(QLatin1String("result")).toString());
    if (c.id.isNull() || !result)
        return std::nullopt;
    c.result = *result;
    c.start = timeFromJson(o.value(QLatin1String("start")));
    c.end = timeFromJson(o.value(QLatin1String("end")));
    c.durationSeconds = o.value(QLatin1String("duration")).toInt();
    c.holdSeconds = o.value(QLatin1String("hold")).toInt();
    c.holdCount = o.value(QLatin1String("hold_count")).toInt();
    c.operatorLogin = o.value(QLatin1String("operator")).toString();
    c.channelId = o.value(QLatin1String("channel")).toString();
    c.categoryId = o.value(QLatin1String("category")).toString();
    c.articleId = o.value(QLatin1String("article")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("articles")).toArray())
        c.articles << v.toString();
    for (const QJsonValue& v : o.value(QLatin1String("searches")).toArray())
        c.searches.append({v[QLatin1String("query")].toString(), v[QLatin1String("hits")].toInt()});
    for (const QJsonValue& v : o.value(QLatin1String("scripts")).toArray()) {
        call::CallScriptRun r;
        r.script = v[QLatin1String("script")].toString();
        for (const QJsonValue& n : v[QLatin1String("nodes")].toArray())
            r.nodes << n.toString();
        r.end =
            call::scriptRunEndFromId(v[QLatin1String("end")].toString()).value_or(call::CallScriptRun::End::Abandoned);
        if (!r.script.isEmpty())
            c.scriptRuns.append(r);
    }
    for (const QJsonValue& v : o.value(QLatin1String("appeals")).toArray())
        c.appealClientIds << v.toString();
    c.outcome = o.value(QLatin1String("outcome")).toString() == QLatin1String("discarded")
                    ? call::CallRecord::Outcome::Discarded
                    : call::CallRecord::Outcome::Filed;
    return c;
}

} // namespace hotline::outbox
