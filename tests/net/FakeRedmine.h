#pragma once

// An in-memory Redmine behind FakeNetwork: the project schema, issue creation and update (custom fields) and
// the cf_N filter, plus faults injected into the next POSTs, PUTs and GETs.

#include "FakeNetwork.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

namespace hotline::test {

class FakeRedmine {
public:
    enum class Fault {
        None,
        Refused,            // connection refused: nothing reached the server
        ResetAfterCreate,   // created, then the connection dropped before the answer
        TimeoutAfterCreate, // created, the answer never came
        Error500,           // failed on the server, nothing created
        Reject422,          // validation error
        DownForGets,        // (for GETs) refused
    };
    static constexpr int uuidField = 16;
    static constexpr int innField = 3;
    static constexpr int phoneField = 7;
    static constexpr int secondsField = 14;
    static constexpr int operatorField = 17;
    static constexpr int searchesField = 18;
    static constexpr int articlesField = 19;
    static constexpr int resultField = 20;
    static constexpr int callUuidField = 21;

    QList<QJsonObject> issues; // as created, with "id"
    QList<Fault> postFaults;   // consumed one per POST
    QList<Fault> putFaults;    // consumed one per PUT (Refused, Error500, Reject422, ResetAfterCreate: updated)
    QList<Fault> getFaults;    // consumed one per GET
    int posts = 0;
    int puts = 0;
    bool putForbidden = false; // a server whose operators may not edit their issues (403)
    int refuseKeys = 0;        // 401 or 403: every request is refused (a revoked key, a removed role)

    explicit FakeRedmine(FakeNetwork& net) {
        net.handler = [this](const FakeRequest& r) { return handle(r); };
    }

