#pragma once

#include "logtype.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace bridge {

// Way a simulated 429 gives the client its retry time.
enum class RateLimitStyle {
    ResetMilliseconds, // X-RateLimit-Reset: <rateLimitResetMs>
    GarbageReset, // X-RateLimit-Reset: a value that is not a number
    RetryAfter, // Retry-After: <retryAfterSeconds> next to X-RateLimit-Reset
};

// Shape of a simulated empty page with a next token.
enum class EmptyPageStyle {
    EmptyList, // "data":[{"clickLogs":[]}]
    EmptyData, // "data":[]
};

// Fault switches of the Mimecast simulator. A "data call" is an authenticated get-account or
// get-logs call; the token request, region discovery and control endpoints are never faulted.
//
// Counters ("the next N data calls") drop by one for every call they affect and switch off at
// zero. Flags, lists and settings stay as set until changed. A call that passes the credential
// check and forbiddenTypes gets the first counter that is on, in this order: not found, binding
// expired, rate limit, server error, hang, HTML error page, meta status. Otherwise it gets its
// normal response, which truncated JSON may then cut.
struct MimecastFaults
{
    // Counter: the next N data calls get HTTP 429.
    int rateLimitCount = 0;
    RateLimitStyle rateLimitStyle = RateLimitStyle::ResetMilliseconds;
    // Setting: X-RateLimit-Reset of a 429 and of remainingZero, in milliseconds.
    int rateLimitResetMs = 1000;
    // Setting: Retry-After of a 429 in the RetryAfter style, in seconds.
    int retryAfterSeconds = 1;
    // Flag: successful responses carry X-RateLimit-Remaining: 0.
    bool remainingZero = false;

    // Counter: the next N data calls get serverErrorStatus (500, 502, 503 or 504).
    int serverErrorCount = 0;
    int serverErrorStatus = 503;

    // Counter: the next N data calls get no response, and their connections stay open.
    int hangCount = 0;

    // Counter: the next N data calls get HTTP 200, application/json, with the body cut in half.
    // Content-Length matches the cut body, so only the JSON is broken.
    int truncatedJsonCount = 0;

    // Counter: the next N data calls get an HTML error page with htmlErrorStatus (200 or 502).
    int htmlErrorCount = 0;
    int htmlErrorStatus = 502;

    // Counters: the next N data calls get HTTP 404, or HTTP 418 with err_xdk_binding_expired.
    int notFoundCount = 0;
    int bindingExpiredCount = 0;

    // Counter: the next N data calls get HTTP 200 whose meta.status is metaStatusCode (403 or
    // 500), with no records.
    int metaStatusCount = 0;
    int metaStatusCode = 403;

    // Page failPage (1-based, 0 = off) of any get-logs window gets HTTP 200 with a fail entry
    // and a next token, failPageCount times in all.
    int failPage = 0;
    int failPageCount = 1;
    QString failCode = QStringLiteral("err_simulated_failure");
    QString failMessage = QStringLiteral("Simulated failure");
    bool failRetryable = false;

    // Counter of API 2.0 get-logs pages: when it reaches zero the access token that fetched the
    // last page is revoked, so the next call gets 401 token_expired.
    int expireTokenAfterPages = 0;

    // Flag: a page that has a next token returns the page token it was sent instead of a new
    // one. The first page of a window, which was sent none, is not affected.
    bool repeatNextToken = false;

    // Counter: the next N get-logs calls get no records plus a next token.
    int emptyPageCount = 0;
    EmptyPageStyle emptyPageStyle = EmptyPageStyle::EmptyList;

    // List: log types whose get-logs calls get HTTP 403, as if the API application lacked the
    // read permission for them.
    QList<LogType> forbiddenTypes;

    // Flags: reject every API 1.0 signature, or every API 2.0 client id and secret.
    bool rejectSignatures = false;
    bool rejectClientCredentials = false;

    // Setting: seconds added to the simulator's clock (Date header, x-mc-date check, token
    // expiry and default windows).
    int clockSkewSeconds = 0;
};

// Kind of value a fault switch takes.
enum class FaultValueKind {
    Number, // whole number
    Flag, // true or false; a command-line flag without a value
    Text,
};

// A fault switch as named on the command line ("--rate-limit 2") and in the JSON body of the
// control endpoint ({"rate-limit": 2}).
struct FaultSwitch
{
    QString name;
    FaultValueKind kind = FaultValueKind::Number;
    QString valueName; // for command-line help
    QString description;
};

QList<FaultSwitch> mimecastFaultSwitches();

// Applies one switch. Returns false and sets error on an unknown name or invalid value.
bool applyFaultSetting(MimecastFaults *faults, const QString &name, const QJsonValue &value,
                       QString *error);

// Applies every member of settings, or none of them when one is invalid.
bool applyFaultSettings(MimecastFaults *faults, const QJsonObject &settings, QString *error);

QJsonObject faultsToJson(const MimecastFaults &faults);

} // namespace bridge
