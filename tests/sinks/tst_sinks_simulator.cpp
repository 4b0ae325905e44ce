// The Sophos Central client and the case and HTTPS ingest destinations against the Sophos
// Central simulator on 127.0.0.1: discovery, case creation, crash recovery after a response
// that never arrived, and 413 splitting.

#include "httpsingestsink.h"
#include "sinktestsupport.h"
#include "sophoscasecontent.h"
#include "sophoscasesink.h"
#include "sophoscentralclient.h"
#include "sophossimulator.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

using namespace bridge;
using namespace bridge::test;

class SinksSimulatorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void partnerDiscovery();
    void casesCreatedOnce();
    void caseRecoveredAfterLostResponse();
    void ingestSplitsOn413();

private:
    SophosIdentity discoverIdentity();

    std::unique_ptr<SophosSimulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SophosCentralClient> m_client;
};

void SinksSimulatorTest::init()
{
    m_simulator = std::make_unique<SophosSimulator>();
    QVERIFY(m_simulator->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    SophosEndpoints endpoints;
    endpoints.identityUrl = m_simulator->baseUrl();
    endpoints.apiUrl = m_simulator->baseUrl();
    const SophosSimulatorCredentials accepted;
    m_client = std::make_unique<SophosCentralClient>(
            m_network.get(), endpoints,
            SophosCredentials {accepted.clientId, accepted.clientSecret});
    m_client->setTransferTimeout(2000);
}

void SinksSimulatorTest::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_simulator.reset();
}

SophosIdentity SinksSimulatorTest::discoverIdentity()
{
    std::optional<std::pair<SophosError, SophosIdentity>> outcome;
    m_client->whoami([&](const SophosError &error, const SophosIdentity &identity) {
        outcome = std::make_pair(error, identity);
    });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        return {};
    if (outcome->first.isError())
        qWarning("whoami failed: %s", qPrintable(outcome->first.message));
    return outcome->second;
}

void SinksSimulatorTest::partnerDiscovery()
{
    m_simulator->setIdType(SophosIdType::Partner);
    m_simulator->setTenantCount(3);
    const SophosIdentity identity = discoverIdentity();
    QCOMPARE(identity.type, SophosIdentity::Type::Partner);
    QCOMPARE(identity.id, m_simulator->callerId());

    std::optional<std::pair<SophosError, QList<SophosTenantInfo>>> outcome;
    m_client->listTenants(identity,
                          [&](const SophosError &error, const QList<SophosTenantInfo> &tenants) {
                              outcome = std::make_pair(error, tenants);
                          });
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
    QVERIFY2(!outcome->first.isError(), qPrintable(outcome->first.message));
    QCOMPARE(outcome->second.size(), 3);
    QCOMPARE(outcome->second.first().id, m_simulator->tenants().first().id);
    QCOMPARE(outcome->second.first().apiHost, m_simulator->baseUrl());
}

void SinksSimulatorTest::casesCreatedOnce()
{
    m_simulator->setIdType(SophosIdType::Tenant);
    const SophosIdentity identity = discoverIdentity();
    QCOMPARE(identity.type, SophosIdentity::Type::Tenant);
    SophosCaseSink sink(m_client.get(), SophosCaseTarget {identity.dataRegionUrl, identity.id});

    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(&sink, {sampleItem(1), sampleItem(2), sampleItem(3)});
    QVERIFY(results.has_value());
    for (const DeliveryResult &result : *results)
        QVERIFY2(result.outcome == DeliveryResult::Outcome::Delivered, qPrintable(result.message));
    const QList<QJsonObject> stored = m_simulator->cases(identity.id);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.first().value(u"name").toString(), sophosCaseName(sampleAlert(1)));
    QVERIFY(stored.first().value(u"overview").toString().contains(sampleKey(1)));
}

void SinksSimulatorTest::caseRecoveredAfterLostResponse()
{
    m_simulator->setIdType(SophosIdType::Tenant);
    const SophosIdentity identity = discoverIdentity();
    SophosCaseSink sink(m_client.get(), SophosCaseTarget {identity.dataRegionUrl, identity.id});
    m_client->setTransferTimeout(500);

    // The simulator stores the case and never responds, as if the connection broke.
    m_simulator->faults().holdAfterCreateCount = 1;
    const QDateTime firstAttempt = QDateTime::currentDateTimeUtc();
    std::optional<QList<DeliveryResult>> results = deliverAndWait(&sink, {sampleItem(5)});
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->first().outcome), QStringLiteral("retry"));
    QCOMPARE(m_simulator->cases(identity.id).size(), 1);

    // The retry finds the stored case and does not create a second one.
    results = deliverAndWait(&sink, {sampleItem(5, 1, firstAttempt)});
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->first().outcome), QStringLiteral("delivered"));
    QCOMPARE(m_simulator->cases(identity.id).size(), 1);
    QCOMPARE(sink.recoveryListingCount(), 1);
}

void SinksSimulatorTest::ingestSplitsOn413()
{
    m_simulator->faults().ingestMaxItems = 10;
    m_simulator->faults().ingestMaxBytes = 8 * 1024;
    HttpsIngestOptions options;
    options.url = QUrl(m_simulator->baseUrl().toString() + QStringLiteral("/ingest"));
    options.bearerKey = SophosSimulatorCredentials().ingestKey;
    HttpsIngestSink sink(m_network.get(), options);

    QList<DeliveryItem> items;
    for (int number = 0; number < 25; ++number) {
        DeliveryItem item = sampleItem(number);
        if (number == 17)
            item.alert.insert(QStringLiteral("detail"), QString(9000, u'u'));
        items.append(item);
    }
    const std::optional<QList<DeliveryResult>> results = deliverAndWait(&sink, items);
    QVERIFY(results.has_value());
    for (int number = 0; number < 25; ++number) {
        const DeliveryResult &result = results->at(number);
        if (number == 17) {
            QCOMPARE(outcomeName(result.outcome), QStringLiteral("failed"));
            QVERIFY(result.message.contains(u"too large"));
        } else {
            QVERIFY2(result.outcome == DeliveryResult::Outcome::Delivered,
                     qPrintable(result.message));
        }
    }
    QStringList ingestedKeys;
    for (const QJsonValue &item : m_simulator->ingestedItems())
        ingestedKeys.append(item.toObject().value(u"key").toString());
    QCOMPARE(ingestedKeys.size(), 24);
    QCOMPARE(QSet<QString>(ingestedKeys.cbegin(), ingestedKeys.cend()).size(), 24);
    QVERIFY(!ingestedKeys.contains(sampleKey(17)));
    QVERIFY(m_simulator->ingestRequestCount() >= 3);
}

QTEST_MAIN(SinksSimulatorTest)
#include "tst_sinks_simulator.moc"
