#include "mimecastauth.h"

#include "connectorslogging.h"
#include "formencoding.h"
#include "mimecastclient.h"
#include "mimecastresponse.h"
#include "mimecastsigning.h"
#include "mimecasttime.h"
#include "replytimeout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace bridge {

QString MimecastCredentials::missingField() const
{
    const auto firstEmpty = [](std::initializer_list<std::pair<const char *, QString>> fields) {
        for (const auto &[name, value] : fields) {
            if (value.trimmed().isEmpty())
                return QString::fromLatin1(name);
        }
        return QString();
    };
    if (api == MimecastApi::V2)
        return firstEmpty({{"client-id", clientId}, {"client-secret", clientSecret}});
    return firstEmpty({{"app-id", appId},
                       {"app-key", appKey},
                       {"access-key", accessKey},
                       {"secret-key", secretKey}});
}

QStringList MimecastCredentials::secretValues() const
{
    QStringList values;
    for (const QString &value : {clientSecret, appKey, accessKey, secretKey}) {
        if (!value.trimmed().isEmpty())
            values.append(value.trimmed());
    }
    return values;
}

// ---- API 1.0 ----------------------------------------------------------------------------------

ApiV1Authenticator::ApiV1Authenticator(const MimecastCredentials &credentials, QObject *parent)
    : MimecastAuthenticator(parent)
    , m_credentials(credentials)
    , m_decodedSecret(decodeSecretKey(credentials.secretKey).value_or(QByteArray()))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_requestIds([] { return QUuid::createUuid().toString(QUuid::WithoutBraces); })
{ }

void ApiV1Authenticator::ensureReady(const ReadyCallback &callback)
{
    callback(MimecastError());
}

void ApiV1Authenticator::authorize(QNetworkRequest &request, const QString &path)
{
    // The headers must carry byte for byte the date and request id that were signed.
    const QString date = formatSigningDate(m_clock());
    const QString requestId = m_requestIds();
    const QString signature = computeSignature(m_decodedSecret, date, requestId, path,
                                               m_credentials.appKey.trimmed());

    request.setRawHeader("x-mc-date", date.toLatin1());
    request.setRawHeader("x-mc-req-id", requestId.toLatin1());
    request.setRawHeader("x-mc-app-id", m_credentials.appId.trimmed().toUtf8());
    request.setRawHeader(
            "Authorization",
            authorizationHeader(m_credentials.accessKey.trimmed(), signature).toUtf8());
}

QStringList ApiV1Authenticator::secretValues() const
{
    return m_credentials.secretValues();
}

// ---- API 2.0 ----------------------------------------------------------------------------------

ApiV2Authenticator::ApiV2Authenticator(QNetworkAccessManager *network, const QUrl &baseUrl,
                                       const MimecastCredentials &credentials, QObject *parent)
    : MimecastAuthenticator(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_credentials(credentials)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void ApiV2Authenticator::ensureReady(const ReadyCallback &callback)
{
    const bool fresh = !m_token.isEmpty() && m_clock().secsTo(m_expiry) > renewalMarginSeconds;
    if (fresh) {
        callback(MimecastError());
        return;
    }
    m_waiting.append(callback);
    if (!m_pending)
        requestToken();
}

void ApiV2Authenticator::authorize(QNetworkRequest &request, const QString &)
{
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
}

bool ApiV2Authenticator::invalidateAfterUnauthorized()
{
    m_token.clear();
    m_expiry = QDateTime();
    return true;
}

QStringList ApiV2Authenticator::secretValues() const
{
    QStringList values = m_credentials.secretValues();
    if (!m_token.isEmpty())
        values.append(m_token);
    return values;
}

void ApiV2Authenticator::cancel()
{
    if (m_pending)
        m_pending->abort();
}

void ApiV2Authenticator::requestToken()
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/oauth/token");

    const QByteArray body
            = encodeForm({{QStringLiteral("client_id"), m_credentials.clientId.trimmed()},
                          {QStringLiteral("client_secret"), m_credentials.clientSecret.trimmed()},
                          {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");

    ++m_tokenRequests;
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = m_network->post(request, body);
    m_pending = reply;

    abortOnTimeout(reply, m_timeoutMs);

    connect(reply, &QNetworkReply::finished, this, [this, reply, elapsed] {
        qCInfo(lcMimecast).nospace()
                << "POST " << reply->url().host() << " /oauth/token -> "
                << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << " in "
                << elapsed.elapsed() << " ms";
        finishTokenRequest(reply, hasTimedOut(reply));
    });
}

void ApiV2Authenticator::finishTokenRequest(QNetworkReply *reply, bool timedOut)
{
    reply->deleteLater();
    m_pending = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    MimecastError error;

    if (timedOut) {
        error.kind = MimecastError::Kind::Timeout;
        error.retryable = true;
        error.message = QCoreApplication::translate(
                                "MimecastAuth",
                                "The token request to %1 timed out after %2 seconds. Check the "
                                "network connection and the base URL.")
                                .arg(reply->url().host())
                                .arg(m_timeoutMs / 1000);
    } else if (reply->error() == QNetworkReply::OperationCanceledError && status == 0) {
        error.kind = MimecastError::Kind::Cancelled;
        error.message
                = QCoreApplication::translate("MimecastAuth", "The token request was cancelled.");
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        error = transportError(reply);
    } else {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString token = object.value(u"access_token").toString();
        if (status == 200 && !token.isEmpty()) {
            // Lifetimes are documented as about 30 minutes; a response without expires_in gets
            // that lifetime rather than none.
            const qint64 lifetime = object.value(u"expires_in").toInteger(1799);
            m_token = token;
            m_expiry = m_clock().addSecs(lifetime);
            qCInfo(lcMimecast) << "received an API 2.0 token valid for" << lifetime << "s";
        } else {
            HttpResult result;
            result.status = status;
            result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            result.body = body;
            ResponseContext context;
            context.api = MimecastApi::V2;
            context.path = QStringLiteral("/oauth/token");
            context.secrets = secretValues();
            error = classifyResponse(result, context, nullptr);
            if (status == 200) {
                // A success without an access token is as unusable as broken JSON.
                error.kind = MimecastError::Kind::InvalidResponse;
                error.httpStatus = status;
                error.retryable = true;
                error.message = QCoreApplication::translate(
                        "MimecastAuth",
                        "Invalid response from Mimecast for /oauth/token: HTTP 200 "
                        "without an access token. Check the base URL and any "
                        "proxy between this computer and Mimecast.");
            } else if (status == 400 || status == 401 || status == 403) {
                error.kind = MimecastError::Kind::CredentialsRejected;
                error.retryable = false;
                error.message = QCoreApplication::translate(
                                        "MimecastAuth",
                                        "Mimecast rejected the client ID or client secret (%1). "
                                        "Check the API 2.0 application's credentials in the "
                                        "Mimecast administration console.")
                                        .arg(error.serverCodes.isEmpty()
                                                     ? QStringLiteral("HTTP %1").arg(status)
                                                     : error.serverCodes);
            }
        }
    }

    if (error.isError())
        qCWarning(lcMimecast) << "token request failed:" << error.kindName() << error.httpStatus;
    notifyWaiting(error);
}

void ApiV2Authenticator::notifyWaiting(const MimecastError &error)
{
    const QList<ReadyCallback> waiting = std::exchange(m_waiting, {});
    for (const ReadyCallback &callback : waiting)
        callback(error);
}

} // namespace bridge
