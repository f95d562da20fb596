#pragma once

#include "Clock.h"

namespace hotline {

// A clock that moves only when told to: tests, and reproducible screenshots (HOTLINE_DEMO_NOW, in hotline0150-screens
// only).
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime now = {})
        : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace hotline
