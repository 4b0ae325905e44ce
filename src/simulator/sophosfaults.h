#pragma once

#include "mimecastfaults.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace bridge {

// Fault switches and ingest limits of the Sophos simulator. A "data call" is a call that passed
// its credential check: whoami, the tenant lists, the case calls and ingest. The token request
// and the control endpoints are never faulted.
//
// Counters ("the next N …") drop by one for every call they affect and switch off at zero.
// Settings stay as set until changed. A data call gets the first counter that is on, in this
// order: rejected token (calls with an access token only), rate limit, server error, then, for
// case creation only, case error and hold after create.
struct SophosFaults
{
    // Counter: the next N calls made with an access token get HTTP 401, and the token they
    // carried is revoked, so the client has to request a new one before it retries.
    int rejectTokenCount = 0;

    // Counter: the next N data calls get HTTP 429.
    int rateLimitCount = 0;
    // Setting: Retry-After of a 429 in seconds. 0 sends no Retry-After header.
    int retryAfterSeconds = 1;

    // Counter: the next N data calls get serverErrorStatus (500, 502, 503 or 504).
    int serverErrorCount = 0;
    int serverErrorStatus = 503;

    // Counter: the next N case creations get caseErrorStatus (400, 403, 404 or 422) and store
    // nothing.
    int caseErrorCount = 0;
    int caseErrorStatus = 400;

    // Counter: the next N valid case creations store the case and then get no response, as if
    // the connection broke after the server committed the case. The connection stays open.
    int holdAfterCreateCount = 0;

    // Settings: an ingest request with more alerts or more body bytes than these gets HTTP 413.
    int ingestMaxItems = 500;
    int ingestMaxBytes = 1024 * 1024;
};

// The switches as named on the command line ("--sophos-rate-limit 2") and in the JSON body of
// the control endpoint ({"sophos-rate-limit": 2}).
QList<FaultSwitch> sophosFaultSwitches();

// Applies one switch. Returns false and sets error on an unknown name or invalid value.
bool applySophosFaultSetting(SophosFaults *faults, const QString &name, const QJsonValue &value,
                             QString *error);

// Applies every member of settings, or none of them when one is invalid.
bool applySophosFaultSettings(SophosFaults *faults, const QJsonObject &settings, QString *error);

QJsonObject sophosFaultsToJson(const SophosFaults &faults);

} // namespace bridge
