// SophosCaseSink and the case content: name format and length limit, overview lines, the
// mapping of HTTP results to delivery outcomes, and crash recovery, against a scripted server
// on 127.0.0.1 and, when it is built, the Sophos Central simulator.

#include "sinktestsupport.h"
#include "sophoscasecontent.h"
#include "sophoscasesink.h"
#include "sophoscentralclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace bridge;
using namespace bridge::test;

namespace {

const QString tokenPath = QStringLiteral("/api/v2/oauth2/token");
const QString casesPath = QStringLiteral("/cases/v1/cases");
const QString tenantId = QStringLiteral("tenant-42");

QJsonObject gatewayError(const QString &error, const QString &message)
{
    return {{QStringLiteral("error"), error},
            {QStringLiteral("message"), message},
            {QStringLiteral("correlationId"), QStringLiteral("corr-11")},
            {QStringLiteral("requestId"), QStringLiteral("req-22")}};
}

QJsonObject casesPage(const QJsonArray &items)
{
    return {{QStringLiteral("items"), items},
            {QStringLiteral("pages"),
             QJsonObject {{QStringLiteral("current"), 1},
                          {QStringLiteral("size"), 50},
                          {QStringLiteral("total"), 1},
                          {QStringLiteral("items"), items.size()}}}};
}

} // namespace

class SophosCaseSinkTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void caseNameFormat();
    void caseNameCutKeepsKeyTag();
    void caseNameKeepsSurrogatePairs();
    void overviewLines();
    void bodySampleFields();
    void sinkIdentity();
    void resultMapping_data();
    void resultMapping();
    void timeoutIsRetry();
    void permissionErrorStopsBatch();
    void recoveryFindsExistingCase();
    void recoveryCreatesMissingCase();
    void recoveryListsOncePerDelivery();
    void recoveryListingFailureRetries();

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SophosCentralClient> m_client;
    std::unique_ptr<SophosCaseSink> m_sink;
    std::function<std::optional<HttpResponse>(const ReceivedRequest &)> m_caseRoute;
};

void SophosCaseSinkTest::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_caseRoute = nullptr;
    m_server->setRoute([this](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath) {
            return jsonReply(200,
                             {{QStringLiteral("access_token"), QStringLiteral("tok")},
                              {QStringLiteral("expires_in"), 3600}});
        }
        if (m_caseRoute)
            return m_caseRoute(request);
        return jsonReply(201, {{QStringLiteral("id"), QStringLiteral("case-1")}});
    });
    m_network = std::make_unique<QNetworkAccessManager>();
    SophosEndpoints endpoints;
    endpoints.identityUrl = m_server->baseUrl();
    endpoints.apiUrl = m_server->baseUrl();
    m_client = std::make_unique<SophosCentralClient>(
            m_network.get(), endpoints,
            SophosCredentials {QStringLiteral("client"), QStringLiteral("secret")});
    m_client->setTransferTimeout(2000);
    m_sink = std::make_unique<SophosCaseSink>(m_client.get(),
                                              SophosCaseTarget {m_server->baseUrl(), tenantId});
}

