#pragma once

#include "core/ApiError.h"

#include <QtGlobal>

// When and how long to wait before trying a request again: exponential back-off with jitter,
// bounded in count. Only reads (and writes the caller proves safe) are retried.
class RetryPolicy {
public:
    int maxAttempts = 5;    // first try included
    int baseDelayMs = 400;  // before the second try
    int maxDelayMs = 10000; // never wait longer than this
    double jitter = 0.5;    // +/- this fraction of the delay

    bool shouldRetry(const ApiError &error, int attemptsMade, bool idempotent) const;
    // Delay before attempt number attemptsMade + 1; random01 is a uniform value in [0, 1).
    int delayMs(int attemptsMade, double random01) const;
    // A policy that never retries.
    static RetryPolicy none();
};
