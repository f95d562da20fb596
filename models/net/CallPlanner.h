#pragma once

#include "IssuePlanner.h"
#include "call/CallRecord.h"

#include <optional>

namespace hotline::net {

// The «Результат звонка» list value of a result, and back.
QString callResultName(call::CallResult result);
std::optional<call::CallResult> callResultFromName(const QString& name);

// The searches as the «Поисковые запросы» field holds them: "query<TAB>hits" per line.
QString searchesText(const QList<call::CallSearch>& searches);
QList<call::CallSearch> searchesFromText(const QString& text);

// The guided scripts as the «Сценарии» field holds them: "script<TAB>end<TAB>node node …" per run (end: result,
// jumped or abandoned; the nodes in the order the operator went through them).
QString scriptRunsText(const QList<call::CallScriptRun>& runs);
QList<call::CallScriptRun> scriptRunsFromText(const QString& text);

// A call that ended with no appeal (or whose appeals never reached Redmine) as one «Звонок» issue, filed
// closed. Its client UUID is the call's id, so a retry after an ambiguous failure creates it once.
Result<PlannedIssue> planCallIssue(const call::CallRecord& call, const RedmineSchema& schema,
                                   const domain::ReferenceData& reference);

// A call with appeals in Redmine: its figures (final duration, searches, articles opened, result, operator)
// onto the first appeal, the call's UUID onto every one, so the line's statistics count the call once.
QList<PlannedUpdate> planCallUpdates(const call::CallRecord& call, const QList<int>& appealIssueIds,
                                     const RedmineSchema& schema);

} // namespace hotline::net
