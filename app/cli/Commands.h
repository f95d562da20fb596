#pragma once

#include <QStringList>

namespace hotline::cli {

// Each sub-command gets its own arguments (argv[0] followed by what came after the command's name)
// and returns the process exit code.
int runDeadline(const QStringList& args);
int runValidate(const QStringList& args);
int runKb(const QStringList& args);
int runOutbox(const QStringList& args);
int runLogin(const QStringList& args);
int runLogout(const QStringList& args);

} // namespace hotline::cli
