#pragma once

#include <chrono>

namespace hotline::outbox {

// Exponential backoff with jitter: the n-th consecutive failure waits a random time between half and all of
// min(maximum, base · 2^(n-1)), so many workstations coming back after an outage do not all call at once.
struct RetryPolicy {
    std::chrono::milliseconds base{5000};
    std::chrono::milliseconds maximum{std::chrono::minutes(10)};
};

// `random` is uniform in [0, 1).
std::chrono::milliseconds retryDelay(const RetryPolicy& policy, int failures, double random);

} // namespace hotline::outbox
