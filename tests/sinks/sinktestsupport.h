#pragma once

#include "alertsink.h"
#include "httpserver.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

// Shared helpers of the destination tests: a scripted HTTP server on 127.0.0.1 that records
// every request, a capture of every log message, alerts shaped like NormalizedAlert::toJson()
// and a helper that runs one deliver() call to its end.
namespace bridge::test {

// One request as the scripted server received it.
struct ReceivedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// An HttpServer on 127.0.0.1 whose responses come from a route function. A route that returns
// std::nullopt leaves the request unanswered, so the client runs into its transfer timeout.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    using Route = std::function<std::optional<HttpResponse>(const ReceivedRequest &request)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;
    void setRoute(Route route) { m_route = std::move(route); }

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    // Requests whose path is path, in arrival order.
    QList<ReceivedRequest> requestsTo(const QString &path) const;
    void clearRequests() { m_requests.clear(); }

private:
    HttpServer m_server;
    Route m_route;
    QList<ReceivedRequest> m_requests;
};

HttpResponse jsonReply(int status, const QJsonObject &body);

// Collects every message of every logging category while it exists, and passes each one on
// to the handler that was installed before.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const;
    // The first captured message that contains any of the values, or an empty string.
    QString firstContaining(const QStringList &values) const;
};

// An alert as NormalizedAlert::toJson() produces it. Its key is the SHA-1 hex of
// "sample-alert-<number>", so keys of different numbers differ in their first characters.
QJsonObject sampleAlert(int number);
QString sampleKey(int number);
DeliveryItem sampleItem(int number, int attempts = 0, const QDateTime &firstAttemptAt = {});

// Runs sink->deliver(items) and waits up to timeoutMs for its callback. Returns the results
// in item order, or std::nullopt when the callback did not run or ran more than once.
std::optional<QList<DeliveryResult>>
deliverAndWait(AlertSink *sink, const QList<DeliveryItem> &items, int timeoutMs = 10000);

QString outcomeName(DeliveryResult::Outcome outcome);

} // namespace bridge::test
