#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <string>
#include <vector>

namespace hotline::kb {

// One call as far as the ranking cares: what the operator searched for (searches that found something) and
// which articles were opened during the call. Built from this workstation's call records or the line's call
// log (kbsync/UsageSources).
struct UsageEvent {
    QDateTime when;
    QStringList queries;
    QStringList articles;
};

// How often the line's operators open an article after a query, decayed over time (an open half a half-life
// ago counts 0.7, one a half-life ago 0.5 …). A ranking signal for search: it reorders articles that match a
// query about equally well; it never overrides an exact title match.
//
// It travels as usage.json (the KB wiki page Kb_usage, see docs/KB_FORMAT.md):
//   {"format": 1, "computed": "2026-12-03T08:00:00Z", "half_life_days": 30, "calls": 812,
//    "articles": {"gpzu-poluchenie": 41.2, …},
//    "queries": {"гпзу": {"gpzu-poluchenie": 17.5, "gpzu-izmenenie": 2.1}, …}}
// "articles": decayed opens in calls with a search; "queries": by query key (the stems of the query's words,
// sorted), the decayed opens in calls with that search, shared among the articles the call opened.
class UsageStats {
public:
    static constexpr double kDefaultHalfLifeDays = 30;
    static constexpr int kMaxQueries = 3000;       // the most used query keys; the rest are noise for ranking
    static constexpr int kMaxArticlesPerQuery = 8; // per query key, the most opened

    static UsageStats compute(const QList<UsageEvent>& events, const QDateTime& now,
                              double halfLifeDays = kDefaultHalfLifeDays);
    static Result<UsageStats> fromJson(const QByteArray& json);
    QByteArray toJson() const;

    bool isEmpty() const { return m_articles.isEmpty(); }
    QDateTime computedAt() const { return m_computedAt; }
    double halfLifeDays() const { return m_halfLifeDays; }
    int calls() const { return m_calls; }
    const QHash<QString, double>& articles() const { return m_articles; }
    // The articles opened at all after a search (the KB editor's «never opened by operators» filter).
    QSet<QString> openedArticles() const;

    // The key of a query: the stems of its words that are not function words, sorted, without repeats.
    static std::string keyOf(std::vector<std::string> stems);
    static std::string keyOf(const QString& query);

    // For one query (the stems of its words): article → 0…1, its opens after this query relative to the most
    // opened one, blended with its opens after any query. Empty when nothing is known. Cheap: a lookup.
    struct ForQuery {
        const QHash<QString, double>* query = nullptr; // shares for this query, or null
        const QHash<QString, double>* prior = nullptr; // shares among all opens
        double value(const QString& articleId, double none) const;
    };
    ForQuery forQuery(const std::vector<std::string>& stems) const;

private:
    void normalise();

    QDateTime m_computedAt;
    double m_halfLifeDays = kDefaultHalfLifeDays;
    int m_calls = 0;
    QHash<QString, double> m_articles;
    QHash<QString, QHash<QString, double>> m_queries;
    // Derived when loaded: each value divided by the largest of its map.
    QHash<QString, double> m_prior;
    QHash<QString, QHash<QString, double>> m_queryShares;
};

} // namespace hotline::kb
