#include "ItSupport.h"
#include "domain/MoscowTime.h"
#include "net/Account.h"
#include "net/DuplicateFinder.h"

#include <QEventLoop>
#include <QRandomGenerator>

using namespace hotline;
using namespace hotline::it;
using domain::Algorithm;
using domain::AppealKind;

namespace {

QJsonObject issueDetail(Client& admin, int id) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("include"), QStringLiteral("children"));
    const auto r = admin.get(QStringLiteral("/issues/%1.json").arg(id), q);
    REQUIRE(r.ok());
    return r.json.object().value(QLatin1String("issue")).toObject();
}

QString cf(const QJsonObject& issue, const QString& name) {
    for (const QJsonValue& f : issue.value(QLatin1String("custom_fields")).toArray()) {
        if (f[QLatin1String("name")].toString() == name) {
            const QJsonValue v = f[QLatin1String("value")];
            return v.isArray() ? v.toVariant().toStringList().join(QLatin1Char('|')) : v.toString();
        }
    }
    return QStringLiteral("<missing>");
}

QString nameOf(const QJsonObject& issue, const char* key) {
    return issue.value(QLatin1String(key)).toObject().value(QLatin1String("name")).toString();
}

const QString kMininvest = QStringLiteral("Министерство инвестиций, промышленности и науки Московской области");
const QString kMinimushchestvo = QStringLiteral("Министерство имущественных отношений Московской области");

void checkCommonFields(const QJsonObject& issue, const domain::Appeal& a) {
    CHECK(cf(issue, QStringLiteral("Канал")) == QStringLiteral("Горячая линия 0150"));
    CHECK(cf(issue, QStringLiteral("Категория")) == a.categoryId);
    CHECK(cf(issue, QStringLiteral("ИНН")) == a.inn);
    CHECK(cf(issue, QStringLiteral("ОГРН/ОГРНИП")) == a.ogrn);
    CHECK(cf(issue, QStringLiteral("Организация")) == a.organisation);
    CHECK(cf(issue, QStringLiteral("Контактное лицо")) == a.contactPerson);
    CHECK(cf(issue, QStringLiteral("Телефон")) == a.phone);
    CHECK(cf(issue, QStringLiteral("E-mail")) == a.email);
    CHECK(cf(issue, QStringLiteral("Муниципалитет")) == a.municipality);
    CHECK(cf(issue, QStringLiteral("Статья БЗ")) == a.articleId);
    CHECK(cf(issue, QStringLiteral("Начало звонка")) == QStringLiteral("2026-03-02T10:15:00+03:00"));
    CHECK(cf(issue, QStringLiteral("Длительность звонка, с")) == QStringLiteral("245"));
    CHECK(issue.value(QLatin1String("start_date")).toString() == QStringLiteral("2026-03-02"));
}

} // namespace

