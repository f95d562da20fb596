#include "SearchDocument.h"

#include "KnowledgeBase.h"
#include "TextAnalyzer.h"

#include <QRegularExpression>
#include <QSet>

namespace hotline::kb {

namespace {

std::vector<std::string> foldedWords(const QString& text) {
    std::vector<std::string> words;
    const QByteArray utf8 = text.toUtf8();
    TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int, int) {
        words.push_back(w);
        return true;
    });
    return words;
}

} // namespace

TitleParts splitNegated(const QString& title) {
    // Clauses with the separator that ends each.
    static const QRegularExpression separator(QStringLiteral("[,:;()—–]"));
    struct Clause {
        QString text;
        QString end;
    };
    QList<Clause> clauses;
    qsizetype from = 0;
    for (auto it = separator.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        clauses.append({title.mid(from, m.capturedStart() - from), m.captured()});
        from = m.capturedEnd();
    }
    clauses.append({title.mid(from), QString()});
    auto words = [](const QString& clause) { return TextAnalyzer::fold(clause).split(QLatin1Char(' ')); };
    TitleParts parts;
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        const QStringList own = words(clauses.at(i).text);
        const QStringList next = i + 1 < clauses.size() ? words(clauses.at(i + 1).text) : QStringList();
        const bool contrasted =
            !next.isEmpty() && (next.first() == QStringLiteral("а") || next.first() == QStringLiteral("но"));
        if (own.contains(QStringLiteral("не")) && contrasted)
            parts.negated += clauses.at(i).text + QLatin1Char(' ');
        else
            parts.about += clauses.at(i).text + clauses.at(i).end;
    }
    parts.about = parts.about.simplified();
    parts.negated = parts.negated.simplified();
    return parts;
}

std::vector<SearchDocument> articleDocuments(const KnowledgeBase& kb) {
    QSet<QString> main;
    for (const Category& c : kb.categories()) {
        for (const QString& id : c.mainArticles)
            main.insert(id);
    }
    TextAnalyzer analyzer;
    std::vector<SearchDocument> out;
    out.reserve(static_cast<std::size_t>(kb.articles().size()));
    for (const Article& a : kb.articles()) {
        SearchDocument d;
        d.id = a.id;
        d.category = a.category;
        d.categories = a.category + QLatin1Char(' ') + kb.topCategoryOf(a.category);
        d.displayTitle = a.title;
        const TitleParts title = splitNegated(a.title);
        d.title = title.about;
        d.keywords = a.keywords.join(QStringLiteral(", "));
        d.script = Article::plainText(a.script);
        d.body = a.bodyText();
        if (!title.negated.isEmpty())
            d.body += QLatin1Char('\n') + title.negated;
        QStringList agencies;
        for (const QString& agency : a.agencies)
            agencies += kb.agencyNames(agency);
        d.agencies = agencies.join(QStringLiteral(", "));
        d.traits = TopicRanking::traitsOf(foldedWords(title.about), a.kind == domain::AppealKind::Complaint,
                                          main.contains(a.id), analyzer);
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace hotline::kb
