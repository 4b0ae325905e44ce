#include "windowplanner.h"

#include <algorithm>

namespace bridge {

QList<TimeWindow> WindowPlanner::plan(const std::optional<QDateTime> &checkpoint,
                                      const QDateTime &now) const
{
    const QDateTime end = now.toUTC().addSecs(-lagSeconds);
    const qint64 backfill = std::clamp<qint64>(backfillSeconds, 0, maxBackfillSeconds);
    const QDateTime start
            = checkpoint ? checkpoint->toUTC().addSecs(-overlapSeconds) : end.addSecs(-backfill);

    return split(start, end, maxWindowSeconds);
}

QList<TimeWindow> WindowPlanner::split(const QDateTime &from, const QDateTime &to,
                                       qint64 maxSeconds)
{
    QList<TimeWindow> windows;
    const qint64 step = std::max<qint64>(maxSeconds, 1);
    QDateTime start = from.toUTC();
    const QDateTime end = to.toUTC();
    while (start < end) {
        const QDateTime windowEnd = std::min(start.addSecs(step), end);
        windows.append({start, windowEnd});
        start = windowEnd;
    }
    return windows;
}

} // namespace bridge
