#pragma once

#include "calllog/CallLogRecord.h"

namespace hotline::domain {
class DeadlinePolicy;
}

namespace hotline::calllog {

// A deterministic, realistic-looking call log (no real people) for tests, benchmarks and screenshots (not part
// of the product: library hotline_demo, built with the tests or the benchmarks):
// `count` calls over the working days before `now` (about `perDay` a day), 09:00–18:00 Moscow time, by eight
// operators.
CallLogRecords demoCallLog(int count, const QDateTime& now, const domain::DeadlinePolicy& policy, int perDay = 40,
                           quint32 seed = 150);

} // namespace hotline::calllog
