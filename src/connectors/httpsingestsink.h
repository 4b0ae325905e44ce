#pragma once

#include "alertsink.h"

#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace bridge {

struct HttpsIngestOptions
{
    QUrl url; // the ingest endpoint; https, or plain http only to a loopback host
    QString bearerKey; // sent as "Authorization: Bearer <key>"; never logged
    // Request limits. A request carries at most this many alerts and this many body bytes.
    int maxAlertsPerRequest = 500;
    qint64 maxBodyBytes = 1024 * 1024;
    int transferTimeoutMs = 30000;
};

// Delivers alerts to an HTTPS ingest endpoint (a SIEM collector or an XDR HTTP ingest
// integration) as JSON arrays of NormalizedAlert::toJson() objects, one request at a time.
//
// Results per request: 2xx delivers every alert in it. 413 splits the request into halves
// that are sent separately, down to single alerts, so the same rejected body is never sent
// again. A single alert that still gets 413, or that alone exceeds maxBodyBytes, is Failed as
// too large, and the other alerts are unaffected. 400 and 422 fail the alerts of that request;
// 401, 403 and 404 fail every remaining alert, because the key or URL is wrong. 429, 5xx,
// timeouts and network errors make the remaining alerts Retry, with the Retry-After wait. A TLS
// failure fails the remaining alerts, because it needs a certificate fix by the administrator.
class HttpsIngestSink : public AlertSink
{
    Q_OBJECT

public:
    HttpsIngestSink(QNetworkAccessManager *network, const HttpsIngestOptions &options,
                    QObject *parent = nullptr);
    ~HttpsIngestSink() override;

    // Empty when the URL and limits are usable, else the translated reason; deliver() then
    // fails every item with it.
    QString configurationError() const { return m_configurationError; }

    QString name() const override { return QStringLiteral("https"); }
    int maxBatchSize() const override { return m_options.maxAlertsPerRequest; }
    void deliver(const QList<DeliveryItem> &items, const Callback &done) override;
    void cancel() override;

    int requestCount() const { return m_requests; }

private:
    struct Delivery;

    void planRequests(const std::shared_ptr<Delivery> &delivery);
    void sendNext(const std::shared_ptr<Delivery> &delivery);
    void handleReply(const std::shared_ptr<Delivery> &delivery, const QList<int> &request,
                     QNetworkReply *reply, qint64 durationMs);
    void resolve(const std::shared_ptr<Delivery> &delivery, const QList<int> &request,
                 DeliveryResult::Outcome outcome, const QString &message,
                 const QString &serverReference = {}, qint64 retryAfterMs = -1);

    QNetworkAccessManager *m_network;
    HttpsIngestOptions m_options;
    QString m_configurationError;
    std::shared_ptr<Delivery> m_current;
    QPointer<QNetworkReply> m_inFlight;
    int m_requests = 0;
};

} // namespace bridge
