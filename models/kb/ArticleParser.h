#pragma once

#include "Article.h"
#include "KbIssue.h"

#include <optional>

namespace hotline::kb {

// Parses one article file: a ```json metadata block, then the fixed `##` sections (docs/KB_FORMAT.md).
// Never throws or crashes on junk: problems come back as issues with line numbers; a fatal one leaves no article.
class ArticleParser {
public:
    static constexpr qsizetype kMaxFileBytes = 1024 * 1024;
    // An answer script must be readable aloud in under a minute (about 120 words at a calm pace).
    static constexpr int kMaxScriptWords = 120;

    struct LinkRef {
        int line = 0;
        QString articleId;
    };
    struct Outcome {
        std::optional<Article> article;
        KbIssues issues;
        QList<LinkRef> links; // every [..](kb:id) with its line, to be resolved against the whole KB
    };

    static Outcome parse(const QByteArray& content, const QString& fileName);

    // Placeholder names the operator window can fill.
    static const QStringList& knownPlaceholders();
    // Words the operator says reading `script` aloud (a placeholder counts as one).
    static int spokenWords(const QString& script);
};

} // namespace hotline::kb
