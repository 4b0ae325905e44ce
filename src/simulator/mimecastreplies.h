#pragma once

#include "logtype.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bridge {

// One error of a fail entry: {"code":…,"message":…,"retryable":…,"field":…}.
struct SimulatedFailure
{
    SimulatedFailure(const QString &errorCode, const QString &errorMessage,
                     bool isRetryable = false, const QString &fieldName = QString())
        : code(errorCode)
        , message(errorMessage)
        , retryable(isRetryable)
        , field(fieldName)
    { }

    QString code;
    QString message;
    bool retryable;
    QString field; // omitted when empty
};

// API 2.0 authentication failure: {"fail":[{"code":…,"message":…}]}.
QByteArray flatFailBody(const QString &code, const QString &message);

// Endpoint failure: {"meta":{"status":N},"data":[],"fail":[{"errors":[…]}]}.
QByteArray errorsFailBody(int metaStatus, const SimulatedFailure &error);

// API 1.0 authentication failure, shaped like Mimecast's invalid-signature response:
// {"meta":{"isLastToken":false,"status":401},"fail":[{"errors":[…]}]}.
QByteArray signatureFailBody(int metaStatus, const SimulatedFailure &error);

// A 200 body whose meta.status reports a failure anyway. data contains an empty record list of
// the log type, or is empty when no type is given.
QByteArray metaStatusBody(int metaStatus, std::optional<LogType> type);

// An HTML page like the ones gateways send in front of an API.
QByteArray htmlErrorPage(int status);

// get-account response body for the demo customer.
QByteArray accountBody();

// discover-authentication response body that points the client at apiBaseUrl.
QByteArray discoveryBody(const QString &emailAddress, const QString &apiBaseUrl);

// Everything one get-logs page carries.
struct LogPageContent
{
    QList<QByteArray> rawRecords; // spliced in unchanged
    qsizetype totalCount = 0;
    QString next; // omitted when empty
    bool emptyData = false; // "data":[] instead of a record list
    std::optional<SimulatedFailure> failure; // non-empty fail array, with the records kept
};

// Builds the get-logs body by text so each record keeps its original bytes:
// {"meta":{"status":200,"pagination":{"pageSize":n,"totalCount":t,"next":…}},
//  "data":[{"<list key>":[…],"resultCount":n}],"fail":[]}. resultCount is written for
// impersonation only, as Mimecast does.
QByteArray logPageBody(LogType type, const LogPageContent &content);

} // namespace bridge
