#include "AppealFormData.h"

#include "domain/DeadlinePolicy.h"
#include "domain/ReferenceData.h"
#include "domain/Validators.h"

#include <QJsonArray>
#include <QUuid>

namespace hotline::ui {

using domain::AppealKind;

QList<AppealFormData::Field> AppealFormData::fields() {
    return {Field::Organisation, Field::Inn,          Field::Ogrn,     Field::ContactPerson, Field::Phone,
            Field::Email,        Field::Municipality, Field::Agencies, Field::Description};
}

bool AppealFormData::isEmpty() const {
    return organisation.trimmed().isEmpty() && inn.trimmed().isEmpty() && ogrn.trimmed().isEmpty() &&
           contactPerson.trimmed().isEmpty() && phone.trimmed().isEmpty() && email.trimmed().isEmpty() &&
           municipality.trimmed().isEmpty() && articleId.isEmpty() &&
           (description.trimmed().isEmpty() || description.trimmed() == articleTitle.trimmed());
}

QString AppealFormData::problem(Field field, const domain::ReferenceData* reference) const {
    const bool answeredOnCall = kind == AppealKind::Simple && closedOnCall;
    switch (field) {
    case Field::Organisation:
        if (organisation.trimmed().isEmpty() && (kind == AppealKind::Task || kind == AppealKind::Complaint))
            return tr("Enter the organisation or the sole trader's name.");
        return {};
    case Field::Inn:
        return inn.trimmed().isEmpty() ? QString() : domain::validateInn(inn).error;
    case Field::Ogrn:
        return ogrn.trimmed().isEmpty() ? QString() : domain::validateOgrnAny(ogrn).error;
    case Field::ContactPerson:
        if (contactPerson.trimmed().isEmpty() && !answeredOnCall)
            return tr("Enter who to answer: the caller's name.");
        return {};
    case Field::Phone:
        if (!phone.trimmed().isEmpty())
            return domain::validatePhone(phone).error;
        if (email.trimmed().isEmpty() && !answeredOnCall)
            return tr("Enter a phone number or an e-mail for the answer.");
        return {};
    case Field::Email:
        return email.trimmed().isEmpty() ? QString() : domain::validateEmail(email).error;
    case Field::Municipality:
        if (municipality.trimmed().isEmpty())
            return algorithm == domain::Algorithm::Omsu ? tr("Choose the municipality: the appeal involves it.")
                                                        : QString();
        if (reference) {
            for (const domain::Municipality& m : reference->municipalities()) {
                if (m.name == municipality.trimmed())
                    return {};
            }
            return tr("Choose a municipality from the list.");
        }
        return {};
    case Field::Agencies:
        if (agencyIds.isEmpty() && kind != AppealKind::Simple)
            return tr("Tick at least one agency that will work on the appeal.");
        return {};
    case Field::Description:
        if (description.trimmed().isEmpty())
            return tr("Describe the caller's question.");
        return {};
    }
    return {};
}

std::optional<AppealFormData::Field> AppealFormData::firstProblem(const domain::ReferenceData* reference) const {
    for (Field f : fields()) {
        if (!problem(f, reference).isEmpty())
            return f;
    }
    return std::nullopt;
}

domain::Appeal AppealFormData::toAppeal(const domain::DeadlinePolicy& policy, const QDateTime& callStart,
                                        int callSeconds, const QDateTime& now, const QString& operatorLogin) const {
    domain::Appeal a;
    a.clientId = QUuid::createUuid();
    a.kind = kind;
    a.channelId = channelId;
    a.categoryId = categoryId;
    a.articleId = articleId;
    const QString firstLine = description.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    a.subject = (articleTitle.isEmpty() ? firstLine : articleTitle).left(250);
    a.description = description.trimmed();
    a.organisation = organisation.trimmed();
    a.inn = domain::validateInn(inn).valid ? domain::validateInn(inn).normalized : inn.trimmed();
    a.ogrn = domain::validateOgrnAny(ogrn).valid ? domain::validateOgrnAny(ogrn).normalized : ogrn.trimmed();
    a.contactPerson = contactPerson.trimmed();
    a.phone = domain::validatePhone(phone).valid ? domain::validatePhone(phone).normalized : phone.trimmed();
    a.email = domain::validateEmail(email).valid ? domain::validateEmail(email).normalized : email.trimmed();
    a.municipality = municipality.trimmed();
    a.algorithm = algorithm;
    a.agencyIds = agencyIds;
    a.callStart = callStart;
    a.callSeconds = callSeconds;
    a.operatorLogin = operatorLogin;
    a.createdAt = now;
    a.closedOnCall = kind == AppealKind::Simple && closedOnCall;

    const int explicitDays = kind == AppealKind::Complaint && !roadmap.isEmpty() ? roadmap.last().days : days;
    const domain::Deadlines d = policy.compute(kind, callStart, explicitDays);
    a.days = d.days;
    a.registered = d.registered;
    a.firstResponseDue = d.firstResponseDue;
    a.resolutionDue = d.resolutionDue;
    if (kind == AppealKind::Complaint) {
        for (const kb::RoadmapStep& step : roadmap)
            a.roadmap.append({step.step, step.role, step.days, policy.dueAfter(d.registered, step.days)});
    }
    return a;
}

QJsonObject AppealFormData::toJson() const {
    QJsonArray steps;
    for (const kb::RoadmapStep& s : roadmap)
        steps.append(QJsonObject{
            {QStringLiteral("step"), s.step}, {QStringLiteral("role"), s.role}, {QStringLiteral("days"), s.days}});
    return {
        {QStringLiteral("kind"), domain::appealKindId(kind)},
        {QStringLiteral("days"), days},
        {QStringLiteral("channel"), channelId},
        {QStringLiteral("category"), categoryId},
        {QStringLiteral("article"), articleId},
        {QStringLiteral("articleTitle"), articleTitle},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("inn"), inn},
        {QStringLiteral("ogrn"), ogrn},
        {QStringLiteral("contactPerson"), contactPerson},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("email"), email},
        {QStringLiteral("municipality"), municipality},
        {QStringLiteral("algorithm"), domain::algorithmId(algorithm)},
        {QStringLiteral("agencies"), QJsonArray::fromStringList(agencyIds)},
        {QStringLiteral("description"), description},
        {QStringLiteral("closedOnCall"), closedOnCall},
        {QStringLiteral("roadmap"), steps},
    };
}

