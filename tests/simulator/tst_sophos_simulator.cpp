#include "tst_sophos_simulator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using namespace bridge;
using namespace bridge::test;

void SophosSimulatorTest::init()
{
    m_simulator = std::make_unique<SophosSimulator>();
    QVERIFY(m_simulator->listen());
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void SophosSimulatorTest::cleanup()
{
    m_manager.reset();
    m_simulator.reset();
}

HttpResult SophosSimulatorTest::send(const QByteArray &method, const QString &pathAndQuery,
                                     const QByteArray &body, const RequestHeaders &headers,
                                     int timeoutMs)
{
    QNetworkRequest request(QUrl(m_simulator->baseUrl().toString() + pathAndQuery));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");

    QNetworkReply *reply = m_manager->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();

    HttpResult result;
    if (!reply->isFinished()) {
        result.timedOut = true;
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &header : reply->rawHeaderPairs())
        result.headers.insert(header.first.toLower(), header.second);
    reply->deleteLater();
    return result;
}

HttpResult SophosSimulatorTest::requestToken(const QString &clientId, const QString &clientSecret,
                                             const QString &grantType, const QString &scope)
{
    const QByteArray form = "grant_type=" + QUrl::toPercentEncoding(grantType)
            + "&client_id=" + QUrl::toPercentEncoding(clientId) + "&client_secret="
            + QUrl::toPercentEncoding(clientSecret) + "&scope=" + QUrl::toPercentEncoding(scope);
    return send("POST", QStringLiteral("/api/v2/oauth2/token"), form,
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QString SophosSimulatorTest::fetchToken()
{
    return requestToken().json().value(QStringLiteral("access_token")).toString();
}

HttpResult SophosSimulatorTest::apiGet(const QString &pathAndQuery, const QString &token,
                                       const RequestHeaders &headers)
{
    RequestHeaders all = headers;
    all.append({"Authorization", "Bearer " + token.toLatin1()});
    return send("GET", pathAndQuery, QByteArray(), all);
}

HttpResult SophosSimulatorTest::createCase(const QString &token, const QString &tenantId,
                                           const QJsonObject &body, int timeoutMs)
{
    return send(
            "POST", QStringLiteral("/cases/v1/cases"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", "Bearer " + token.toLatin1()}, {"X-Tenant-ID", tenantId.toLatin1()}},
            timeoutMs);
}

HttpResult SophosSimulatorTest::createCase(const QString &token, const QString &tenantId,
                                           const QString &name)
{
    return createCase(token, tenantId, QJsonObject {{QStringLiteral("name"), name}});
}

HttpResult SophosSimulatorTest::ingest(const QByteArray &body, const QString &key)
{
    return send("POST", QStringLiteral("/ingest"), body,
                {{"Authorization", "Bearer " + key.toLatin1()}});
}

namespace bridge::test {

bool hasGatewayErrorShape(const QJsonObject &body)
{
    for (const char *member : {"error", "message", "correlationId", "requestId"}) {
        if (body.value(QLatin1String(member)).toString().isEmpty())
            return false;
    }
    return true;
}

QStringList caseNames(const HttpResult &result)
{
    QStringList names;
    for (const QJsonValue &item : result.json().value(QStringLiteral("items")).toArray())
        names.append(item.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QJsonArray syntheticAlerts(int count)
{
    QJsonArray alerts;
    for (int i = 0; i < count; ++i) {
        alerts.append(QJsonObject {
                {QStringLiteral("source"), QStringLiteral("mimecast")},
                {QStringLiteral("type"), QStringLiteral("url")},
                {QStringLiteral("id"), QStringLiteral("alert-%1").arg(i, 3, 10, QLatin1Char('0'))},
                {QStringLiteral("time"),
                 QStringLiteral("2024-11-17T08:%1:00Z").arg(i % 60, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("mitre"), QStringLiteral("T1566.002")},
                {QStringLiteral("recipient"), QStringLiteral("user%1@example.com").arg(i)},
                {QStringLiteral("sender"), QStringLiteral("notices@vendor.example.com")},
                {QStringLiteral("subject"), QStringLiteral("Notice %1").arg(i)},
                {QStringLiteral("sender_ip"), QStringLiteral("203.0.113.%1").arg(i % 250)}});
    }
    return alerts;
}

QByteArray toJsonBytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace bridge::test

QTEST_GUILESS_MAIN(SophosSimulatorTest)