void SophosCaseSinkTest::cleanup()
{
    m_sink.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void SophosCaseSinkTest::caseNameFormat()
{
    const QJsonObject alert = sampleAlert(7);
    QCOMPARE(sophosCaseName(alert),
             QStringLiteral("Mimecast: URL Protection \u2014 T1566.002 Spearphishing Link [")
                     + sampleKey(7).left(12) + u']');
}

void SophosCaseSinkTest::caseNameCutKeepsKeyTag()
{
    QJsonObject alert = sampleAlert(7);
    alert.insert(QStringLiteral("threatName"), QString(400, u'x'));
    const QString name = sophosCaseName(alert);
    QCOMPARE(name.size(), maxCaseNameLength);
    QVERIFY(name.startsWith(u"Mimecast: URL Protection \u2014 T1566.002 xxx"));
    QVERIFY(name.endsWith(u"\u2026 [" + sampleKey(7).left(12) + u']'));

    // A name exactly at the limit is left whole.
    const int fixedLength = int(sophosCaseName(sampleAlert(7)).size());
    alert.insert(QStringLiteral("threatName"),
                 QString(QStringLiteral("Spearphishing Link")
                         + QString(maxCaseNameLength - fixedLength, u'y')));
    const QString exact = sophosCaseName(alert);
    QCOMPARE(exact.size(), maxCaseNameLength);
    QVERIFY(!exact.contains(u'\u2026'));
}

void SophosCaseSinkTest::caseNameKeepsSurrogatePairs()
{
    QJsonObject alert = sampleAlert(3);
    QString emoji;
    for (int count = 0; count < 200; ++count)
        emoji += QStringLiteral("\U0001F41F");
    alert.insert(QStringLiteral("threatName"), emoji);
    const QString name = sophosCaseName(alert);
    QVERIFY(name.size() <= maxCaseNameLength);
    QVERIFY(name.endsWith(caseKeyTag(sampleKey(3))));
    for (qsizetype index = 0; index < name.size(); ++index) {
        if (name.at(index).isHighSurrogate())
            QVERIFY(index + 1 < name.size() && name.at(index + 1).isLowSurrogate());
    }
}

void SophosCaseSinkTest::overviewLines()
{
    const QString overview = sophosCaseOverview(sampleAlert(5));
    const QStringList lines = overview.split(u'\n');
    QVERIFY(lines.contains(QStringLiteral("Category: url")));
    QVERIFY(lines.contains(QStringLiteral("Severity: high")));
    QVERIFY(lines.contains(QStringLiteral("Event time: 2026-03-10T08:05:00Z")));
    QVERIFY(lines.contains(QStringLiteral("Sender: notices@vendor.example.com")));
    QVERIFY(lines.contains(QStringLiteral("Recipient: user5@example.com")));
    QVERIFY(lines.contains(QStringLiteral("Subject: Notice 5")));
    QVERIFY(lines.contains(QStringLiteral("Detail: https://link5.example.net/login")));
    QVERIFY(lines.contains(QStringLiteral("Mapping rule: URL click blocked as malicious")));
    QCOMPARE(lines.last(), QStringLiteral("Mimecast alert key: ") + sampleKey(5));
}

void SophosCaseSinkTest::bodySampleFields()
{
    const QJsonObject body = sophosCaseBody(sampleAlert(5));
    QCOMPARE(body.value(u"name").toString(), sophosCaseName(sampleAlert(5)));
    QCOMPARE(body.value(u"overview").toString(), sophosCaseOverview(sampleAlert(5)));
    QCOMPARE(body.value(u"managedBy").toString(), QStringLiteral("self"));
    QCOMPARE(body.value(u"status").toString(), QStringLiteral("new"));
    QCOMPARE(body.value(u"severity").toString(), QStringLiteral("high"));
    QVERIFY(!body.value(u"type").toString().isEmpty());
}

void SophosCaseSinkTest::sinkIdentity()
{
    QCOMPARE(m_sink->name(), QStringLiteral("sophos-case"));
    QVERIFY(m_sink->maxBatchSize() > 0);
    QVERIFY(m_sink->maxBatchSize() <= 50);
}

void SophosCaseSinkTest::resultMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expectedOutcome");
    QTest::addColumn<qint64>("expectedRetryAfterMs");
    QTest::newRow("201") << 201 << QStringLiteral("delivered") << qint64(-1);
    QTest::newRow("400") << 400 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("401") << 401 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("403") << 403 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("404") << 404 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("422") << 422 << QStringLiteral("failed") << qint64(-1);
    QTest::newRow("429") << 429 << QStringLiteral("retry") << qint64(12000);
    QTest::newRow("500") << 500 << QStringLiteral("retry") << qint64(-1);
}

