#include "CliOutput.h"
#include "Commands.h"
#include "settings/Translations.h"

#include <QCoreApplication>
#include <functional>
#include <map>

using namespace hotline::cli;

namespace {

QString usage() {
    return QCoreApplication::translate("CliMain", "Usage: hotline-cli COMMAND [options]\n"
                                                  "\n"
                                                  "Commands:\n"
                                                  "  deadline   registration day and deadlines of an appeal\n"
                                                  "  validate   check an INN, OGRN, OGRNIP, phone number or e-mail\n"
                                                  "  kb         knowledge base: check, search, stats\n"
                                                  "  outbox     the local outbox of appeals: list, send\n"
                                                  "  login      log in to the Redmine server (password on stdin)\n"
                                                  "  logout     forget the API key\n"
                                                  "\n"
                                                  "Options:\n"
                                                  "  -h, --help     this help; COMMAND --help for a command's options\n"
                                                  "  -v, --version  the version\n");
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("hotline0150"));
    QCoreApplication::setApplicationName(QStringLiteral("hotline0150"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOTLINE_VERSION));
    hotline::installTranslations(app);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usageError(usage());
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printLine(usage());
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printLine(QStringLiteral("hotline-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }
    static const std::map<QString, std::function<int(const QStringList&)>> commands{
        {QStringLiteral("deadline"), runDeadline},
        {QStringLiteral("validate"), runValidate},
        {QStringLiteral("kb"), runKb},
        {QStringLiteral("outbox"), runOutbox},
        {QStringLiteral("login"), runLogin},
        {QStringLiteral("logout"), runLogout},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(
            QCoreApplication::translate("CliMain", "Unknown command \"%1\".\n\n%2").arg(command, usage()));
    QStringList rest = args.mid(2);
    rest.prepend(args.at(0) + QLatin1Char(' ') + command);
    return it->second(rest);
}
