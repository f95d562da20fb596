#pragma once

#include "call/CallRecord.h"
#include "domain/Appeal.h"
#include "domain/DeadlinePolicy.h"
#include "domain/ReferenceData.h"
#include "kb/KnowledgeBase.h"

#include <QRandomGenerator>

namespace hotline::bench {

// One call as an operator handles it: usually an appeal filed through the form (prefilled from an article, the
// caller's details typed in), sometimes none (answered, redirected or dropped); its call record in any case.
struct LoadCall {
    std::optional<domain::Appeal> appeal;
    call::CallRecord record;
    int expectedIssues = 0; // the appeal's issues (with subtasks) as IssuePlanner files them; 0 without one
};

// Makes calls like the line's: the KB's articles by kind, repeat callers from a pool of organisations and
// phones (valid ИНН/ОГРН check digits, +7 numbers), Moscow-time deadlines from the shipped policy.
class LoadCalls {
public:
    LoadCalls(const kb::KnowledgeBase& kb, const domain::ReferenceData& reference, const domain::DeadlinePolicy& policy,
              quint32 seed);

    // A call that ended `now` and lasted a random time, handled by `operatorLogin`.
    LoadCall next(const QDateTime& now, const QString& operatorLogin);

    static int expectedIssues(const domain::Appeal& a);

private:
    struct Caller {
        QString organisation, inn, ogrn, contact, phone, email;
    };
    Caller makeCaller();
    QString person();
    QString digits(int n);

    const kb::KnowledgeBase& m_kb;
    const domain::ReferenceData& m_reference;
    const domain::DeadlinePolicy& m_policy;
    QRandomGenerator m_rnd;
    QHash<int, QList<const kb::Article*>> m_byKind;
    QList<Caller> m_callers;
};

} // namespace hotline::bench
