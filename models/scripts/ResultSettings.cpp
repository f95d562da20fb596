#include "ResultSettings.h"

#include "kb/KnowledgeBase.h"

namespace hotline::scripts {

std::optional<ResultSettings> resolveResult(const Node& node, const kb::Article* article) {
    if (node.type != NodeType::Result || (!article && node.kind.isEmpty()))
        return std::nullopt;
    ResultSettings out;
    if (article) {
        out.articleId = article->id;
        out.kind = article->kind;
        out.days = article->days;
        out.agencies = article->agencies;
        out.algorithm = article->algorithm;
        out.category = article->category;
        out.roadmap = article->roadmap;
    }
    if (!node.kind.isEmpty()) {
        const auto kind = domain::appealKindFromId(node.kind);
        if (!kind)
            return std::nullopt;
        if (*kind != out.kind)
            out.days = 0; // the article's days belong to the article's kind
        out.kind = *kind;
    }
    if (node.days != 0)
        out.days = node.days;
    if (out.kind != domain::AppealKind::Task)
        out.days = 0;
    if (out.kind != domain::AppealKind::Complaint)
        out.roadmap.clear();
    if (node.agencies)
        out.agencies = *node.agencies;
    if (!node.algorithm.isEmpty()) {
        const auto algorithm = domain::algorithmFromId(node.algorithm);
        if (!algorithm)
            return std::nullopt;
        out.algorithm = *algorithm;
    }
    if (!node.category.isEmpty())
        out.category = node.category;
    return out;
}

std::optional<ResultSettings> resolveResult(const Node& node, const kb::KnowledgeBase& kb) {
    const kb::Article* article = node.article.isEmpty() ? nullptr : kb.article(node.article);
    if (!node.article.isEmpty() && !article)
        return std::nullopt;
    return resolveResult(node, article);
}

} // namespace hotline::scripts
