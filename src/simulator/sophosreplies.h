#pragma once

#include "httpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace bridge {

// Error response of the Sophos identity service (token endpoint):
// {"errorCode":"oauth.invalid_client_secret","message":"Unauthorized","trackingId":"<uuid>"}.
HttpResponse sophosIdentityError(int status, const QString &errorCode, const QString &message);

// Error response of the Sophos API gateway:
// {"error":…,"message":…,"correlationId":"<uuid>","requestId":"<uuid>"}, plus createdAt on 403
// as real 403 responses carry it. The error name comes from sophosGatewayErrorName().
HttpResponse sophosGatewayError(int status, const QString &message);

// Value of "error" for a status. Captured Sophos responses show "Unauthorized" for 401 and
// "resourceConflict" for 409. The other names are this simulator's own, in the same style.
QString sophosGatewayErrorName(int status);

// Page-number paging parameters of the tenant and case lists.
struct PageRequest
{
    int page = 1; // 1-based
    int pageSize = 0;
    bool pageTotal = false;
};

// Reads page, pageSize and pageTotal. A missing pageSize gets defaultPageSize and a larger one
// than maxPageSize is cut to it. Returns std::nullopt and sets error on a page or pageSize
// that is not a positive whole number, or a pageTotal other than true or false.
std::optional<PageRequest> parsePageRequest(const QUrlQuery &query, int defaultPageSize,
                                            int maxPageSize, QString *error);

// Builds {"items":[…],"pages":{"current","size","maxSize","total","items"}} for one page.
// pages.total (the page count) and pages.items (the item count) are written only when
// includeTotals is true. A page after the last one has no items.
QJsonObject pageBody(const QJsonArray &allItems, const PageRequest &request, int maxPageSize,
                     bool includeTotals);

} // namespace bridge
