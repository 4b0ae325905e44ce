#include "mimecastclient.h"

#include "connectorslogging.h"
#include "networksettings.h"
#include "replytimeout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QTimer>

namespace bridge {

namespace {

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 1123 dates use English names, so the C locale must parse them.
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(u" GMT"))
        text.chop(4);
    QDateTime date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    date.setTimeZone(QTimeZone::utc());
    return date;
}

RateLimitInfo readRateLimit(const QNetworkReply *reply)
{
    RateLimitInfo info;
    if (reply->hasRawHeader("X-RateLimit-Remaining")) {
        bool ok = false;
        const int remaining = reply->rawHeader("X-RateLimit-Remaining").trimmed().toInt(&ok);
        info.remaining = ok ? remaining : -1;
    }
    if (reply->hasRawHeader("X-RateLimit-Reset"))
        info.resetMs = parseMillisecondsHeader(reply->rawHeader("X-RateLimit-Reset"));
    if (reply->hasRawHeader("Retry-After")) {
        const qint64 seconds = parseMillisecondsHeader(reply->rawHeader("Retry-After"));
        info.retryAfterMs = seconds >= 0 ? seconds * 1000 : -1;
    }
    return info;
}

} // namespace

MimecastClient::MimecastClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                               MimecastAuthenticator *authenticator, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_authenticator(authenticator)
{ }

void MimecastClient::post(const QString &path, const QJsonObject &body,
                          std::optional<LogType> logType, const Callback &callback)
{
    auto call = std::make_shared<Call>();
    call->path = path;
    call->payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->logType = logType;
    call->callback = callback;
    send(call);
}

void MimecastClient::abortAll()
{
    m_authenticator->cancel();
    const QSet<QNetworkReply *> replies = m_inFlight;
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void MimecastClient::send(const std::shared_ptr<Call> &call)
{
    QPointer<MimecastClient> self(this);
    m_authenticator->ensureReady([self, call](const MimecastError &authError) {
        if (!self)
            return;
        if (authError.isError()) {
            MimecastReply reply;
            reply.error = authError;
            call->callback(reply);
            return;
        }

        QUrl url = self->m_baseUrl;
        QString basePath = url.path();
        if (basePath.endsWith(u'/'))
            basePath.chop(1);
        url.setPath(basePath + call->path);

        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", "application/json");
        self->m_authenticator->authorize(request, call->path);

        ++self->m_calls;
        QElapsedTimer elapsed;
        elapsed.start();
        QNetworkReply *reply = self->m_network->post(request, call->payload);
        self->m_inFlight.insert(reply);

        abortOnTimeout(reply, self->m_timeoutMs);

        connect(reply, &QNetworkReply::finished, self, [self, call, reply, elapsed] {
            if (self)
                self->finish(call, reply, elapsed.elapsed());
        });
    });
}

void MimecastClient::finish(const std::shared_ptr<Call> &call, QNetworkReply *reply,
                            qint64 durationMs)
{
    m_inFlight.remove(reply);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    if (requestId.isEmpty())
        requestId = QString::fromLatin1(reply->request().rawHeader("x-mc-req-id"));

    qCInfo(lcMimecast).nospace() << "POST " << reply->url().host() << ' ' << call->path << " -> "
                                 << status << " request-id=" << requestId << " in " << durationMs
                                 << " ms";

    MimecastReply result;
    if (status == 0) {
        result = transportFailure(reply, *call);
        result.durationMs = durationMs;
        call->callback(result);
        return;
    }

    HttpResult http;
    http.status = status;
    http.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    // NOTE: the body is read whole, without a size limit, so a server that sends a huge page can
    // exhaust memory. A page read in one pass takes about 130 bytes per element beyond its text.
    http.body = reply->readAll();
    http.serverDate = parseHttpDate(reply->rawHeader("Date"));
    http.requestId = requestId;
    http.rateLimit = readRateLimit(reply);

    ResponseContext context;
    context.api = m_authenticator->api();
    context.logType = call->logType;
    context.path = call->path;
    context.localNow = QDateTime::currentDateTimeUtc();
    context.secrets = m_authenticator->secretValues();

    result.httpStatus = status;
    result.requestId = requestId;
    result.rateLimit = http.rateLimit;
    result.durationMs = durationMs;
    result.error = call->logType ? readLogsResponse(http, context, *call->logType, &result.logs)
                                 : classifyResponse(http, context, &result.body);

    const bool unauthorized
            = status == 401 || result.error.kind == MimecastError::Kind::CredentialsRejected;
    if (unauthorized && m_authenticator->api() == MimecastApi::V2 && !call->renewedToken
        && m_authenticator->invalidateAfterUnauthorized()) {
        qCInfo(lcMimecast) << "HTTP 401 on" << call->path << "- renewing the token once";
        call->renewedToken = true;
        send(call);
        return;
    }

    if (result.error.isError()) {
        qCWarning(lcMimecast).nospace()
                << call->path << " failed: " << result.error.kindName() << " status=" << status
                << " codes=\"" << result.error.serverCodes << '"';
    }
    call->callback(result);
}

MimecastReply MimecastClient::transportFailure(QNetworkReply *reply, const Call &call) const
{
    MimecastReply result;
    MimecastError &error = result.error;

    if (hasTimedOut(reply)) {
        error.kind = MimecastError::Kind::Timeout;
        error.retryable = true;
        error.message = QCoreApplication::translate(
                                "MimecastClient",
                                "The call to %1%2 timed out after %3 seconds. Check the "
                                "network connection, any proxy and the base URL; the "
                                "background worker retries such calls with increasing delays.")
                                .arg(reply->url().authority(), call.path)
                                .arg(m_timeoutMs / 1000);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        error.kind = MimecastError::Kind::Cancelled;
        error.message = QCoreApplication::translate("MimecastClient", "The call was cancelled.");
    } else {
        error = transportError(reply);
    }
    qCWarning(lcMimecast).nospace()
            << call.path << " failed: " << error.kindName() << " (" << reply->errorString() << ')';
    return result;
}

MimecastError transportError(const QNetworkReply *reply)
{
    MimecastError error;
    error.message = describeTransportFailure(reply);
    switch (classifyTransportFailure(reply)) {
    case TransportFailure::Tls:
        // A certificate problem does not go away by retrying; it needs a trusted CA.
        error.kind = MimecastError::Kind::Tls;
        break;
    case TransportFailure::ProxyAuthentication:
        error.kind = MimecastError::Kind::ProxyAuthentication;
        break;
    case TransportFailure::Proxy:
    case TransportFailure::Network:
    case TransportFailure::None:
        error.kind = MimecastError::Kind::Network;
        error.retryable = true;
        break;
    }
    return error;
}

} // namespace bridge
