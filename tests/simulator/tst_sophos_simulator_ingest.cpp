#include "tst_sophos_simulator.h"

#include <QJsonArray>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

// Small limits that force a batch of 25 alerts to be split.
void setSmallIngestLimits(SophosSimulator *simulator)
{
    simulator->faults().ingestMaxItems = 10;
    simulator->faults().ingestMaxBytes = 8 * 1024;
}

QStringList alertIds(const QJsonArray &alerts)
{
    QStringList ids;
    for (const QJsonValue &alert : alerts)
        ids.append(alert.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

bool isPayloadTooLarge(const HttpResult &result)
{
    const QJsonObject body = result.json();
    return result.status == 413
            && body.value(QStringLiteral("error")).toString() == u"payloadTooLarge"
            && body.value(QStringLiteral("message")).toString() == u"request entity too large";
}

} // namespace

void SophosSimulatorTest::ingestAcceptsBatch()
{
    setSmallIngestLimits(m_simulator.get());
    const QJsonArray alerts = syntheticAlerts(10);

    const HttpResult result = ingest(toJsonBytes(alerts));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("accepted")).toInt(), 10);
    QCOMPARE(m_simulator->ingestRequestCount(), 1);
    QCOMPARE(m_simulator->ingestedItems(), alerts);
}

void SophosSimulatorTest::ingestTooManyItems()
{
    setSmallIngestLimits(m_simulator.get());
    const QByteArray body = toJsonBytes(syntheticAlerts(11));
    QVERIFY(body.size() < 8 * 1024);

    const HttpResult result = ingest(body);
    QVERIFY2(isPayloadTooLarge(result), result.body.constData());
    QVERIFY(m_simulator->ingestedItems().isEmpty());
    QCOMPARE(m_simulator->ingestRequestCount(), 0);
}

void SophosSimulatorTest::ingestTooManyBytes()
{
    setSmallIngestLimits(m_simulator.get());
    QJsonArray alerts = syntheticAlerts(2);
    QJsonObject large = alerts.at(1).toObject();
    large.insert(QStringLiteral("subject"), QString(9000, u's'));
    alerts.replace(1, large);

    const HttpResult result = ingest(toJsonBytes(alerts));
    QVERIFY2(isPayloadTooLarge(result), result.body.constData());
    QVERIFY(m_simulator->ingestedItems().isEmpty());

    // A body of exactly the limit is still accepted.
    m_simulator->faults().ingestMaxBytes = int(toJsonBytes(syntheticAlerts(3)).size());
    QCOMPARE(ingest(toJsonBytes(syntheticAlerts(3))).status, 200);
}

void SophosSimulatorTest::ingestDefaultLimits()
{
    QCOMPARE(m_simulator->faults().ingestMaxItems, 500);
    QCOMPARE(m_simulator->faults().ingestMaxBytes, 1024 * 1024);

    QCOMPARE(ingest(toJsonBytes(syntheticAlerts(500))).status, 200);
    QVERIFY(isPayloadTooLarge(ingest(toJsonBytes(syntheticAlerts(501)))));
}

void SophosSimulatorTest::ingestSplitBatchesAccepted()
{
    // 25 alerts, one of them too large on its own: halving each rejected batch delivers the
    // other 24 exactly once and leaves the large one rejected.
    setSmallIngestLimits(m_simulator.get());
    QJsonArray alerts = syntheticAlerts(25);
    QJsonObject large = alerts.at(17).toObject();
    large.insert(QStringLiteral("subject"), QString(10000, u's'));
    alerts.replace(17, large);

    QList<QJsonArray> pending = {alerts};
    QStringList rejectedAlone;
    int requests = 0;
    while (!pending.isEmpty() && requests < 100) {
        const QJsonArray batch = pending.takeFirst();
        const HttpResult result = ingest(toJsonBytes(batch));
        ++requests;
        if (result.status == 200)
            continue;
        QCOMPARE(result.status, 413);
        if (batch.size() == 1) {
            rejectedAlone += alertIds(batch);
            continue;
        }
        const qsizetype half = batch.size() / 2;
        QJsonArray first;
        QJsonArray second;
        for (qsizetype i = 0; i < batch.size(); ++i)
            (i < half ? first : second).append(batch.at(i));
        pending.prepend(second);
        pending.prepend(first);
    }

    QCOMPARE(rejectedAlone, QStringList({QStringLiteral("alert-017")}));
    QStringList expected = alertIds(alerts);
    expected.removeAll(QStringLiteral("alert-017"));
    QCOMPARE(alertIds(m_simulator->ingestedItems()), expected);
    QVERIFY(requests >= 3);
}

void SophosSimulatorTest::ingestWrongKeyRejected()
{
    const QByteArray body = toJsonBytes(syntheticAlerts(1));

    const HttpResult wrongKey = ingest(body, QStringLiteral("not-the-key"));
    QCOMPARE(wrongKey.status, 401);
    QCOMPARE(wrongKey.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("unauthorized"));

    // An access token of the Sophos API is not an ingest key.
    QCOMPARE(ingest(body, fetchToken()).status, 401);
    QCOMPARE(send("POST", QStringLiteral("/ingest"), body).status, 401);
    QVERIFY(m_simulator->ingestedItems().isEmpty());
}

void SophosSimulatorTest::ingestNotArrayRejected()
{
    const QList<QByteArray> bodies = {
            R"({"id":"alert-000"})",
            R"([{"id":"alert-000"}, 5])",
            "not json",
    };
    for (const QByteArray &body : bodies) {
        const HttpResult result = ingest(body);
        QVERIFY2(result.status == 400, body.constData());
        QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("badRequest"));
    }
    QVERIFY(m_simulator->ingestedItems().isEmpty());
}
