#include "tst_sophos_simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

const QString whoamiPath = QStringLiteral("/whoami/v1");
const QString faultsPath = QStringLiteral("/_simulator/sophos/faults");

} // namespace

void SophosSimulatorTest::faultRateLimitWithRetryAfter()
{
    const QString token = fetchToken();
    m_simulator->faults().rateLimitCount = 2;
    m_simulator->faults().retryAfterSeconds = 7;

    for (int call = 0; call < 2; ++call) {
        const HttpResult limited = apiGet(whoamiPath, token);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), QByteArray("7"));
        QVERIFY(hasGatewayErrorShape(limited.json()));
    }
    QCOMPARE(apiGet(whoamiPath, token).status, 200);
    QCOMPARE(m_simulator->faults().rateLimitCount, 0);
}

void SophosSimulatorTest::faultRateLimitWithoutRetryAfter()
{
    const QString token = fetchToken();
    m_simulator->faults().rateLimitCount = 1;
    m_simulator->faults().retryAfterSeconds = 0;

    const HttpResult limited = apiGet(whoamiPath, token);
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.headers.contains("retry-after"));
    QCOMPARE(limited.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("tooManyRequests"));
}

void SophosSimulatorTest::faultServerError()
{
    const QString token = fetchToken();
    m_simulator->faults().serverErrorCount = 2;
    m_simulator->faults().serverErrorStatus = 502;

    // The token endpoint is never faulted.
    QCOMPARE(requestToken().status, 200);
    QCOMPARE(apiGet(whoamiPath, token).status, 502);
    const HttpResult second = createCase(token, demo::sophosTenantId(0), QStringLiteral("x"));
    QCOMPARE(second.status, 502);
    QVERIFY(hasGatewayErrorShape(second.json()));
    QCOMPARE(m_simulator->caseCount(), 0);
    QCOMPARE(apiGet(whoamiPath, token).status, 200);
}

void SophosSimulatorTest::faultRejectTokenOnce()
{
    const QString token = fetchToken();
    m_simulator->faults().rejectTokenCount = 1;

    const HttpResult rejected = apiGet(whoamiPath, token);
    QCOMPARE(rejected.status, 401);
    QCOMPARE(rejected.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("Unauthorized"));

    // The rejected token stays revoked, but a new one works.
    QCOMPARE(apiGet(whoamiPath, token).status, 401);
    QCOMPARE(apiGet(whoamiPath, fetchToken()).status, 200);
}

void SophosSimulatorTest::faultHoldAfterCreate()
{
    const QString token = fetchToken();
    const QString tenant = demo::sophosTenantId(0);
    m_simulator->faults().holdAfterCreateCount = 1;

    const HttpResult heldCreation = createCase(
            token, tenant, QJsonObject {{QStringLiteral("name"), QStringLiteral("held")}}, 500);
    QVERIFY(heldCreation.timedOut);
    QCOMPARE(m_simulator->cases(tenant).size(), 1);
    QCOMPARE(m_simulator->cases(tenant).constFirst().value(QStringLiteral("name")).toString(),
             QStringLiteral("held"));

    const QJsonObject entry = m_simulator->requestLog().last().toObject();
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 0);
    QCOMPARE(entry.value(QStringLiteral("fault")).toString(),
             QStringLiteral("sophos-hold-after-create"));

    // The client finds the case it never got a response for, and the next creation gets one.
    const HttpResult listed = apiGet(QStringLiteral("/cases/v1/cases"), token,
                                     {{"X-Tenant-ID", tenant.toLatin1()}});
    QCOMPARE(caseNames(listed), QStringList({QStringLiteral("held")}));
    QCOMPARE(createCase(token, tenant, QStringLiteral("next")).status, 201);
}

void SophosSimulatorTest::faultCaseError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorName");
    QTest::newRow("400") << 400 << QStringLiteral("badRequest");
    QTest::newRow("403") << 403 << QStringLiteral("forbidden");
    QTest::newRow("404") << 404 << QStringLiteral("notFound");
    QTest::newRow("422") << 422 << QStringLiteral("unprocessableEntity");
}

