#include "outbox/RetryPolicy.h"

#include "CatchQt.h"

using namespace hotline::outbox;
using namespace std::chrono_literals;

TEST_CASE("Backoff doubles per failure, is capped, and jitters between half and all", "[net][outbox]") {
    const RetryPolicy p{1000ms, 60000ms};
    CHECK(retryDelay(p, 1, 0.0) == 500ms);
    CHECK(retryDelay(p, 1, 0.999999) >= 999ms);
    CHECK(retryDelay(p, 2, 0.0) == 1000ms);
    CHECK(retryDelay(p, 3, 0.0) == 2000ms);
    CHECK(retryDelay(p, 4, 0.5) == 6000ms);
    CHECK(retryDelay(p, 7, 0.0) == 30000ms); // 64 s capped to 60 s, half of it
    CHECK(retryDelay(p, 30, 1.0) == 60000ms);
    CHECK(retryDelay(p, 0, 0.0) == 500ms);
}
