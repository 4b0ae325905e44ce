#pragma once

#include <QDateTime>
#include <QString>

namespace bridge {

// A failed Mimecast call, classified so callers can decide whether to retry, and described in
// a translated sentence that states what failed and what to do next.
struct MimecastError
{
    enum class Kind {
        None,
        Network, // connection refused or reset, DNS failure
        Timeout, // no complete response within the transfer timeout
        Tls, // certificate or handshake problem
        ProxyAuthentication, // the proxy rejected or lacks credentials (HTTP 407)
        RateLimited, // HTTP 429
        ServerError, // HTTP 5xx or meta.status 5xx
        SignatureRejected, // API 1.0 HTTP 401
        CredentialsRejected, // API 2.0 HTTP 401 after one token renewal, or token request refused
        PermissionDenied, // HTTP 403
        EndpointNotFound, // HTTP 404
        KeyBindingExpired, // API 1.0 HTTP 418
        RequestFailed, // "fail" entries in an otherwise successful response
        InvalidResponse, // not the JSON envelope Mimecast sends
        BadRequest, // any other HTTP 4xx
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // translated, for the administrator
    QString serverCodes; // "code: message" pairs from the server, for logs and messages
    bool retryable = false;
    qint64 retryAfterMs = -1; // server's wait hint, -1 when none or unreadable
    QString requestId;

    bool isError() const { return kind != Kind::None; }

    // Exit status of the command-line tool: 1 runtime failure, 3 authentication or permission
    // failure, 4 invalid response.
    int exitCode() const;

    // Stable machine name of the kind, such as "rate-limited".
    QString kindName() const;
};

} // namespace bridge