    int countWithUuid(const QString& uuid) const {
        int n = 0;
        for (const QJsonObject& i : issues)
            n += uuidOf(i) == uuid;
        return n;
    }
    static QString uuidOf(const QJsonObject& issue) { return fieldOf(issue, uuidField); }
    static QString fieldOf(const QJsonObject& issue, int field) {
        for (const QJsonValue& f : issue.value(QLatin1String("custom_fields")).toArray()) {
            if (f[QLatin1String("id")].toInt() == field)
                return f[QLatin1String("value")].toString();
        }
        return {};
    }
    const QJsonObject* issueById(int id) const {
        for (const QJsonObject& i : issues) {
            if (i.value(QLatin1String("id")).toInt() == id)
                return &i;
        }
        return nullptr;
    }

private:
    FakeResponse handle(const FakeRequest& r) {
        const QString path = r.path();
        if (refuseKeys != 0)
            return FakeResponse::http(refuseKeys, "");
        if (r.method() == QLatin1String("GET")) {
            const Fault f = getFaults.isEmpty() ? Fault::None : getFaults.takeFirst();
            if (f != Fault::None)
                return FakeResponse::transport(QNetworkReply::ConnectionRefusedError);
            if (path == QLatin1String("/projects/hotline0150.json"))
                return FakeResponse::json(200, project());
            if (path == QLatin1String("/issue_statuses.json"))
                return FakeResponse::json(200,
                                          {{QStringLiteral("issue_statuses"),
                                            QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                                                   {QStringLiteral("name"), QStringLiteral("Новая")}},
                                                       QJsonObject{{QStringLiteral("id"), 5},
                                                                   {QStringLiteral("name"), QStringLiteral("Закрыта")},
                                                                   {QStringLiteral("is_closed"), true}}}}});
            if (path == QLatin1String("/projects/hotline0150/memberships.json"))
                return FakeResponse::json(200, memberships());
            if (path == QLatin1String("/issues.json"))
                return FakeResponse::json(200, search(QUrlQuery(r.request.url())));
            if (path.startsWith(QLatin1String("/issues/"))) {
                const int id = path.section(QLatin1Char('/'), 2, 2).section(QLatin1Char('.'), 0, 0).toInt();
                if (const QJsonObject* issue = issueById(id))
                    return FakeResponse::json(200, {{QStringLiteral("issue"), *issue}});
            }
            return FakeResponse::json(404, {});
        }
        if (r.method() == QLatin1String("PUT"))
            return update(r);
        ++posts;
        const Fault f = postFaults.isEmpty() ? Fault::None : postFaults.takeFirst();
        if (f == Fault::Refused)
            return FakeResponse::transport(QNetworkReply::ConnectionRefusedError);
        if (f == Fault::Error500)
            return FakeResponse::http(500, "<html>boom</html>");
        if (f == Fault::Reject422)
            return FakeResponse::json(422, {{QStringLiteral("errors"), QJsonArray{QStringLiteral("ИНН is invalid")}}});
        QJsonObject issue = QJsonDocument::fromJson(r.body).object().value(QLatin1String("issue")).toObject();
        issue.insert(QStringLiteral("id"), 1000 + int(issues.size()));
        issues.append(issue);
        if (f == Fault::ResetAfterCreate)
            return FakeResponse::transport(QNetworkReply::RemoteHostClosedError);
        if (f == Fault::TimeoutAfterCreate) {
            FakeResponse h;
            h.hang = true;
            return h;
        }
        return FakeResponse::json(201, {{QStringLiteral("issue"), issue}});
    }

    // PUT /issues/N.json: the custom fields given replace those of the issue (Redmine answers 204).
    FakeResponse update(const FakeRequest& r) {
        ++puts;
        const Fault f = putFaults.isEmpty() ? Fault::None : putFaults.takeFirst();
        if (f == Fault::Refused)
            return FakeResponse::transport(QNetworkReply::ConnectionRefusedError);
        if (f == Fault::Error500)
            return FakeResponse::http(500, "<html>boom</html>");
        if (f == Fault::Reject422)
            return FakeResponse::json(422, {{QStringLiteral("errors"), QJsonArray{QStringLiteral("invalid")}}});
        if (putForbidden)
            return FakeResponse::http(403, "");
        const int id = r.path().section(QLatin1Char('/'), 2, 2).section(QLatin1Char('.'), 0, 0).toInt();
        for (QJsonObject& issue : issues) {
            if (issue.value(QLatin1String("id")).toInt() != id)
                continue;
            const QJsonObject changes =
                QJsonDocument::fromJson(r.body).object().value(QLatin1String("issue")).toObject();
            QJsonArray fields = issue.value(QLatin1String("custom_fields")).toArray();
            for (const QJsonValue& c : changes.value(QLatin1String("custom_fields")).toArray()) {
                bool replaced = false;
                for (qsizetype i = 0; i < fields.size(); ++i) {
                    if (fields[i][QLatin1String("id")] == c[QLatin1String("id")]) {
                        fields[i] = c;
                        replaced = true;
                    }
                }
                if (!replaced)
                    fields.append(c);
            }
            issue.insert(QStringLiteral("custom_fields"), fields);
            // A note becomes a journal entry, as Redmine keeps it.
            if (const QString notes = changes.value(QLatin1String("notes")).toString(); !notes.isEmpty()) {
                QJsonArray journals = issue.value(QLatin1String("journals")).toArray();
                journals.append(
                    QJsonObject{{QStringLiteral("id"), int(journals.size()) + 1},
                                {QStringLiteral("notes"), notes},
                                {QStringLiteral("private_notes"), false},
                                {QStringLiteral("user"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Оператор Тестовый")}}}});
                issue.insert(QStringLiteral("journals"), journals);
            }
            if (f == Fault::ResetAfterCreate)
                return FakeResponse::transport(QNetworkReply::RemoteHostClosedError);
            return FakeResponse::http(204);
        }
        return FakeResponse::json(404, {});
    }

    static QJsonObject project() {
        QJsonArray trackers, fields;
        const QStringList t{QStringLiteral("Простая консультация"),
                            QStringLiteral("Сложная консультация"),
                            QStringLiteral("Задача"),
                            QStringLiteral("Проблема/жалоба"),
                            QStringLiteral("Звонок"),
                            QStringLiteral("Шаг дорожной карты")};
        for (int i = 0; i < t.size(); ++i)
            trackers.append(QJsonObject{{QStringLiteral("id"), 4 + i}, {QStringLiteral("name"), t.at(i)}});
        const QStringList f{QStringLiteral("Канал"),
                            QStringLiteral("Категория"),
                            QStringLiteral("ИНН"),
                            QStringLiteral("ОГРН/ОГРНИП"),
                            QStringLiteral("Организация"),
                            QStringLiteral("Контактное лицо"),
                            QStringLiteral("Телефон"),
                            QStringLiteral("E-mail"),
                            QStringLiteral("Муниципалитет"),
                            QStringLiteral("Алгоритм"),
                            QStringLiteral("Ведомства"),
                            QStringLiteral("Статья БЗ"),
                            QStringLiteral("Начало звонка"),
                            QStringLiteral("Длительность звонка, с"),
                            QStringLiteral("Крайний срок (точный)"),
                            QStringLiteral("UUID клиента"),
                            QStringLiteral("Оператор"),
                            QStringLiteral("Поисковые запросы"),
                            QStringLiteral("Открытые статьи"),
                            QStringLiteral("Результат звонка"),
                            QStringLiteral("UUID звонка")};
        for (int i = 0; i < f.size(); ++i)
            fields.append(QJsonObject{{QStringLiteral("id"), 1 + i}, {QStringLiteral("name"), f.at(i)}});
        return {{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), 1},
                                                        {QStringLiteral("trackers"), trackers},
                                                        {QStringLiteral("issue_custom_fields"), fields}}}};
    }
    static QJsonObject memberships() {
        auto group = [](int id, const QString& name) {
            return QJsonObject{
                {QStringLiteral("group"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}}};
        };
        return {
            {QStringLiteral("total_count"), 2},
            {QStringLiteral("memberships"),
             QJsonArray{group(50, QStringLiteral("Министерство инвестиций, промышленности и науки Московской области")),
                        group(51, QStringLiteral("Министерство имущественных отношений Московской области"))}}};
    }
    // Every cf_N filter must match (its values '|'-separated), as Redmine's issue query does; also parent_id and
    // status_id=open (status 5 «Закрыта» is the closed one).
    QJsonObject search(const QUrlQuery& q) const {
        QJsonArray out;
        const int parent = q.queryItemValue(QStringLiteral("parent_id")).toInt();
        const bool openOnly = q.queryItemValue(QStringLiteral("status_id")) == QLatin1String("open");
        for (const QJsonObject& i : issues) {
            if (openOnly && i.value(QLatin1String("status"))[QLatin1String("id")].toInt() == 5)
                continue;
            if (parent != 0) {
                if (i.value(QLatin1String("parent"))[QLatin1String("id")].toInt() == parent)
                    out.append(i);
                continue;
            }
            bool match = false;
            bool all = true;
            for (const auto& [key, value] : q.queryItems(QUrl::FullyDecoded)) {
                if (!key.startsWith(QLatin1String("cf_")))
                    continue;
                match = true;
                all &= value.split(QLatin1Char('|')).contains(fieldOf(i, key.mid(3).toInt()));
            }
            if (match && all)
                out.append(i);
        }
        return {{QStringLiteral("issues"), out}, {QStringLiteral("total_count"), int(out.size())}};
    }
};

} // namespace hotline::test
