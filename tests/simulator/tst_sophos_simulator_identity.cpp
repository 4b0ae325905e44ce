#include "tst_sophos_simulator.h"

#include <QJsonArray>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

const QString partnerTenantsPath = QStringLiteral("/partner/v1/tenants");
const QString organizationTenantsPath = QStringLiteral("/organization/v1/tenants");

QStringList tenantIds(const HttpResult &page)
{
    QStringList ids;
    for (const QJsonValue &item : page.json().value(QStringLiteral("items")).toArray())
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QJsonObject pagesOf(const HttpResult &page)
{
    return page.json().value(QStringLiteral("pages")).toObject();
}

} // namespace

void SophosSimulatorTest::tokenIssuedForDemoClient()
{
    const HttpResult result = requestToken();
    QCOMPARE(result.status, 200);

    const QJsonObject body = result.json();
    QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(body.value(QStringLiteral("access_token"))
            != requestToken().json().value(QStringLiteral("access_token")));
}

void SophosSimulatorTest::tokenLifetimeConfigurable()
{
    m_simulator->setTokenLifetime(120);
    QCOMPARE(requestToken().json().value(QStringLiteral("expires_in")).toInt(), 120);
}

void SophosSimulatorTest::tokenRejectedForWrongSecret()
{
    const HttpResult wrongSecret
            = requestToken(demo::sophosClientId(), QStringLiteral("not-the-secret"));
    QCOMPARE(wrongSecret.status, 401);
    const QJsonObject body = wrongSecret.json();
    QCOMPARE(body.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("oauth.invalid_client_secret"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("Unauthorized"));
    QVERIFY(!body.value(QStringLiteral("trackingId")).toString().isEmpty());
    QVERIFY(!body.contains(QStringLiteral("access_token")));

    QCOMPARE(requestToken(QStringLiteral("other-client"), demo::sophosClientSecret()).status, 401);
}

void SophosSimulatorTest::tokenRejectedForWrongGrantOrScope()
{
    const HttpResult wrongGrant = requestToken(demo::sophosClientId(), demo::sophosClientSecret(),
                                               QStringLiteral("password"));
    QCOMPARE(wrongGrant.status, 400);
    QCOMPARE(wrongGrant.json().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("oauth.unsupported_grant_type"));

    const HttpResult wrongScope
            = requestToken(demo::sophosClientId(), demo::sophosClientSecret(),
                           QStringLiteral("client_credentials"), QStringLiteral("openid"));
    QCOMPARE(wrongScope.status, 400);
    QCOMPARE(wrongScope.json().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("oauth.invalid_scope"));
}

void SophosSimulatorTest::tokenExpiresAfterLifetime()
{
    m_simulator->setTokenLifetime(1);
    const QString token = fetchToken();
    QCOMPARE(apiGet(QStringLiteral("/whoami/v1"), token).status, 200);

    QTest::qWait(1100);
    const HttpResult expired = apiGet(QStringLiteral("/whoami/v1"), token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("Unauthorized"));
    QVERIFY(hasGatewayErrorShape(expired.json()));
}

void SophosSimulatorTest::whoamiVariants_data()
{
    QTest::addColumn<SophosIdType>("idType");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<QString>("expectedId");
    QTest::newRow("tenant") << SophosIdType::Tenant << QStringLiteral("tenant")
                            << demo::sophosTenantId(0);
    QTest::newRow("partner") << SophosIdType::Partner << QStringLiteral("partner")
                             << demo::sophosCallerId();
    QTest::newRow("organization") << SophosIdType::Organization << QStringLiteral("organization")
                                  << demo::sophosCallerId();
}

void SophosSimulatorTest::whoamiVariants()
{
    QFETCH(SophosIdType, idType);
    QFETCH(QString, expectedName);
    QFETCH(QString, expectedId);
    m_simulator->setIdType(idType);

    const HttpResult result = apiGet(QStringLiteral("/whoami/v1"), fetchToken());
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    QCOMPARE(body.value(QStringLiteral("id")).toString(), expectedId);
    QCOMPARE(body.value(QStringLiteral("idType")).toString(), expectedName);

    const QString base = m_simulator->baseUrl().toString();
    const QJsonObject apiHosts = body.value(QStringLiteral("apiHosts")).toObject();
    QCOMPARE(apiHosts.value(QStringLiteral("global")).toString(), QString(base + u'/'));
    if (idType == SophosIdType::Tenant)
        QCOMPARE(apiHosts.value(QStringLiteral("dataRegion")).toString(), base);
    else
        QVERIFY(!apiHosts.contains(QStringLiteral("dataRegion")));
}

void SophosSimulatorTest::whoamiRequiresToken()
{
    const HttpResult missing = send("GET", QStringLiteral("/whoami/v1"));
    QCOMPARE(missing.status, 401);
    QVERIFY(hasGatewayErrorShape(missing.json()));
    QCOMPARE(apiGet(QStringLiteral("/whoami/v1"), QStringLiteral("made-up-token")).status, 401);
}

void SophosSimulatorTest::tenantsPartnerPaging()
{
    const QString token = fetchToken();
    const RequestHeaders partner = {{"X-Partner-ID", demo::sophosCallerId().toLatin1()}};

    const HttpResult first = apiGet(partnerTenantsPath + u"?pageTotal=true", token, partner);
    QCOMPARE(first.status, 200);
    const QJsonObject pages = pagesOf(first);
    QCOMPARE(pages.value(QStringLiteral("current")).toInt(), 1);
    QCOMPARE(pages.value(QStringLiteral("size")).toInt(), 2);
    QCOMPARE(pages.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(pages.value(QStringLiteral("items")).toInt(), 3);

    QStringList ids = tenantIds(first);
    for (int page = 2; page <= pages.value(QStringLiteral("total")).toInt(); ++page) {
        const HttpResult next
                = apiGet(partnerTenantsPath + QStringLiteral("?page=%1").arg(page), token, partner);
        QCOMPARE(next.status, 200);
        QCOMPARE(pagesOf(next).value(QStringLiteral("current")).toInt(), page);
        ids += tenantIds(next);
    }
    QCOMPARE(ids,
             QStringList(
                     {demo::sophosTenantId(0), demo::sophosTenantId(1), demo::sophosTenantId(2)}));

    const QJsonObject customerA
            = first.json().value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(customerA.value(QStringLiteral("name")).toString(), QStringLiteral("Customer A"));
    QCOMPARE(customerA.value(QStringLiteral("apiHost")).toString(),
             m_simulator->baseUrl().toString());
    for (const char *member : {"dataGeography", "dataRegion", "billingType", "status"})
        QVERIFY2(!customerA.value(QLatin1String(member)).toString().isEmpty(), member);
}

void SophosSimulatorTest::tenantsOrganizationPaging()
{
    m_simulator->setIdType(SophosIdType::Organization);
    m_simulator->setTenantCount(5);
    const QString token = fetchToken();
    const RequestHeaders organization = {{"X-Organization-ID", demo::sophosCallerId().toLatin1()}};

    const HttpResult first
            = apiGet(organizationTenantsPath + u"?pageTotal=true", token, organization);
    QCOMPARE(first.status, 200);
    QCOMPARE(pagesOf(first).value(QStringLiteral("total")).toInt(), 3);

    QStringList ids = tenantIds(first);
    for (int page = 2; page <= 3; ++page) {
        ids += tenantIds(apiGet(organizationTenantsPath + QStringLiteral("?page=%1").arg(page),
                                token, organization));
    }
    QCOMPARE(ids.size(), 5);
    QCOMPARE(ids.at(4), demo::sophosTenantId(4));
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 5);

    const HttpResult afterLast = apiGet(organizationTenantsPath + u"?page=4", token, organization);
    QCOMPARE(afterLast.status, 200);
    QVERIFY(tenantIds(afterLast).isEmpty());
}

void SophosSimulatorTest::tenantsPageSizeCapped()
{
    const RequestHeaders partner = {{"X-Partner-ID", demo::sophosCallerId().toLatin1()}};
    const HttpResult page = apiGet(partnerTenantsPath + u"?pageSize=100", fetchToken(), partner);
    QCOMPARE(page.status, 200);
    QCOMPARE(tenantIds(page).size(), 2);
    QCOMPARE(pagesOf(page).value(QStringLiteral("size")).toInt(), 2);
    QCOMPARE(pagesOf(page).value(QStringLiteral("maxSize")).toInt(), 2);

    m_simulator->setTenantPageSize(10);
    QCOMPARE(tenantIds(apiGet(partnerTenantsPath, fetchToken(), partner)).size(), 3);
}

void SophosSimulatorTest::tenantsTotalsOnlyWithPageTotal()
{
    const RequestHeaders partner = {{"X-Partner-ID", demo::sophosCallerId().toLatin1()}};
    const QJsonObject pages = pagesOf(apiGet(partnerTenantsPath, fetchToken(), partner));
    QCOMPARE(pages.value(QStringLiteral("current")).toInt(), 1);
    QVERIFY(!pages.contains(QStringLiteral("total")));
    QVERIFY(!pages.contains(QStringLiteral("items")));
}

void SophosSimulatorTest::tenantsHeaderChecked()
{
    const QString token = fetchToken();

    const HttpResult missing = apiGet(partnerTenantsPath, token);
    QCOMPARE(missing.status, 400);
    QVERIFY(hasGatewayErrorShape(missing.json()));

    const HttpResult wrongId = apiGet(partnerTenantsPath, token, {{"X-Partner-ID", "someone"}});
    QCOMPARE(wrongId.status, 403);
    QVERIFY(hasGatewayErrorShape(wrongId.json()));
    QVERIFY(!wrongId.json().value(QStringLiteral("createdAt")).toString().isEmpty());

    // A partner credential may not call the organization list, even with its own id.
    const HttpResult wrongKind = apiGet(organizationTenantsPath, token,
                                        {{"X-Organization-ID", demo::sophosCallerId().toLatin1()}});
    QCOMPARE(wrongKind.status, 403);

    const HttpResult noToken = send("GET", partnerTenantsPath, QByteArray(),
                                    {{"X-Partner-ID", demo::sophosCallerId().toLatin1()}});
    QCOMPARE(noToken.status, 401);

    const HttpResult badPage = apiGet(partnerTenantsPath + u"?page=0", token,
                                      {{"X-Partner-ID", demo::sophosCallerId().toLatin1()}});
    QCOMPARE(badPage.status, 400);
}

void SophosSimulatorTest::unknownPathAndMethod()
{
    const HttpResult unknown = apiGet(QStringLiteral("/common/v1/alerts"), fetchToken());
    QCOMPARE(unknown.status, 404);
    QVERIFY(hasGatewayErrorShape(unknown.json()));

    const HttpResult wrongMethod = send("DELETE", QStringLiteral("/whoami/v1"));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("allow"), QByteArray("GET"));
}
