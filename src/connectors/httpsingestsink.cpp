#include "httpsingestsink.h"

#include "replytimeout.h"
#include "sophoserror.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <deque>

namespace bridge {

namespace {

Q_LOGGING_CATEGORY(lcIngest, "mimecast-bridge.connectors.ingest", QtInfoMsg)

// Maximum length of response body text quoted in a message.
constexpr int maxQuotedBodyLength = 300;

// Error text of a rejected request as the destination reported it, with its ids when it sent any.
struct ServerStatement
{
    QString text;
    QString reference;
};

ServerStatement readServerStatement(const QByteArray &body, const QString &bearerKey)
{
    ServerStatement statement;
    const QStringList secrets = {bearerKey};
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.isEmpty()) {
        statement.text = redactSophosSecrets(QString::fromUtf8(body).simplified(), secrets)
                                 .left(maxQuotedBodyLength);
        return statement;
    }
    QStringList parts;
    for (QStringView name : {u"error", u"message"}) {
        const QString value = object.value(name).toString().simplified();
        if (!value.isEmpty())
            parts.append(value);
    }
    statement.text = redactSophosSecrets(parts.join(u": "), secrets).left(maxQuotedBodyLength);
    QStringList ids;
    for (QStringView name : {u"correlationId", u"requestId"}) {
        const QString value = object.value(name).toString().simplified();
        if (!value.isEmpty())
            ids.append(name.toString() + u'=' + value.left(100));
    }
    statement.reference = ids.join(u", ");
    return statement;
}

QString adviceForStatus(int status)
{
    switch (status) {
    case 401:
    case 403:
        return QCoreApplication::translate("HttpsIngestSink",
                                           "Check the ingest key in the destination settings; the "
                                           "alerts are kept as failed and can be retried.");
    case 404:
        return QCoreApplication::translate("HttpsIngestSink",
                                           "Check the ingest URL in the destination settings; the "
                                           "alerts are kept as failed and can be retried.");
    case 429:
        return QCoreApplication::translate(
                "HttpsIngestSink",
                "The destination limits the request rate; the alerts are "
                "sent again after the wait it asked for.");
    default:
        break;
    }
    if (status >= 500) {
        return QCoreApplication::translate("HttpsIngestSink",
                                           "The alerts are sent again with increasing delays.");
    }
    return QCoreApplication::translate(
            "HttpsIngestSink",
            "The destination did not accept the content; the alerts are "
            "kept as failed and can be retried once the cause is fixed.");
}

} // namespace

struct HttpsIngestSink::Delivery
{
    QList<DeliveryItem> items;
    QList<QByteArray> encoded; // compact JSON of each item's alert
    QList<DeliveryResult> results; // one per item, filled as requests finish
    QList<bool> resolved;
    std::deque<QList<int>> requests; // item indexes of each request still to send
    Callback done;
    // Set when the destination rejected the key or URL or asked to wait: every request not
    // sent yet gets this result without being sent.
    std::optional<DeliveryResult> stopResult;
};

HttpsIngestSink::HttpsIngestSink(QNetworkAccessManager *network, const HttpsIngestOptions &options,
                                 QObject *parent)
    : AlertSink(parent)
    , m_network(network)
    , m_options(options)
{
    m_configurationError = validateServiceUrl(options.url);
    if (m_configurationError.isEmpty()
        && (options.maxAlertsPerRequest < 1 || options.maxBodyBytes < 2)) {
        m_configurationError = QCoreApplication::translate(
                "HttpsIngestSink",
                "The request limits of the HTTPS ingest destination must allow "
                "at least one alert and a non-empty body.");
    }
}

HttpsIngestSink::~HttpsIngestSink() = default;

