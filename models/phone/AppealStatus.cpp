#include "AppealStatus.h"

#include "CallerHistory.h"
#include "call/Clock.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "net/RedmineClient.h"
#include "net/RedmineNames.h"
#include "outbox/AppealNote.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hotline::phone {

namespace {

QString moscow(const QDateTime& t) {
    return domain::toMoscow(t).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

struct Subtask {
    QString tracker;
    QString subject;
    QString assignee;
    bool closed = false;
    QDateTime due;
    calllog::DeadlineState state = calllog::DeadlineState::None;
};

void finish(CallerHistory& history, const net::RedmineSchema& schema, AppealStatus status, const QJsonArray& children,
            std::function<void(Result<AppealStatus>)> done) {
    QList<Subtask> steps;
    QStringList bodies;
    for (const QJsonValue& v : children) {
        const AppealSummary s = history.fromIssue(v.toObject(), schema);
        const QString assignee = v[QLatin1String("assigned_to")][QLatin1String("name")].toString();
        if (s.kind == net::names::trackerStep) {
            steps.append({s.kind, s.subject, assignee, s.closed, s.deadline, s.deadlineState});
        } else if (!s.closed && !assignee.isEmpty() && !bodies.contains(assignee)) {
            bodies << assignee;
        }
    }
    if (!bodies.isEmpty())
        status.executor = bodies.join(QStringLiteral("; "));
    std::stable_sort(steps.begin(), steps.end(), [](const Subtask& a, const Subtask& b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    status.stepsTotal = int(steps.size());
    for (const Subtask& s : steps) {
        if (s.closed) {
            ++status.stepsDone;
        } else if (status.stepTitle.isEmpty()) {
            status.stepTitle = s.subject;
            status.stepDue = s.due;
            status.stepState = s.state;
            if (!s.assignee.isEmpty() && status.executor.isEmpty())
                status.executor = s.assignee;
        }
    }
    if (status.executor.isEmpty())
        status.executor = status.appeal.closed
                              ? QString()
                              : QCoreApplication::translate("AppealStatus", "not assigned yet (with the moderator)");
    done(status);
}

} // namespace

QString plainStatus(const QString& name, bool closed) {
    namespace n = net::names;
    if (name == n::statusNew)
        return QCoreApplication::translate("AppealStatus", "Registered, waiting for the moderator");
    if (name == QStringLiteral("На модерации"))
        return QCoreApplication::translate("AppealStatus", "With the moderator, who passes it to the executor");
    if (name == QStringLiteral("В работе"))
        return QCoreApplication::translate("AppealStatus", "The executor is working on it");
    if (name == QStringLiteral("На контроле"))
        return QCoreApplication::translate("AppealStatus", "The answer is being checked by the controller");
    if (name == QStringLiteral("Решена"))
        return QCoreApplication::translate("AppealStatus", "Resolved: the answer is ready");
    if (name == QStringLiteral("Отклонена"))
        return QCoreApplication::translate("AppealStatus", "The appeal was rejected");
    if (name == n::statusClosed)
        return QCoreApplication::translate("AppealStatus", "The appeal is closed");
    return closed ? QCoreApplication::translate("AppealStatus", "The appeal is closed (%1)").arg(name) : name;
}

QString deadlineInWords(const QDateTime& deadline, calllog::DeadlineState state) {
    using S = calllog::DeadlineState;
    if (!deadline.isValid() || state == S::None)
        return QCoreApplication::translate("AppealStatus", "no deadline recorded");
    const QString when = moscow(deadline);
    switch (state) {
    case S::Met:
        return QCoreApplication::translate("AppealStatus", "due %1 — done in time").arg(when);
    case S::Missed:
        return QCoreApplication::translate("AppealStatus", "due %1 — done late").arg(when);
    case S::Open:
        return QCoreApplication::translate("AppealStatus", "due %1 — on time").arg(when);
    case S::DueToday:
        return QCoreApplication::translate("AppealStatus", "due today, %1").arg(when);
    case S::Overdue:
        return QCoreApplication::translate("AppealStatus", "due %1 — OVERDUE").arg(when);
    case S::None:
        break;
    }
    return {};
}

void fetchAppealStatus(CallerHistory& history, int issueId, QObject* context,
                       std::function<void(Result<AppealStatus>)> done) {
    if (!history.serverConfigured())
        return done(
            Error{Error::Code::Unavailable,
                  QCoreApplication::translate(
                      "AppealStatus", "No server is connected: the appeal's status can be read only from Redmine.")});
    history.withSchema(context, [&history, issueId, context, done](Result<net::RedmineSchema> schema) {
        if (!schema)
            return done(schema.error());
        const net::RedmineSchema sc = schema.value();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("include"), QStringLiteral("journals,children"));
        history.client()->get(
            QStringLiteral("/issues/%1.json").arg(issueId), q, context,
            [&history, issueId, context, sc, done](const net::RedmineReply& r) {
                if (!r.ok()) {
                    if (r.error->code == Error::Code::Forbidden)
                        return done(Error{
                            Error::Code::Forbidden,
                            QCoreApplication::translate(
                                "AppealStatus", "Redmine does not show appeal #%1 to your account. Ask the supervisor.")
                                .arg(issueId)});
                    if (r.error->code == Error::Code::NotFound)
                        return done(
                            Error{Error::Code::NotFound,
                                  QCoreApplication::translate("AppealStatus", "There is no appeal #%1.").arg(issueId)});
                    return done(*r.error);
                }
                const QJsonObject issue = r.json.object().value(QLatin1String("issue")).toObject();
                AppealStatus status;
                status.appeal = history.fromIssue(issue, sc);
                status.description = issue.value(QLatin1String("description")).toString();
                status.plainStatus = plainStatus(status.appeal.status, status.appeal.closed);
                status.executor = issue.value(QLatin1String("assigned_to"))[QLatin1String("name")].toString();
                for (const QJsonValue& j : issue.value(QLatin1String("journals")).toArray()) {
                    const QString notes = j[QLatin1String("notes")].toString().trimmed();
                    if (notes.isEmpty() || j[QLatin1String("private_notes")].toBool() ||
                        outbox::isWorkstationNote(notes))
                        continue;
                    status.lastAnswer = notes;
                    status.lastAnswerBy = j[QLatin1String("user")][QLatin1String("name")].toString();
                    status.lastAnswerAt = QDateTime::fromString(j[QLatin1String("created_on")].toString(), Qt::ISODate);
                }
                if (issue.value(QLatin1String("children")).toArray().isEmpty())
                    return finish(history, sc, status, {}, done);
                // The children list names the subtasks only: their statuses, due dates and assignees.
                QUrlQuery sub;
                sub.addQueryItem(QStringLiteral("parent_id"), QString::number(issueId));
                sub.addQueryItem(QStringLiteral("status_id"), QStringLiteral("*"));
                sub.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
                history.client()->get(QStringLiteral("/issues.json"), sub, context,
                                      [&history, sc, status, done](const net::RedmineReply& s) {
                                          if (!s.ok())
                                              return done(*s.error);
                                          finish(history, sc, status,
                                                 s.json.object().value(QLatin1String("issues")).toArray(), done);
                                      });
            });
    });
}

} // namespace hotline::phone
