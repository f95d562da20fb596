#pragma once

#include <QDateTime>

namespace hotline {

// Where "now" comes from. Production uses SystemClock; tests inject a fake one.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace hotline