void SophosCaseSinkTest::resultMapping()
{
    QFETCH(int, status);
    QFETCH(QString, expectedOutcome);
    QFETCH(qint64, expectedRetryAfterMs);
    m_caseRoute = [status](const ReceivedRequest &) -> std::optional<HttpResponse> {
        if (status == 201)
            return jsonReply(201, {{QStringLiteral("id"), QStringLiteral("case-9")}});
        HttpResponse response = jsonReply(
                status,
                gatewayError(QStringLiteral("someError"), QStringLiteral("server says no")));
        if (status == 429)
            response.setHeader("Retry-After", "12");
        return response;
    };

    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(m_sink.get(), {sampleItem(1)});
    QVERIFY(results.has_value());
    const DeliveryResult &result = results->first();
    QCOMPARE(outcomeName(result.outcome), expectedOutcome);
    QCOMPARE(result.retryAfterMs, expectedRetryAfterMs);
    if (status == 201) {
        QVERIFY(result.message.isEmpty());
    } else {
        QVERIFY(result.message.contains(u"someError"));
        QVERIFY(result.message.contains(u"server says no"));
        QVERIFY(result.message.contains(u"corr-11"));
        QVERIFY(result.serverReference.contains(u"corr-11"));
        QVERIFY(result.serverReference.contains(u"req-22"));
    }

    const QList<ReceivedRequest> posts = m_server->requestsTo(casesPath);
    // A 401 renews the token once and sends the case again.
    QCOMPARE(posts.size(), status == 401 ? 2 : 1);
    QCOMPARE(posts.first().method, QByteArray("POST"));
    QCOMPARE(posts.first().headers.value("x-tenant-id"), tenantId.toUtf8());
    QCOMPARE(posts.first().headers.value("authorization"), QByteArray("Bearer tok"));
    const QJsonObject body = QJsonDocument::fromJson(posts.first().body).object();
    QCOMPARE(body.value(u"name").toString(), sophosCaseName(sampleAlert(1)));
}

void SophosCaseSinkTest::timeoutIsRetry()
{
    m_client->setTransferTimeout(300);
    m_caseRoute = [](const ReceivedRequest &) -> std::optional<HttpResponse> {
        return std::nullopt;
    };
    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(m_sink.get(), {sampleItem(1)});
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->first().outcome), QStringLiteral("retry"));
    QVERIFY(results->first().message.contains(u"timed out"));
}

void SophosCaseSinkTest::permissionErrorStopsBatch()
{
    m_caseRoute = [](const ReceivedRequest &) -> std::optional<HttpResponse> {
        return jsonReply(403, gatewayError(QStringLiteral("forbidden"), QStringLiteral("no")));
    };
    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(m_sink.get(), {sampleItem(1), sampleItem(2), sampleItem(3)});
    QVERIFY(results.has_value());
    for (const DeliveryResult &result : *results)
        QCOMPARE(outcomeName(result.outcome), QStringLiteral("failed"));
    // The same credential would be refused for every other case too.
    QCOMPARE(m_server->requestsTo(casesPath).size(), 1);
}

void SophosCaseSinkTest::recoveryFindsExistingCase()
{
    const QDateTime firstAttempt(QDate(2026, 3, 10), QTime(9, 30), QTimeZone::utc());
    m_caseRoute = [](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.method == "GET") {
            const QJsonObject existing {
                    {QStringLiteral("id"), QStringLiteral("case-old")},
                    {QStringLiteral("name"), sophosCaseName(sampleAlert(1))},
                    {QStringLiteral("overview"), sophosCaseOverview(sampleAlert(1))}};
            return jsonReply(200, casesPage({existing}));
        }
        return jsonReply(201, {{QStringLiteral("id"), QStringLiteral("case-new")}});
    };
    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(m_sink.get(), {sampleItem(1, 2, firstAttempt)});
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->first().outcome), QStringLiteral("delivered"));

    const QList<ReceivedRequest> calls = m_server->requestsTo(casesPath);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().method, QByteArray("GET"));
    QCOMPARE(calls.first().headers.value("x-tenant-id"), tenantId.toUtf8());
    // The listing starts a minute before the first attempt.
    QCOMPARE(calls.first().query.queryItemValue(QStringLiteral("createdAfter")),
             QStringLiteral("2026-03-10T09:29:00.000Z"));
}

