#pragma once

#include "Script.h"
#include "kb/KbIssue.h"

#include <QCoreApplication>

namespace hotline::domain {
class ReferenceData;
}
namespace hotline::kb {
class KnowledgeBase;
}

namespace hotline::scripts {

// What `hotline-cli kb check` says about the scripts, each problem with the script's file and the node's line
// and naming the node: nodes no path reaches, dead ends that are not results, loops (across scripts too),
// targets, articles, agencies, kinds, algorithms and categories that do not exist, a task without days, a
// complaint without a complaint article's roadmap, more answers than number keys, unknown placeholders.
class ScriptChecker {
    Q_DECLARE_TR_FUNCTIONS(ScriptChecker)

public:
    // `kb`: the articles and categories the scripts point to; `reference`: the agencies (null: not checked).
    static kb::KbIssues check(const QList<Script>& scripts, const kb::KnowledgeBase& kb,
                              const domain::ReferenceData* reference);

    static constexpr int kMaxAnswers = 9; // number keys 1–9
};

} // namespace hotline::scripts