void HttpsIngestSink::deliver(const QList<DeliveryItem> &items, const Callback &done)
{
    auto delivery = std::make_shared<Delivery>();
    delivery->items = items;
    delivery->done = done;
    delivery->results.resize(items.size());
    delivery->resolved.fill(false, items.size());
    for (qsizetype index = 0; index < items.size(); ++index)
        delivery->results[index].key = items.at(index).key;

    QList<int> everything;
    for (int index = 0; index < items.size(); ++index)
        everything.append(index);

    if (!m_configurationError.isEmpty() || m_current) {
        const QString message = !m_configurationError.isEmpty()
                ? m_configurationError
                : QCoreApplication::translate("HttpsIngestSink",
                                              "The HTTPS ingest destination is busy; the alerts "
                                              "are sent again later.");
        resolve(delivery, everything,
                m_configurationError.isEmpty() ? DeliveryResult::Outcome::Retry
                                               : DeliveryResult::Outcome::Failed,
                message);
        QTimer::singleShot(0, this, [delivery] { delivery->done(delivery->results); });
        return;
    }

    m_current = delivery;
    planRequests(delivery);
    QTimer::singleShot(0, this, [this, delivery] { sendNext(delivery); });
}

void HttpsIngestSink::cancel()
{
    const std::shared_ptr<Delivery> delivery = std::exchange(m_current, nullptr);
    if (!delivery)
        return;
    if (m_inFlight)
        m_inFlight->abort(); // its finished handler finds m_current changed
    QList<int> open;
    for (int index = 0; index < delivery->items.size(); ++index) {
        if (!delivery->resolved.at(index))
            open.append(index);
    }
    resolve(delivery, open, DeliveryResult::Outcome::Retry,
            QCoreApplication::translate("HttpsIngestSink",
                                        "Sending was cancelled; the alerts are sent again later."));
    delivery->done(delivery->results);
}

void HttpsIngestSink::planRequests(const std::shared_ptr<Delivery> &delivery)
{
    QList<int> request;
    qint64 requestBytes = 2; // the brackets of the JSON array
    for (int index = 0; index < delivery->items.size(); ++index) {
        const QByteArray json
                = QJsonDocument(delivery->items.at(index).alert).toJson(QJsonDocument::Compact);
        delivery->encoded.append(json);

        if (json.size() + 2 > m_options.maxBodyBytes) {
            resolve(delivery, {index}, DeliveryResult::Outcome::Failed,
                    QCoreApplication::translate(
                            "HttpsIngestSink",
                            "The alert is too large for the destination: %1 bytes of JSON, "
                            "more than the limit of %2 bytes per request. It was not sent.")
                            .arg(json.size() + 2)
                            .arg(m_options.maxBodyBytes));
            continue;
        }
        const qint64 separator = request.isEmpty() ? 0 : 1;
        if (request.size() >= m_options.maxAlertsPerRequest
            || requestBytes + separator + json.size() > m_options.maxBodyBytes) {
            delivery->requests.push_back(request);
            request.clear();
            requestBytes = 2;
        }
        requestBytes += (request.isEmpty() ? 0 : 1) + json.size();
        request.append(index);
    }
    if (!request.isEmpty())
        delivery->requests.push_back(request);
}

void HttpsIngestSink::sendNext(const std::shared_ptr<Delivery> &delivery)
{
    if (m_current != delivery)
        return;
    if (delivery->requests.empty()) {
        m_current = nullptr;
        delivery->done(delivery->results);
        return;
    }
    const QList<int> request = delivery->requests.front();
    delivery->requests.pop_front();

    if (delivery->stopResult) {
        const DeliveryResult &stop = *delivery->stopResult;
        resolve(delivery, request, stop.outcome, stop.message, stop.serverReference,
                stop.retryAfterMs);
        sendNext(delivery);
        return;
    }

    QByteArray body = "[";
    for (int index : request) {
        if (body.size() > 1)
            body.append(',');
        body.append(delivery->encoded.at(index));
    }
    body.append(']');

    QNetworkRequest networkRequest(m_options.url);
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArrayLiteral("application/json"));
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("Authorization", "Bearer " + m_options.bearerKey.toUtf8());

    ++m_requests;
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = m_network->post(networkRequest, body);
    m_inFlight = reply;
    reply->setProperty("bodyBytes", body.size());

    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        reply->setProperty("sslErrors", texts);
    });
    abortOnTimeout(reply, m_options.transferTimeoutMs);

    connect(reply, &QNetworkReply::finished, this, [this, delivery, request, reply, elapsed] {
        handleReply(delivery, request, reply, elapsed.elapsed());
    });
}

