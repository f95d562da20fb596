#pragma once

#include "Script.h"
#include "kb/KbIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace hotline::scripts {

// A script file (kb_data/scripts/<id>.json) read and written. Reading never crashes on junk: problems come back
// with the file and line (the node's line for a problem in a node); a fatal one leaves no script. Writing gives
// the canonical layout (one key per line, one node after another, lists of words on one line), so that reading
// a shipped file and writing it back gives the same bytes and a diff shows only what an editor changed.
class ScriptFormat {
    Q_DECLARE_TR_FUNCTIONS(ScriptFormat)

public:
    static constexpr qsizetype kMaxFileBytes = 1024 * 1024;

    struct Outcome {
        std::optional<Script> script;
        kb::KbIssues issues;
    };
    static Outcome parse(const QByteArray& content, const QString& fileName);

    static QByteArray toJson(const Script& script);

    // Whether `id` is well-formed for a script or a node: lower-case Latin letters, digits, single '-'.
    static bool isValidId(const QString& id);
};

} // namespace hotline::scripts
