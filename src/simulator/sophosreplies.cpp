#include "sophosreplies.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace bridge {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HttpResponse compactJson(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::optional<int> positiveNumber(const QUrlQuery &query, const QString &name, int fallback,
                                  QString *error)
{
    if (!query.hasQueryItem(name))
        return fallback;
    const QString text = query.queryItemValue(name);
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1) {
        *error = QStringLiteral("Invalid %1 %2: expected a whole number from 1").arg(name, text);
        return std::nullopt;
    }
    return number;
}

} // namespace

HttpResponse sophosIdentityError(int status, const QString &errorCode, const QString &message)
{
    return compactJson(status,
                       {{QStringLiteral("errorCode"), errorCode},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("trackingId"), newUuid()}});
}

HttpResponse sophosGatewayError(int status, const QString &message)
{
    QJsonObject body {{QStringLiteral("error"), sophosGatewayErrorName(status)},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("correlationId"), newUuid()},
                      {QStringLiteral("requestId"), newUuid()}};
    if (status == 403) {
        body.insert(QStringLiteral("createdAt"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    return compactJson(status, body);
}

QString sophosGatewayErrorName(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("badRequest");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("notFound");
    case 405:
        return QStringLiteral("methodNotAllowed");
    case 409:
        return QStringLiteral("resourceConflict");
    case 422:
        return QStringLiteral("unprocessableEntity");
    case 429:
        return QStringLiteral("tooManyRequests");
    case 502:
        return QStringLiteral("badGateway");
    case 503:
        return QStringLiteral("serviceUnavailable");
    case 504:
        return QStringLiteral("gatewayTimeout");
    default:
        return QStringLiteral("internalServerError");
    }
}

std::optional<PageRequest> parsePageRequest(const QUrlQuery &query, int defaultPageSize,
                                            int maxPageSize, QString *error)
{
    PageRequest request;
    const std::optional<int> page = positiveNumber(query, QStringLiteral("page"), 1, error);
    if (!page)
        return std::nullopt;
    const std::optional<int> pageSize
            = positiveNumber(query, QStringLiteral("pageSize"), defaultPageSize, error);
    if (!pageSize)
        return std::nullopt;
    request.page = *page;
    request.pageSize = qMin(*pageSize, maxPageSize);

    const QString pageTotal = query.queryItemValue(QStringLiteral("pageTotal"));
    if (pageTotal == u"true") {
        request.pageTotal = true;
    } else if (!pageTotal.isEmpty() && pageTotal != u"false") {
        *error = QStringLiteral("Invalid pageTotal %1: expected true or false").arg(pageTotal);
        return std::nullopt;
    }
    return request;
}

QJsonObject pageBody(const QJsonArray &allItems, const PageRequest &request, int maxPageSize,
                     bool includeTotals)
{
    const qsizetype first = qsizetype(request.page - 1) * request.pageSize;
    QJsonArray items;
    for (qsizetype i = first; i < allItems.size() && i < first + request.pageSize; ++i)
        items.append(allItems.at(i));

    QJsonObject pages {{QStringLiteral("current"), request.page},
                       {QStringLiteral("size"), request.pageSize},
                       {QStringLiteral("maxSize"), maxPageSize}};
    if (includeTotals) {
        const qsizetype pageCount = (allItems.size() + request.pageSize - 1) / request.pageSize;
        pages.insert(QStringLiteral("total"), qMax<qsizetype>(1, pageCount));
        pages.insert(QStringLiteral("items"), allItems.size());
    }
    return {{QStringLiteral("items"), items}, {QStringLiteral("pages"), pages}};
}

} // namespace bridge