TEST_CASE("Each kind and algorithm is filed with its trackers, fields, due dates and assignees", "[integration]") {
    SenderRig rig;
    Client admin(QStringLiteral("ADMIN"));
    struct Case {
        AppealKind kind;
        Algorithm algorithm;
        QString tracker;
        QString status;
        QString algorithmName;
        QString due;
    };
    const QList<Case> cases{
        {AppealKind::Simple, Algorithm::Single, QStringLiteral("Простая консультация"), QStringLiteral("Закрыта"),
         QStringLiteral("Одно ведомство"), QStringLiteral("2026-03-02")},
        {AppealKind::Complex, Algorithm::Single, QStringLiteral("Сложная консультация"), QStringLiteral("Новая"),
         QStringLiteral("Одно ведомство"), QStringLiteral("2026-03-03")},
        {AppealKind::Task, Algorithm::Single, QStringLiteral("Задача"), QStringLiteral("Новая"),
         QStringLiteral("Одно ведомство"), QStringLiteral("2026-03-05")},
        {AppealKind::Task, Algorithm::Multi, QStringLiteral("Задача"), QStringLiteral("Новая"),
         QStringLiteral("Несколько ведомств"), QStringLiteral("2026-03-05")},
        {AppealKind::Task, Algorithm::Omsu, QStringLiteral("Задача"), QStringLiteral("Новая"),
         QStringLiteral("С участием ОМСУ"), QStringLiteral("2026-03-05")},
        {AppealKind::Complaint, Algorithm::Single, QStringLiteral("Проблема/жалоба"), QStringLiteral("Новая"),
         QStringLiteral("Одно ведомство"), QStringLiteral("2026-03-06")},
    };
    QList<domain::Appeal> appeals;
    QList<qint64> ids;
    for (const Case& c : cases) {
        appeals << test::makeAppeal(c.kind, c.algorithm);
        ids << rig.add(appeals.last());
    }
    const QList<int> result = rig.pass();
    CHECK(result == QList<int>{int(cases.size()), 0, 0});

    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case& c = cases.at(i);
        const domain::Appeal& a = appeals.at(i);
        INFO("case " << i << ": " << c.tracker.toStdString() << " / " << c.algorithmName.toStdString());
        const outbox::OutboxEntry e = rig.entry(ids.at(i));
        REQUIRE(e.state == outbox::OutboxEntry::State::Sent);
        requireExactlyOnce(admin, a, expectedIssues(a) - 1);
        const QJsonObject issue = issueDetail(admin, e.redmineIssueId);
        CHECK(nameOf(issue, "tracker") == c.tracker);
        CHECK(nameOf(issue, "status") == c.status);
        CHECK(issue.value(QLatin1String("subject")).toString() == a.subject);
        CHECK(issue.value(QLatin1String("due_date")).toString() == c.due);
        CHECK(cf(issue, QStringLiteral("Алгоритм")) == c.algorithmName);
        CHECK(cf(issue, QStringLiteral("UUID клиента")) == a.clientId.toString(QUuid::WithoutBraces));
        CHECK(cf(issue, QStringLiteral("Крайний срок (точный)")) == domain::toMoscowIso(a.resolutionDue));
        checkCommonFields(issue, a);
        const QJsonArray children = issue.value(QLatin1String("children")).toArray();
        CHECK(children.size() == expectedIssues(a) - 1);
        if (c.algorithm == Algorithm::Single) {
            CHECK(cf(issue, QStringLiteral("Ведомства")) == kMininvest);
            if (c.kind != AppealKind::Complaint)
                CHECK(nameOf(issue, "assigned_to") == kMininvest);
        } else {
            CHECK(cf(issue, QStringLiteral("Ведомства")) == kMininvest + QLatin1Char('|') + kMinimushchestvo);
        }
        // Subtasks: read each back in its creation order.
        for (int n = 1; n < expectedIssues(a); ++n) {
            const QJsonArray found =
                issuesWithUuid(admin, {net::subtaskClientId(a.clientId, n).toString(QUuid::WithoutBraces)});
            REQUIRE(found.size() == 1);
            const QJsonObject sub = issueDetail(admin, found.first()[QLatin1String("id")].toInt());
            CHECK(sub.value(QLatin1String("parent")).toObject().value(QLatin1String("id")).toInt() == e.redmineIssueId);
            checkCommonFields(sub, a);
            if (c.kind == AppealKind::Complaint) {
                const domain::AppealStep& step = a.roadmap.at(n - 1);
                CHECK(nameOf(sub, "tracker") == QStringLiteral("Шаг дорожной карты"));
                CHECK(sub.value(QLatin1String("subject")).toString() == step.title);
                CHECK(sub.value(QLatin1String("due_date")).toString() == step.due.date().toString(Qt::ISODate));
                CHECK(cf(sub, QStringLiteral("Крайний срок (точный)")) == domain::toMoscowIso(step.due));
            } else {
                const QString body = n == 1 ? kMininvest : n == 2 ? kMinimushchestvo : a.municipality;
                CHECK(nameOf(sub, "tracker") == c.tracker);
                CHECK(nameOf(sub, "assigned_to") == body);
                CHECK(sub.value(QLatin1String("due_date")).toString() == c.due);
                CHECK(cf(sub, QStringLiteral("Ведомства")) == (n <= 2 ? body : QString()));
            }
        }
    }
}

