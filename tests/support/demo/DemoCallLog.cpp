#include "DemoCallLog.h"

#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"

#include <QRandomGenerator>

namespace hotline::calllog {

CallLogRecords demoCallLog(int count, const QDateTime& now, const domain::DeadlinePolicy& policy, int perDay,
                           quint32 seed) {
    QRandomGenerator rnd(seed);
    const QStringList operators{QStringLiteral("Анна Смирнова"),   QStringLiteral("Игорь Волков"),
                                QStringLiteral("Мария Кузнецова"), QStringLiteral("Олег Попов"),
                                QStringLiteral("Елена Соколова"),  QStringLiteral("Денис Лебедев"),
                                QStringLiteral("Ольга Новикова"),  QStringLiteral("Павел Морозов")};
    const QStringList categories{QStringLiteral("podderzhka/subsidii"), QStringLiteral("podderzhka/granty"),
                                 QStringLiteral("podderzhka/zaymy"),    QStringLiteral("stroyka/gpzu"),
                                 QStringLiteral("razresheniya/taksi"),  QStringLiteral("zemlya/arenda"),
                                 QStringLiteral("zashchita/proverki")};
    const QStringList articles{QStringLiteral("subsidiya-modernizatsiya"), QStringLiteral("lgotnye-kredity-msp"),
                               QStringLiteral("grant-agrostartap"),        QStringLiteral("izmenenie-gpzu"),
                               QStringLiteral("porubochnyy-bilet"),        QStringLiteral("razreshenie-taksi"),
                               QStringLiteral("soglasovanie-vyvesok"),     QStringLiteral("mikrozaym-fond")};
    const QStringList channels{QStringLiteral("Горячая линия 0150"), QStringLiteral("Инвестиционный портал"),
                               QStringLiteral("Добродел"), QStringLiteral("МСЭД")};
    const QStringList emptyQueries{QStringLiteral("компенсация за отопление"), QStringLiteral("вывоз снега"),
                                   QStringLiteral("маркировка пива"), QStringLiteral("ярмарка выходного дня")};
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("simple"), QStringLiteral("Простая консультация")},
                                               {QStringLiteral("complex"), QStringLiteral("Сложная консультация")},
                                               {QStringLiteral("task"), QStringLiteral("Задача")},
                                               {QStringLiteral("complaint"), QStringLiteral("Проблема/жалоба")}};
    QDate day = domain::toMoscow(now).date();
    CallLogRecords out;
    out.reserve(count);
    int left = 0;
    for (int i = 0; i < count; ++i) {
        if (left == 0) {
            // Today first, then the working days before it.
            if (!out.isEmpty()) {
                do
                    day = day.addDays(-1);
                while (!policy.calendar().isWorkingDay(day));
            }
            left = std::max(1, perDay * 3 / 4) + int(rnd.bounded(std::max(1, perDay / 2)));
        }
        --left;
        CallLogRecord r;
        r.issueId = count - i;
        const int hourWeight = int(rnd.bounded(100));
        const int hour = hourWeight < 10   ? 9
                         : hourWeight < 30 ? 10
                         : hourWeight < 50 ? 11
                         : hourWeight < 60 ? 12
                         : hourWeight < 70 ? 14
                         : hourWeight < 82 ? 15
                         : hourWeight < 93 ? 16
                                           : 17;
        r.callStart = domain::moscowDateTime(day, QTime(hour, int(rnd.bounded(60)), int(rnd.bounded(60))));
        if (r.callStart > now)
            r.callStart = now.addSecs(-int(rnd.bounded(3600)) - 60);
        r.operatorName = operators[int(rnd.bounded(qint64(operators.size())))];
        r.operatorId = 10 + int(operators.indexOf(r.operatorName));
        r.category = categories[int(rnd.bounded(qint64(categories.size())))];
        r.articleId = articles[int(qMin(rnd.bounded(qint64(articles.size())), rnd.bounded(qint64(articles.size()))))];
        r.articles = {r.articleId};
        if (rnd.bounded(100) < 30)
            r.articles.prepend(articles[int(rnd.bounded(qint64(articles.size())))]);
        r.articles.removeDuplicates();
        r.clientUuid = QStringLiteral("demo-%1").arg(r.issueId);
        r.callUuid = r.clientUuid;
        // What the operator looked for: found something, and now and then nothing.
        r.searches = r.articleId.section(QLatin1Char('-'), 0, 0) + QStringLiteral("\t%1\n").arg(1 + rnd.bounded(6));
        if (rnd.bounded(100) < 6)
            r.searches.prepend(emptyQueries[int(rnd.bounded(qint64(emptyQueries.size())))] + QStringLiteral("\t0\n"));
        if (rnd.bounded(100) < 15) {
            // A call that needed no appeal: a closed «Звонок» with its result.
            const int fate = int(rnd.bounded(100));
            r.kindId = QStringLiteral("call");
            r.tracker = QStringLiteral("Звонок");
            r.result = fate < 60   ? QStringLiteral("Консультация дана")
                       : fate < 85 ? QStringLiteral("Переадресован")
                                   : QStringLiteral("Сорвался");
            r.callSeconds = fate < 85 ? 40 + int(rnd.bounded(240)) : 5 + int(rnd.bounded(40));
            r.createdOn = r.callStart.addSecs(r.callSeconds + 3);
            r.closed = true;
            r.closedOn = r.createdOn;
            r.updatedOn = r.createdOn;
            r.status = QStringLiteral("Закрыта");
            r.channel = channels[0];
            r.subject = QStringLiteral("Звонок %1 — %2")
                            .arg(domain::toMoscow(r.callStart).toString(QStringLiteral("dd.MM.yyyy HH:mm")), r.result);
            out.append(std::move(r));
            continue;
        }
        const int k = int(rnd.bounded(100));
        const auto& kind = kinds[k < 62 ? 0 : k < 85 ? 1 : k < 96 ? 2 : 3];
        r.kindId = kind.first;
        r.tracker = kind.second;
        r.result = QStringLiteral("Обращение зарегистрировано");
        r.callSeconds = 60 + int(rnd.bounded(kind.first == QLatin1String("simple") ? 300 : 600));
        r.createdOn = r.callStart.addSecs(r.callSeconds + 5);
        r.channel = channels[rnd.bounded(100) < 85 ? 0 : 1 + int(rnd.bounded(3))];
        r.subject = QStringLiteral("Обращение по теме «%1»").arg(r.articleId);
        const auto parsed = domain::appealKindFromId(r.kindId);
        r.deadline = policy.compute(*parsed, r.callStart, r.kindId == QLatin1String("task") ? 3 : 0).resolutionDue;
        r.dueDate = domain::toMoscow(r.deadline).date();
        const bool simple = r.kindId == QLatin1String("simple");
        if (simple && rnd.bounded(100) < 80) {
            r.closed = true;
            r.closedOn = r.createdOn;
        } else if (r.deadline < now || rnd.bounded(100) < 40) {
            // Mostly in time, some late, some still open past the deadline.
            const int fate = int(rnd.bounded(100));
            if (fate < 80) {
                r.closed = true;
                r.closedOn = qMin(now, r.deadline.addSecs(-int(rnd.bounded(36000))));
            } else if (fate < 90) {
                r.closed = true;
                r.closedOn = qMin(now, r.deadline.addSecs(int(rnd.bounded(86400))));
            }
        }
        r.status = r.closed ? QStringLiteral("Закрыта") : QStringLiteral("В работе");
        r.updatedOn = r.closed ? r.closedOn : r.createdOn;
        out.append(std::move(r));
    }
    return out;
}

} // namespace hotline::calllog
