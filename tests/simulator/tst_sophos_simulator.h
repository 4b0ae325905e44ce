#pragma once

#include "simulatorclient.h"
#include "sophossimulator.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace bridge::test {

using RequestHeaders = QList<QPair<QByteArray, QByteArray>>;

} // namespace bridge::test

// Tests of the Sophos simulator over real HTTP on 127.0.0.1. Every test gets a fresh simulator
// with its defaults: partner credential, three tenants (Customer A, B and C) and a tenant page
// size of 2.
class SophosSimulatorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // tst_sophos_simulator_identity.cpp
    void tokenIssuedForDemoClient();
    void tokenLifetimeConfigurable();
    void tokenRejectedForWrongSecret();
    void tokenRejectedForWrongGrantOrScope();
    void tokenExpiresAfterLifetime();
    void whoamiVariants_data();
    void whoamiVariants();
    void whoamiRequiresToken();
    void tenantsPartnerPaging();
    void tenantsOrganizationPaging();
    void tenantsPageSizeCapped();
    void tenantsTotalsOnlyWithPageTotal();
    void tenantsHeaderChecked();
    void unknownPathAndMethod();

    // tst_sophos_simulator_cases.cpp
    void caseCreateReturnsCase();
    void caseGetById();
    void caseListNewestFirst();
    void caseListOldestFirst();
    void caseListPaging();
    void caseListCreatedAfter();
    void caseListInvalidQuery();
    void caseNameLengthChecked();
    void caseInvalidBodyRejected();
    void caseTenantIsolation();
    void caseTenantHeaderChecked();
    void caseTenantCredentialOwnTenantOnly();

    // tst_sophos_simulator_ingest.cpp
    void ingestAcceptsBatch();
    void ingestTooManyItems();
    void ingestTooManyBytes();
    void ingestDefaultLimits();
    void ingestSplitBatchesAccepted();
    void ingestWrongKeyRejected();
    void ingestNotArrayRejected();

    // tst_sophos_simulator_faults.cpp
    void faultRateLimitWithRetryAfter();
    void faultRateLimitWithoutRetryAfter();
    void faultServerError();
    void faultRejectTokenOnce();
    void faultHoldAfterCreate();
    void faultCaseError_data();
    void faultCaseError();
    void faultsOnIngest();
    void faultsSetOverHttp();
    void faultsInvalidOverHttp();
    void faultsResetOverHttp();
    void receivedEndpointListsData();
    void requestLogRecordsCalls();
    void controlEndpointsHaveNoSecrets();

private:
    // pathAndQuery is appended to the simulator's base URL as written.
    bridge::test::HttpResult send(const QByteArray &method, const QString &pathAndQuery,
                                  const QByteArray &body = QByteArray(),
                                  const bridge::test::RequestHeaders &headers = {},
                                  int timeoutMs = 5000);
    bridge::test::HttpResult
    requestToken(const QString &clientId = bridge::demo::sophosClientId(),
                 const QString &clientSecret = bridge::demo::sophosClientSecret(),
                 const QString &grantType = QStringLiteral("client_credentials"),
                 const QString &scope = QStringLiteral("token"));
    // Returns a fresh access token for the demo client, or an empty string.
    QString fetchToken();
    bridge::test::HttpResult apiGet(const QString &pathAndQuery, const QString &token,
                                    const bridge::test::RequestHeaders &headers = {});
    bridge::test::HttpResult createCase(const QString &token, const QString &tenantId,
                                        const QJsonObject &body, int timeoutMs = 5000);
    bridge::test::HttpResult createCase(const QString &token, const QString &tenantId,
                                        const QString &name);
    bridge::test::HttpResult ingest(const QByteArray &body,
                                    const QString &key = bridge::demo::ingestKey());

    std::unique_ptr<bridge::SophosSimulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

namespace bridge::test {

// Whether a body has the API gateway's error members: error, message, correlationId and
// requestId.
bool hasGatewayErrorShape(const QJsonObject &body);

// Names of the case objects in a list body's "items", in the order served.
QStringList caseNames(const HttpResult &result);

// Builds alerts shaped like the ones the bridge pushes, with ids "alert-000", "alert-001", ….
// Each is about 250 bytes of JSON.
QJsonArray syntheticAlerts(int count);
QByteArray toJsonBytes(const QJsonArray &array);

} // namespace bridge::test
