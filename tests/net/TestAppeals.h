#pragma once

// Appeals for the network and integration tests.

#include "call/Clock.h"
#include "domain/Appeal.h"
#include "domain/MoscowTime.h"

namespace hotline::test {

inline domain::Appeal makeAppeal(domain::AppealKind kind, domain::Algorithm algorithm = domain::Algorithm::Single) {
    using namespace domain;
    Appeal a;
    a.clientId = QUuid::createUuid();
    a.kind = kind;
    a.algorithm = algorithm;
    a.channelId = QStringLiteral("hotline_0150");
    a.categoryId = QStringLiteral("podderzhka/subsidii");
    a.articleId = QStringLiteral("subsidiya-modernizatsiya");
    a.subject = QStringLiteral("Тест: субсидия «Модернизация» ") + a.clientId.toString(QUuid::WithoutBraces).left(8);
    a.description = QStringLiteral("Вопрос звонящего и заметки оператора.");
    a.organisation = QStringLiteral("ООО «Ромашка»");
    a.inn = QStringLiteral("7707083893");
    a.ogrn = QStringLiteral("1027700132195");
    a.contactPerson = QStringLiteral("Иванов Иван Иванович");
    a.phone = QStringLiteral("+74951234567");
    a.email = QStringLiteral("ivanov@example.ru");
    a.municipality = QStringLiteral("Городской округ Балашиха");
    a.agencyIds = {QStringLiteral("mininvest")};
    if (algorithm != Algorithm::Single)
        a.agencyIds << QStringLiteral("minimushchestvo");
    a.callStart = moscowDateTime(QDate(2026, 3, 2), QTime(10, 15));
    a.callSeconds = 245;
    a.operatorLogin = QStringLiteral("operator1");
    a.registered = QDate(2026, 3, 2);
    a.days = kind == AppealKind::Simple ? 1 : kind == AppealKind::Task ? 4 : 2;
    a.firstResponseDue = moscowDateTime(QDate(2026, 3, 2), QTime(18, 0));
    a.resolutionDue = moscowDateTime(a.registered.addDays(a.days - 1), QTime(18, 0));
    if (kind == AppealKind::Complaint) {
        a.roadmap = {{QStringLiteral("Модерация жалобы"), QStringLiteral("moderation"), 1,
                      moscowDateTime(QDate(2026, 3, 2), QTime(18, 0))},
                     {QStringLiteral("Проверка ведомством"), QStringLiteral("execution"), 3,
                      moscowDateTime(QDate(2026, 3, 4), QTime(18, 0))},
                     {QStringLiteral("Контроль решения"), QStringLiteral("control"), 5,
                      moscowDateTime(QDate(2026, 3, 6), QTime(18, 0))}};
        a.resolutionDue = a.roadmap.last().due;
    }
    a.closedOnCall = kind == AppealKind::Simple;
    a.createdAt = QDateTime::currentDateTimeUtc();
    return a;
}

class FakeClock final : public Clock {
public:
    QDateTime t = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC); // a fixed "now": runs repeat exactly
    QDateTime now() const override { return t; }
};

} // namespace hotline::test
