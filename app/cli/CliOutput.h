#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace hotline::cli {

// Exit codes shared by every sub-command.
enum ExitCode { Success = 0, Invalid = 1, Usage = 2 };

void printJson(const QJsonObject& object);
void printJson(const QJsonArray& array);
void printLine(const QString& text);
// A usage error: message on stderr, returns ExitCode::Usage.
int usageError(const QString& message);

} // namespace hotline::cli
