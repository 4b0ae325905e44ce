#include "tst_sophos_simulator.h"

#include <QJsonArray>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

const QString casesPath = QStringLiteral("/cases/v1/cases");

RequestHeaders tenantHeader(const QString &tenantId)
{
    return {{"X-Tenant-ID", tenantId.toLatin1()}};
}

} // namespace

void SophosSimulatorTest::caseCreateReturnsCase()
{
    const QJsonObject body {
            {QStringLiteral("name"), QStringLiteral("Mimecast: URL Protection [0123456789ab]")},
            {QStringLiteral("type"), QStringLiteral("investigation")},
            {QStringLiteral("severity"), QStringLiteral("medium")},
            {QStringLiteral("status"), QStringLiteral("new")},
            {QStringLiteral("managedBy"), QStringLiteral("self")},
            {QStringLiteral("overview"), QStringLiteral("Category: url")}};
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const HttpResult result = createCase(fetchToken(), demo::sophosTenantId(1), body);
    QCOMPARE(result.status, 201);

    const QJsonObject created = result.json();
    QVERIFY(!created.value(QStringLiteral("id")).toString().isEmpty());
    for (const QString &field : body.keys())
        QCOMPARE(created.value(field), body.value(field));
    QCOMPARE(created.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id")),
             QJsonValue(demo::sophosTenantId(1)));
    QCOMPARE(created.value(QStringLiteral("createdBy")).toObject().value(QStringLiteral("id")),
             QJsonValue(demo::sophosCallerId()));

    const QString createdAt = created.value(QStringLiteral("createdAt")).toString();
    QVERIFY2(createdAt.endsWith(u'Z'), qPrintable(createdAt));
    const QDateTime createdTime = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    QVERIFY(createdTime >= before);
    QVERIFY(createdTime <= QDateTime::currentDateTimeUtc());

    QCOMPARE(m_simulator->cases(demo::sophosTenantId(1)).size(), 1);
    QCOMPARE(m_simulator->cases(demo::sophosTenantId(1)).constFirst(), created);
}

void SophosSimulatorTest::caseGetById()
{
    const QString token = fetchToken();
    const QString tenant = demo::sophosTenantId(0);
    const QString id = createCase(token, tenant, QStringLiteral("first"))
                               .json()
                               .value(QStringLiteral("id"))
                               .toString();

    const HttpResult found = apiGet(casesPath + u'/' + id, token, tenantHeader(tenant));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json().value(QStringLiteral("name")).toString(), QStringLiteral("first"));

    const HttpResult missing = apiGet(casesPath + u"/no-such-case", token, tenantHeader(tenant));
    QCOMPARE(missing.status, 404);
    QVERIFY(hasGatewayErrorShape(missing.json()));
}

void SophosSimulatorTest::caseListNewestFirst()
{
    const QString token = fetchToken();
    const QString tenant = demo::sophosTenantId(0);
    for (const char *name : {"one", "two", "three"})
        QCOMPARE(createCase(token, tenant, QLatin1String(name)).status, 201);

    const HttpResult list = apiGet(casesPath, token, tenantHeader(tenant));
    QCOMPARE(list.status, 200);
    QCOMPARE(caseNames(list),
             QStringList({QStringLiteral("three"), QStringLiteral("two"), QStringLiteral("one")}));

    const HttpResult explicitOrder
            = apiGet(casesPath + u"?sort=createdAt:desc", token, tenantHeader(tenant));
    QCOMPARE(caseNames(explicitOrder), caseNames(list));
}

