#include "net/IssuePlanner.h"

#include "CatchQt.h"
#include "TestAppeals.h"
#include "TestPaths.h"

#include <QJsonArray>

using namespace hotline;
using domain::Algorithm;
using domain::AppealKind;

namespace {

net::RedmineSchema schema() {
    net::RedmineSchema s;
    s.projectId = 1;
    s.trackers = {{QStringLiteral("Простая консультация"), 4},
                  {QStringLiteral("Задача"), 6},
                  {QStringLiteral("Сложная консультация"), 5},
                  {QStringLiteral("Проблема/жалоба"), 7},
                  {QStringLiteral("Шаг дорожной карты"), 9}};
    const QStringList f{QStringLiteral("Канал"),
                        QStringLiteral("ИНН"),
                        QStringLiteral("Алгоритм"),
                        QStringLiteral("Ведомства"),
                        QStringLiteral("UUID клиента"),
                        QStringLiteral("Начало звонка"),
                        QStringLiteral("Крайний срок (точный)")};
    for (int i = 0; i < f.size(); ++i)
        s.customFields.insert(f.at(i), i + 1);
    s.statuses = {{QStringLiteral("Закрыта"), 5}};
    s.groups = {{QStringLiteral("Городской округ Балашиха"), 77}};
    return s;
}

QString field(const QJsonObject& issue, int id) {
    for (const QJsonValue& v : issue.value(QLatin1String("custom_fields")).toArray()) {
        if (v[QLatin1String("id")].toInt() == id)
            return v[QLatin1String("value")].isArray()
                       ? v[QLatin1String("value")].toVariant().toStringList().join(QLatin1Char('|'))
                       : v[QLatin1String("value")].toString();
    }
    return {};
}

} // namespace

TEST_CASE("Planner maps an appeal to Redmine names, Moscow times and derived subtask UUIDs", "[net]") {
    const auto reference = domain::ReferenceData::load(test::kbDir() + QStringLiteral("/reference")).value();
    const domain::Appeal a = test::makeAppeal(AppealKind::Task, Algorithm::Omsu);
    const auto plan = net::planIssues(a, schema(), reference);
    REQUIRE(plan.ok());
    REQUIRE(plan.value().size() == 4);
    const QJsonObject parent = plan.value().first().issue;
    CHECK(field(parent, 1) == QStringLiteral("Горячая линия 0150"));
    CHECK(field(parent, 3) == QStringLiteral("С участием ОМСУ"));
    CHECK(field(parent, 4) == QStringLiteral("Министерство инвестиций, промышленности и науки Московской области|"
                                             "Министерство имущественных отношений Московской области"));
    CHECK(field(parent, 5) == a.clientId.toString(QUuid::WithoutBraces));
    CHECK(field(parent, 6) == QStringLiteral("2026-03-02T10:15:00+03:00"));
    CHECK(field(parent, 7) == QStringLiteral("2026-03-05T18:00:00+03:00"));
    CHECK(parent.value(QLatin1String("due_date")).toString() == QStringLiteral("2026-03-05"));
    CHECK(parent.value(QLatin1String("start_date")).toString() == QStringLiteral("2026-03-02"));
    CHECK_FALSE(parent.contains(QLatin1String("status_id")));
    const auto& municipal = plan.value().at(3);
    CHECK(municipal.subtask);
    CHECK(municipal.issue.value(QLatin1String("assigned_to_id")).toInt() == 77);
    CHECK(municipal.clientId == net::subtaskClientId(a.clientId, 3));
    CHECK(net::subtaskClientId(a.clientId, 1) != net::subtaskClientId(a.clientId, 2));
}

TEST_CASE("Planner derives a subtask's UUID the same way in every run and every version", "[net]") {
    // A retry after a restart (or an update of the app) must find the subtasks filed before: their UUIDs are
    // RFC 4122 name-based (v5) UUIDs of the appeal's UUID. Expected values from Python's uuid.uuid5(appeal,
    // "subtask-N"), an independent implementation.
    const QUuid appeal(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    CHECK(net::subtaskClientId(appeal, 1) == QUuid(QStringLiteral("d9a2edac-fa4d-5c8f-89f2-7ac10d73d8f4")));
    CHECK(net::subtaskClientId(appeal, 2) == QUuid(QStringLiteral("f257fd79-98ab-5bba-8519-8fef51959342")));
    CHECK(net::subtaskClientId(appeal, 3) == QUuid(QStringLiteral("32892355-8c87-501e-94e3-b166777cb8fc")));
}

TEST_CASE("A simple consultation answered on the call is one closed issue, without the algorithm's subtasks", "[net]") {
    // Found by the load run: an article with the ОМСУ algorithm answered on the call gave a closed appeal with open
    // subtasks, which Redmine refuses (422), so the appeal waited for a person.
    const auto reference = domain::ReferenceData::load(test::kbDir() + QStringLiteral("/reference")).value();
    domain::Appeal a = test::makeAppeal(AppealKind::Simple, Algorithm::Omsu);
    REQUIRE(a.closedOnCall);
    auto plan = net::planIssues(a, schema(), reference);
    REQUIRE(plan.ok());
    REQUIRE(plan.value().size() == 1);
    CHECK(plan.value().first().issue.value(QLatin1String("status_id")).toInt() == 5);
    // Not answered on the call: the agencies and the municipality get their subtasks.
    a.closedOnCall = false;
    plan = net::planIssues(a, schema(), reference);
    REQUIRE(plan.ok());
    CHECK(plan.value().size() == 4);
    CHECK_FALSE(plan.value().first().issue.contains(QLatin1String("status_id")));
}
