// Handlers of the Sophos simulator's API calls: token, whoami, tenant lists, cases and ingest.

#include "sophossimulator.h"

#include "sophosreplies.h"

#include <QJsonDocument>
#include <QUuid>

namespace bridge {

namespace {

constexpr int defaultCasePageSize = 50;
// NOTE: Sophos reports pages.maxSize for cases but the stored samples give no real value.
constexpr int maxCasePageSize = 1000;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString newOpaqueToken()
{
    const QByteArray random = QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122();
    return QString::fromLatin1(
            random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Reads an application/x-www-form-urlencoded body, where "+" stands for a space.
QUrlQuery parseForm(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

// Error body of the ingest endpoint: {"error":…,"message":…}.
HttpResponse ingestError(int status, const QString &error, const QString &message)
{
    return HttpResponse::json(
            status,
            compact({{QStringLiteral("error"), error}, {QStringLiteral("message"), message}}));
}

} // namespace

HttpResponse SophosSimulator::issueToken(const HttpRequest &request)
{
    const QUrlQuery form = parseForm(request.body);
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType != u"client_credentials") {
        return sophosIdentityError(400, QStringLiteral("oauth.unsupported_grant_type"),
                                   QStringLiteral("grant_type must be client_credentials"));
    }
    if (form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded) != u"token") {
        return sophosIdentityError(400, QStringLiteral("oauth.invalid_scope"),
                                   QStringLiteral("scope must be token"));
    }
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    if (clientId != m_credentials.clientId || secret != m_credentials.clientSecret) {
        return sophosIdentityError(401, QStringLiteral("oauth.invalid_client_secret"),
                                   QStringLiteral("Unauthorized"));
    }

    // Expired tokens are dropped here so the table stays small.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_tokenExpiry.removeIf(
            [&now](QHash<QString, QDateTime>::iterator token) { return token.value() <= now; });
    const QString token = newOpaqueToken();
    m_tokenExpiry.insert(token, now.addSecs(m_tokenLifetimeSeconds));
    return HttpResponse::json(200,
                              compact({{QStringLiteral("access_token"), token},
                                       {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                       {QStringLiteral("expires_in"), m_tokenLifetimeSeconds},
                                       {QStringLiteral("refresh_token"), newOpaqueToken()},
                                       {QStringLiteral("errorCode"), QStringLiteral("success")},
                                       {QStringLiteral("message"), QStringLiteral("OK")},
                                       {QStringLiteral("trackingId"),
                                        QUuid::createUuid().toString(QUuid::WithoutBraces)}}));
}

bool SophosSimulator::isValidToken(const QString &token) const
{
    const auto expiry = m_tokenExpiry.constFind(token);
    return expiry != m_tokenExpiry.constEnd() && expiry.value() > QDateTime::currentDateTimeUtc();
}

std::optional<SophosSimulator::FaultHit> SophosSimulator::takeDataCallFault(bool hasAccessToken)
{
    if (hasAccessToken && m_faults.rejectTokenCount > 0) {
        --m_faults.rejectTokenCount;
        return FaultHit {QStringLiteral("sophos-reject-token"), 401,
                         QStringLiteral("The access token is expired or not valid; request a "
                                        "new one")};
    }
    if (m_faults.rateLimitCount > 0) {
        --m_faults.rateLimitCount;
        return FaultHit {QStringLiteral("sophos-rate-limit"), 429,
                         QStringLiteral("Too many requests; slow down and retry later")};
    }
    if (m_faults.serverErrorCount > 0) {
        --m_faults.serverErrorCount;
        return FaultHit {QStringLiteral("sophos-server-error"), m_faults.serverErrorStatus,
                         QStringLiteral("Simulated server error; retry later")};
    }
    return std::nullopt;
}

void SophosSimulator::applyRetryAfter(HttpResponse *response) const
{
    if (response->status == 429 && m_faults.retryAfterSeconds > 0)
        response->setHeader("Retry-After", QByteArray::number(m_faults.retryAfterSeconds));
}

HttpResponse SophosSimulator::handleWhoAmI() const
{
    const QString base = baseUrl().toString();
    QJsonObject apiHosts {{QStringLiteral("global"), QString(base + u'/')}};
    if (m_idType == SophosIdType::Tenant)
        apiHosts.insert(QStringLiteral("dataRegion"), base);
    return HttpResponse::json(200,
                              compact({{QStringLiteral("id"), callerId()},
                                       {QStringLiteral("idType"), sophosIdTypeName(m_idType)},
                                       {QStringLiteral("apiHosts"), apiHosts}}));
}

HttpResponse SophosSimulator::handleTenantList(const HttpRequest &request,
                                               SophosIdType listKind) const
{
    const QString headerName = listKind == SophosIdType::Partner
            ? QStringLiteral("X-Partner-ID")
            : QStringLiteral("X-Organization-ID");
    const QString callerHeader = QString::fromUtf8(request.header(headerName.toLower().toLatin1()));
    if (callerHeader.isEmpty())
        return sophosGatewayError(400, QStringLiteral("The %1 header is required").arg(headerName));
    if (m_idType != listKind || callerHeader != callerId()) {
        return sophosGatewayError(
                403,
                QStringLiteral("%1 %2 is not the %3 id of this credential")
                        .arg(headerName, callerHeader, sophosIdTypeName(listKind)));
    }

    QString error;
    const std::optional<PageRequest> page
            = parsePageRequest(QUrlQuery(QString::fromUtf8(request.query)), m_tenantPageSize,
                               m_tenantPageSize, &error);
    if (!page)
        return sophosGatewayError(400, error);

    const QString apiHost = baseUrl().toString();
    QJsonArray items;
    for (const SophosTenant &tenant : m_tenants)
        items.append(sophosTenantJson(tenant, apiHost));
    return HttpResponse::json(200,
                              compact(pageBody(items, *page, m_tenantPageSize, page->pageTotal)));
}

std::optional<HttpResponse> SophosSimulator::checkTenantHeader(const HttpRequest &request,
                                                               QString *tenantId) const
{
    *tenantId = QString::fromUtf8(request.header("x-tenant-id"));
    if (tenantId->isEmpty())
        return sophosGatewayError(400, QStringLiteral("The X-Tenant-ID header is required"));

    // A tenant credential reaches only its own tenant, but partners and organizations reach all.
    bool reachable = false;
    if (m_idType == SophosIdType::Tenant) {
        reachable = *tenantId == callerId();
    } else {
        for (const SophosTenant &tenant : m_tenants)
            reachable = reachable || tenant.id == *tenantId;
    }
    if (!reachable) {
        return sophosGatewayError(403,
                                  QStringLiteral("Tenant %1 is not reachable with this "
                                                 "credential")
                                          .arg(*tenantId));
    }
    return std::nullopt;
}

SophosSimulator::Reply SophosSimulator::handleCaseCall(const HttpRequest &request,
                                                       const QString &caseId, QJsonObject *entry)
{
    QString tenantId;
    if (const std::optional<HttpResponse> rejection = checkTenantHeader(request, &tenantId))
        return {*rejection};

    if (request.method == "POST")
        return createCase(request, tenantId, entry);
    if (caseId.isEmpty())
        return {listCases(request, tenantId)};

    const std::optional<QJsonObject> found = m_cases.find(tenantId, caseId);
    if (!found) {
        return {sophosGatewayError(
                404, QStringLiteral("Case %1 not found in tenant %2").arg(caseId, tenantId))};
    }
    return {HttpResponse::json(200, compact(*found))};
}

SophosSimulator::Reply SophosSimulator::createCase(const HttpRequest &request,
                                                   const QString &tenantId, QJsonObject *entry)
{
    if (m_faults.caseErrorCount > 0) {
        --m_faults.caseErrorCount;
        entry->insert(QStringLiteral("fault"), QStringLiteral("sophos-case-error"));
        return {sophosGatewayError(m_faults.caseErrorStatus,
                                   QStringLiteral("Simulated case creation failure"))};
    }

    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return {sophosGatewayError(400, QStringLiteral("The body must be a JSON object"))};

    const QJsonObject createdBy {{QStringLiteral("id"), callerId()},
                                 {QStringLiteral("type"), QStringLiteral("service")},
                                 {QStringLiteral("name"), QStringLiteral("Demo API credential")},
                                 {QStringLiteral("accountType"), sophosIdTypeName(m_idType)},
                                 {QStringLiteral("accountId"), callerId()}};
    QString error;
    const std::optional<QJsonObject> created = m_cases.create(
            tenantId, document.object(), createdBy, QDateTime::currentDateTimeUtc(), &error);
    if (!created)
        return {sophosGatewayError(400, error)};
    entry->insert(QStringLiteral("caseId"), created->value(QStringLiteral("id")));

    if (m_faults.holdAfterCreateCount > 0) {
        --m_faults.holdAfterCreateCount;
        entry->insert(QStringLiteral("fault"), QStringLiteral("sophos-hold-after-create"));
        return {HttpResponse(), true};
    }
    return {HttpResponse::json(201, compact(*created))};
}

HttpResponse SophosSimulator::listCases(const HttpRequest &request, const QString &tenantId) const
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    QString error;
    const std::optional<PageRequest> page
            = parsePageRequest(query, defaultCasePageSize, maxCasePageSize, &error);
    if (!page)
        return sophosGatewayError(400, error);
    const std::optional<CaseListFilter> filter = parseCaseListFilter(query, &error);
    if (!filter)
        return sophosGatewayError(400, error);

