#include "sinktestsupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QTest>

namespace bridge::test {

namespace {

QMutex capturedMutex;
QStringList captured;
bool capturing = false;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&capturedMutex);
        if (capturing)
            captured.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    m_server.setHandler([this](const HttpRequest &request, HttpResponder &responder) {
        ReceivedRequest received;
        received.method = request.method;
        received.path = QString::fromUtf8(request.path);
        received.query = QUrlQuery(QString::fromUtf8(request.query));
        received.headers = request.headers;
        received.body = request.body;
        m_requests.append(received);

        const std::optional<HttpResponse> response
                = m_route ? m_route(received) : std::optional<HttpResponse>(jsonReply(404, {}));
        if (response)
            responder.send(*response);
        else
            responder.hold();
    });
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QList<ReceivedRequest> ScriptedHttpServer::requestsTo(const QString &path) const
{
    QList<ReceivedRequest> matching;
    for (const ReceivedRequest &request : m_requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

HttpResponse jsonReply(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

LogCapture::LogCapture()
{
    const QMutexLocker locker(&capturedMutex);
    captured.clear();
    capturing = true;
    previousHandler = qInstallMessageHandler(captureMessage);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previousHandler);
    const QMutexLocker locker(&capturedMutex);
    capturing = false;
}

QStringList LogCapture::messages() const
{
    const QMutexLocker locker(&capturedMutex);
    return captured;
}

QString LogCapture::firstContaining(const QStringList &values) const
{
    for (const QString &message : messages()) {
        for (const QString &value : values) {
            if (!value.isEmpty() && message.contains(value))
                return message;
        }
    }
    return {};
}

QString sampleKey(int number)
{
    const QByteArray seed = "sample-alert-" + QByteArray::number(number);
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex());
}

QJsonObject sampleAlert(int number)
{
    return QJsonObject {
            {QStringLiteral("key"), sampleKey(number)},
            {QStringLiteral("category"), QStringLiteral("url")},
            {QStringLiteral("alertType"), QStringLiteral("URL Protection")},
            {QStringLiteral("threatId"), QStringLiteral("T1566.002")},
            {QStringLiteral("threatName"), QStringLiteral("Spearphishing Link")},
            {QStringLiteral("mappingRule"), QStringLiteral("URL click blocked as malicious")},
            {QStringLiteral("severity"), QStringLiteral("high")},
            {QStringLiteral("eventTime"),
             QStringLiteral("2026-03-10T08:%1:00Z").arg(number % 60, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("sender"), QStringLiteral("notices@vendor.example.com")},
            {QStringLiteral("recipient"), QStringLiteral("user%1@example.com").arg(number)},
            {QStringLiteral("subject"), QStringLiteral("Notice %1").arg(number)},
            {QStringLiteral("detail"),
             QStringLiteral("https://link%1.example.net/login").arg(number)},
            {QStringLiteral("action"), QStringLiteral("blocked")},
            {QStringLiteral("record"), QJsonObject {{QStringLiteral("id"), number}}},
    };
}

DeliveryItem sampleItem(int number, int attempts, const QDateTime &firstAttemptAt)
{
    DeliveryItem item;
    item.key = sampleKey(number);
    item.alert = sampleAlert(number);
    item.attempts = attempts;
    item.firstAttemptAt = firstAttemptAt;
    return item;
}

std::optional<QList<DeliveryResult>> deliverAndWait(AlertSink *sink,
                                                    const QList<DeliveryItem> &items, int timeoutMs)
{
    int calls = 0;
    QList<DeliveryResult> received;
    sink->deliver(items, [&](const QList<DeliveryResult> &results) {
        ++calls;
        received = results;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, timeoutMs))
        return std::nullopt;
    QTest::qWait(20); // a second, wrong callback would arrive here
    if (calls != 1)
        return std::nullopt;

    QList<DeliveryResult> ordered;
    for (const DeliveryItem &item : items) {
        for (const DeliveryResult &result : received) {
            if (result.key == item.key) {
                ordered.append(result);
                break;
            }
        }
    }
    if (ordered.size() != items.size() || received.size() != items.size())
        return std::nullopt;
    return ordered;
}

QString outcomeName(DeliveryResult::Outcome outcome)
{
    switch (outcome) {
    case DeliveryResult::Outcome::Delivered:
        return QStringLiteral("delivered");
    case DeliveryResult::Outcome::Failed:
        return QStringLiteral("failed");
    case DeliveryResult::Outcome::Retry:
        return QStringLiteral("retry");
    }
    return {};
}

} // namespace bridge::test