AppealFormData AppealFormData::fromJson(const QJsonObject& o) {
    AppealFormData d;
    auto str = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    d.kind = domain::appealKindFromId(str("kind")).value_or(AppealKind::Simple);
    d.days = o.value(QLatin1String("days")).toInt();
    if (!str("channel").isEmpty())
        d.channelId = str("channel");
    d.categoryId = str("category");
    d.articleId = str("article");
    d.articleTitle = str("articleTitle");
    d.organisation = str("organisation");
    d.inn = str("inn");
    d.ogrn = str("ogrn");
    d.contactPerson = str("contactPerson");
    d.phone = str("phone");
    d.email = str("email");
    d.municipality = str("municipality");
    d.algorithm = domain::algorithmFromId(str("algorithm")).value_or(domain::Algorithm::Single);
    for (const QJsonValue& v : o.value(QLatin1String("agencies")).toArray())
        d.agencyIds.append(v.toString());
    d.description = str("description");
    d.closedOnCall = o.value(QLatin1String("closedOnCall")).toBool();
    for (const QJsonValue& v : o.value(QLatin1String("roadmap")).toArray()) {
        const QJsonObject s = v.toObject();
        d.roadmap.append({s.value(QLatin1String("step")).toString(), s.value(QLatin1String("role")).toString(),
                          s.value(QLatin1String("days")).toInt(1)});
    }
    return d;
}

} // namespace hotline::ui
