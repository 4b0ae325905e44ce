#include "sophoserror.h"

#include "replytimeout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

namespace bridge {

namespace {

// Maximum length of server text quoted in a message, so a huge error body cannot flood the UI
// or the logs.
constexpr int maxQuotedServerText = 300;

QString trimmedServerText(const QJsonObject &object, QStringView name, const QStringList &secrets)
{
    const QString text = object.value(name).toString().simplified();
    return redactSophosSecrets(text, secrets).left(maxQuotedServerText);
}

SophosError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return SophosError::Kind::Unauthorized;
    case 403:
        return SophosError::Kind::Forbidden;
    case 404:
        return SophosError::Kind::NotFound;
    case 422:
        return SophosError::Kind::Unprocessable;
    case 429:
        return SophosError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return SophosError::Kind::ServerError;
    if (status >= 400)
        return SophosError::Kind::BadRequest;
    return SophosError::Kind::InvalidResponse;
}

// "Sophos reported "<error>: <message>"." or an empty string when the body named nothing.
QString serverStatement(const SophosError &error)
{
    QStringList parts;
    if (!error.serverError.isEmpty())
        parts.append(error.serverError);
    if (!error.serverMessage.isEmpty() && error.serverMessage != error.serverError)
        parts.append(error.serverMessage);
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate("SophosError", " Sophos reported \"%1\".")
            .arg(parts.join(u": "));
}

QString supportStatement(const SophosError &error)
{
    const QString reference = error.serverReference();
    if (reference.isEmpty())
        return {};
    return QCoreApplication::translate("SophosError", " If you contact Sophos support, quote %1.")
            .arg(reference);
}

QString adviceFor(const SophosError &error)
{
    switch (error.kind) {
    case SophosError::Kind::Unauthorized:
        return QCoreApplication::translate(
                "SophosError",
                "Check the client ID and client secret of the Sophos Central API credential, "
                "and create a new credential if it was deleted or its secret was renewed.");
    case SophosError::Kind::Forbidden:
        return QCoreApplication::translate(
                "SophosError",
                "Give the API credential a role that allows this call (creating cases needs a "
                "Service Principal Super Admin role) and check that the tenant ID belongs to "
                "this account.");
    case SophosError::Kind::NotFound:
        return QCoreApplication::translate(
                "SophosError",
                "Check the tenant ID and its API host; pick the tenant again after a tenant "
                "was moved or removed.");
    case SophosError::Kind::BadRequest:
    case SophosError::Kind::Unprocessable:
        return QCoreApplication::translate(
                "SophosError",
                "Sophos did not accept the request content. Correct the cause named above; "
                "an alert that was refused is kept as failed and can be delivered again once "
                "it is fixed.");
    case SophosError::Kind::RateLimited:
        return QCoreApplication::translate(
                "SophosError",
                "Sophos Central limits the request rate; the call is retried "
                "after the wait it asked for.");
    case SophosError::Kind::ServerError:
        return QCoreApplication::translate(
                "SophosError",
                "This is a problem on the Sophos side; the call is retried with "
                "increasing delays.");
    default:
        break;
    }
    return QCoreApplication::translate("SophosError",
                                       "Check the response and the API URL settings.");
}

} // namespace

bool SophosError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::InvalidResponse:
        return true;
    default:
        return false;
    }
}

QString SophosError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Unprocessable:
        return QStringLiteral("unprocessable");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid-response");
    case Kind::InvalidUrl:
        return QStringLiteral("invalid-url");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString SophosError::serverReference() const
{
    QStringList parts;
    if (!correlationId.isEmpty())
        parts.append(QStringLiteral("correlationId=") + correlationId);
    if (!requestId.isEmpty())
        parts.append(QStringLiteral("requestId=") + requestId);
    if (!trackingId.isEmpty())
        parts.append(QStringLiteral("trackingId=") + trackingId);
    return parts.join(u", ");
}

SophosError classifySophosResponse(const SophosHttpResponse &response, const QString &host,
                                   const QString &path, const QStringList &secrets)
{
    SophosError error;
    error.kind = kindForStatus(response.status);
    error.httpStatus = response.status;
    error.host = host;
    error.path = path;

    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    error.serverError = trimmedServerText(object, u"error", secrets);
    if (error.serverError.isEmpty())
        error.serverError = trimmedServerText(object, u"errorCode", secrets);
    error.serverMessage = trimmedServerText(object, u"message", secrets);
    error.correlationId = trimmedServerText(object, u"correlationId", secrets);
    error.requestId = trimmedServerText(object, u"requestId", secrets);
    error.trackingId = trimmedServerText(object, u"trackingId", secrets);
    if (error.kind == SophosError::Kind::RateLimited)
        error.retryAfterMs = parseRetryAfter(response.retryAfter);

    error.message = QCoreApplication::translate("SophosError",
                                                "Sophos Central rejected %1%2 with HTTP %3.%4 %5%6")
                            .arg(host, path)
                            .arg(response.status)
                            .arg(serverStatement(error), adviceFor(error), supportStatement(error));
    return error;
}

SophosError invalidSophosResponse(int status, const QString &host, const QString &path,
                                  const QString &detail)
{
    SophosError error;
    error.kind = SophosError::Kind::InvalidResponse;
    error.httpStatus = status;
    error.host = host;
    error.path = path;
    error.message = QCoreApplication::translate(
                            "SophosError",
                            "Invalid response from Sophos Central for %1%2: HTTP %3, %4. The call "
                            "is retried later; if this persists, check the API URL and any proxy "
                            "between this computer and Sophos.")
                            .arg(host, path)
                            .arg(status)
                            .arg(detail);
    return error;
}

SophosError sophosTransportError(const QNetworkReply *reply, const QString &path, int timeoutMs)
{
    SophosError error;
    error.host = reply->url().host();
    error.path = path;
    const QStringList sslErrors = reply->property("sslErrors").toStringList();

    if (hasTimedOut(reply)) {
        error.kind = SophosError::Kind::Timeout;
        error.message = QCoreApplication::translate(
                                "SophosError",
                                "The call to %1%2 timed out after %3 seconds. Check the network "
                                "connection and the proxy settings; the call is retried later.")
                                .arg(error.host, path)
                                .arg(timeoutMs / 1000.0);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        error.kind = SophosError::Kind::Cancelled;
        error.message
                = QCoreApplication::translate("SophosError", "The call to %1%2 was cancelled.")
                          .arg(error.host, path);
    } else if (!sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        error.kind = SophosError::Kind::Tls;
        error.message
                = QCoreApplication::translate(
                          "SophosError",
                          "The secure connection to %1 failed: %2. If a proxy inspects TLS "
                          "traffic, add its CA certificate with the CA bundle setting; "
                          "certificate errors are never ignored.")
                          .arg(error.host,
                               sslErrors.isEmpty() ? reply->errorString() : sslErrors.join(u"; "));
    } else {
        error.kind = SophosError::Kind::Network;
        error.message = QCoreApplication::translate(
                                "SophosError",
                                "The connection to %1 for %2 failed: %3. Check the network "
                                "connection, the proxy settings and the URL; the call is retried "
                                "later.")
                                .arg(error.host, path, reply->errorString());
    }
    return error;
}

qint64 parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? seconds * 1000 : -1;

    // RFC 9110 also allows an HTTP date, which uses English names whatever the locale is.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"))
        text.chop(4);
    QDateTime date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid())
        return -1;
    date.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(date));
}

QString redactSophosSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("***"));
    }
    return text;
}

} // namespace bridge
