// HttpsIngestSink against a scripted server on 127.0.0.1: batching by count and size, splitting
// on HTTP 413 down to single alerts, result mapping and the bearer key.

#include "httpsingestsink.h"
#include "sinktestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

using namespace bridge;
using namespace bridge::test;

namespace {

const QString ingestKey = QStringLiteral("ingest-key-Q9+z");
constexpr int fakeMaxItems = 10;
constexpr int fakeMaxBytes = 8 * 1024;

QList<DeliveryItem> twentyFiveAlertsWithOneOversized()
{
    QList<DeliveryItem> items;
    for (int number = 0; number < 25; ++number) {
        DeliveryItem item = sampleItem(number);
        if (number == 17)
            item.alert.insert(QStringLiteral("detail"), QString(9000, u'u'));
        items.append(item);
    }
    return items;
}

QStringList keysOf(const QByteArray &body)
{
    QStringList keys;
    for (const QJsonValue &value : QJsonDocument::fromJson(body).array())
        keys.append(value.toObject().value(u"key").toString());
    return keys;
}

} // namespace

class HttpsIngestSinkTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sinkIdentity();
    void splitsOn413();
    void batchesByCountAndSize();
    void oversizedAlertNotSent();
    void resultMapping_data();
    void resultMapping();
    void timeoutIsRetry();
    void unauthorizedStopsRemaining();
    void plainHttpRemoteRejected();
    void keyNeverShown();

private:
    std::unique_ptr<HttpsIngestSink> makeSink(int maxItems = 500, qint64 maxBytes = 1024 * 1024);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void HttpsIngestSinkTest::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void HttpsIngestSinkTest::cleanup()
{
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<HttpsIngestSink> HttpsIngestSinkTest::makeSink(int maxItems, qint64 maxBytes)
{
    HttpsIngestOptions options;
    options.url = QUrl(m_server->baseUrl().toString() + QStringLiteral("/ingest"));
    options.bearerKey = ingestKey;
    options.maxAlertsPerRequest = maxItems;
    options.maxBodyBytes = maxBytes;
    options.transferTimeoutMs = 2000;
    return std::make_unique<HttpsIngestSink>(m_network.get(), options);
}

void HttpsIngestSinkTest::sinkIdentity()
{
    const auto sink = makeSink();
    QCOMPARE(sink->name(), QStringLiteral("https"));
    QCOMPARE(sink->maxBatchSize(), 500);
    QVERIFY(sink->configurationError().isEmpty());
}

void HttpsIngestSinkTest::splitsOn413()
{
    QList<QByteArray> rejectedBodies;
    QStringList acceptedKeys;
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        const QStringList keys = keysOf(request.body);
        if (keys.size() > fakeMaxItems || request.body.size() > fakeMaxBytes) {
            rejectedBodies.append(request.body);
            return jsonReply(
                    413,
                    {{QStringLiteral("error"), QStringLiteral("payloadTooLarge")},
                     {QStringLiteral("message"), QStringLiteral("request entity too large")}});
        }
        acceptedKeys.append(keys);
        return jsonReply(201, {});
    });

    const auto sink = makeSink();
    const QList<DeliveryItem> items = twentyFiveAlertsWithOneOversized();
    const std::optional<QList<DeliveryResult>> results = deliverAndWait(sink.get(), items);
    QVERIFY(results.has_value());

    for (int number = 0; number < 25; ++number) {
        const DeliveryResult &result = results->at(number);
        if (number == 17) {
            QCOMPARE(outcomeName(result.outcome), QStringLiteral("failed"));
            QVERIFY(result.message.contains(u"too large for the destination"));
            QVERIFY(result.message.contains(u"413"));
        } else {
            QCOMPARE(outcomeName(result.outcome), QStringLiteral("delivered"));
            QCOMPARE(acceptedKeys.count(sampleKey(number)), 1);
        }
    }
    QCOMPARE(acceptedKeys.size(), 24);
    QVERIFY(!acceptedKeys.contains(sampleKey(17)));
    QVERIFY(m_server->requests().size() >= 3);
    // A body that got 413 is never sent again unchanged, and splitting ends.
    QCOMPARE(QSet<QByteArray>(rejectedBodies.cbegin(), rejectedBodies.cend()).size(),
             rejectedBodies.size());
    QVERIFY(m_server->requests().size() < 30);
    for (const ReceivedRequest &request : m_server->requests()) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/ingest"));
        QCOMPARE(request.headers.value("authorization"), "Bearer " + ingestKey.toUtf8());
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    }
}

void HttpsIngestSinkTest::batchesByCountAndSize()
{
    m_server->setRoute([](const ReceivedRequest &) { return jsonReply(200, {}); });
    const auto sink = makeSink(fakeMaxItems, fakeMaxBytes);
    QList<DeliveryItem> items;
    for (int number = 0; number < 25; ++number)
        items.append(sampleItem(number));
    const std::optional<QList<DeliveryResult>> results = deliverAndWait(sink.get(), items);
    QVERIFY(results.has_value());
    for (const DeliveryResult &result : *results)
        QCOMPARE(outcomeName(result.outcome), QStringLiteral("delivered"));

    QStringList sentKeys;
    for (const ReceivedRequest &request : m_server->requests()) {
        const QStringList keys = keysOf(request.body);
        QVERIFY(keys.size() <= fakeMaxItems);
        QVERIFY(request.body.size() <= fakeMaxBytes);
        sentKeys.append(keys);
    }
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(sentKeys.size(), 25);
    QCOMPARE(sentKeys.first(), sampleKey(0));
    QCOMPARE(sentKeys.last(), sampleKey(24));
}

