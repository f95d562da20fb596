#include "domain/Validators.h"

#include "CatchQt.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>

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
    // A ten-digit string that starts with 8 is not taken as a number without its trunk prefix: a digit is missing.
    for (const char* missing : {"8 (916) 123-45-6", "8-836-411-18-2"}) {
        INFO(missing);
        const Validation v = validatePhone(QString::fromUtf8(missing));
        CHECK_FALSE(v.valid);
        CHECK(v.error == QStringLiteral("Российский номер — это 10 цифр после +7 или 8; введено цифр: 9."));
    }
    CHECK(validatePhone(QStringLiteral("8 (812) 123-45-67")).normalized == QStringLiteral("+78121234567"));
    CHECK(validatePhone(QStringLiteral("8 800 555-35-35")).normalized == QStringLiteral("+78005553535"));
    // +7 is shared with Kazakhstan: its numbers are not Russian ones.
    CHECK_FALSE(validatePhone(QStringLiteral("+7 727 258 25 00")).valid);
    CHECK_FALSE(validatePhone(QStringLiteral("8 (600) 123-45-67")).valid); // no such code
}

namespace {

// A phone number as an operator might type what a caller dictates: real and invented codes, the usual prefixes
// and separators, now and then a digit missing, one too many or two swapped, and a few characters no caller says.
QString phoneSpelling(QRandomGenerator& rng) {
    static const QStringList codes{QStringLiteral("916"), QStringLiteral("903"), QStringLiteral("926"),
                                   QStringLiteral("985"), QStringLiteral("999"), QStringLiteral("958"),
                                   QStringLiteral("495"), QStringLiteral("499"), QStringLiteral("496"),
                                   QStringLiteral("498"), QStringLiteral("812"), QStringLiteral("836"),
                                   QStringLiteral("843"), QStringLiteral("861"), QStringLiteral("383"),
                                   QStringLiteral("423"), QStringLiteral("301"), QStringLiteral("800"),
                                   QStringLiteral("727"), QStringLiteral("701"), QStringLiteral("600")};
    QString nsn = rng.bounded(5) == 0 ? QString::number(100 + rng.bounded(900)) : codes.at(rng.bounded(codes.size()));
    for (int i = 0; i < 7; ++i)
        nsn += QChar(u'0' + rng.bounded(10));
    const int mutation = rng.bounded(10);
    if (mutation == 0)
        nsn.remove(rng.bounded(nsn.size()), 1);
    else if (mutation == 1)
        nsn.insert(rng.bounded(nsn.size() + 1), QChar(u'0' + rng.bounded(10)));
    else if (mutation == 2 && nsn.size() > 4) {
        const int i = 1 + rng.bounded(nsn.size() - 2);
        std::swap(nsn[i], nsn[i + 1]);
    }
    static const QStringList prefixes{QStringLiteral("+7"),   QStringLiteral("8"), QStringLiteral("7"), QString(),
                                      QStringLiteral("+7 8"), QStringLiteral("+8")};
    const QString prefix = prefixes.at(rng.bounded(100) < 90 ? rng.bounded(4) : 4 + rng.bounded(2));
    static const QStringList separators{QStringLiteral(" "), QStringLiteral("-"), QStringLiteral("."), QString()};
    const QString sep = separators.at(rng.bounded(separators.size()));
    const QString code = nsn.left(3);
    const QString rest = nsn.mid(3);
    QString body = rest.size() == 7 ? rest.left(3) + sep + rest.mid(3, 2) + sep + rest.mid(5) : rest;
    QString out = prefix + (prefix.isEmpty() ? QString() : QStringLiteral(" "));
    out += rng.bounded(3) == 0 ? QStringLiteral("(%1) ").arg(code) : code + sep;
    out += body;
    if (rng.bounded(40) == 0) // what no caller dictates
        out.insert(rng.bounded(out.size() + 1), QStringLiteral("/x#").at(rng.bounded(3)));
    return out;
}

} // namespace

TEST_CASE("Phone numbers agree with libphonenumber's verdict on 1 200 generated spellings", "[validators][phone]") {
    // The independent oracle is Python's port of libphonenumber (Debian python3-phonenumbers): its own parser
    // over the same numbering plan.
    QRandomGenerator rng(20261203);
    QStringList spellings;
    for (int i = 0; i < 1200; ++i)
        spellings << phoneSpelling(rng);
    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("spellings.txt")));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write(spellings.join(QLatin1Char('\n')).toUtf8() + '\n');
    list.close();
    QProcess oracle;
    // Debian's interpreter: python3-phonenumbers lives in its dist-packages.
    oracle.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(HOTLINE_TEST_DATA_DIR "/phone_oracle.py"), list.fileName()});
    REQUIRE(oracle.waitForFinished(60000));
    INFO(oracle.readAllStandardError().toStdString());
    REQUIRE(oracle.exitCode() == 0);
    const QList<QByteArray> verdicts = oracle.readAllStandardOutput().trimmed().split('\n');
    REQUIRE(verdicts.size() == spellings.size());

    static const QRegularExpression typeable(QStringLiteral(R"(^\+?[0-9 ().\-]*$)"));
    int valid = 0, invalid = 0, refusedCharacters = 0;
    for (int i = 0; i < spellings.size(); ++i) {
        const QString& s = spellings.at(i);
        const QJsonObject o = QJsonDocument::fromJson(verdicts.at(i)).object();
        const Validation v = validatePhone(s);
        INFO(s.toStdString() << " → ours: " << v.normalized.toStdString() << v.error.toStdString()
                             << ", libphonenumber: " << verdicts.at(i).toStdString());
        CHECK(v.valid == v.error.isEmpty());
        if (!typeable.match(s.trimmed()).hasMatch()) {
            // The one rule of ours on top: only what an operator types (libphonenumber also reads letters).
            CHECK_FALSE(v.valid);
            ++refusedCharacters;
            continue;
        }
        CHECK(v.valid == o.value(QLatin1String("valid")).toBool());
        if (v.valid)
            CHECK(v.normalized == o.value(QLatin1String("e164")).toString());
        (v.valid ? valid : invalid)++;
    }
    std::printf("phone differential: %lld spellings, %d valid and %d invalid as libphonenumber says, %d refused for "
                "characters an operator does not type\n",
                qlonglong(spellings.size()), valid, invalid, refusedCharacters);
    CHECK(valid > 300); // the generator makes both kinds
    CHECK(invalid > 300);
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