    // The case list carries the totals whether or not pageTotal was sent, like Sophos's sample.
    return HttpResponse::json(
            200, compact(pageBody(m_cases.list(tenantId, *filter), *page, maxCasePageSize, true)));
}

SophosSimulator::Reply SophosSimulator::handleIngest(const HttpRequest &request, QJsonObject *entry)
{
    if (request.header("authorization") != "Bearer " + m_credentials.ingestKey.toUtf8()) {
        return {ingestError(401, QStringLiteral("unauthorized"),
                            QStringLiteral("missing or invalid ingest key"))};
    }

    if (const std::optional<FaultHit> fault = takeDataCallFault(false)) {
        entry->insert(QStringLiteral("fault"), fault->name);
        HttpResponse response
                = ingestError(fault->status, sophosGatewayErrorName(fault->status), fault->message);
        applyRetryAfter(&response);
        return {response};
    }

    const HttpResponse tooLarge = ingestError(413, QStringLiteral("payloadTooLarge"),
                                              QStringLiteral("request entity too large"));
    if (request.body.size() > m_faults.ingestMaxBytes)
        return {tooLarge};

    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isArray()) {
        return {ingestError(400, QStringLiteral("badRequest"),
                            QStringLiteral("the body must be a JSON array of alert objects"))};
    }
    const QJsonArray items = document.array();
    entry->insert(QStringLiteral("items"), items.size());
    if (items.size() > m_faults.ingestMaxItems)
        return {tooLarge};
    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            return {ingestError(400, QStringLiteral("badRequest"),
                                QStringLiteral("every element of the array must be a JSON "
                                               "object"))};
        }
    }

    for (const QJsonValue &item : items)
        m_ingestedItems.append(item);
    ++m_ingestRequestCount;
    return {HttpResponse::json(200, compact({{QStringLiteral("accepted"), items.size()}}))};
}

} // namespace bridge
