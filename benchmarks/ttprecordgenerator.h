#pragma once

#include "logtype.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

namespace bridge::bench {

// Writes Mimecast TTP log records as JSON text in the shapes of real get-logs responses. It
// reproduces their oddities: "\/" escapes on most lines, raw UTF-8 or \uXXXX non-ASCII text, padded
// attachment details with "\r\n", null senders "<>", MTOKEN impersonation ids, url tagMap
// objects, null or absent ttpDefinition, dates with "+0000", "Z", "+00:00" or "-0300" offsets,
// lines with spaces after ':' and ',' and lines with sorted keys.
//
// Without alertsOnly about 1 record in 6 is clean and 1 in 100 is rejected by validation
// (missing, null or wrongly typed required fields, unparseable dates, an envelope in place of a
// record). With alertsOnly every record passes validation and is not clean, and dates use the
// "+0000" form only, so the simulator and the client agree on every record's window.
class TtpRecordGenerator
{
public:
    explicit TtpRecordGenerator(quint32 seed, bool alertsOnly = false);

    // One record of the type whose event time is at; "when" names the instant in UTC.
    QByteArray record(LogType type, const QDateTime &when);

    // A get-logs response envelope of API 2.0 holding count records of one type, with times
    // from start, stepSeconds apart. nextToken is left out when empty.
    QByteArray page(LogType type, int count, const QDateTime &start, int stepSeconds,
                    const QByteArray &nextToken);

private:
    struct Style;

    QByteArray urlRecord(const QDateTime &when, const Style &style);
    QByteArray attachmentRecord(const QDateTime &when, const Style &style);
    QByteArray impersonationRecord(const QDateTime &when, const Style &style);

    Style nextStyle();
    QByteArray dateText(const QDateTime &when, const Style &style);
    QByteArray messageId(const QDateTime &when);
    QByteArray address();
    QByteArray subject(const Style &style);
    QByteArray pick(std::initializer_list<const char *> values);
    bool chance(int percent);

    QRandomGenerator m_random;
    bool m_alertsOnly = false;
    quint64 m_serial = 0;
};

} // namespace bridge::bench
