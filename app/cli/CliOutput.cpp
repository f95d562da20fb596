#include "CliOutput.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <cstdio>

namespace hotline::cli {

void printJson(const QJsonObject& object) {
    const QByteArray out = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonArray& array) {
    const QByteArray out = QJsonDocument(array).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    std::fputc('\n', stdout);
}

void printLine(const QString& text) {
    const QByteArray out = text.toUtf8();
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    std::fputc('\n', stdout);
}

int usageError(const QString& message) {
    const QByteArray out = message.toUtf8();
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stderr);
    std::fputc('\n', stderr);
    return Usage;
}

std::optional<int> parseOrHelp(QCommandLineParser& parser, const QStringList& args) {
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return Success;
    }
    return std::nullopt;
}

} // namespace hotline::cli
