#pragma once

#include "sophosauth.h"
#include "sophoserror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QUrlQuery;

namespace bridge {

// Base URLs of Sophos Central. Tests and the simulator point both at 127.0.0.1.
struct SophosEndpoints
{
    QUrl identityUrl = QUrl(QStringLiteral("https://id.sophos.com"));
    QUrl apiUrl = QUrl(QStringLiteral("https://api.central.sophos.com"));
};

// Owner of the API credential, as GET /whoami/v1 returns it.
struct SophosIdentity
{
    enum class Type { Tenant, Partner, Organization };

    QString id;
    Type type = Type::Tenant;
    QUrl globalUrl; // apiHosts.global without a trailing slash
    QUrl dataRegionUrl; // apiHosts.dataRegion; set only for a tenant

    QString typeName() const; // "tenant", "partner" or "organization"
};

// One tenant a partner or organization manages, or the caller itself for a tenant credential.
struct SophosTenantInfo
{
    QString id;
    QString name;
    QString dataRegion; // such as "eu02"
    QUrl apiHost; // base URL of every tenant-scoped call, such as
                  // https://api-eu02.central.sophos.com
};

// Calls the Sophos Central API with a client-credentials token. Every call has a transfer
// timeout, and a call that gets HTTP 401 renews the token and is sent once more. Plain
// http is accepted only for loopback hosts; any other URL is rejected before a request is sent.
class SophosCentralClient : public QObject
{
    Q_OBJECT

public:
    using IdentityCallback = std::function<void(const SophosError &, const SophosIdentity &)>;
    using TenantsCallback
            = std::function<void(const SophosError &, const QList<SophosTenantInfo> &)>;
    using CaseCallback = std::function<void(const SophosError &, const QJsonObject &)>;
    using CasesCallback = std::function<void(const SophosError &, const QList<QJsonObject> &)>;

    // Largest number of pages a listing follows, so that a broken pages.total cannot loop
    // for ever.
    static constexpr int maxPages = 1000;

    SophosCentralClient(QNetworkAccessManager *network, const SophosEndpoints &endpoints,
                        const SophosCredentials &credentials, QObject *parent = nullptr);

    // Empty when both endpoints are acceptable, else the translated reason; every call then
    // fails with kind InvalidUrl.
    QString configurationError() const { return m_configurationError; }

    // GET {apiUrl}/whoami/v1.
    void whoami(const IdentityCallback &callback);
    // Lists the tenants of a partner or organization, following every page. A tenant identity
    // yields itself with its data-region host, without a call.
    void listTenants(const SophosIdentity &identity, const TenantsCallback &callback);
    // POST {tenantApiHost}/cases/v1/cases with X-Tenant-ID; returns the created case.
    void createCase(const QUrl &tenantApiHost, const QString &tenantId, const QJsonObject &body,
                    const CaseCallback &callback);
    // Lists the cases created after createdAfter (every case when it is invalid), following
    // every page.
    void listCases(const QUrl &tenantApiHost, const QString &tenantId,
                   const QDateTime &createdAfter, const CasesCallback &callback);

    // Aborts the token request and every call in flight; their callbacks report Cancelled.
    void abortAll();

    void setTransferTimeout(int milliseconds);
    int transferTimeout() const { return m_timeoutMs; }
    void setCasePageSize(int pageSize) { m_casePageSize = pageSize; }
    SophosTokenProvider *tokenProvider() const { return m_tokens; }
    int callCount() const { return m_calls; }

private:
    struct Call;
    struct Reply
    {
        SophosError error;
        QJsonObject body;
    };
    using ReplyCallback = std::function<void(const Reply &)>;

    void get(const QUrl &base, const QString &path, const QUrlQuery &query,
             const QList<std::pair<QByteArray, QByteArray>> &headers,
             const ReplyCallback &callback);
    void start(const std::shared_ptr<Call> &call);
    void send(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, QNetworkReply *reply, qint64 durationMs);
    void failLater(const SophosError &error, const ReplyCallback &callback);
    void fetchPages(
            const QUrl &base, const QString &path, const QUrlQuery &firstQuery,
            const QList<std::pair<QByteArray, QByteArray>> &headers,
            const std::function<void(const SophosError &, const QList<QJsonObject> &)> &callback);

    QNetworkAccessManager *m_network;
    SophosEndpoints m_endpoints;
    SophosTokenProvider *m_tokens;
    QString m_configurationError;
    int m_timeoutMs = 30000;
    int m_casePageSize = 50;
    int m_calls = 0;
    QSet<QNetworkReply *> m_inFlight;
};

// Turns a host from who-am-I or the tenant list into a base URL: no trailing slash, and
// https in place of plain http for any host that is not loopback, because the bearer token
// must never cross the network unencrypted.
QUrl normaliseSophosApiHost(const QString &text);

} // namespace bridge
