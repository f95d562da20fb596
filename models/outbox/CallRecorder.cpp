#include "CallRecorder.h"

#include "call/CallSession.h"

namespace hotline::outbox {

CallRecorder::CallRecorder(call::CallSession& session, OutboxStore& store, int retentionDays, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_retentionDays(std::max(1, retentionDays)) {
    connect(&session, &call::CallSession::finished, this, [this](const call::CallRecord& call) { record(call); });
    purge();
}

void CallRecorder::purge() {
    // What was stored is timed by the wall clock (OutboxStore's created_at), so the purge is too.
    if (const Result<int> purged = m_store.purgeOlderThan(m_retentionDays, QDateTime::currentDateTimeUtc()); !purged)
        emit failed(purged.error().message);
}

Result<qint64> CallRecorder::record(const call::CallRecord& call) {
    Result<qint64> id = m_store.enqueueCall(call);
    if (id)
        emit recorded(id.value());
    else
        emit failed(id.error().message);
    purge();
    return id;
}

} // namespace hotline::outbox