void HttpsIngestSink::handleReply(const std::shared_ptr<Delivery> &delivery,
                                  const QList<int> &request, QNetworkReply *reply,
                                  qint64 durationMs)
{
    reply->deleteLater();
    if (m_current != delivery)
        return;
    m_inFlight = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    const QString path = reply->url().path();
    const QByteArray body = reply->readAll();
    const ServerStatement statement = readServerStatement(body, m_options.bearerKey);
    qCInfo(lcIngest).nospace() << "POST " << host << ' ' << path << " alerts=" << request.size()
                               << " bytes=" << reply->property("bodyBytes").toLongLong() << " -> "
                               << status << ' ' << statement.reference << " in " << durationMs
                               << " ms";

    using Outcome = DeliveryResult::Outcome;
    if (status >= 200 && status < 300) {
        resolve(delivery, request, Outcome::Delivered, QString());
    } else if (status == 413 && request.size() > 1) {
        // Never send the rejected body again: each half goes on its own, first half first.
        const qsizetype half = request.size() / 2;
        delivery->requests.push_front(request.mid(half));
        delivery->requests.push_front(request.first(half));
        qCInfo(lcIngest) << "HTTP 413, splitting" << request.size() << "alerts into" << half
                         << "and" << request.size() - half;
    } else if (status == 413) {
        resolve(delivery, request, Outcome::Failed,
                QCoreApplication::translate(
                        "HttpsIngestSink",
                        "The alert is too large for the destination: %1%2 rejected it alone with "
                        "HTTP 413 (%3 bytes). It is kept as failed; the other alerts are not "
                        "affected.")
                        .arg(host, path)
                        .arg(reply->property("bodyBytes").toLongLong()),
                statement.reference);
    } else if (status == 0) {
        const SophosError error = sophosTransportError(reply, path, m_options.transferTimeoutMs);
        const Outcome outcome
                = error.kind == SophosError::Kind::Tls ? Outcome::Failed : Outcome::Retry;
        resolve(delivery, request, outcome, error.message);
        delivery->stopResult = delivery->results.at(request.first());
    } else {
        const bool retry = status == 429 || status >= 500;
        const qint64 retryAfterMs
                = status == 429 ? parseRetryAfter(reply->rawHeader("Retry-After")) : -1;
        const QString serverText = statement.text.isEmpty()
                ? QString()
                : QCoreApplication::translate("HttpsIngestSink",
                                              " The destination reported "
                                              "\"%1\".")
                          .arg(statement.text);
        const QString message
                = QCoreApplication::translate("HttpsIngestSink",
                                              "The ingest endpoint %1%2 rejected %n alert(s) with "
                                              "HTTP %3.%4 %5",
                                              nullptr, int(request.size()))
                          .arg(host, path)
                          .arg(status)
                          .arg(serverText, adviceForStatus(status));
        resolve(delivery, request, retry ? Outcome::Retry : Outcome::Failed, message,
                statement.reference, retryAfterMs);
        if (retry || status == 401 || status == 403 || status == 404)
            delivery->stopResult = delivery->results.at(request.first());
    }
    if (delivery->stopResult)
        qCWarning(lcIngest) << "stopped sending after HTTP" << status;
    sendNext(delivery);
}

void HttpsIngestSink::resolve(const std::shared_ptr<Delivery> &delivery, const QList<int> &request,
                              DeliveryResult::Outcome outcome, const QString &message,
                              const QString &serverReference, qint64 retryAfterMs)
{
    for (int index : request) {
        DeliveryResult &result = delivery->results[index];
        result.outcome = outcome;
        result.message = message;
        result.serverReference = serverReference;
        result.retryAfterMs = retryAfterMs;
        delivery->resolved[index] = true;
    }
}

} // namespace bridge
