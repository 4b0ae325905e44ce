#pragma once

#include "alertsink.h"
#include "sophoserror.h"

#include <QList>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

namespace bridge {

class SophosCentralClient;

// The tenant cases are created in: its id and the API host from who-am-I or the tenant list.
struct SophosCaseTarget
{
    QUrl apiHost;
    QString tenantId;
};

// Delivers each alert as one Sophos Central case, one request at a time.
//
// Results: 2xx is Delivered; 400, 401 (after one token renewal), 403, 404 and 422 are Failed
// with the server's error, message and ids; 429 is Retry with the Retry-After wait; 5xx,
// timeouts and network errors are Retry.
//
// An item that was attempted before (attempts > 0) may have been created just before a crash.
// Before sending it, the sink lists the cases created since a minute before its first attempt,
// once per deliver() call, and reports the item Delivered without a new POST when a case
// carries its key. When that listing fails, such items are reported Retry and not sent, so a
// case is never created twice.
class SophosCaseSink : public AlertSink
{
    Q_OBJECT

public:
    static constexpr int batchSize = 20;
    // How far before an item's first attempt the crash-recovery listing starts, to allow for
    // clock differences between this computer and Sophos.
    static constexpr qint64 recoveryMarginSeconds = 60;

    SophosCaseSink(SophosCentralClient *client, const SophosCaseTarget &target,
                   QObject *parent = nullptr);
    ~SophosCaseSink() override;

    QString name() const override { return QStringLiteral("sophos-case"); }
    int maxBatchSize() const override { return batchSize; }
    void deliver(const QList<DeliveryItem> &items, const Callback &done) override;
    void cancel() override;

    // Number of case listings made for crash recovery since construction.
    int recoveryListingCount() const { return m_recoveryListings; }

private:
    struct Delivery;

    void listExistingCases(const std::shared_ptr<Delivery> &delivery);
    void deliverNext(const std::shared_ptr<Delivery> &delivery);
    void finishDelivery(const std::shared_ptr<Delivery> &delivery);
    DeliveryResult resultForError(const QString &key, const SophosError &error) const;

    QPointer<SophosCentralClient> m_client;
    SophosCaseTarget m_target;
    std::shared_ptr<Delivery> m_current;
    int m_recoveryListings = 0;
};

} // namespace bridge
