#pragma once

#include "kb/KbIssue.h"

#include <QString>

class QCryptographicHash;

namespace hotline::domain {
class ReferenceData;
}
namespace hotline::kb {
class KnowledgeBase;
}

namespace hotline::scripts {

// Reads <kbDir>/scripts/*.json into `kb` (after its articles and categories), checks them with ScriptChecker and
// appends every problem to `issues`; each file goes into `fingerprint` so that a changed script rebuilds the
// search index. A file that cannot be read as a script, or repeats another's id, is reported and skipped.
// Returns the number of files read.
int loadScripts(const QString& kbDir, kb::KnowledgeBase& kb, const domain::ReferenceData* reference,
                kb::KbIssues& issues, QCryptographicHash& fingerprint);

} // namespace hotline::scripts
