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
    // By the clock that timed what was stored (OutboxStore's created_at).
    if (const Result<int> purged = m_store.purgeOlderThan(m_retentionDays, m_store.clock().now()); !purged)
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
