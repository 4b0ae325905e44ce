#include "mimecastauthcheck.h"

#include "mimecastreplies.h"
#include "mimecastsigning.h"
#include "simulatorlogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace bridge {

namespace {

HttpResponse flatFailure(int status, const QString &code, const QString &message)
{
    return HttpResponse::json(status, flatFailBody(code, message));
}

AuthCheckResult rejectV1(int status, const QString &code, const QString &message)
{
    AuthCheckResult result;
    result.version = MimecastApiVersion::V1;
    result.rejection = HttpResponse::json(status, signatureFailBody(status, {code, message}));
    return result;
}

AuthCheckResult rejectV2(const QString &code, const QString &message)
{
    AuthCheckResult result;
    result.version = MimecastApiVersion::V2;
    result.rejection = flatFailure(401, code, message);
    return result;
}

// Parses "Tue, 24 Nov 2015 12:50:11 UTC" (or "… GMT") with English names.
std::optional<QDateTime> parseSigningDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.endsWith(u" UTC") && !trimmed.endsWith(u" GMT"))
        return std::nullopt;
    QDateTime date = QLocale::c().toDateTime(trimmed.chopped(4),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    return date;
}

QString newAccessToken()
{
    QByteArray bytes(24, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

void MimecastAuthCheck::setCredentials(const MimecastSimulatorCredentials &credentials)
{
    m_credentials = credentials;
    if (!decodeSecretKey(credentials.secretKey))
        qCWarning(lcSimulator) << "The configured API 1.0 secret key is not valid base64;"
                               << "every API 1.0 signature will be rejected";
}

HttpResponse MimecastAuthCheck::issueToken(const HttpRequest &request, const QDateTime &now,
                                           bool rejectCredentials)
{
    // Form encoding writes spaces as '+', which QUrlQuery leaves alone.
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    const QString grantType
            = query.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QString clientId = query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString clientSecret
            = query.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);

    if (grantType != u"client_credentials") {
        return flatFailure(400, QStringLiteral("unsupported_grant_type"),
                           QStringLiteral("grant_type must be client_credentials"));
    }
    if (clientId.isEmpty() || clientSecret.isEmpty()) {
        return flatFailure(400, QStringLiteral("invalid_request"),
                           QStringLiteral("client_id and client_secret are required"));
    }
    if (rejectCredentials || clientId != m_credentials.clientId
        || clientSecret != m_credentials.clientSecret) {
        return flatFailure(401, QStringLiteral("invalid_client"),
                           QStringLiteral("Client authentication failed"));
    }

    // Expired tokens are dropped here so the table stays small.
    m_tokenExpiry.removeIf(
            [&now](QHash<QString, QDateTime>::iterator entry) { return entry.value() <= now; });

    const QString token = newAccessToken();
    m_tokenExpiry.insert(token, now.addSecs(m_tokenLifetimeSeconds));
    const QJsonObject body {{QStringLiteral("access_token"), token},
                            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                            {QStringLiteral("expires_in"), m_tokenLifetimeSeconds},
                            {QStringLiteral("scope"), QString()}};
    HttpResponse response
            = HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.setHeader("Cache-Control", "no-store");
    return response;
}

AuthCheckResult MimecastAuthCheck::check(const HttpRequest &request, const QDateTime &now,
                                         bool rejectSignatures)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer "))
        return checkBearer(authorization.mid(7).trimmed(), now);
    if (authorization.startsWith("MC ") || request.headers.contains("x-mc-app-id"))
        return checkSignature(request, now, rejectSignatures);

    AuthCheckResult result;
    result.rejection = flatFailure(401, QStringLiteral("unauthorized"),
                                   QStringLiteral("Missing or unsupported Authorization header"));
    return result;
}

AuthCheckResult MimecastAuthCheck::checkBearer(const QByteArray &token, const QDateTime &now)
{
    const auto entry = m_tokenExpiry.constFind(QString::fromLatin1(token));
    if (entry == m_tokenExpiry.constEnd() || entry.value() <= now) {
        return rejectV2(QStringLiteral("token_expired"),
                        QStringLiteral("The access token is expired or not valid"));
    }

    AuthCheckResult result;
    result.version = MimecastApiVersion::V2;
    result.accepted = true;
    result.accessToken = entry.key();
    return result;
}

AuthCheckResult MimecastAuthCheck::checkSignature(const HttpRequest &request, const QDateTime &now,
                                                  bool rejectSignatures) const
{
    QStringList missing;
    for (const QByteArray &name :
         {QByteArrayLiteral("authorization"), QByteArrayLiteral("x-mc-app-id"),
          QByteArrayLiteral("x-mc-date"), QByteArrayLiteral("x-mc-req-id")}) {
        if (request.header(name).isEmpty())
            missing.append(QString::fromLatin1(name));
    }
    if (!missing.isEmpty()) {
        return rejectV1(400, QStringLiteral("err_xdk_missing_credentials"),
                        QStringLiteral("0001 Missing request headers: %1")
                                .arg(missing.join(QStringLiteral(", "))));
    }

    if (QString::fromUtf8(request.header("x-mc-app-id")) != m_credentials.appId) {
        return rejectV1(401, QStringLiteral("err_xdk_invalid_app_id"),
                        QStringLiteral("Unknown application id"));
    }

    const QString authorization = QString::fromUtf8(request.header("authorization"));
    const qsizetype colon = authorization.lastIndexOf(u':');
    const QString accessKey = authorization.mid(3, colon - 3);
    const QString signature = authorization.mid(colon + 1);
    if (colon < 3 || accessKey != m_credentials.accessKey) {
        return rejectV1(401, QStringLiteral("err_xdk_invalid_access_key"),
                        QStringLiteral("Unknown access key"));
    }

    const QString dateText = QString::fromUtf8(request.header("x-mc-date"));
    const std::optional<QDateTime> date = parseSigningDate(dateText);
    if (!date) {
        return rejectV1(401, QStringLiteral("err_xdk_invalid_date"),
                        QStringLiteral("x-mc-date is not a date like "
                                       "'Tue, 24 Nov 2015 12:50:11 UTC'"));
    }
    if (qAbs(date->secsTo(now)) > maxSigningDateSkewSeconds) {
        return rejectV1(401, QStringLiteral("err_xdk_request_date_out_of_range"),
                        QStringLiteral("x-mc-date differs from the server time by more than 15 "
                                       "minutes"));
    }

    const std::optional<QByteArray> secret = decodeSecretKey(m_credentials.secretKey);
    const QString expected = secret
            ? computeSignature(*secret, dateText, QString::fromUtf8(request.header("x-mc-req-id")),
                               QString::fromUtf8(request.path), m_credentials.appKey)
            : QString();
    if (rejectSignatures || expected.isEmpty() || signature != expected) {
        return rejectV1(401, QStringLiteral("err_xdk_invalid_signature"),
                        QStringLiteral("0004 Invalid Signature"));
    }

    AuthCheckResult result;
    result.version = MimecastApiVersion::V1;
    result.accepted = true;
    return result;
}

} // namespace bridge
