#include "api/RetryPolicy.h"

#include <algorithm>
#include <cmath>

bool RetryPolicy::shouldRetry(const ApiError &error, int attemptsMade, bool idempotent) const {
    return idempotent && attemptsMade < maxAttempts && error.isRetryable();
}

int RetryPolicy::delayMs(int attemptsMade, double random01) const {
    const int exponent = std::clamp(attemptsMade - 1, 0, 20);
    const double nominal = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, exponent));
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return int(std::clamp(nominal * factor, 0.0, double(maxDelayMs)));
}

RetryPolicy RetryPolicy::none() {
    RetryPolicy p;
    p.maxAttempts = 1;
    return p;
}
