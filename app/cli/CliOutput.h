#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace hotline::cli {

// Exit codes shared by every sub-command.
enum ExitCode { Success = 0, Invalid = 1, Usage = 2 };

void printJson(const QJsonObject& object);
void printJson(const QJsonArray& array);
void printLine(const QString& text);
// A usage error: message on stderr, returns ExitCode::Usage.
int usageError(const QString& message);
// Parses a command's arguments; on a usage error or --help prints what is due and returns the exit code,
// otherwise nothing (the command goes on).
std::optional<int> parseOrHelp(QCommandLineParser& parser, const QStringList& args);

} // namespace hotline::cli
