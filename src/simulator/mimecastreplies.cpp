#include "mimecastreplies.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bridge {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject errorObject(const SimulatedFailure &error)
{
    QJsonObject object {{QStringLiteral("code"), error.code},
                        {QStringLiteral("message"), error.message},
                        {QStringLiteral("retryable"), error.retryable}};
    if (!error.field.isEmpty())
        object.insert(QStringLiteral("field"), error.field);
    return object;
}

QJsonArray failArray(const SimulatedFailure &error)
{
    return {QJsonObject {{QStringLiteral("errors"), QJsonArray {errorObject(error)}}}};
}

// Quotes a string as a JSON string literal.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray flatFailBody(const QString &code, const QString &message)
{
    const QJsonObject fail {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return compact({{QStringLiteral("fail"), QJsonArray {fail}}});
}

QByteArray errorsFailBody(int metaStatus, const SimulatedFailure &error)
{
    return compact({{QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), metaStatus}}},
                    {QStringLiteral("data"), QJsonArray()},
                    {QStringLiteral("fail"), failArray(error)}});
}

QByteArray signatureFailBody(int metaStatus, const SimulatedFailure &error)
{
    const QJsonObject meta {{QStringLiteral("isLastToken"), false},
                            {QStringLiteral("status"), metaStatus}};
    return compact({{QStringLiteral("meta"), meta}, {QStringLiteral("fail"), failArray(error)}});
}

QByteArray metaStatusBody(int metaStatus, std::optional<LogType> type)
{
    const QJsonObject meta {
            {QStringLiteral("status"), metaStatus},
            {QStringLiteral("pagination"), QJsonObject {{QStringLiteral("pageSize"), 0}}}};
    QJsonArray data;
    if (type)
        data.append(QJsonObject {{recordListKey(*type), QJsonArray()}});
    return compact({{QStringLiteral("meta"), meta},
                    {QStringLiteral("data"), data},
                    {QStringLiteral("fail"), QJsonArray()}});
}

QByteArray htmlErrorPage(int status)
{
    const QByteArray code = QByteArray::number(status);
    return "<!DOCTYPE html>\n<html><head><title>" + code + " Error</title></head>\n<body><h1>Error "
            + code
            + "</h1><p>The server encountered a temporary error and could not complete your "
              "request.</p></body></html>\n";
}

QByteArray accountBody()
{
    const QJsonObject account {
            {QStringLiteral("accountName"), QStringLiteral("Demo Customer")},
            {QStringLiteral("accountCode"), QStringLiteral("CDEMO01")},
            {QStringLiteral("region"), QStringLiteral("uk")},
            {QStringLiteral("userCount"), 25},
            {QStringLiteral("packages"),
             QJsonArray {QStringLiteral("Targeted Threat Protection - URL Protect"),
                         QStringLiteral("Targeted Threat Protection - Attachment Protect"),
                         QStringLiteral("Targeted Threat Protection - Impersonation Protect")}}};
    return compact({{QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), 200}}},
                    {QStringLiteral("data"), QJsonArray {account}},
                    {QStringLiteral("fail"), QJsonArray()}});
}

QByteArray discoveryBody(const QString &emailAddress, const QString &apiBaseUrl)
{
    const QJsonObject entry {
            {QStringLiteral("emailAddress"), emailAddress},
            {QStringLiteral("region"), QJsonObject {{QStringLiteral("api"), apiBaseUrl}}}};
    return compact({{QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), 200}}},
                    {QStringLiteral("data"), QJsonArray {entry}},
                    {QStringLiteral("fail"), QJsonArray()}});
}

QByteArray logPageBody(LogType type, const LogPageContent &content)
{
    const QByteArray count = QByteArray::number(content.rawRecords.size());

    QByteArray body = R"({"meta":{"status":200,"pagination":{"pageSize":)" + count
            + R"(,"totalCount":)" + QByteArray::number(content.totalCount);
    if (!content.next.isEmpty())
        body += R"(,"next":)" + jsonString(content.next);
    body += "}},";

    if (content.emptyData) {
        body += R"("data":[],)";
    } else {
        body += R"("data":[{)" + jsonString(recordListKey(type)) + ":[";
        body += content.rawRecords.join(',');
        body += ']';
        if (type == LogType::Impersonation)
            body += R"(,"resultCount":)" + count;
        body += "}],";
    }

    body += R"("fail":)";
    if (content.failure)
        body += QJsonDocument(failArray(*content.failure)).toJson(QJsonDocument::Compact);
    else
        body += "[]";
    body += '}';
    return body;
}

} // namespace bridge
