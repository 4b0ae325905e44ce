#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QNetworkReply;

namespace bridge {

// A failed Sophos Central call, classified so callers can decide between retrying and parking,
// with the ids that Sophos support requests and a translated sentence that states what failed, on
// which host and path, and what to do next.
struct SophosError
{
    enum class Kind {
        None,
        Network, // connection refused or reset, DNS failure
        Timeout, // no complete response within the transfer timeout
        Tls, // certificate or handshake problem
        Unauthorized, // HTTP 401 after one token renewal, or the token request was refused
        Forbidden, // HTTP 403
        NotFound, // HTTP 404
        BadRequest, // HTTP 400 and any other 4xx without a kind of its own
        Unprocessable, // HTTP 422
        RateLimited, // HTTP 429
        ServerError, // HTTP 5xx
        InvalidResponse, // a 2xx whose body is not the JSON that was expected
        InvalidUrl, // an identity, API or tenant URL rejected before anything was sent
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString host;
    QString path;
    QString serverError; // "error" of the API gateway or "errorCode" of the identity service
    QString serverMessage; // "message" of either body shape
    QString correlationId;
    QString requestId;
    QString trackingId; // identity service only
    qint64 retryAfterMs = -1; // Retry-After converted to milliseconds, -1 when absent
    QString message; // translated, for the administrator

    bool isError() const { return kind != Kind::None; }
    // True for kinds that may succeed later unchanged: network, timeout, 429 and 5xx.
    bool isRetryable() const;
    // Stable machine name of the kind, such as "rate-limited".
    QString kindName() const;
    // The ids that Sophos support requests, as "correlationId=…, requestId=…, trackingId=…", or an
    // empty string when the server sent none.
    QString serverReference() const;
};

// The parts of one HTTP response that classification needs.
struct SophosHttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter; // raw Retry-After header value, empty when absent
};

// Classifies a non-2xx response of host and path. Both body shapes are read: the identity
// service's {"errorCode","message","trackingId"} and the API gateway's
// {"error","message","correlationId","requestId",…}. Every secret is removed from the texts
// taken from the body.
SophosError classifySophosResponse(const SophosHttpResponse &response, const QString &host,
                                   const QString &path, const QStringList &secrets);

// An error of kind InvalidResponse for a 2xx body that could not be used. detail names what
// was missing.
SophosError invalidSophosResponse(int status, const QString &host, const QString &path,
                                  const QString &detail);

// Classifies a reply that ended without an HTTP status: timeout (the reply carries the
// property "timedOut"), cancellation, TLS failure (property "sslErrors" or a handshake error)
// or any other network error.
SophosError sophosTransportError(const QNetworkReply *reply, const QString &path, int timeoutMs);

// Reads Retry-After as delay-seconds or as an HTTP date; returns milliseconds or -1.
qint64 parseRetryAfter(const QByteArray &value);

// Replaces every occurrence of each non-empty secret with "***".
QString redactSophosSecrets(QString text, const QStringList &secrets);

} // namespace bridge
