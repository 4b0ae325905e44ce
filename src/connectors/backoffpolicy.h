#pragma once

#include <QtGlobal>

namespace bridge {

// Exponential backoff with jitter for retryable failures. The first wait is initialDelayMs and
// each further one doubles, capped at maxDelayMs. Jitter takes up to a fifth off each wait so
// that many clients do not retry in step.
struct BackoffPolicy
{
    qint64 initialDelayMs = 2000;
    qint64 maxDelayMs = 5 * 60 * 1000;
    int maxAttempts = 6; // calls of one request, the first included; 0 means never give up

    // attempt counts from 1 for the first retry. allowsAttempt counts from 1 for the first call.
    qint64 delayForAttempt(int attempt) const;
    bool allowsAttempt(int attempt) const { return maxAttempts == 0 || attempt <= maxAttempts; }
};

} // namespace bridge
