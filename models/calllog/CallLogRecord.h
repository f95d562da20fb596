#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    QString articleId;    // «Статья БЗ»
    QStringList articles; // «Открытые статьи»: every article opened during the call
    QString result;       // «Результат звонка»: set on the issue that carries the call's figures
    QString searches;     // «Поисковые запросы»: "query<TAB>hits" per line
    QString scripts;      // «Сценарии»: "script<TAB>end<TAB>nodes" per guided-script run
    QString clientUuid;
    QString callUuid; // «UUID звонка»: every issue filed during one call has it
    QDateTime callStart;
    int callSeconds = 0;
    QDateTime deadline; // «Крайний срок (точный)»
    QDate dueDate;
    QDateTime createdOn;
    QDateTime updatedOn;
    QDateTime closedOn;

    // Calls are the top-level issues; their subtasks are work items of the same call.
    bool isCall() const { return parentId == 0 && kindId != QLatin1String("step"); }
    // The line counts a call once: a second appeal filed during a call carries the call's UUID but not its
    // figures (they are on the first appeal, or on the «Звонок» issue of a call without an appeal).
    bool countsAsCall() const { return isCall() && (callUuid.isEmpty() || !result.isEmpty()); }
    // The KB articles of the call: the appeal's article and every one opened, each once.
    QStringList allArticles() const {
        QStringList out;
        if (!articleId.isEmpty())
            out << articleId;
        for (const QString& a : articles) {
            if (!a.isEmpty() && !out.contains(a))
                out << a;
        }
        return out;
    }
    // When the call happened: its start, or when it was filed if the start is unknown.
    QDateTime when() const { return callStart.isValid() ? callStart : createdOn; }
};

using CallLogRecords = QList<CallLogRecord>;

} // namespace hotline::calllog
