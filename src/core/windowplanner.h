#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

namespace bridge {

struct TimeWindow
{
    QDateTime from;
    QDateTime to;
};

// Plans the get-logs windows of one poll of one log type. Each poll starts overlapSeconds before
// the checkpoint, because Mimecast indexes some records late and its from is inclusive; the
// dedup key removes the repeats. The newest window ends lagSeconds before now so records still
// being indexed are left for the next poll. Without a checkpoint the poll backfills
// backfillSeconds. Windows are at most maxWindowSeconds long.
struct WindowPlanner
{
    qint64 overlapSeconds = 60;
    qint64 lagSeconds = 60;
    qint64 backfillSeconds = 24 * 60 * 60;
    qint64 maxWindowSeconds = 24 * 60 * 60;

    // Maximum backfill an administrator may choose.
    static constexpr qint64 maxBackfillSeconds = 30 * 24 * 60 * 60;

    // Returns the windows in time order, or an empty list when nothing is due yet.
    QList<TimeWindow> plan(const std::optional<QDateTime> &checkpoint, const QDateTime &now) const;

    // Cuts [from, to] into consecutive windows of at most maxSeconds that share their edges.
    static QList<TimeWindow> split(const QDateTime &from, const QDateTime &to, qint64 maxSeconds);
};

} // namespace bridge
