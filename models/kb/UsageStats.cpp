#include "UsageStats.h"

#include "TextAnalyzer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace hotline::kb {

namespace {

Error bad(const QString& why) {
    return Error{Error::Code::Parse, QCoreApplication::translate("UsageStats", "usage.json: %1").arg(why)};
}

QHash<QString, double> sharesOf(const QHash<QString, double>& values) {
    double most = 0;
    for (const double v : values)
        most = std::max(most, v);
    QHash<QString, double> out;
    if (most <= 0)
        return out;
    for (auto it = values.begin(); it != values.end(); ++it)
        out.insert(it.key(), it.value() / most);
    return out;
}

} // namespace

std::string UsageStats::keyOf(std::vector<std::string> stems) {
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    std::string key;
    for (const std::string& s : stems) {
        if (!key.empty())
            key += ' ';
        key += s;
    }
    return key;
}

std::string UsageStats::keyOf(const QString& query) {
    thread_local TextAnalyzer analyzer;
    std::vector<std::string> stems;
    const QByteArray utf8 = query.toUtf8();
    TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int, int) {
        if (!TextAnalyzer::isStopWord(w))
            stems.push_back(analyzer.stem(w));
        return true;
    });
    return keyOf(std::move(stems));
}

UsageStats UsageStats::compute(const QList<UsageEvent>& events, const QDateTime& now, double halfLifeDays) {
    UsageStats out;
    out.m_computedAt = now.toUTC();
    out.m_halfLifeDays = halfLifeDays > 0 ? halfLifeDays : kDefaultHalfLifeDays;
    QHash<QString, QHash<QString, double>> queries;
    for (const UsageEvent& e : events) {
        if (e.queries.isEmpty() || e.articles.isEmpty() || !e.when.isValid())
            continue; // opened from the tree, or searched and opened nothing: no query led to an article
        const double ageDays = std::max<double>(0, static_cast<double>(e.when.secsTo(now)) / 86400.0);
        const double weight = std::exp2(-ageDays / out.m_halfLifeDays);
        if (weight < 1e-3)
            continue; // ten half-lives ago: nothing left to say
        ++out.m_calls;
        QStringList articles = e.articles;
        articles.removeDuplicates();
        for (const QString& a : std::as_const(articles))
            out.m_articles[a] += weight;
        // Which search led to which article the call record does not say: each search of the call shares the
        // call's opens.
        QSet<QString> keys;
        for (const QString& q : e.queries) {
            const QString key = QString::fromStdString(keyOf(q));
            if (!key.isEmpty())
                keys.insert(key);
        }
        for (const QString& key : std::as_const(keys)) {
            QHash<QString, double>& opened = queries[key];
            for (const QString& a : std::as_const(articles))
                opened[a] += weight / static_cast<double>(articles.size());
        }
    }
    // Bounded: the most used query keys, the most opened articles of each.
    QList<std::pair<double, QString>> totals;
    for (auto it = queries.begin(); it != queries.end(); ++it) {
        double total = 0;
        for (const double v : it.value())
            total += v;
        totals.append({total, it.key()});
    }
    std::sort(totals.begin(), totals.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qsizetype i = 0; i < totals.size() && i < kMaxQueries; ++i) {
        const QHash<QString, double>& opened = queries.value(totals.at(i).second);
        QList<std::pair<double, QString>> ranked;
        for (auto it = opened.begin(); it != opened.end(); ++it)
            ranked.append({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QHash<QString, double>& kept = out.m_queries[totals.at(i).second];
        for (qsizetype k = 0; k < ranked.size() && k < kMaxArticlesPerQuery; ++k)
            kept.insert(ranked.at(k).second, ranked.at(k).first);
    }
    out.normalise();
    return out;
}

void UsageStats::normalise() {
    m_prior = sharesOf(m_articles);
    m_queryShares.clear();
    for (auto it = m_queries.begin(); it != m_queries.end(); ++it)
        m_queryShares.insert(it.key(), sharesOf(it.value()));
}

QSet<QString> UsageStats::openedArticles() const {
    QSet<QString> out;
    for (auto it = m_articles.begin(); it != m_articles.end(); ++it)
        out.insert(it.key());
    return out;
}

double UsageStats::ForQuery::value(const QString& articleId, double none) const {
    if (!query && !prior)
        return none;
    // The query's own evidence weighs most; the article's general popularity breaks what is left.
    const double q = query ? query->value(articleId, 0.0) : 0.0;
    const double p = prior ? prior->value(articleId, 0.0) : 0.0;
    return 0.75 * q + 0.25 * p;
}

UsageStats::ForQuery UsageStats::forQuery(const std::vector<std::string>& stems) const {
    ForQuery out;
    if (m_prior.isEmpty())
        return out;
    out.prior = &m_prior;
    const auto it = m_queryShares.constFind(QString::fromStdString(keyOf(stems)));
    if (it != m_queryShares.cend())
        out.query = &it.value();
    return out;
}

QByteArray UsageStats::toJson() const {
    // One article or query per line, sorted, so that the wiki page's history diffs readably.
    auto number = [](double v) { return QString::number(std::round(v * 1000.0) / 1000.0, 'g', 10); };
    auto object = [&](const QHash<QString, double>& values) {
        QStringList keys = values.keys();
        keys.sort();
        QStringList items;
        for (const QString& k : std::as_const(keys))
            items << QStringLiteral("\"%1\": %2").arg(k, number(values.value(k)));
        return QStringLiteral("{") + items.join(QStringLiteral(", ")) + QStringLiteral("}");
    };
    QStringList lines;
    lines << QStringLiteral("{");
    lines << QStringLiteral(" \"format\": 1,");
    lines << QStringLiteral(" \"computed\": \"%1\",").arg(m_computedAt.toUTC().toString(Qt::ISODate));
    lines << QStringLiteral(" \"half_life_days\": %1,").arg(number(m_halfLifeDays));
    lines << QStringLiteral(" \"calls\": %1,").arg(m_calls);
    QStringList articles = m_articles.keys();
    articles.sort();
    lines << QStringLiteral(" \"articles\": {");
    for (qsizetype i = 0; i < articles.size(); ++i)
        lines << QStringLiteral("  \"%1\": %2%3")
                     .arg(articles.at(i), number(m_articles.value(articles.at(i))),
                          i + 1 < articles.size() ? QStringLiteral(",") : QString());
    lines << QStringLiteral(" },");
    QStringList queries = m_queries.keys();
    queries.sort();
    lines << QStringLiteral(" \"queries\": {");
    for (qsizetype i = 0; i < queries.size(); ++i)
        lines << QStringLiteral("  \"%1\": %2%3")
                     .arg(queries.at(i), object(m_queries.value(queries.at(i))),
                          i + 1 < queries.size() ? QStringLiteral(",") : QString());
    lines << QStringLiteral(" }");
    lines << QStringLiteral("}");
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

Result<UsageStats> UsageStats::fromJson(const QByteArray& json) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return bad(QCoreApplication::translate("UsageStats", "bad JSON: %1").arg(err.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt() != 1)
        return bad(QCoreApplication::translate("UsageStats", "unknown format (expected \"format\": 1)"));
    UsageStats out;
    out.m_computedAt = QDateTime::fromString(o.value(QLatin1String("computed")).toString(), Qt::ISODate);
    if (!out.m_computedAt.isValid())
        return bad(QCoreApplication::translate("UsageStats", "\"computed\" must be a date and time"));
    out.m_halfLifeDays = o.value(QLatin1String("half_life_days")).toDouble(kDefaultHalfLifeDays);
    out.m_calls = o.value(QLatin1String("calls")).toInt();
    static const QRegularExpression id(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    auto readCounts = [&](const QJsonObject& from, QHash<QString, double>& to) -> Status {
        for (auto it = from.begin(); it != from.end(); ++it) {
            if (!id.match(it.key()).hasMatch() || !it.value().isDouble() || it.value().toDouble() < 0)
                return bad(QCoreApplication::translate("UsageStats", "\"%1\" is not an article id with a count ≥ 0")
                               .arg(it.key()));
            to.insert(it.key(), it.value().toDouble());
        }
        return Ok{};
    };
    if (auto st = readCounts(o.value(QLatin1String("articles")).toObject(), out.m_articles); !st)
        return st.error();
    const QJsonObject queries = o.value(QLatin1String("queries")).toObject();
    for (auto it = queries.begin(); it != queries.end(); ++it) {
        if (!it.value().isObject())
            return bad(
                QCoreApplication::translate("UsageStats", "the query \"%1\" needs an object of counts").arg(it.key()));
        if (auto st = readCounts(it.value().toObject(), out.m_queries[it.key()]); !st)
            return st.error();
    }
    out.normalise();
    return out;
}

} // namespace hotline::kb