void SophosSimulatorTest::faultCaseError()
{
    QFETCH(int, status);
    QFETCH(QString, errorName);
    const QString token = fetchToken();
    const QString tenant = demo::sophosTenantId(0);
    m_simulator->faults().caseErrorCount = 1;
    m_simulator->faults().caseErrorStatus = status;

    // Listing is not a case creation, so it does not use up the counter.
    QCOMPARE(apiGet(QStringLiteral("/cases/v1/cases"), token, {{"X-Tenant-ID", tenant.toLatin1()}})
                     .status,
             200);

    const HttpResult failed = createCase(token, tenant, QStringLiteral("x"));
    QCOMPARE(failed.status, status);
    QVERIFY(hasGatewayErrorShape(failed.json()));
    QCOMPARE(failed.json().value(QStringLiteral("error")).toString(), errorName);
    QCOMPARE(m_simulator->caseCount(), 0);

    QCOMPARE(createCase(token, tenant, QStringLiteral("x")).status, 201);
}

void SophosSimulatorTest::faultsOnIngest()
{
    m_simulator->faults().rateLimitCount = 1;
    m_simulator->faults().serverErrorCount = 1;
    const QByteArray body = toJsonBytes(syntheticAlerts(2));

    const HttpResult limited = ingest(body);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("1"));
    QCOMPARE(limited.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("tooManyRequests"));
    QCOMPARE(ingest(body).status, 503);
    QVERIFY(m_simulator->ingestedItems().isEmpty());
    QCOMPARE(ingest(body).status, 200);
    QCOMPARE(m_simulator->ingestedItems().size(), 2);
}

void SophosSimulatorTest::faultsSetOverHttp()
{
    const HttpResult changed = send("POST", faultsPath,
                                    R"({"sophos-rate-limit":1,"sophos-retry-after":"3",)"
                                    R"("ingest-max-items":10,"sophos-case-error-status":422})");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QStringLiteral("sophos-rate-limit")).toInt(), 1);
    QCOMPARE(m_simulator->faults().retryAfterSeconds, 3);
    QCOMPARE(m_simulator->faults().ingestMaxItems, 10);
    QCOMPARE(m_simulator->faults().caseErrorStatus, 422);

    const HttpResult limited = apiGet(whoamiPath, fetchToken());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("3"));

    const QJsonObject current = send("GET", faultsPath).json();
    QCOMPARE(current.value(QStringLiteral("sophos-rate-limit")).toInt(), 0);
    QCOMPARE(current.value(QStringLiteral("ingest-max-bytes")).toInt(), 1024 * 1024);
}

void SophosSimulatorTest::faultsInvalidOverHttp()
{
    const QList<QByteArray> invalidBodies = {
            R"({"sophos-server-error-status":501})",
            R"({"sophos-case-error-status":500})",
            R"({"sophos-rate-limit":-1})",
            R"({"ingest-max-items":0})",
            R"({"rate-limit":1})",
            R"([1])",
            R"({"sophos-rate-limit":2,"sophos-no-such-switch":1})",
    };
    for (const QByteArray &body : invalidBodies) {
        const HttpResult result = send("POST", faultsPath, body);
        QVERIFY2(result.status == 400, body.constData());
        QVERIFY(!result.json().value(QStringLiteral("error")).toString().isEmpty());
    }
    // The valid member of the last body was not applied either.
    QCOMPARE(m_simulator->faults().rateLimitCount, 0);
}

void SophosSimulatorTest::faultsResetOverHttp()
{
    m_simulator->faults().serverErrorCount = 4;
    m_simulator->faults().ingestMaxItems = 10;
    QCOMPARE(send("DELETE", faultsPath).status, 200);
    QCOMPARE(m_simulator->faults().serverErrorCount, 0);
    QCOMPARE(m_simulator->faults().ingestMaxItems, 500);
    QCOMPARE(send("PUT", faultsPath).status, 405);
}

