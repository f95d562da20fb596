#pragma once

// The KB wiki of kb0150 in memory, as Redmine 5 answers it over REST: every version of every page with author,
// comment and date; titles with an upper-case first letter; 409 on a save based on a stale version; 404 for a
// page or version that does not exist; 403 for a user who may not edit.

#include "FakeNetwork.h"
#include "kbsync/WaitFor.h"
#include "kbsync/WikiPublisher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace hotline::test {

struct FakeWiki {
    struct Version {
        QString text;
        QString author;
        QString comments;
        QDateTime updatedOn;
    };
    QMap<QString, QList<Version>> pages; // by lower-case title; version N is pages[id][N - 1]
    bool offline = false;
    bool forbidden = false; // the user's key may read but not edit
    QString user = QStringLiteral("Редактор Один");
    QDateTime clock = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    FakeNetwork network;
    net::RedmineClient client{network};
    kbsync::WikiPublisher wiki{client};

    FakeWiki() {
        net::ServerConfig c;
        c.url = QUrl(QStringLiteral("https://127.0.0.1:3443"));
        (void)client.configure(c);
        client.setApiKey("key");
        network.handler = [this](const FakeRequest& r) { return answer(r); };
    }

    static QString title(const QString& id) { return id.left(1).toUpper() + id.mid(1); }
    int version(const QString& id) const { return int(pages.value(id.toLower()).size()); }
    QString text(const QString& id) const {
        const auto& v = pages.value(id.toLower());
        return v.isEmpty() ? QString() : v.constLast().text;
    }
    // Another editor saves a new version.
    void save(const QString& id, const QString& text, const QString& author = QStringLiteral("Редактор Два"),
              const QString& comments = QStringLiteral("правка")) {
        clock = clock.addSecs(3600);
        pages[id.toLower()].append({text, author, comments, clock});
    }
    int puts() const {
        int n = 0;
        for (const FakeRequest& r : network.requests)
            n += r.method() == QLatin1String("PUT");
        return n;
    }

    FakeResponse answer(const FakeRequest& r) {
        if (offline)
            return FakeResponse::transport(QNetworkReply::ConnectionRefusedError);
        const QString prefix = QStringLiteral("/projects/kb0150/wiki/");
        if (!r.path().startsWith(prefix) || !r.path().endsWith(QLatin1String(".json")))
            return FakeResponse::http(404);
        QString rest = r.path().mid(prefix.size());
        rest.chop(5);
        if (rest == QLatin1String("index")) {
            QJsonArray list{
                QJsonObject{{QStringLiteral("title"), QStringLiteral("Wiki")}, {QStringLiteral("version"), 1}}};
            for (auto it = pages.begin(); it != pages.end(); ++it)
                list.append(
                    QJsonObject{{QStringLiteral("title"), title(it.key())},
                                {QStringLiteral("version"), int(it->size())},
                                {QStringLiteral("updated_on"), it->constLast().updatedOn.toString(Qt::ISODate)}});
            return FakeResponse::json(200, {{QStringLiteral("wiki_pages"), list}});
        }
        const QStringList parts = rest.split(QLatin1Char('/'));
        const QString id = parts.value(0).toLower();
        if (r.method() == QLatin1String("PUT")) {
            if (forbidden)
                return FakeResponse::http(403);
            const QJsonObject p = QJsonDocument::fromJson(r.body).object().value(QLatin1String("wiki_page")).toObject();
            const int base = p.value(QLatin1String("version")).toInt();
            if (pages.contains(id) && p.contains(QLatin1String("version")) && base != pages[id].size())
                return FakeResponse::http(409);
            const bool created = !pages.contains(id);
            clock = clock.addSecs(60);
            pages[id].append({p.value(QLatin1String("text")).toString(), user,
                              p.value(QLatin1String("comments")).toString(), clock});
            return created ? FakeResponse::json(201, {}) : FakeResponse::http(204);
        }
        if (!pages.contains(id))
            return FakeResponse::http(404);
        const int n = parts.size() > 1 ? parts.at(1).toInt() : int(pages[id].size());
        if (n < 1 || n > pages[id].size())
            return FakeResponse::http(404);
        const Version& v = pages[id].at(n - 1);
        return FakeResponse::json(
            200, {{QStringLiteral("wiki_page"),
                   QJsonObject{{QStringLiteral("title"), title(id)},
                               {QStringLiteral("text"), v.text},
                               {QStringLiteral("version"), n},
                               {QStringLiteral("author"),
                                QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("name"), v.author}}},
                               {QStringLiteral("comments"), v.comments},
                               {QStringLiteral("updated_on"), v.updatedOn.toString(Qt::ISODate)}}}});
    }
};

} // namespace hotline::test
