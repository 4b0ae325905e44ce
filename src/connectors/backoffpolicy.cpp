#include "backoffpolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace bridge {

qint64 BackoffPolicy::delayForAttempt(int attempt) const
{
    qint64 delay = initialDelayMs;
    for (int step = 1; step < attempt && delay < maxDelayMs; ++step)
        delay *= 2;
    delay = std::min(delay, maxDelayMs);

    const qint64 jitter = delay / 5;
    if (jitter > 0)
        delay -= QRandomGenerator::global()->bounded(jitter + 1);
    return delay;
}

} // namespace bridge
