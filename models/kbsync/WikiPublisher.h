#pragma once

#include "domain/Result.h"
#include "net/RedmineClient.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace hotline::kbsync {

// The knowledge base's wiki project on Redmine (created by packaging/redmine/provision.rb).
inline constexpr char kKbProject[] = "kb0150";
// Its start page is not an article.
inline constexpr char kKbStartPage[] = "Wiki";

// One row of the wiki index.
struct WikiPageInfo {
    QString title; // as Redmine spells it (first letter upper-cased); the article id is its lower case
    int version = 0;
    QDateTime updatedOn;
};

// One version of a page.
struct WikiPage {
    QString title;
    QString text;
    int version = 0;
    QString author;
    QString comments;
    QDateTime updatedOn;
};

// What a publish did: the new version, or an error. On a conflict (another editor saved first) the server's
// current page comes along so the editor can see the difference; nothing was overwritten.
struct PublishOutcome {
    std::optional<Error> error;
    std::optional<WikiPage> current; // on a conflict: the server's page as it is now
    int version = 0;                 // the page's version after the publish

    bool ok() const { return !error.has_value(); }
    bool conflict() const { return error && error->code == Error::Code::Conflict; }
};

// Reads and writes the KB wiki through the one RedmineClient. Every call is asynchronous; `done` runs once,
// unless `context` is destroyed first.
class WikiPublisher {
public:
    explicit WikiPublisher(net::RedmineClient& client, QString project = QString::fromLatin1(kKbProject));

    void index(QObject* context, std::function<void(Result<QList<WikiPageInfo>>)> done);
    // version 0: the current version.
    void page(const QString& id, int version, QObject* context, std::function<void(Result<WikiPage>)> done);
    // Saves `text` as the page `id`, based on `baseVersion` (0: a new page). An empty comment is refused.
    void publish(const QString& id, const QString& text, const QString& comment, int baseVersion, QObject* context,
                 std::function<void(PublishOutcome)> done);
    // The same for a page that is not an article (the categories and synonyms pages, KbDataPages.h): the
    // caller has checked the text.
    void publishPage(const QString& title, const QString& text, const QString& comment, int baseVersion,
                     QObject* context, std::function<void(PublishOutcome)> done);
    // Every version of the page, newest first (at most `limit`).
    void history(const QString& id, QObject* context, std::function<void(Result<QList<WikiPage>>)> done,
                 int limit = 50);
    // Publishes the text of an old version as a new one, based on `currentVersion`.
    void restore(const QString& id, int oldVersion, int currentVersion, const QString& comment, QObject* context,
                 std::function<void(PublishOutcome)> done);

    // Checks that `text` is a valid article whose id is `id` (what `kb check` says about one file).
    static Status validateArticle(const QString& id, const QString& text);
    static QString articleIdOf(const QString& pageTitle) { return pageTitle.toLower(); }

private:
    QString pagePath(const QString& id, int version) const;
    static WikiPage pageFromJson(const QJsonObject& o);

    net::RedmineClient& m_client;
    QString m_project;
};

// Runs one asynchronous call in a local event loop: for the command-line tool and tests only.
template <typename T>
T waitFor(const std::function<void(QObject*, std::function<void(T)>)>& start);

} // namespace hotline::kbsync

#include "WaitFor.h"
