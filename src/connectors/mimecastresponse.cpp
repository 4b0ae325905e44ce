#include "mimecastresponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace bridge {

namespace {

// Collects "code: message" pairs from both fail shapes: fail[].errors[] (endpoint errors) and
// a flat fail[] (API 2.0 authentication errors).
QString collectFailCodes(const QJsonArray &fail, bool *anyRetryable)
{
    QStringList pairs;
    const auto addPair = [&pairs, anyRetryable](const QJsonObject &entry) {
        const QString code = entry.value(u"code").toString();
        const QString message = entry.value(u"message").toString();
        if (entry.value(u"retryable").toBool() && anyRetryable)
            *anyRetryable = true;
        if (!code.isEmpty() || !message.isEmpty())
            pairs.append(message.isEmpty() ? code : code + u": " + message);
    };

    for (const QJsonValue &failure : fail) {
        const QJsonObject object = failure.toObject();
        const QJsonArray errors = object.value(u"errors").toArray();
        if (errors.isEmpty()) {
            addPair(object);
            continue;
        }
        for (const QJsonValue &error : errors)
            addPair(error.toObject());
    }
    return pairs.join(QStringLiteral("; "));
}

QString bodySnippet(const HttpResult &result, const QStringList &secrets)
{
    QString text = QString::fromUtf8(result.body.left(400)).simplified();
    text = redactSecrets(text, secrets);
    return text.left(200);
}

MimecastError makeError(MimecastError::Kind kind, int status, bool retryable)
{
    MimecastError error;
    error.kind = kind;
    error.httpStatus = status;
    error.retryable = retryable;
    return error;
}

MimecastError invalidResponse(const HttpResult &result, const ResponseContext &context)
{
    MimecastError error = makeError(MimecastError::Kind::InvalidResponse, result.status, true);
    error.message = QCoreApplication::translate(
                            "MimecastResponse",
                            "Invalid response from Mimecast for %1: HTTP %2, content type \"%3\", "
                            "starting with \"%4\". The call is retried later; if this persists, "
                            "check the base URL and any proxy between this computer and Mimecast.")
                            .arg(context.path)
                            .arg(result.status)
                            .arg(QString::fromLatin1(result.contentType),
                                 bodySnippet(result, context.secrets));
    return error;
}

QString clockSkewSentence(const HttpResult &result, const ResponseContext &context)
{
    if (!result.serverDate.isValid() || !context.localNow.isValid())
        return {};
    const qint64 offsetSeconds = context.localNow.secsTo(result.serverDate);
    if (std::llabs(offsetSeconds) <= 5 * 60)
        return {};
    // The Date header has one-second resolution and the local time is read after the response
    // arrived, so the offset is rounded to the nearest minute rather than truncated.
    const int minutes = int((std::llabs(offsetSeconds) + 30) / 60);
    return u' '
            + QCoreApplication::translate("MimecastResponse",
                                          "This computer's clock differs from Mimecast's by %n "
                                          "minute(s); correct the system clock.",
                                          nullptr, minutes);
}

// Maps an HTTP status, or a meta.status inside a 200 body, to an error.
MimecastError errorForStatus(int status, const QString &codes, const HttpResult &result,
                             const ResponseContext &context)
{
    const QString detail = codes.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : codes;
    MimecastError error;

    if (status == 401 && context.api == MimecastApi::V1) {
        error = makeError(MimecastError::Kind::SignatureRejected, status, false);
        error.message
                = QCoreApplication::translate(
                          "MimecastResponse",
                          "Mimecast rejected the request signature (%1). Check the application "
                          "ID, application key, access key and secret key.")
                          .arg(detail)
                + clockSkewSentence(result, context);
    } else if (status == 401) {
        error = makeError(MimecastError::Kind::CredentialsRejected, status, false);
        error.message
                = QCoreApplication::translate(
                          "MimecastResponse",
                          "Mimecast rejected the client ID or client secret (%1). Check the API "
                          "2.0 application's credentials in the Mimecast administration "
                          "console.")
                          .arg(detail);
    } else if (status == 403) {
        error = makeError(MimecastError::Kind::PermissionDenied, status, false);
        const QString permission = context.logType ? requiredPermission(*context.logType)
                                                   : QStringLiteral("Account | Dashboard");
        error.message = QCoreApplication::translate(
                                "MimecastResponse",
                                "The API application lacks the %1 | Read permission (%2). Grant it "
                                "to the application's role in Mimecast, or turn this log type off.")
                                .arg(permission, detail);
    } else if (status == 404) {
        error = makeError(MimecastError::Kind::EndpointNotFound, status, false);
        error.message = QCoreApplication::translate(
                                "MimecastResponse",
                                "Endpoint %1 not found (%2). Check the region or base URL.")
                                .arg(context.path, detail);
    } else if (status == 418) {
        error = makeError(MimecastError::Kind::KeyBindingExpired, status, false);
        error.message
                = QCoreApplication::translate(
                          "MimecastResponse",
                          "The API 1.0 access key binding has expired (%1). Create new access "
                          "and secret keys for the service user and enter them again.")
                          .arg(detail);
    } else if (status == 429) {
        error = makeError(MimecastError::Kind::RateLimited, status, true);
        error.message = QCoreApplication::translate("MimecastResponse",
                                                    "Mimecast's rate limit was reached (%1).")
                                .arg(detail);
    } else if (status >= 500) {
        error = makeError(MimecastError::Kind::ServerError, status, true);
        error.message = QCoreApplication::translate(
                                "MimecastResponse",
                                "Mimecast returned a server error (%1). The call is retried with "
                                "increasing delays.")
                                .arg(detail);
    } else {
        error = makeError(MimecastError::Kind::BadRequest, status, false);
        error.message = QCoreApplication::translate("MimecastResponse",
                                                    "Mimecast rejected the request to %1 (%2).")
                                .arg(context.path, detail);
    }
    error.serverCodes = codes;
    return error;
}

} // namespace

