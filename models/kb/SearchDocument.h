#pragma once

#include "TopicRanking.h"

#include <QString>
#include <vector>

namespace hotline::kb {

class KnowledgeBase;

// One thing the search index finds, in the form the index stores it. Today every document is a knowledge-base
// article; another kind (e.g. a guided call script) adds its own Type and producer beside articleDocuments(),
// and the index, the ranking and the hits treat it the same way.
struct SearchDocument {
    enum class Type { Article };

    Type type = Type::Article;
    QString id;
    QString category;     // subcategory id (what the hit shows)
    QString categories;   // "<subcategory> <top category>": what the category filter matches
    QString displayTitle; // as the operator sees it
    QString title; // the title as searched: a negated clause («не порубочный билет, а …») left out
    QString keywords;
    QString script;   // plain text of what is read out (the snippet comes from it)
    QString body;     // the other sections, and the negated clauses of the title
    QString agencies; // names and short names of the bodies it routes to: low weight, so «ИФНС» finds them
    TopicTraits traits;
};

// The articles of kb as search documents.
std::vector<SearchDocument> articleDocuments(const KnowledgeBase& kb);

// A title split into what it is about and what it says it is not: «Рубка в лесном фонде: не порубочный
// билет, а лесничество» is about «Рубка в лесном фонде: лесничество»; «не порубочный билет» is negated.
// A clause is negated when it holds «не» and the next clause contrasts it («…, а …», «…, но …»).
struct TitleParts {
    QString about;
    QString negated;
};
TitleParts splitNegated(const QString& title);

} // namespace hotline::kb
