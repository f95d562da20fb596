#include "domain/Validators.h"

#include "CatchQt.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace hotline::domain;

namespace {

QJsonObject vectors() {
    QFile f(hotline::test::dataDir() + QStringLiteral("/inn_ogrn_test_vectors.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void checkVectors(const char* section, Validation (*validate)(const QString&)) {
    const QJsonArray list = vectors().value(QLatin1String(section)).toArray();
    REQUIRE(list.size() >= 5);
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        const QString value = o.value(QLatin1String("value")).toString();
        const bool expected = o.value(QLatin1String("valid")).toBool();
        INFO(section << " " << value.toStdString() << " " << o.value(QLatin1String("reason")).toString().toStdString());
        const Validation r = validate(value);
        CHECK(r.valid == expected);
        if (expected)
            CHECK(r.normalized == value);
        else
            CHECK_FALSE(r.error.isEmpty());
    }
}

} // namespace

TEST_CASE("Validators pass every shared reference vector", "[validators]") {
    checkVectors("inn", validateInn);
    checkVectors("ogrn", validateOgrn);
    checkVectors("ogrnip", validateOgrnip);
}

TEST_CASE("INN: our own cases and Russian messages", "[validators]") {
    CHECK(validateInn(QStringLiteral(" 7707 083893 ")).valid);
    CHECK(validateInn(QStringLiteral(" 7707 083893 ")).normalized == QStringLiteral("7707083893"));
    CHECK(validateInn(QStringLiteral("500100732259")).valid); // 12 digits, Moscow Oblast prefix

    const Validation letters = validateInn(QStringLiteral("77O7083893"));
    CHECK_FALSE(letters.valid);
    CHECK(letters.error == QStringLiteral("ИНН может содержать только цифры."));

    const Validation shortInn = validateInn(QStringLiteral("770708389"));
    CHECK(shortInn.error ==
          QStringLiteral("ИНН состоит из 10 цифр (организация) или 12 цифр (ИП или физическое лицо); введено 9."));
    CHECK(validateInn(QStringLiteral("7707083894")).error.startsWith(QStringLiteral("Контрольная цифра ИНН")));
    CHECK(validateInn(QString()).error == QStringLiteral("Введите ИНН."));
}

TEST_CASE("OGRN and OGRNIP: our own cases", "[validators]") {
    CHECK(validateOgrn(QStringLiteral("1027700132195")).valid); // ПАО Сбербанк
    CHECK_FALSE(validateOgrn(QStringLiteral("1027700132196")).valid);
    CHECK(validateOgrn(QStringLiteral("3027700132195")).error == QStringLiteral("ОГРН начинается с 1 или 5."));
    // ОГРНИП whose remainder mod 13 is 10 or more: the check digit is the remainder's last digit.
    CHECK(validateOgrnip(QStringLiteral("304500116000180")).valid);
    CHECK(validateOgrnAny(QStringLiteral("304500116000180")).valid);
    CHECK(validateOgrnAny(QStringLiteral("1027700132195")).valid);
    CHECK(validateOgrnAny(QStringLiteral("12345")).error.contains(QStringLiteral("введено 5")));
}

TEST_CASE("Phone numbers are normalised from the usual spellings", "[validators]") {
    const QString expected = QStringLiteral("+79161234567");
    for (const char* spelling : {"+7 916 123-45-67", "8 (916) 123-45-67", "89161234567", "+7(916)1234567",
                                 "7 916 123 45 67", "916 123 45 67", "8-916-123-45-67", " +7 (916) 123.45.67 "}) {
        INFO(spelling);
        const Validation v = validatePhone(QString::fromUtf8(spelling));
        CHECK(v.valid);
        CHECK(v.normalized == expected);
    }
    CHECK(validatePhone(QStringLiteral("+7 495 000-01-50")).normalized == QStringLiteral("+74950000150"));
    CHECK_FALSE(validatePhone(QStringLiteral("+1 202 555 0100")).valid);
    CHECK(validatePhone(QStringLiteral("+1 202 555 0100")).error ==
          QStringLiteral("Принимаются только российские номера (+7)."));
    CHECK_FALSE(validatePhone(QStringLiteral("8 916 123 45")).valid);
    CHECK_FALSE(validatePhone(QStringLiteral("8 916 ABC 45 67")).valid);
    CHECK_FALSE(validatePhone(QStringLiteral("0150")).valid);
}

TEST_CASE("E-mail addresses", "[validators]") {
    CHECK(validateEmail(QStringLiteral("0150@mosreg.ru")).valid);
    CHECK(validateEmail(QStringLiteral(" Ivanov.I@Example.RU ")).normalized == QStringLiteral("Ivanov.I@example.ru"));
    CHECK(validateEmail(QStringLiteral("директор@почта.рф")).valid);
    CHECK_FALSE(validateEmail(QStringLiteral("ivanov@")).valid);
    CHECK_FALSE(validateEmail(QStringLiteral("ivanov.mail.ru")).valid);
    CHECK_FALSE(validateEmail(QStringLiteral("a@@b.ru")).valid);
    CHECK_FALSE(validateEmail(QStringLiteral("a..b@mail.ru")).valid);
    CHECK_FALSE(validateEmail(QStringLiteral("ivanov@mail")).valid);
    CHECK(validateEmail(QStringLiteral("ivanov.mail.ru")).error.contains(QStringLiteral("@")));
}

TEST_CASE("Validators never crash on random input, and what they accept is stable", "[validators][fuzz]") {
    QRandomGenerator rng(20261123);
    const QString alphabet = QStringLiteral("0123456789 +-()._@аяЁё\t\nabcXYZ\u0000\uFFFF");
    for (int i = 0; i < 20000; ++i) {
        QString s;
        const int len = rng.bounded(0, 40);
        for (int j = 0; j < len; ++j)
            s.append(alphabet.at(rng.bounded(alphabet.size())));
        for (auto* validate :
             {validateInn, validateOgrn, validateOgrnip, validateOgrnAny, validatePhone, validateEmail}) {
            const Validation v = validate(s);
            CHECK((v.valid ? v.error.isEmpty() : !v.error.isEmpty()));
            if (v.valid) {
                // A normalised value is accepted again and normalises to itself.
                CHECK(validate(v.normalized).normalized == v.normalized);
            }
        }
    }
    // Random digit strings of the right lengths: about one in ten passes the check digit, never a crash.
    int innPassed = 0;
    for (int i = 0; i < 20000; ++i) {
        QString s;
        for (int j = 0; j < 10; ++j)
            s.append(QChar(u'0' + rng.bounded(10)));
        innPassed += validateInn(s).valid ? 1 : 0;
    }
    CHECK(innPassed > 1500);
    CHECK(innPassed < 2500);
}
