#include "WikiPublisher.h"

#include "kb/ArticleParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <memory>

namespace hotline::kbsync {

namespace {

// The contexts are the ones lupdate gives these strings (the class for members, the namespace for the rest).
Error replyError(const net::RedmineReply& r) {
    return r.error.value_or(Error{
        Error::Code::Parse, QCoreApplication::translate("WikiPublisher", "The server's answer could not be read.")});
}

} // namespace

WikiPublisher::WikiPublisher(net::RedmineClient& client, QString project)
    : m_client(client)
    , m_project(std::move(project)) {}

QString WikiPublisher::pagePath(const QString& id, int version) const {
    QString path =
        QStringLiteral("/projects/%1/wiki/%2").arg(m_project, QString::fromLatin1(QUrl::toPercentEncoding(id)));
    if (version > 0)
        path += QLatin1Char('/') + QString::number(version);
    return path + QStringLiteral(".json");
}

WikiPage WikiPublisher::pageFromJson(const QJsonObject& o) {
    WikiPage p;
    p.title = o.value(QLatin1String("title")).toString();
    // Redmine keeps the text as sent; a browser edit may bring CRLF.
    p.text = o.value(QLatin1String("text")).toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    p.version = o.value(QLatin1String("version")).toInt();
    p.author = o.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString();
    p.comments = o.value(QLatin1String("comments")).toString();
    p.updatedOn = QDateTime::fromString(o.value(QLatin1String("updated_on")).toString(), Qt::ISODate);
    return p;
}

void WikiPublisher::index(QObject* context, std::function<void(Result<QList<WikiPageInfo>>)> done) {
    m_client.get(
        QStringLiteral("/projects/%1/wiki/index.json").arg(m_project), {}, context, [done](const net::RedmineReply& r) {
            if (!r.ok())
                return done(replyError(r));
            QList<WikiPageInfo> out;
            for (const QJsonValue& v : r.json.object().value(QLatin1String("wiki_pages")).toArray()) {
                const QJsonObject o = v.toObject();
                out.append({o.value(QLatin1String("title")).toString(), o.value(QLatin1String("version")).toInt(),
                            QDateTime::fromString(o.value(QLatin1String("updated_on")).toString(), Qt::ISODate)});
            }
            done(std::move(out));
        });
}

void WikiPublisher::page(const QString& id, int version, QObject* context, std::function<void(Result<WikiPage>)> done) {
    m_client.get(pagePath(id, version), {}, context, [done](const net::RedmineReply& r) {
        if (!r.ok())
            return done(replyError(r));
        const QJsonObject o = r.json.object().value(QLatin1String("wiki_page")).toObject();
        if (o.isEmpty())
            return done(Error{Error::Code::Parse,
                              QCoreApplication::translate("WikiPublisher", "The server's answer has no wiki page.")});
        done(pageFromJson(o));
    });
}

Status WikiPublisher::validateArticle(const QString& id, const QString& text) {
    const kb::ArticleParser::Outcome parsed = kb::ArticleParser::parse(text.toUtf8(), id + QStringLiteral(".md"));
    QStringList problems;
    for (const kb::KbIssue& issue : parsed.issues) {
        if (issue.fatal)
            problems << issue.toString();
    }
    if (!parsed.article)
        problems << QCoreApplication::translate("WikiPublisher", "%1: not a valid article").arg(id);
    else if (parsed.article->id != id)
        problems << QCoreApplication::translate("WikiPublisher", "%1: the article's id is \"%2\"")
                        .arg(id, parsed.article->id);
    if (problems.isEmpty())
        return Ok{};
    return Error{Error::Code::InvalidInput, problems.join(QLatin1Char('\n'))};
}

void WikiPublisher::publish(const QString& id, const QString& text, const QString& comment, int baseVersion,
                            QObject* context, std::function<void(PublishOutcome)> done) {
    // publishPage refuses an empty comment first, as the editor sees it.
    if (!comment.trimmed().isEmpty()) {
        if (auto valid = validateArticle(id, text); !valid)
            return done({valid.error(), {}, 0});
    }
    publishPage(id, text, comment, baseVersion, context, std::move(done));
}

void WikiPublisher::publishPage(const QString& id, const QString& text, const QString& comment, int baseVersion,
                                QObject* context, std::function<void(PublishOutcome)> done) {
    if (comment.trimmed().isEmpty())
        return done(
            {Error{Error::Code::InvalidInput,
                   QCoreApplication::translate("WikiPublisher", "Describe the change in a comment before publishing.")},
             {},
             0});
    QJsonObject page{{QStringLiteral("text"), text}, {QStringLiteral("comments"), comment}};
    if (baseVersion > 0)
        page.insert(QStringLiteral("version"), baseVersion);
    const QPointer<QObject> ctx(context);
    m_client.put(pagePath(id, 0), QJsonObject{{QStringLiteral("wiki_page"), page}}, context,
                 [this, id, ctx, done](const net::RedmineReply& r) {
                     if (r.ok() || r.httpStatus == 409) {
                         // After a save: read the version back. On a conflict: the other editor's text.
                         const bool conflict = !r.ok();
                         return this->page(id, 0, ctx, [conflict, done](Result<WikiPage> current) {
                             PublishOutcome out;
                             if (!current)
                                 out.error = current.error();
                             else if (conflict)
                                 out.error = Error{Error::Code::Conflict,
                                                   QCoreApplication::translate(
                                                       "WikiPublisher",
                                                       "Another editor changed the article. Nothing was overwritten: "
                                                       "compare the texts and publish again.")};
                             if (current) {
                                 out.version = current.value().version;
                                 if (conflict)
                                     out.current = current.value();
                             }
                             done(std::move(out));
                         });
                     }
                     done({replyError(r), {}, 0});
                 });
}

void WikiPublisher::history(const QString& id, QObject* context, std::function<void(Result<QList<WikiPage>>)> done,
                            int limit) {
    const QPointer<QObject> ctx(context);
    page(id, 0, context, [this, id, ctx, done, limit](Result<WikiPage> latest) {
        if (!latest)
            return done(latest.error());
        auto pages = std::make_shared<QList<WikiPage>>(QList<WikiPage>{latest.value()});
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [this, id, ctx, done, pages, next, limit](int version) {
            if (version < 1 || pages->size() >= limit) {
                done(*pages);
                *next = nullptr; // breaks the self-reference
                return;
            }
            this->page(id, version, ctx, [done, pages, next, version](Result<WikiPage> p) {
                if (!p) {
                    done(p.error());
                    *next = nullptr;
                    return;
                }
                pages->append(p.value());
                (*next)(version - 1);
            });
        };
        (*next)(latest.value().version - 1);
    });
}

void WikiPublisher::restore(const QString& id, int oldVersion, int currentVersion, const QString& comment,
                            QObject* context, std::function<void(PublishOutcome)> done) {
    if (comment.trimmed().isEmpty())
        return done(
            {Error{Error::Code::InvalidInput,
                   QCoreApplication::translate("WikiPublisher", "Describe the change in a comment before publishing.")},
             {},
             0});
    const QPointer<QObject> ctx(context);
    page(id, oldVersion, context, [this, id, oldVersion, currentVersion, comment, ctx, done](Result<WikiPage> old) {
        if (!old)
            return done({old.error(), {}, 0});
        publish(id, old.value().text,
                QCoreApplication::translate("WikiPublisher", "Restored version %1: %2").arg(oldVersion).arg(comment),
                currentVersion, ctx, done);
    });
}

} // namespace hotline::kbsync
