#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace hotline::calllog {

// One appeal or call record of the line as Redmine holds it, cached locally for the supervisor. Times are
// UTC instants; empty/invalid when Redmine had no value.
struct CallLogRecord {
    int issueId = 0;
    int parentId = 0; // subtasks (agencies, roadmap steps) are not calls of their own
    QString tracker;  // Redmine tracker name («Простая консультация», «Звонок», ...)
    QString kindId;   // simple | complex | task | complaint | call | step | other
    QString status;   // Redmine status name
    bool closed = false;
    QString subject;
    int operatorId = 0; // the issue's author: the operator who filed it
    QString operatorName;
    QString channel;
    QString category;
    QString articleId;
    QString result;   // «Результат звонка» (call records only)
    QString searches; // «Поисковые запросы», one per line (call records only)
    QString clientUuid;
    QDateTime callStart;
    int callSeconds = 0;
    QDateTime deadline; // «Крайний срок (точный)»
    QDate dueDate;
    QDateTime createdOn;
    QDateTime updatedOn;
    QDateTime closedOn;

    // Calls are the top-level issues; their subtasks are work items of the same call.
    bool isCall() const { return parentId == 0 && kindId != QLatin1String("step"); }
    // When the call happened: its start, or when it was filed if the start is unknown.
    QDateTime when() const { return callStart.isValid() ? callStart : createdOn; }
};

using CallLogRecords = QList<CallLogRecord>;

} // namespace hotline::calllog
