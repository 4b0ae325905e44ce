#pragma once

#include "backoffpolicy.h"
#include "logtype.h"
#include "mimecastauth.h"
#include "threatmapping.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace bridge {

class AlertSink;

// Everything one profile's sync engine needs, resolved before the worker thread starts. The
// credentials live only in memory, for the lifetime of the worker.
struct SyncConfig
{
    using SinkFactory = std::function<AlertSink *(QNetworkAccessManager *, QObject *parent)>;

    QString profile = QStringLiteral("default");
    QUrl mimecastBaseUrl;
    MimecastCredentials mimecast;
    QList<LogType> logTypes = {allLogTypes.begin(), allLogTypes.end()};
    int pageSize = 100;
    std::optional<ThreatMappingTable> mappingTable; // empty: the built-in table

    QString databasePath;
    bool retryFailedAtStart = false; // return parked deliveries to the queue before polling
    qint64 pollIntervalSeconds = 5 * 60;
    qint64 backfillSeconds = 24 * 60 * 60;
    BackoffPolicy backoff {2000, 5 * 60 * 1000, 6};
    int transferTimeoutMs = 30000;

    // Creates the engine's network manager (CA bundle, proxy) in the worker thread; a plain
    // QNetworkAccessManager when empty.
    std::function<QNetworkAccessManager *(QObject *parent)> createNetwork;

    // Creates the destination in the worker thread, on the engine's network manager.
    SinkFactory createSink;
};

} // namespace bridge
