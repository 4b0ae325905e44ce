#pragma once

#include "logspagescan.h"
#include "logtype.h"
#include "mimecasterror.h"
#include "mimecastregions.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace bridge {

// Rate-limit headers of one response; -1 where a header is absent or unreadable.
struct RateLimitInfo
{
    int remaining = -1;
    qint64 resetMs = -1; // X-RateLimit-Reset, milliseconds
    qint64 retryAfterMs = -1; // Retry-After, converted from seconds
};

// Raw HTTP result of one call, before any interpretation.
struct HttpResult
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QDateTime serverDate; // from the Date header, invalid when absent
    QString requestId; // x-request-id or the x-mc-req-id that was sent
    RateLimitInfo rateLimit;
};

struct ResponseContext
{
    MimecastApi api = MimecastApi::V2;
    std::optional<LogType> logType; // set for get-logs calls, names the missing permission
    QString path;
    QDateTime localNow; // to report clock skew on API 1.0 signature errors
    QStringList secrets; // values to remove from any text shown or logged
};

// Classifies a response. On success returns an error of kind None and stores the parsed body.
MimecastError classifyResponse(const HttpResult &result, const ResponseContext &context,
                               QJsonObject *body);

// The elements and next-page token of an already parsed get-logs response.
LogsPage extractLogsPage(LogType type, const QJsonObject &body);

// Classifies a get-logs response and reads its page. A plain success is read in one pass over
// the bytes (scanLogsPage). Every other body goes through classifyResponse and extractLogsPage,
// so errors and unusual forms are handled exactly as for any other call.
MimecastError readLogsResponse(const HttpResult &result, const ResponseContext &context,
                               LogType type, LogsPage *page);

// Reads a millisecond header value tolerantly ("2500", " 2500 ", "2500.0"); -1 for garbage.
qint64 parseMillisecondsHeader(const QByteArray &value);

// Replaces every occurrence of each secret (and any access_token value) with "***".
QString redactSecrets(QString text, const QStringList &secrets);

// Name of the permission a log type needs, as Mimecast's role editor shows it.
QString requiredPermission(LogType type);

} // namespace bridge
