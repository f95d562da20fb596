#pragma once

#include "domain/Appeal.h"
#include "kb/Article.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace hotline::domain {
class DeadlinePolicy;
class ReferenceData;
} // namespace hotline::domain

namespace hotline::ui {

// What the appeal form holds, without widgets: validated field by field, saved as a draft, and turned into
// the domain::Appeal that goes to the outbox.
struct AppealFormData {
    Q_DECLARE_TR_FUNCTIONS(AppealFormData)
public:
    enum class Field {
        Organisation,
        Inn,
        Ogrn,
        ContactPerson,
        Phone,
        Email,
        Municipality,
        Agencies,
        Description,
    };
    static QList<Field> fields(); // in the form's tab order

    domain::AppealKind kind = domain::AppealKind::Simple;
    int days = 0; // tasks
    QString channelId = QStringLiteral("hotline_0150");
    QString categoryId;
    QString articleId;
    QString articleTitle;
    QString organisation;
    QString inn;
    QString ogrn;
    QString contactPerson;
    QString phone;
    QString email;
    QString municipality;
    domain::Algorithm algorithm = domain::Algorithm::Single;
    QStringList agencyIds;
    QString description;
    bool closedOnCall = false;
    QList<kb::RoadmapStep> roadmap; // complaints: from the article

    bool isEmpty() const;
    // What is wrong with a field, in words the operator can act on; empty when the field is fine.
    QString problem(Field field, const domain::ReferenceData* reference) const;
    // The first field with a problem, if any.
    std::optional<Field> firstProblem(const domain::ReferenceData* reference) const;

    // The appeal as filed: deadlines from the call's start, normalised numbers, a new client UUID.
    domain::Appeal toAppeal(const domain::DeadlinePolicy& policy, const QDateTime& callStart, int callSeconds,
                            const QDateTime& now, const QString& operatorLogin) const;

    QJsonObject toJson() const;
    static AppealFormData fromJson(const QJsonObject& json);
};

} // namespace hotline::ui