void HttpsIngestSinkTest::oversizedAlertNotSent()
{
    m_server->setRoute([](const ReceivedRequest &) { return jsonReply(200, {}); });
    const auto sink = makeSink(fakeMaxItems, fakeMaxBytes);
    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(sink.get(), twentyFiveAlertsWithOneOversized());
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->at(17).outcome), QStringLiteral("failed"));
    QVERIFY(results->at(17).message.contains(u"too large"));
    QVERIFY(results->at(17).message.contains(QString::number(fakeMaxBytes)));
    QStringList sentKeys;
    for (const ReceivedRequest &request : m_server->requests())
        sentKeys.append(keysOf(request.body));
    QCOMPARE(sentKeys.size(), 24);
    QVERIFY(!sentKeys.contains(sampleKey(17)));
}

void HttpsIngestSinkTest::resultMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expectedOutcome");
    QTest::addColumn<qint64>("expectedRetryAfterMs");
    QTest::newRow("200") << 200 << QStringLiteral("delivered") << qint64(-1);
    QTest::newRow("202") << 202 << QStringLiteral("delivered") << qint64(-1);
    QTest::newRow("400") << 400 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("401") << 401 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("403") << 403 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("404") << 404 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("422") << 422 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("429") << 429 << QStringLiteral("retry") << qint64(30000);
    QTest::newRow("500") << 500 << QStringLiteral("retry") << qint64(-1);
    QTest::newRow("503") << 503 << QStringLiteral("retry") << qint64(-1);
}

void HttpsIngestSinkTest::resultMapping()
{
    QFETCH(int, status);
    QFETCH(QString, expectedOutcome);
    QFETCH(qint64, expectedRetryAfterMs);
    m_server->setRoute([status](const ReceivedRequest &) -> std::optional<HttpResponse> {
        HttpResponse response
                = jsonReply(status,
                            {{QStringLiteral("error"), QStringLiteral("ingestError")},
                             {QStringLiteral("message"), QStringLiteral("not today")},
                             {QStringLiteral("correlationId"), QStringLiteral("c-77")}});
        if (status == 429)
            response.setHeader("Retry-After", "30");
        return response;
    });
    const auto sink = makeSink();
    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(sink.get(), {sampleItem(1), sampleItem(2)});
    QVERIFY(results.has_value());
    for (const DeliveryResult &result : *results) {
        QCOMPARE(outcomeName(result.outcome), expectedOutcome);
        QCOMPARE(result.retryAfterMs, expectedRetryAfterMs);
        if (status >= 300) {
            QVERIFY(result.message.contains(u"not today"));
            QVERIFY(result.message.contains(QString::number(status)));
            QCOMPARE(result.serverReference, QStringLiteral("correlationId=c-77"));
        }
    }
    QCOMPARE(m_server->requests().size(), 1);
}

void HttpsIngestSinkTest::timeoutIsRetry()
{
    m_server->setRoute(
            [](const ReceivedRequest &) -> std::optional<HttpResponse> { return std::nullopt; });
    HttpsIngestOptions options;
    options.url = QUrl(m_server->baseUrl().toString() + QStringLiteral("/ingest"));
    options.bearerKey = ingestKey;
    options.transferTimeoutMs = 300;
    HttpsIngestSink sink(m_network.get(), options);
    const std::optional<QList<DeliveryResult>> results = deliverAndWait(&sink, {sampleItem(1)});
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->first().outcome), QStringLiteral("retry"));
    QVERIFY(results->first().message.contains(u"timed out"));
}

void HttpsIngestSinkTest::unauthorizedStopsRemaining()
{
    m_server->setRoute([](const ReceivedRequest &) { return jsonReply(401, {}); });
    const auto sink = makeSink(5);
    QList<DeliveryItem> items;
    for (int number = 0; number < 12; ++number)
        items.append(sampleItem(number));
    const std::optional<QList<DeliveryResult>> results = deliverAndWait(sink.get(), items);
    QVERIFY(results.has_value());
    for (const DeliveryResult &result : *results) {
        QCOMPARE(outcomeName(result.outcome), QStringLiteral("failed"));
        QVERIFY(result.message.contains(u"ingest key"));
    }
    QCOMPARE(m_server->requests().size(), 1);
}

void HttpsIngestSinkTest::plainHttpRemoteRejected()
{
    HttpsIngestOptions options;
    options.url = QUrl(QStringLiteral("http://192.0.2.1/ingest"));
    options.bearerKey = ingestKey;
    HttpsIngestSink sink(m_network.get(), options);
    QVERIFY(!sink.configurationError().isEmpty());
    const std::optional<QList<DeliveryResult>> results = deliverAndWait(&sink, {sampleItem(1)});
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->first().outcome), QStringLiteral("failed"));
    QVERIFY(results->first().message.contains(u"http://192.0.2.1/ingest"));
    QCOMPARE(sink.requestCount(), 0);
}

void HttpsIngestSinkTest::keyNeverShown()
{
    const LogCapture capture;
    m_server->setRoute([](const ReceivedRequest &) {
        return jsonReply(403,
                         {{QStringLiteral("error"), QStringLiteral("forbidden")},
                          {QStringLiteral("message"), QString(u"key " + ingestKey + u" revoked")}});
    });
    const auto sink = makeSink();
    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(sink.get(), {sampleItem(1)});
    QVERIFY(results.has_value());
    QVERIFY(!results->first().message.isEmpty());
    QVERIFY2(!results->first().message.contains(ingestKey), qPrintable(results->first().message));
    QVERIFY(!capture.messages().isEmpty());
    const QString leaked = capture.firstContaining({ingestKey});
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
}

QTEST_MAIN(HttpsIngestSinkTest)
#include "tst_https_ingest_sink.moc"
