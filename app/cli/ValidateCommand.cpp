#include "CliOutput.h"
#include "Commands.h"
#include "domain/Validators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <functional>
#include <map>

namespace hotline::cli {

int runValidate(const QStringList& args) {
    using namespace hotline::domain;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ValidateCommand", "Checks an INN, OGRN, OGRNIP, phone number or e-mail."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("inn | ogrn | ogrnip | phone | email"));
    parser.addPositionalArgument(QStringLiteral("value"),
                                 QCoreApplication::translate("ValidateCommand", "The value to check."));
    if (const auto done = parseOrHelp(parser, args))
        return *done;
    static const std::map<QString, std::function<Validation(const QString&)>> validators{
        {QStringLiteral("inn"), validateInn},       {QStringLiteral("ogrn"), validateOgrn},
        {QStringLiteral("ogrnip"), validateOgrnip}, {QStringLiteral("phone"), validatePhone},
        {QStringLiteral("email"), validateEmail},
    };
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || !validators.contains(pos.at(0)))
        return usageError(QCoreApplication::translate("ValidateCommand",
                                                      "Usage: hotline-cli validate inn|ogrn|ogrnip|phone|email VALUE"));

    const Validation v = validators.at(pos.at(0))(pos.at(1));
    QJsonObject out;
    out.insert(QStringLiteral("valid"), v.valid);
    out.insert(QStringLiteral("normalized"), v.normalized);
    out.insert(QStringLiteral("error"), v.error);
    printJson(out);
    return v.valid ? Success : Invalid;
}

} // namespace hotline::cli
