#pragma once

#include "domain/Result.h"

#include <QStringList>

namespace hotline::net {
class RedmineClient;
}
namespace hotline::kb {
class KnowledgeBase;
class SearchIndex;
} // namespace hotline::kb

namespace hotline::cli {

// Each sub-command gets its own arguments (argv[0] followed by what came after the command's name)
// and returns the process exit code.
int runDeadline(const QStringList& args);
int runValidate(const QStringList& args);
int runKb(const QStringList& args);
int runOutbox(const QStringList& args);
int runLogin(const QStringList& args);
int runLogout(const QStringList& args);
// kb publish DIR, kb sync (KbSyncCommand.cpp).
int runKbSync(const QStringList& args);
// kb usage [--publish] (KbUsageCommand.cpp).
int runKbUsage(const QStringList& args);
// kb eval DIR|FILE…: hit@1, hit@3, queries without a result, and the misses (KbEvalCommand.cpp).
int runKbEval(const QStringList& paths, kb::SearchIndex& index, const kb::KnowledgeBase& kb, bool json);

// The server and API key from the settings/environment (OutboxCommand.cpp).
Status connectClient(net::RedmineClient& client);

} // namespace hotline::cli