MimecastError classifyResponse(const HttpResult &result, const ResponseContext &context,
                               QJsonObject *body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject object = document.object();

    bool anyRetryable = false;
    const QString codes = isJsonObject
            ? redactSecrets(collectFailCodes(object.value(u"fail").toArray(), &anyRetryable),
                            context.secrets)
            : QString();

    MimecastError error;
    if (result.status < 200 || result.status >= 300) {
        error = errorForStatus(result.status, codes, result, context);
    } else if (!isJsonObject || !result.contentType.toLower().contains("json")) {
        error = invalidResponse(result, context);
    } else if (!object.value(u"fail").toArray().isEmpty()) {
        const bool bindingExpired = codes.contains(u"err_xdk_binding_expired");
        const bool signature = codes.contains(u"err_xdk_invalid_signature");
        if (bindingExpired || signature) {
            error = errorForStatus(bindingExpired ? 418 : 401, codes, result, context);
            error.httpStatus = result.status;
        } else {
            error = makeError(MimecastError::Kind::RequestFailed, result.status, anyRetryable);
            error.serverCodes = codes;
            error.message = anyRetryable
                    ? QCoreApplication::translate(
                              "MimecastResponse",
                              "Mimecast reported an error for %1: %2. The call is retried later.")
                              .arg(context.path, codes)
                    : QCoreApplication::translate(
                              "MimecastResponse",
                              "Mimecast reported an error for %1: %2. Correct the request or the "
                              "account settings; it is not retried automatically.")
                              .arg(context.path, codes);
        }
    } else if (const int metaStatus = object.value(u"meta").toObject().value(u"status").toInt(200);
               metaStatus != 200) {
        error = errorForStatus(metaStatus, codes, result, context);
    }

    if (error.isError()) {
        error.requestId = result.requestId;
        if (result.status == 429 || error.kind == MimecastError::Kind::RateLimited) {
            error.retryAfterMs = result.rateLimit.retryAfterMs >= 0 ? result.rateLimit.retryAfterMs
                                                                    : result.rateLimit.resetMs;
        }
        return error;
    }

    if (body)
        *body = object;
    return error;
}

LogsPage extractLogsPage(LogType type, const QJsonObject &body)
{
    LogsPage page;
    const QString listKey = recordListKey(type);
    const QJsonValue data = body.value(u"data");
    if (data.isArray()) {
        for (const QJsonValue &element : data.toArray()) {
            const QJsonValue list = element.toObject().value(listKey);
            for (const QJsonValue &record : list.toArray())
                page.elements.append(PageElement::fromJsonValue(record));
        }
    } else if (data.isObject()) {
        for (const QJsonValue &record : data.toObject().value(listKey).toArray())
            page.elements.append(PageElement::fromJsonValue(record));
    }

    const QJsonValue next
            = body.value(u"meta").toObject().value(u"pagination").toObject().value(u"next");
    if (next.isString())
        page.nextToken = next.toString();
    return page;
}

MimecastError readLogsResponse(const HttpResult &result, const ResponseContext &context,
                               LogType type, LogsPage *page)
{
    const bool plainSuccess = result.status >= 200 && result.status < 300
            && result.contentType.toLower().contains("json");
    if (plainSuccess) {
        if (std::optional<LogsPage> scanned = scanLogsPage(type, result.body)) {
            *page = std::move(*scanned);
            return {};
        }
    }

    QJsonObject body;
    MimecastError error = classifyResponse(result, context, &body);
    if (!error.isError())
        *page = extractLogsPage(type, body);
    return error;
}

qint64 parseMillisecondsHeader(const QByteArray &value)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0)
        return -1;
    return qint64(std::ceil(number));
}

QString redactSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, QStringLiteral("***"));
    }
    static const QRegularExpression tokenPattern(
            QStringLiteral(R"re("(access_token|client_secret)"\s*:\s*"[^"]*")re"));
    text.replace(tokenPattern, QStringLiteral(R"("\1":"***")"));
    return text;
}

QString requiredPermission(LogType type)
{
    switch (type) {
    case LogType::Attachment:
        return QStringLiteral("Monitoring | Attachment Protection");
    case LogType::Impersonation:
        return QStringLiteral("Monitoring | Impersonation Protection");
    case LogType::Url:
        break;
    }
    return QStringLiteral("Monitoring | URL Protection");
}

} // namespace bridge
