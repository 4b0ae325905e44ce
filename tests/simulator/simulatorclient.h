#pragma once

#include "simulatorcredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace bridge::test {

// Outcome of one HTTP call made by SimulatorClient.
struct HttpResult
{
    int status = 0; // 0 when no response arrived
    bool timedOut = false;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QJsonObject json() const;
    // Convenience readers of Mimecast bodies.
    QString failCode() const; // fail[0].errors[0].code, or fail[0].code for flat failures
    QJsonArray records(const QString &listKey) const; // data[0].<listKey>
    QString next() const; // meta.pagination.next
};

// Synchronous HTTP client for the simulator tests. It waits in a local event loop, so a
// simulator living in the same thread keeps serving.
class SimulatorClient
{
public:
    explicit SimulatorClient(const QUrl &baseUrl);

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       int timeoutMs = 5000);

    HttpResult requestToken(const QString &clientId = demo::clientId(),
                            const QString &clientSecret = demo::clientSecret(),
                            const QString &grantType = QStringLiteral("client_credentials"));
    // Returns a fresh access token for the demo client, or an empty string.
    QString fetchToken();

    HttpResult postWithToken(const QString &path, const QByteArray &body, const QString &token,
                             int timeoutMs = 5000);

    // Signs like an API 1.0 client with the given credentials and x-mc-date value.
    HttpResult postSigned(const QString &path, const QByteArray &body,
                          const MimecastSimulatorCredentials &credentials = {},
                          const QString &signingDate = QString());

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_manager;
};

// get-logs request body. An empty from, to or pageToken is left out.
QByteArray logsRequestBody(int pageSize, const QString &pageToken, const QString &from,
                           const QString &to, std::optional<bool> oldestFirst);

} // namespace bridge::test