void SophosSimulatorTest::caseListOldestFirst()
{
    const QString token = fetchToken();
    const QString tenant = demo::sophosTenantId(0);
    for (const char *name : {"one", "two", "three"})
        QCOMPARE(createCase(token, tenant, QLatin1String(name)).status, 201);

    for (const QString &sort : {QStringLiteral("createdAt:asc"), QStringLiteral("createdAt")}) {
        const HttpResult list = apiGet(casesPath + u"?sort=" + sort, token, tenantHeader(tenant));
        QCOMPARE(caseNames(list),
                 QStringList(
                         {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    }
}

void SophosSimulatorTest::caseListPaging()
{
    const QString token = fetchToken();
    const QString tenant = demo::sophosTenantId(0);
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(createCase(token, tenant, QStringLiteral("case %1").arg(i)).status, 201);

    QStringList names;
    int total = 0;
    int page = 1;
    do {
        const HttpResult result = apiGet(casesPath
                                                 + QStringLiteral("?sort=createdAt:asc&pageSize=2"
                                                                  "&pageTotal=true&page=%1")
                                                           .arg(page),
                                         token, tenantHeader(tenant));
        QCOMPARE(result.status, 200);
        const QJsonObject pages = result.json().value(QStringLiteral("pages")).toObject();
        QCOMPARE(pages.value(QStringLiteral("current")).toInt(), page);
        QCOMPARE(pages.value(QStringLiteral("items")).toInt(), 5);
        total = pages.value(QStringLiteral("total")).toInt();
        names += caseNames(result);
    } while (++page <= total && page < 10);

    QCOMPARE(total, 3);
    QCOMPARE(names,
             QStringList({QStringLiteral("case 1"), QStringLiteral("case 2"),
                          QStringLiteral("case 3"), QStringLiteral("case 4"),
                          QStringLiteral("case 5")}));
}

void SophosSimulatorTest::caseListCreatedAfter()
{
    const QString token = fetchToken();
    const QString tenant = demo::sophosTenantId(0);
    QCOMPARE(createCase(token, tenant, QStringLiteral("before")).status, 201);
    QTest::qWait(20);
    const QDateTime boundary = QDateTime::currentDateTimeUtc();
    QTest::qWait(20);
    QCOMPARE(createCase(token, tenant, QStringLiteral("after 1")).status, 201);
    QCOMPARE(createCase(token, tenant, QStringLiteral("after 2")).status, 201);

    const QString utcText = boundary.toString(Qt::ISODateWithMs);
    QVERIFY(utcText.endsWith(u'Z'));
    const HttpResult utc
            = apiGet(casesPath + u"?createdAfter=" + utcText, token, tenantHeader(tenant));
    QCOMPARE(utc.status, 200);
    QCOMPARE(caseNames(utc), QStringList({QStringLiteral("after 2"), QStringLiteral("after 1")}));

    // The same instant written with an offset ("+" percent-encoded as in a query string).
    const QString offsetText = boundary.toOffsetFromUtc(2 * 3600).toString(Qt::ISODateWithMs);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(offsetText));
    const HttpResult offset
            = apiGet(casesPath + u"?createdAfter=" + encoded, token, tenantHeader(tenant));
    QCOMPARE(offset.status, 200);
    QCOMPARE(caseNames(offset), caseNames(utc));

    const HttpResult before
            = apiGet(casesPath + u"?createdBefore=" + utcText, token, tenantHeader(tenant));
    QCOMPARE(caseNames(before), QStringList({QStringLiteral("before")}));
}

void SophosSimulatorTest::caseListInvalidQuery()
{
    const QString token = fetchToken();
    const auto tenant = tenantHeader(demo::sophosTenantId(0));
    const QStringList queries = {
            QStringLiteral("?createdAfter=yesterday"),
            QStringLiteral("?createdAfter=2024-11-17T08:00:00"),
            QStringLiteral("?createdAfter=P1D"),
            QStringLiteral("?sort=name:asc"),
            QStringLiteral("?page=0"),
            QStringLiteral("?pageSize=-1"),
            QStringLiteral("?pageTotal=yes"),
    };
    for (const QString &query : queries) {
        const HttpResult result = apiGet(casesPath + query, token, tenant);
        QVERIFY2(result.status == 400, qPrintable(query));
        QVERIFY2(hasGatewayErrorShape(result.json()), qPrintable(query));
    }
}

void SophosSimulatorTest::caseNameLengthChecked()
{
    const QString token = fetchToken();
    const QString tenant = demo::sophosTenantId(0);

    QCOMPARE(createCase(token, tenant, QString(255, u'x')).status, 201);

    const HttpResult tooLong = createCase(token, tenant, QString(256, u'x'));
    QCOMPARE(tooLong.status, 400);
    QVERIFY(hasGatewayErrorShape(tooLong.json()));
    QVERIFY(tooLong.json().value(QStringLiteral("message")).toString().contains(u"255"));

    QCOMPARE(createCase(token, tenant, QString()).status, 400);
    QCOMPARE(createCase(token, tenant, QStringLiteral("   ")).status, 400);
    QCOMPARE(createCase(token, tenant,
                        QJsonObject {{QStringLiteral("overview"), QStringLiteral("x")}})
                     .status,
             400);
    QCOMPARE(m_simulator->caseCount(), 1);
}

void SophosSimulatorTest::caseInvalidBodyRejected()
{
    const QString token = fetchToken();
    const QString tenant = demo::sophosTenantId(0);

    const HttpResult notJson = send(
            "POST", casesPath, "name=x",
            {{"Authorization", "Bearer " + token.toLatin1()}, {"X-Tenant-ID", tenant.toLatin1()}});
    QCOMPARE(notJson.status, 400);
    QVERIFY(hasGatewayErrorShape(notJson.json()));

    const QJsonObject numberName {{QStringLiteral("name"), 5}};
    QCOMPARE(createCase(token, tenant, numberName).status, 400);
    const QJsonObject numberSeverity {{QStringLiteral("name"), QStringLiteral("x")},
                                      {QStringLiteral("severity"), 3}};
    QCOMPARE(createCase(token, tenant, numberSeverity).status, 400);
    QCOMPARE(m_simulator->caseCount(), 0);
}

void SophosSimulatorTest::caseTenantIsolation()
{
    const QString token = fetchToken();
    const QString tenantA = demo::sophosTenantId(0);
    const QString tenantB = demo::sophosTenantId(1);
    const QString idInA = createCase(token, tenantA, QStringLiteral("in A"))
                                  .json()
                                  .value(QStringLiteral("id"))
                                  .toString();
    QCOMPARE(createCase(token, tenantB, QStringLiteral("in B")).status, 201);

    QCOMPARE(caseNames(apiGet(casesPath, token, tenantHeader(tenantA))),
             QStringList({QStringLiteral("in A")}));
    QCOMPARE(caseNames(apiGet(casesPath, token, tenantHeader(tenantB))),
             QStringList({QStringLiteral("in B")}));
    QVERIFY(caseNames(apiGet(casesPath, token, tenantHeader(demo::sophosTenantId(2)))).isEmpty());
    QCOMPARE(apiGet(casesPath + u'/' + idInA, token, tenantHeader(tenantB)).status, 404);
    QCOMPARE(m_simulator->cases(tenantA).size(), 1);
    QCOMPARE(m_simulator->cases(tenantB).size(), 1);
}

void SophosSimulatorTest::caseTenantHeaderChecked()
{
    const QString token = fetchToken();

    const HttpResult missing = apiGet(casesPath, token);
    QCOMPARE(missing.status, 400);
    QVERIFY(hasGatewayErrorShape(missing.json()));

    const HttpResult unknown
            = createCase(token, QStringLiteral("not-a-tenant"), QStringLiteral("x"));
    QCOMPARE(unknown.status, 403);
    QVERIFY(hasGatewayErrorShape(unknown.json()));

    const HttpResult noToken
            = send("POST", casesPath, R"({"name":"x"})", tenantHeader(demo::sophosTenantId(0)));
    QCOMPARE(noToken.status, 401);
    QVERIFY(hasGatewayErrorShape(noToken.json()));
    QCOMPARE(m_simulator->caseCount(), 0);
}

void SophosSimulatorTest::caseTenantCredentialOwnTenantOnly()
{
    m_simulator->setIdType(SophosIdType::Tenant);
    const QString token = fetchToken();
    QCOMPARE(createCase(token, demo::sophosTenantId(0), QStringLiteral("own")).status, 201);
    QCOMPARE(createCase(token, demo::sophosTenantId(1), QStringLiteral("other")).status, 403);
}
