#pragma once

#include <QList>
#include <QString>

namespace hotline::kb {

// A problem found in the knowledge base, with where it is, for `kb check` and the editors.
struct KbIssue {
    QString file;
    int line = 0; // 1-based; 0 when the problem is about the whole file
    QString message;
    bool fatal = false; // the article could not be used and was skipped

    QString toString() const;
};

using KbIssues = QList<KbIssue>;

} // namespace hotline::kb
