#pragma once

#include "OutboxStore.h"

#include <QObject>

namespace hotline::call {
class CallSession;
}

namespace hotline::outbox {

// Every finished call becomes one call record in the outbox (after the appeals filed during it), so the
// sender files its figures to Redmine exactly once and the line's statistics are complete.
class CallRecorder : public QObject {
    Q_OBJECT
public:
    CallRecorder(call::CallSession& session, OutboxStore& store, QObject* parent = nullptr);

    // Stores one finished call; what CallSession::finished is connected to.
    Result<qint64> record(const call::CallRecord& call);

signals:
    void recorded(qint64 entryId);
    void failed(const QString& message); // the record could not be stored (disk full, database locked)

private:
    OutboxStore& m_store;
};

} // namespace hotline::outbox
