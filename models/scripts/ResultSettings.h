#pragma once

#include "Script.h"
#include "domain/AppealKind.h"
#include "kb/Article.h"

#include <optional>

namespace hotline::kb {
class KnowledgeBase;
}

namespace hotline::scripts {

// What a result node does to the appeal: its own settings over those of its article (a result that leaves a
// field out takes the article's, so a routing change in the article reaches the script without an edit).
struct ResultSettings {
    QString articleId; // empty: the result opens no article
    domain::AppealKind kind = domain::AppealKind::Simple;
    int days = 0; // tasks
    QStringList agencies;
    domain::Algorithm algorithm = domain::Algorithm::Single;
    QString category;
    QList<kb::RoadmapStep> roadmap; // complaints: the article's roadmap
};

// The settings of a result node; nullopt when it is not a result, names an unknown kind or algorithm, or has
// neither an article nor a kind (the check reports each of those).
std::optional<ResultSettings> resolveResult(const Node& node, const kb::Article* article);
std::optional<ResultSettings> resolveResult(const Node& node, const kb::KnowledgeBase& kb);

} // namespace hotline::scripts
