#pragma once

#include "logtype.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace bridge {

// One element of a log, kept as the exact JSON text it was loaded from so that escapes such as
// "\/" and padded strings reach clients unchanged.
struct MimecastRecord
{
    QByteArray raw;
    // Event time ("date", or "eventTime" for impersonation); absent when the element is not an
    // object or its time is missing or unparseable.
    std::optional<QDateTime> time;
};

// The log records a Mimecast simulator serves, one list per log type.
class MimecastRecordStore
{
public:
    // Name of the NDJSON file that contains a log type's records, e.g. "ttp-url.ndjson".
    static QString fileName(LogType type);

    // Replaces the records of a type. Each line is one JSON value. Blank lines are skipped, and
    // so are lines that are not valid JSON, with a warning naming the line number.
    void setRecords(LogType type, const QList<QByteArray> &rawLines);

    // Loads every log type from <folder>/<fileName(type)>; a missing file means no records of
    // that type. Returns false and sets error when the folder is missing or a file cannot be
    // read, leaving the store unchanged. Qt resource paths (":/…") work too.
    bool loadFolder(const QString &folder, QString *error);

    const QList<MimecastRecord> &records(LogType type) const;
    qsizetype count(LogType type) const { return records(type).size(); }
    std::optional<QDateTime> newestTime(LogType type) const;

    // Moves every record time of a type by whole seconds, rewriting the time text inside the
    // raw record in the format it already had (offset, separator and fraction are kept).
    void shiftTimes(LogType type, qint64 seconds);

    // Shifts each log type separately so that its newest record lands at target. Returns the
    // shift in seconds applied to each type, zero for a type without timed records.
    std::array<qint64, 3> shiftNewestTo(const QDateTime &target);

private:
    std::array<QList<MimecastRecord>, 3> m_records;
};

} // namespace bridge