void SophosCaseSinkTest::recoveryCreatesMissingCase()
{
    const QDateTime firstAttempt(QDate(2026, 3, 10), QTime(9, 30), QTimeZone::utc());
    m_caseRoute = [](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.method == "GET") {
            // A case of another alert whose key shares nothing with the one being sent.
            const QJsonObject other {
                    {QStringLiteral("id"), QStringLiteral("case-other")},
                    {QStringLiteral("name"), sophosCaseName(sampleAlert(99))},
                    {QStringLiteral("overview"), sophosCaseOverview(sampleAlert(99))}};
            return jsonReply(200, casesPage({other}));
        }
        return jsonReply(201, {{QStringLiteral("id"), QStringLiteral("case-new")}});
    };
    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(m_sink.get(), {sampleItem(1, 1, firstAttempt)});
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->first().outcome), QStringLiteral("delivered"));
    const QList<ReceivedRequest> calls = m_server->requestsTo(casesPath);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).method, QByteArray("GET"));
    QCOMPARE(calls.at(1).method, QByteArray("POST"));
}

void SophosCaseSinkTest::recoveryListsOncePerDelivery()
{
    const QDateTime early(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc());
    const QDateTime late(QDate(2026, 3, 10), QTime(9, 45), QTimeZone::utc());
    m_caseRoute = [](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.method == "GET") {
            // Only the name tag is there, as in a listing that leaves out the overview.
            const QJsonObject existing {{QStringLiteral("id"), QStringLiteral("case-3")},
                                        {QStringLiteral("name"), sophosCaseName(sampleAlert(3))}};
            return jsonReply(200, casesPage({existing}));
        }
        return jsonReply(201, {{QStringLiteral("id"), QStringLiteral("case-new")}});
    };
    const std::optional<QList<DeliveryResult>> results = deliverAndWait(
            m_sink.get(), {sampleItem(1), sampleItem(2, 1, late), sampleItem(3, 4, early)});
    QVERIFY(results.has_value());
    for (const DeliveryResult &result : *results)
        QCOMPARE(outcomeName(result.outcome), QStringLiteral("delivered"));

    QList<QByteArray> methods;
    for (const ReceivedRequest &call : m_server->requestsTo(casesPath))
        methods.append(call.method);
    // One listing, then cases for the new item and for the attempted one not found.
    QCOMPARE(methods, QList<QByteArray>({"GET", "POST", "POST"}));
    QCOMPARE(m_server->requestsTo(casesPath).first().query.queryItemValue(
                     QStringLiteral("createdAfter")),
             QStringLiteral("2026-03-10T08:59:00.000Z"));
    QCOMPARE(m_sink->recoveryListingCount(), 1);
}

void SophosCaseSinkTest::recoveryListingFailureRetries()
{
    m_caseRoute = [](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.method == "GET")
            return jsonReply(503, gatewayError(QStringLiteral("unavailable"), QString()));
        return jsonReply(201, {{QStringLiteral("id"), QStringLiteral("case-new")}});
    };
    const QDateTime firstAttempt(QDate(2026, 3, 10), QTime(9, 30), QTimeZone::utc());
    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(m_sink.get(), {sampleItem(1, 1, firstAttempt), sampleItem(2)});
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->at(0).outcome), QStringLiteral("retry"));
    QVERIFY(results->at(0).message.contains(u"already exists"));
    QCOMPARE(outcomeName(results->at(1).outcome), QStringLiteral("delivered"));
    // Only the new item was sent; the attempted one was not, so no duplicate can arise.
    int posts = 0;
    for (const ReceivedRequest &call : m_server->requestsTo(casesPath))
        posts += call.method == "POST" ? 1 : 0;
    QCOMPARE(posts, 1);
}

QTEST_MAIN(SophosCaseSinkTest)
#include "tst_sophos_case_sink.moc"
