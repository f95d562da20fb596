#pragma once

#include "KnowledgeBase.h"
#include "SearchIndex.h"

#include <memory>

namespace hotline::kb {

// The knowledge base a workstation works with: loaded from a directory, with its search index kept in the
// data directory and rebuilt only when the knowledge base changed (by content fingerprint).
class KbRepository {
public:
    struct Opened {
        KnowledgeBase kb;
        KbIssues issues;
        std::unique_ptr<SearchIndex> index;
        bool rebuilt = false;
    };
    static Result<Opened> open(const QString& kbDir, const QString& indexPath);

    static QString defaultIndexPath(const QString& dataDir);
};

} // namespace hotline::kb
