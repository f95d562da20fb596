#pragma once

#include "OutboxStore.h"

#include <QObject>

namespace hotline::call {
class CallSession;
}

namespace hotline::outbox {

// Every finished call becomes one call record in the outbox (after the appeals filed during it), so the
// sender files its figures to Redmine exactly once and the line's statistics are complete. Records (and
// delivered appeals) older than the retention are purged when it starts and after each call: they hold
// personal data.
class CallRecorder : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultRetentionDays = 90;

    // `retentionDays`: Settings::callRetentionDays().
    CallRecorder(call::CallSession& session, OutboxStore& store, int retentionDays = defaultRetentionDays,
                 QObject* parent = nullptr);
    int retentionDays() const { return m_retentionDays; }

    // Stores one finished call; what CallSession::finished is connected to.
    Result<qint64> record(const call::CallRecord& call);

signals:
    void recorded(qint64 entryId);
    void failed(const QString& message); // the record could not be stored (disk full, database locked)

private:
    void purge();

    OutboxStore& m_store;
    int m_retentionDays;
};

} // namespace hotline::outbox
