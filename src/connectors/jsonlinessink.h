#pragma once

#include "alertsink.h"

namespace bridge {

// Appends each alert as one line of compact JSON (NormalizedAlert::toJson()) to a file, for
// audit and for log shippers. The file is created readable and writable by its owner only.
// After each batch the data is flushed and synced to disk (fsync) before the batch is
// reported Delivered. A write or sync error reports Retry with the file name and the system's
// error text. A missing parent folder reports Failed, because only the administrator can fix it.
//
// NOTE: a write that fails halfway may leave part of the batch in the file, and the retry
// appends those lines again, so readers should tolerate duplicate lines (the "key" field
// identifies an alert).
class JsonLinesSink : public AlertSink
{
    Q_OBJECT

public:
    static constexpr int batchSize = 500;

    explicit JsonLinesSink(const QString &filePath, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("jsonl"); }
    int maxBatchSize() const override { return batchSize; }
    // Writes synchronously and calls done from the event loop.
    void deliver(const QList<DeliveryItem> &items, const Callback &done) override;

    QString filePath() const { return m_filePath; }
    // Number of successful fsync calls so far.
    int syncCount() const { return m_syncs; }

private:
    QList<DeliveryResult> writeBatch(const QList<DeliveryItem> &items);

    QString m_filePath;
    int m_syncs = 0;
};

} // namespace bridge