void SophosSimulatorTest::receivedEndpointListsData()
{
    const QString token = fetchToken();
    QCOMPARE(createCase(token, demo::sophosTenantId(0), QStringLiteral("a")).status, 201);
    QCOMPARE(createCase(token, demo::sophosTenantId(2), QStringLiteral("c")).status, 201);
    QCOMPARE(ingest(toJsonBytes(syntheticAlerts(3))).status, 200);

    const QJsonObject received = send("GET", QStringLiteral("/_simulator/sophos/received")).json();
    const QJsonObject cases = received.value(QStringLiteral("cases")).toObject();
    QCOMPARE(cases.size(), 2);
    QCOMPARE(cases.value(demo::sophosTenantId(0)).toArray().size(), 1);
    QCOMPARE(cases.value(demo::sophosTenantId(2))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("c")));
    const QJsonObject ingested = received.value(QStringLiteral("ingest")).toObject();
    QCOMPARE(ingested.value(QStringLiteral("requests")).toInt(), 1);
    QCOMPARE(ingested.value(QStringLiteral("items")).toArray(), syntheticAlerts(3));
    QCOMPARE(received, m_simulator->receivedJson());

    QCOMPARE(send("DELETE", QStringLiteral("/_simulator/sophos/received")).status, 200);
    QCOMPARE(m_simulator->caseCount(), 0);
    QVERIFY(m_simulator->ingestedItems().isEmpty());
}

void SophosSimulatorTest::requestLogRecordsCalls()
{
    const QString token = fetchToken();
    m_simulator->faults().rateLimitCount = 1;
    QCOMPARE(createCase(token, demo::sophosTenantId(1), QStringLiteral("x")).status, 429);
    QCOMPARE(createCase(token, demo::sophosTenantId(1), QStringLiteral("x")).status, 201);

    const HttpResult logResult = send("GET", QStringLiteral("/_simulator/sophos/requests"));
    QCOMPARE(logResult.status, 200);
    const QJsonArray log = QJsonDocument::fromJson(logResult.body).array();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/api/v2/oauth2/token"));
    QCOMPARE(log.at(0).toObject().value(QStringLiteral("status")).toInt(), 200);

    const QJsonObject limited = log.at(1).toObject();
    QCOMPARE(limited.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(limited.value(QStringLiteral("path")).toString(), QStringLiteral("/cases/v1/cases"));
    QCOMPARE(limited.value(QStringLiteral("status")).toInt(), 429);
    QCOMPARE(limited.value(QStringLiteral("tenant")).toString(), demo::sophosTenantId(1));
    QCOMPARE(limited.value(QStringLiteral("fault")).toString(),
             QStringLiteral("sophos-rate-limit"));

    const QJsonObject created = log.at(2).toObject();
    QCOMPARE(created.value(QStringLiteral("status")).toInt(), 201);
    QVERIFY(!created.value(QStringLiteral("caseId")).toString().isEmpty());

    QCOMPARE(send("DELETE", QStringLiteral("/_simulator/sophos/requests")).status, 200);
    QVERIFY(m_simulator->requestLog().isEmpty());
}

void SophosSimulatorTest::controlEndpointsHaveNoSecrets()
{
    const QString token = fetchToken();
    QCOMPARE(requestToken(demo::sophosClientId(), QStringLiteral("wrong-secret")).status, 401);
    QCOMPARE(apiGet(whoamiPath, token).status, 200);
    QCOMPARE(createCase(token, demo::sophosTenantId(0), QStringLiteral("x")).status, 201);
    QCOMPARE(ingest(toJsonBytes(syntheticAlerts(1))).status, 200);
    QCOMPARE(ingest(toJsonBytes(syntheticAlerts(1)), QStringLiteral("wrong-key")).status, 401);

    const QByteArray everything = send("GET", QStringLiteral("/_simulator/sophos/requests")).body
            + send("GET", QStringLiteral("/_simulator/sophos/received")).body
            + send("GET", faultsPath).body;
    QVERIFY(!everything.isEmpty());
    const QStringList secrets = {token,
                                 demo::sophosClientSecret(),
                                 QStringLiteral("wrong-secret"),
                                 demo::ingestKey(),
                                 QStringLiteral("wrong-key"),
                                 QStringLiteral("Bearer")};
    for (const QString &secret : secrets)
        QVERIFY2(!everything.contains(secret.toUtf8()), qPrintable(secret));
    QVERIFY(!everything.toLower().contains("authorization"));
}
