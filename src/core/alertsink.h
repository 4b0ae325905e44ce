#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace bridge {

// One outbox row handed to a destination.
struct DeliveryItem
{
    QString key; // the alert's dedup key
    QJsonObject alert; // NormalizedAlert::toJson()
    int attempts = 0; // earlier attempts, 0 for the first
    QDateTime firstAttemptAt; // invalid before the first attempt
};

// Outcome of delivering one item.
struct DeliveryResult
{
    enum class Outcome {
        Delivered, // a 2xx (or, after a crash, found already present at the destination)
        Failed, // rejected for good (400, 403, 404, 422, too large): parked with the message
        Retry, // transient (429, 5xx, timeout, network): try again after a wait
    };

    QString key;
    Outcome outcome = Outcome::Retry;
    QString message; // translated, for the administrator; empty when delivered
    QString serverReference; // correlationId / requestId / trackingId, for support
    qint64 retryAfterMs = -1; // server's wait hint for Retry, -1 when none
};

// A place alerts are delivered to: a Sophos Central case per alert, an HTTPS ingest endpoint,
// or a JSON Lines file. Implementations run in the worker thread and report asynchronously.
class AlertSink : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QList<DeliveryResult> &)>;

    using QObject::QObject;

    // Stable name for logs and settings: "sophos-case", "https" or "jsonl".
    virtual QString name() const = 0;

    // Most items one deliver() call accepts.
    virtual int maxBatchSize() const = 0;

    // Delivers items and calls done once with one result per item, in any order. An item is
    // reported Delivered only after the destination confirmed it.
    virtual void deliver(const QList<DeliveryItem> &items, const Callback &done) = 0;

    // Aborts the delivery in flight; its items are reported as Retry.
    virtual void cancel() { }
};

} // namespace bridge