TEST_CASE("Duplicate hint lists the open appeals with the same INN", "[integration]") {
    SenderRig rig;
    const QString inn = QString::number(QRandomGenerator::global()->bounded(1000000000, 2000000000));
    domain::Appeal open = test::makeAppeal(AppealKind::Complex);
    open.inn = inn;
    domain::Appeal closed = test::makeAppeal(AppealKind::Simple); // filed closed: not a hint
    closed.inn = inn;
    const qint64 openId = rig.add(open);
    rig.add(closed);
    REQUIRE(rig.pass() == QList<int>{2, 0, 0});
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-30);

    std::optional<Result<net::RedmineSchema>> schema;
    QEventLoop loop;
    net::RedmineSchema::discover(rig.net.client, &loop, [&](auto s) {
        schema = s;
        loop.quit();
    });
    loop.exec();
    REQUIRE(schema->ok());
    std::optional<Result<net::DuplicateHints>> hints;
    auto ask = [&] {
        hints.reset();
        net::findOpenAppealsByInn(rig.net.client, schema->value(), inn, since,
                                  net::modesFromRoles({net::names::roleOperator}, false), &loop, [&](auto h) {
                                      hints = h;
                                      loop.quit();
                                  });
        loop.exec();
        REQUIRE(hints->ok());
        return hints->value();
    };
    const net::DuplicateHints one = ask();
    CHECK_FALSE(one.ownOnly); // an operator sees the line's appeals
    CHECK(one.total == 1);    // not its subtasks, not the closed one
    REQUIRE(one.hints.size() == 1);
    const net::DuplicateHint& h = one.hints.first();
    CHECK(h.issueId == rig.entry(openId).redmineIssueId);
    CHECK(h.subject == open.subject);
    CHECK(h.status == QStringLiteral("Новая"));
    CHECK(h.created.isValid());

    // A frequent caller: the newest few come back, the count covers all of them (and none of their subtasks).
    for (int i = 0; i < 6; ++i) {
        domain::Appeal more = test::makeAppeal(AppealKind::Task, domain::Algorithm::Multi);
        more.inn = inn;
        rig.add(more);
    }
    REQUIRE(rig.pass() == QList<int>{6, 0, 0});
    const net::DuplicateHints many = ask();
    CHECK(many.total == 7);
    CHECK(many.hints.size() == 5);
    for (int i = 1; i < many.hints.size(); ++i)
        CHECK(many.hints.at(i - 1).created >= many.hints.at(i).created);
}

TEST_CASE("Login with a password gives the user's key and the modes of the user's roles", "[integration]") {
    const auto e = env();
    struct Case {
        QString login;
        bool operatorMode, supervisor, editor;
    };
    for (const Case& c : {Case{QStringLiteral("operator1"), true, false, false},
                          Case{QStringLiteral("supervisor1"), false, true, false},
                          Case{QStringLiteral("editor1"), false, false, true}}) {
        Client anonymous(QStringLiteral("NOBODY"));
        std::optional<Result<net::AccountService::LoginResult>> result;
        QEventLoop loop;
        net::AccountService::login(anonymous.client, c.login, e.value(QStringLiteral("REDMINE_PASSWORD")), &loop,
                                   [&](auto r) {
                                       result = r;
                                       loop.quit();
                                   });
        loop.exec();
        INFO(c.login.toStdString());
        REQUIRE(result->ok());
        CHECK(result->value().apiKey == e.value(QStringLiteral("REDMINE_KEY_") + c.login.toUpper()).toLatin1());
        CHECK(result->value().account.modes.operatorMode == c.operatorMode);
        CHECK(result->value().account.modes.supervisor == c.supervisor);
        CHECK(result->value().account.modes.editor == c.editor);
    }
    Client anonymous(QStringLiteral("NOBODY"));
    std::optional<Result<net::AccountService::LoginResult>> wrong;
    QEventLoop loop;
    net::AccountService::login(anonymous.client, QStringLiteral("operator1"), QStringLiteral("wrong"), &loop,
                               [&](auto r) {
                                   wrong = r;
                                   loop.quit();
                               });
    loop.exec();
    REQUIRE_FALSE(wrong->ok());
    CHECK(wrong->error().code == Error::Code::Unauthorized);
}
