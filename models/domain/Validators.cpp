#include "Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <phonenumbers/phonenumberutil.h>

namespace hotline::domain {

namespace {

Validation fail(const QString& message) {
    return {false, {}, message};
}

Validation pass(const QString& normalized) {
    return {true, normalized, {}};
}

// Spaces are allowed for readability ("7707 083893"); everything else must be a digit.
bool digitsOnly(const QString& input, QString& digits) {
    digits.clear();
    for (QChar c : input) {
        if (c.isSpace())
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        digits.append(c);
    }
    return true;
}

int digit(const QString& s, int i) {
    return s.at(i).unicode() - '0';
}

int weighted(const QString& s, const int* weights, int count) {
    int sum = 0;
    for (int i = 0; i < count; ++i)
        sum += digit(s, i) * weights[i];
    return sum % 11 % 10;
}

// Remainder of a decimal string modulo m, digit by digit (15-digit numbers fit in 64 bits, but this
// keeps the rule obvious).
int remainder(const QString& s, int length, int m) {
    int r = 0;
    for (int i = 0; i < length; ++i)
        r = (r * 10 + digit(s, i)) % m;
    return r;
}

} // namespace

Validation validateInn(const QString& input) {
    QString s;
    if (input.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter the INN."));
    if (!digitsOnly(input, s))
        return fail(QCoreApplication::translate("Validators", "The INN may contain digits only."));
    static constexpr std::array<int, 11> w12{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (s.size() == 10) {
        static constexpr std::array<int, 9> w10{2, 4, 10, 3, 5, 9, 4, 6, 8};
        if (weighted(s, w10.data(), 9) != digit(s, 9))
            return fail(QCoreApplication::translate(
                "Validators", "The INN check digit does not match: check the digits with the caller."));
        return pass(s);
    }
    if (s.size() == 12) {
        if (weighted(s, w12.data() + 1, 10) != digit(s, 10) || weighted(s, w12.data(), 11) != digit(s, 11))
            return fail(QCoreApplication::translate(
                "Validators", "The INN check digits do not match: check the digits with the caller."));
        return pass(s);
    }
    return fail(
        QCoreApplication::translate(
            "Validators", "An INN has 10 digits (organisation) or 12 digits (sole trader or person); %1 entered.")
            .arg(s.size()));
}

Validation validateOgrn(const QString& input) {
    QString s;
    if (input.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter the OGRN."));
    if (!digitsOnly(input, s))
        return fail(QCoreApplication::translate("Validators", "The OGRN may contain digits only."));
    if (s.size() != 13)
        return fail(QCoreApplication::translate("Validators", "An OGRN has 13 digits; %1 entered.").arg(s.size()));
    if (s.at(0) != QLatin1Char('1') && s.at(0) != QLatin1Char('5'))
        return fail(QCoreApplication::translate("Validators", "An OGRN starts with 1 or 5."));
    if (remainder(s, 12, 11) % 10 != digit(s, 12))
        return fail(QCoreApplication::translate(
            "Validators", "The OGRN check digit does not match: check the digits with the caller."));
    return pass(s);
}

Validation validateOgrnip(const QString& input) {
    QString s;
    if (input.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter the OGRNIP."));
    if (!digitsOnly(input, s))
        return fail(QCoreApplication::translate("Validators", "The OGRNIP may contain digits only."));
    if (s.size() != 15)
        return fail(QCoreApplication::translate("Validators", "An OGRNIP has 15 digits; %1 entered.").arg(s.size()));
    if (s.at(0) != QLatin1Char('3'))
        return fail(QCoreApplication::translate("Validators", "An OGRNIP starts with 3."));
    if (remainder(s, 14, 13) % 10 != digit(s, 14))
        return fail(QCoreApplication::translate(
            "Validators", "The OGRNIP check digit does not match: check the digits with the caller."));
    return pass(s);
}

Validation validateOgrnAny(const QString& input) {
    QString s;
    if (digitsOnly(input, s) && s.size() == 15)
        return validateOgrnip(input);
    if (digitsOnly(input, s) && s.size() != 13 && !s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "An OGRN has 13 digits and an OGRNIP 15; %1 entered.")
                        .arg(s.size()));
    return validateOgrn(input);
}

Validation validatePhone(const QString& input) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter the phone number."));
    // What an operator types: digits, a leading +, spaces, brackets, dashes, dots. (libphonenumber would also
    // take letters as on a keypad and other punctuation; a caller dictating a number gives neither.)
    QString digits;
    for (int i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (!((c == QLatin1Char('+') && i == 0) || c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') ||
                   c == QLatin1Char('-') || c == QLatin1Char('.')))
            return fail(QCoreApplication::translate(
                "Validators", "The phone number may contain digits, spaces, brackets and dashes only."));
    }
    const bool plus = trimmed.startsWith(QLatin1Char('+'));
    // The digits after +7 or the trunk prefix 8, as the messages count them.
    const qsizetype afterPrefix = plus || digits.startsWith(QLatin1Char('8')) ? digits.size() - 1 : digits.size();
    auto wrongLength = [&] {
        return fail(
            QCoreApplication::translate("Validators", "A Russian phone number has 10 digits after +7 or 8; %1 entered.")
                .arg(afterPrefix));
    };
    // Google's libphonenumber knows the Russian numbering plan: which codes exist, how long their numbers are,
    // that 8 is the trunk prefix and +7 6…/7… is Kazakhstan. The messages are ours.
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const PhoneNumberUtil::ErrorType parsed = util.Parse(trimmed.toStdString(), "RU", &number);
    if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR ||
        (parsed == PhoneNumberUtil::NO_PARSING_ERROR && number.country_code() != 7))
        return fail(QCoreApplication::translate("Validators", "Only Russian numbers (+7) are accepted."));
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR ||
        util.IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE)
        return wrongLength();
    if (util.IsValidNumberForRegion(number, "RU")) {
        std::string e164;
        util.Format(number, PhoneNumberUtil::E164, &e164);
        return pass(QString::fromStdString(e164));
    }
    if (util.IsValidNumberForRegion(number, "KZ"))
        return fail(QCoreApplication::translate(
            "Validators", "This is a number in Kazakhstan (+7 6… or +7 7…): only Russian numbers are accepted."));
    // «8 (916) 123-45-6»: ten digits, but with the trunk prefix in front one is missing.
    if (!plus && digits.size() == 10 && digits.startsWith(QLatin1Char('8')))
        return wrongLength();
    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    return fail(QCoreApplication::translate("Validators",
                                            "There is no Russian number with the code %1: check the number with the "
                                            "caller.")
                    .arg(QString::fromStdString(national.substr(0, 3))));
}

Validation validateEmail(const QString& input) {
    const QString s = input.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter the e-mail address."));
    if (s.size() > 254)
        return fail(QCoreApplication::translate("Validators", "The e-mail address is too long."));
    const int at = s.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || s.count(QLatin1Char('@')) != 1)
        return fail(QCoreApplication::translate("Validators", "An e-mail address needs one @, as in name@example.ru."));
    const QString local = s.left(at);
    const QString domain = s.mid(at + 1).toLower();
    static const QRegularExpression localRe(QStringLiteral(R"(^[\w.!#$%&'*+/=?^`{|}~-]{1,64}$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression domainRe(QStringLiteral(R"(^(?:[\w](?:[\w-]{0,61}[\w])?\.)+[\w]{2,63}$)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    if (local.isEmpty() || !localRe.match(local).hasMatch() || local.startsWith(QLatin1Char('.')) ||
        local.endsWith(QLatin1Char('.')) || local.contains(QStringLiteral("..")))
        return fail(QCoreApplication::translate("Validators", "The part before @ is not a valid mailbox name."));
    if (!domainRe.match(domain).hasMatch() || domain.contains(QLatin1Char('_')))
        return fail(
            QCoreApplication::translate("Validators", "The part after @ is not a valid domain, as in example.ru."));
    return pass(local + QLatin1Char('@') + domain);
}

} // namespace hotline::domain
