#pragma once

#include "httpserver.h"
#include "simulatorcredentials.h"
#include "sophoscases.h"
#include "sophosfaults.h"
#include "sophostenants.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <optional>

namespace bridge {

// A local Sophos Central server for tests and demo mode. The identity service, the API and an
// HTTPS ingest endpoint share one port of 127.0.0.1:
//
//   POST /api/v2/oauth2/token        access token for form-encoded client credentials
//   GET  /whoami/v1                  id, idType and apiHosts (all pointing at this server)
//   GET  /partner/v1/tenants         tenant list for a partner credential, with X-Partner-ID
//   GET  /organization/v1/tenants    tenant list for an organization, with X-Organization-ID
//   POST /cases/v1/cases             create a case in the tenant named by X-Tenant-ID
//   GET  /cases/v1/cases             list that tenant's cases, newest first by default
//   GET  /cases/v1/cases/{id}        one case of that tenant
//   POST /ingest                     a JSON array of alerts, with "Authorization: Bearer <key>"
//
// and, for tests that drive a separate process:
//
//   GET/POST/DELETE /_simulator/sophos/faults     read, change (JSON of switches), reset
//   GET/DELETE /_simulator/sophos/requests        read or clear the request log
//   GET/DELETE /_simulator/sophos/received        read or clear the stored cases and alerts
//
// The request log contains time, method, path, status, the X-Tenant-ID value and the fault
// applied. It never contains the Authorization header, client secrets, access tokens or
// ingest keys.
class SophosSimulator : public QObject
{
    Q_OBJECT

public:
    explicit SophosSimulator(QObject *parent = nullptr);
    ~SophosSimulator() override;

    // Listens on 127.0.0.1. Port 0 picks a free port.
    bool listen(quint16 port = 0);
    void close();
    QString errorString() const;
    // "http://127.0.0.1:<port>", or an empty URL when not listening. whoami and the tenant
    // lists return it as every API host, and the ingest URL is "<baseUrl>/ingest".
    QUrl baseUrl() const;

    void setCredentials(const SophosSimulatorCredentials &credentials);
    const SophosSimulatorCredentials &credentials() const { return m_credentials; }
    // Lifetime of new access tokens in seconds (default 3600, as Sophos issues).
    void setTokenLifetime(int seconds);
    int tokenLifetime() const { return m_tokenLifetimeSeconds; }
    void revokeAllTokens() { m_tokenExpiry.clear(); }

    // Account kind that whoami reports (default partner).
    void setIdType(SophosIdType type) { m_idType = type; }
    SophosIdType idType() const { return m_idType; }
    // The whoami id: the first tenant's id for the tenant kind, demo::sophosCallerId() for the
    // partner and organization kinds.
    QString callerId() const;

    // Replaces the tenants with demoSophosTenants(count). A count below 1 is raised to 1.
    // The default is 3 tenants.
    void setTenantCount(int count);
    const QList<SophosTenant> &tenants() const { return m_tenants; }
    // Default and maximum page size of the tenant lists (default 2, so that three tenants
    // take two pages). A larger pageSize in a request is cut to it.
    void setTenantPageSize(int size);
    int tenantPageSize() const { return m_tenantPageSize; }

    SophosFaults &faults() { return m_faults; }
    const SophosFaults &faults() const { return m_faults; }
    void setFaults(const SophosFaults &faults) { m_faults = faults; }

    // Cases stored for one tenant, in creation order.
    QList<QJsonObject> cases(const QString &tenantId) const { return m_cases.cases(tenantId); }
    qsizetype caseCount() const { return m_cases.count(); }
    // Alerts of every accepted ingest request, in arrival order.
    QJsonArray ingestedItems() const { return m_ingestedItems; }
    int ingestRequestCount() const { return m_ingestRequestCount; }
    // {"cases":{"<tenant id>":[…]},"ingest":{"requests":N,"items":[…]}}.
    QJsonObject receivedJson() const;
    void clearReceived();

    QJsonArray requestLog() const { return m_requestLog; }
    void clearRequestLog() { m_requestLog = QJsonArray(); }
    // Requests left unanswered by the hold-after-create fault on connections still open.
    int heldRequestCount() const;

signals:
    // Emitted after each API request with the entry added to the request log.
    void requestRecorded(const QJsonObject &entry);

private:
    // Result of a handler: a response, or nothing at all for the hold-after-create fault.
    struct Reply
    {
        HttpResponse response;
        bool hold = false;
    };

    // A fault that replaces the normal response of a data call.
    struct FaultHit
    {
        QString name;
        int status = 0;
        QString message;
    };

    void handleRequest(const HttpRequest &request, HttpResponder &responder);
    Reply handleControlRequest(const HttpRequest &request);
    Reply handleApiRequest(const HttpRequest &request, QJsonObject *entry);
    void record(QJsonObject entry);

    // Defined in sophosapicalls.cpp.
    HttpResponse issueToken(const HttpRequest &request);
    bool isValidToken(const QString &token) const;
    std::optional<FaultHit> takeDataCallFault(bool hasAccessToken);
    void applyRetryAfter(HttpResponse *response) const;
    HttpResponse handleWhoAmI() const;
    HttpResponse handleTenantList(const HttpRequest &request, SophosIdType listKind) const;
    std::optional<HttpResponse> checkTenantHeader(const HttpRequest &request,
                                                  QString *tenantId) const;
    Reply handleCaseCall(const HttpRequest &request, const QString &caseId, QJsonObject *entry);
    Reply createCase(const HttpRequest &request, const QString &tenantId, QJsonObject *entry);
    HttpResponse listCases(const HttpRequest &request, const QString &tenantId) const;
    Reply handleIngest(const HttpRequest &request, QJsonObject *entry);

    HttpServer *m_server;
    SophosSimulatorCredentials m_credentials;
    int m_tokenLifetimeSeconds = 3600;
    QHash<QString, QDateTime> m_tokenExpiry;
    SophosIdType m_idType = SophosIdType::Partner;
    QList<SophosTenant> m_tenants;
    int m_tenantPageSize = 2;
    SophosFaults m_faults;
    SophosCaseStore m_cases;
    QJsonArray m_ingestedItems;
    int m_ingestRequestCount = 0;
    QJsonArray m_requestLog;
};

} // namespace bridge
