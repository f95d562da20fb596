#include "CallRecorder.h"

#include "call/CallSession.h"

namespace hotline::outbox {

CallRecorder::CallRecorder(call::CallSession& session, OutboxStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store) {
    connect(&session, &call::CallSession::finished, this, [this](const call::CallRecord& call) { record(call); });
}

Result<qint64> CallRecorder::record(const call::CallRecord& call) {
    Result<qint64> id = m_store.enqueueCall(call);
    if (id)
        emit recorded(id.value());
    else
        emit failed(id.error().message);
    return id;
}

} // namespace hotline::outbox
