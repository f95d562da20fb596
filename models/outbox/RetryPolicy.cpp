#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace hotline::outbox {

std::chrono::milliseconds retryDelay(const RetryPolicy& policy, int failures, double random) {
    const int n = std::clamp(failures, 1, 40);
    const double full = std::min(double(policy.maximum.count()), double(policy.base.count()) * std::ldexp(1.0, n - 1));
    const double r = std::clamp(random, 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<long long>(full / 2 + r * full / 2));
}

} // namespace hotline::outbox
