#pragma once

#include <QList>
#include <QString>

namespace hotline::kb {

// A problem found in the knowledge base, with where it is, for `kb check` and the editors.
struct KbIssue {
    // An error is something to fix before the base ships (`kb check` exits 1, the editor refuses to publish it);
    // a warning is something to look at (printed, exit 0 unless --strict).
    enum class Severity { Error, Warning };

    QString file;
    int line = 0; // 1-based; 0 when the problem is about the whole file
    QString message;
    bool fatal = false; // the article could not be used and was skipped
    Severity severity = Severity::Error;

    bool isWarning() const { return severity == Severity::Warning; }
    QString toString() const;
};

using KbIssues = QList<KbIssue>;

} // namespace hotline::kb
