#include "simulatorclient.h"

#include "mimecastsigning.h"
#include "mimecasttime.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace bridge::test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::failCode() const
{
    const QJsonObject fail = json().value(QStringLiteral("fail")).toArray().at(0).toObject();
    if (fail.contains(QStringLiteral("code")))
        return fail.value(QStringLiteral("code")).toString();
    return fail.value(QStringLiteral("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
}

QJsonArray HttpResult::records(const QString &listKey) const
{
    return json().value(QStringLiteral("data")).toArray().at(0).toObject().value(listKey).toArray();
}

QString HttpResult::next() const
{
    return json()
            .value(QStringLiteral("meta"))
            .toObject()
            .value(QStringLiteral("pagination"))
            .toObject()
            .value(QStringLiteral("next"))
            .toString();
}

SimulatorClient::SimulatorClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{ }

HttpResult SimulatorClient::request(const QByteArray &method, const QString &path,
                                    const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers,
                                    int timeoutMs)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");

    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
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

HttpResult SimulatorClient::requestToken(const QString &clientId, const QString &clientSecret,
                                         const QString &grantType)
{
    const QByteArray form = "client_id=" + QUrl::toPercentEncoding(clientId)
            + "&client_secret=" + QUrl::toPercentEncoding(clientSecret)
            + "&grant_type=" + QUrl::toPercentEncoding(grantType);
    return request("POST", QStringLiteral("/oauth/token"), form,
                   {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QString SimulatorClient::fetchToken()
{
    return requestToken().json().value(QStringLiteral("access_token")).toString();
}

HttpResult SimulatorClient::postWithToken(const QString &path, const QByteArray &body,
                                          const QString &token, int timeoutMs)
{
    return request("POST", path, body, {{"Authorization", "Bearer " + token.toLatin1()}},
                   timeoutMs);
}

HttpResult SimulatorClient::postSigned(const QString &path, const QByteArray &body,
                                       const MimecastSimulatorCredentials &credentials,
                                       const QString &signingDate)
{
    const QString date = signingDate.isEmpty() ? formatSigningDate(QDateTime::currentDateTimeUtc())
                                               : signingDate;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray secret = decodeSecretKey(credentials.secretKey).value_or(QByteArray());
    const QString signature = computeSignature(secret, date, requestId, path, credentials.appKey);
    return request(
            "POST", path, body,
            {{"x-mc-app-id", credentials.appId.toUtf8()},
             {"x-mc-date", date.toUtf8()},
             {"x-mc-req-id", requestId.toUtf8()},
             {"Authorization", authorizationHeader(credentials.accessKey, signature).toUtf8()}});
}

QByteArray logsRequestBody(int pageSize, const QString &pageToken, const QString &from,
                           const QString &to, std::optional<bool> oldestFirst)
{
    QJsonObject pagination {{QStringLiteral("pageSize"), pageSize}};
    if (!pageToken.isEmpty())
        pagination.insert(QStringLiteral("pageToken"), pageToken);

    QJsonObject filters;
    if (!from.isEmpty())
        filters.insert(QStringLiteral("from"), from);
    if (!to.isEmpty())
        filters.insert(QStringLiteral("to"), to);
    if (oldestFirst)
        filters.insert(QStringLiteral("oldestFirst"), *oldestFirst);

    const QJsonObject body {
            {QStringLiteral("meta"), QJsonObject {{QStringLiteral("pagination"), pagination}}},
            {QStringLiteral("data"), QJsonArray {filters}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace bridge::test
