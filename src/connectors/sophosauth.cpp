#include "sophosauth.h"

#include "formencoding.h"
#include "replytimeout.h"
#include "sophoslogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace bridge {

namespace {

// " (code)" from the identity service's error body, or nothing when the body had none.
QString serverDetail(const SophosError &error)
{
    const QString detail = error.serverError.isEmpty() ? error.serverMessage : error.serverError;
    return detail.isEmpty() ? QString() : u" (" + detail + u')';
}

const QString tokenPath = QStringLiteral("/api/v2/oauth2/token");

} // namespace

SophosTokenProvider::SophosTokenProvider(QNetworkAccessManager *network, const QUrl &identityUrl,
                                         const SophosCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_identityUrl(identityUrl)
    , m_credentials(credentials)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void SophosTokenProvider::ensureReady(const ReadyCallback &callback)
{
    const bool fresh = !m_token.isEmpty() && m_clock().secsTo(m_expiry) > renewalMarginSeconds;
    if (fresh) {
        callback(SophosError());
        return;
    }
    m_waiting.append(callback);
    if (!m_pending)
        requestToken();
}

void SophosTokenProvider::invalidate()
{
    m_token.clear();
    m_expiry = QDateTime();
}

void SophosTokenProvider::cancel()
{
    if (m_pending)
        m_pending->abort();
}

QStringList SophosTokenProvider::secretValues() const
{
    QStringList values;
    if (!m_credentials.clientSecret.trimmed().isEmpty())
        values.append(m_credentials.clientSecret.trimmed());
    if (!m_token.isEmpty())
        values.append(m_token);
    return values;
}

void SophosTokenProvider::requestToken()
{
    QUrl url = m_identityUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + tokenPath);

    const QByteArray body = encodeForm({
            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
            {QStringLiteral("client_id"), m_credentials.clientId.trimmed()},
            {QStringLiteral("client_secret"), m_credentials.clientSecret.trimmed()},
            {QStringLiteral("scope"), QStringLiteral("token")},
    });

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

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, elapsed] { finishTokenRequest(reply, elapsed.elapsed()); });
}

void SophosTokenProvider::finishTokenRequest(QNetworkReply *reply, qint64 durationMs)
{
    reply->deleteLater();
    m_pending = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    const QByteArray body = reply->readAll();
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    // Only the status, the host and the identity service's trackingId are logged: the request
    // carried the client secret and the response carries the token.
    qCInfo(lcSophos).nospace() << "POST " << host << ' ' << tokenPath << " -> " << status
                               << " trackingId=" << object.value(u"trackingId").toString() << " in "
                               << durationMs << " ms";

    SophosError error;
    if (status == 0) {
        error = sophosTransportError(reply, tokenPath, m_timeoutMs);
    } else if (status >= 200 && status < 300) {
        const QString token = object.value(u"access_token").toString();
        // One client treats any errorCode other than "success" as a failure, even with 200.
        const QString errorCode = object.value(u"errorCode").toString();
        if (token.isEmpty() || (!errorCode.isEmpty() && errorCode != u"success")) {
            error = invalidSophosResponse(
                    status, host, tokenPath,
                    QCoreApplication::translate("SophosAuth", "no access token in the response"));
        } else {
            const qint64 lifetime = object.value(u"expires_in").toInteger(defaultLifetimeSeconds);
            m_token = token;
            m_expiry = m_clock().addSecs(lifetime);
            qCInfo(lcSophos) << "received a Sophos Central token valid for" << lifetime << "s";
        }
    } else {
        SophosHttpResponse response;
        response.status = status;
        response.body = body;
        response.retryAfter = reply->rawHeader("Retry-After");
        error = classifySophosResponse(response, host, tokenPath, secretValues());
        if (status == 400 || status == 401 || status == 403) {
            // The identity service returns one of these for a wrong client ID or secret.
            error.kind = SophosError::Kind::Unauthorized;
            error.message = QCoreApplication::translate(
                                    "SophosAuth",
                                    "Sophos Central did not issue a token: %1%2 answered HTTP "
                                    "%3%4. Check the client ID and client secret of the API "
                                    "credential in Sophos Central under Global Settings, API "
                                    "Credentials Management.%5")
                                    .arg(host, tokenPath)
                                    .arg(status)
                                    .arg(serverDetail(error),
                                         error.serverReference().isEmpty()
                                                 ? QString()
                                                 : QCoreApplication::translate(
                                                           "SophosAuth",
                                                           " If you contact Sophos support, "
                                                           "quote %1.")
                                                           .arg(error.serverReference()));
        }
    }

    if (error.isError()) {
        qCWarning(lcSophos).nospace() << "token request failed: " << error.kindName()
                                      << " status=" << status << ' ' << error.serverReference();
    }
    notifyWaiting(error);
}

void SophosTokenProvider::notifyWaiting(const SophosError &error)
{
    const QList<ReadyCallback> waiting = std::exchange(m_waiting, {});
    for (const ReadyCallback &callback : waiting)
        callback(error);
}

} // namespace bridge
