#include "CallRecorder.h"

#include "call/CallSession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCalls, "hotline.calls")

namespace hotline::outbox {

CallRecorder::CallRecorder(call::CallSession& session, OutboxStore& store, int retentionDays, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_retentionDays(std::max(1, retentionDays)) {
    // A failure goes out through failed() (and the log); the session has nothing to do with the id.
    connect(&session, &call::CallSession::finished, this, [this](const call::CallRecord& call) { (void)record(call); });
    purge();
}

void CallRecorder::purge() {
    // By the clock that timed what was stored (OutboxStore's created_at).
    if (const Result<int> purged = m_store.purgeOlderThan(m_retentionDays, m_store.clock().now()); !purged) {
        qCWarning(lcCalls) << "old call records could not be purged:" << purged.error().message;
        emit failed(tr("Old call records could not be deleted from this computer: %1").arg(purged.error().message));
    }
}

Result<qint64> CallRecorder::record(const call::CallRecord& call) {
    Result<qint64> id = m_store.enqueueCall(call);
    if (!id) {
        // The database's reason only: the record itself (the caller's number) stays out of the log. No purge now:
        // its failure would only hide this message.
        qCWarning(lcCalls) << "a finished call could not be recorded:" << id.error().message;
        emit failed(tr("The call was not recorded on this computer: %1").arg(id.error().message));
        return id;
    }
    emit recorded(id.value());
    purge();
    return id;
}

} // namespace hotline::outbox
