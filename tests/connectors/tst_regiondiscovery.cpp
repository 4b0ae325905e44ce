// Region detection over HTTP on 127.0.0.1: the Mimecast simulator for the success path and a
// 404, and a plain HTTP server for the failures a real discovery host can return.

#include "httpserver.h"
#include "mimecastsimulator.h"
#include "regiondiscovery.h"
#include "urlpolicy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;

namespace {

constexpr int waitMs = 10000;
const QString adminAddress = QStringLiteral("admin@customer.example");

// An HTTP server on 127.0.0.1 that sends one fixed response, or none when holding, and keeps
// the last request it received.
class FixedServer
{
public:
    FixedServer()
    {
        m_server.setHandler([this](const HttpRequest &request, HttpResponder &responder) {
            lastRequest = request;
            if (hold)
                responder.hold();
            else
                responder.send(response);
        });
    }

    bool listen() { return m_server.listen(); }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    HttpResponse response;
    bool hold = false;
    HttpRequest lastRequest;

private:
    HttpServer m_server;
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray failBody(const QString &code, const QString &message)
{
    const QJsonObject error {{QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("retryable"), false}};
    return compact({{QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), 200}}},
                    {QStringLiteral("data"), QJsonArray()},
                    {QStringLiteral("fail"),
                     QJsonArray {QJsonObject {{QStringLiteral("errors"), QJsonArray {error}}}}}});
}

QByteArray discoveryBody(const QJsonObject &entry)
{
    return compact({{QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), 200}}},
                    {QStringLiteral("data"), QJsonArray {entry}},
                    {QStringLiteral("fail"), QJsonArray()}});
}

// Runs one discovery and returns its result, or fails the calling test.
bool discover(RegionDiscovery *discovery, const QString &address, RegionDiscovery::Result *result)
{
    QSignalSpy finished(discovery, &RegionDiscovery::finished);
    QString error;
    if (!discovery->start(address, &error)) {
        qWarning("start() refused %s: %s", qPrintable(address), qPrintable(error));
        return false;
    }
    if (!finished.wait(waitMs))
        return false;
    *result = finished.first().first().value<RegionDiscovery::Result>();
    return true;
}

} // namespace

class RegionDiscoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<RegionDiscovery::Result>(); }
    void detectsSimulatorHost();
    void sendsUnsignedRequest();
    void rejectsInvalidAddress_data();
    void rejectsInvalidAddress();
    void reportsUnknownAddress();
    void reportsMissingHost();
    void reportsUnusableHost();
    void reportsEndpointNotFound();
    void reportsTimeout();
    void cancelsRunningCall();

private:
    QNetworkAccessManager m_network;
};

void RegionDiscoveryTest::detectsSimulatorHost()
{
    MimecastSimulator simulator;
    QVERIFY2(simulator.listen(), qPrintable(simulator.errorString()));

    RegionDiscovery discovery(&m_network, simulator.baseUrl());
    RegionDiscovery::Result result;
    QVERIFY(discover(&discovery, adminAddress, &result));

    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.apiBaseUrl, simulator.baseUrl());
    QCOMPARE(result.emailAddress, adminAddress);
    QVERIFY(!discovery.isRunning());
}

void RegionDiscoveryTest::sendsUnsignedRequest()
{
    FixedServer server;
    QVERIFY(server.listen());
    server.response = HttpResponse::json(
            200,
            discoveryBody({{QStringLiteral("emailAddress"), adminAddress},
                           {QStringLiteral("region"),
                            QJsonObject {{QStringLiteral("api"),
                                          QStringLiteral("https://de-api.mimecast.com")}}}}));

    RegionDiscovery discovery(&m_network, server.baseUrl());
    discovery.setApplicationId(QStringLiteral("app-123"));
    RegionDiscovery::Result result;
    QVERIFY(discover(&discovery, QStringLiteral("  ") + adminAddress + u'\n', &result));

    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.apiBaseUrl, QUrl(QStringLiteral("https://de-api.mimecast.com")));

    const HttpRequest &request = server.lastRequest;
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/api/login/discover-authentication"));
    QVERIFY(!request.headers.contains("authorization"));
    QCOMPARE(request.header("x-mc-app-id"), QByteArray("app-123"));
    QVERIFY(request.header("x-mc-date").endsWith(" UTC"));
    QVERIFY(!request.header("x-mc-req-id").isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray data = body.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(QStringLiteral("emailAddress")).toString(),
             adminAddress);
}

void RegionDiscoveryTest::rejectsInvalidAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("no at sign") << QStringLiteral("admin.customer.example");
    QTest::newRow("no domain dot") << QStringLiteral("admin@customer");
    QTest::newRow("two at signs") << QStringLiteral("admin@@customer.example");
}

void RegionDiscoveryTest::rejectsInvalidAddress()
{
    QFETCH(QString, address);
    FixedServer server;
    QVERIFY(server.listen());

    RegionDiscovery discovery(&m_network, server.baseUrl());
    QSignalSpy finished(&discovery, &RegionDiscovery::finished);
    QString error;
    QVERIFY(!discovery.start(address, &error));
    QCOMPARE(error, RegionDiscovery::validateEmailAddress(address));
    QVERIFY(!error.isEmpty());
    QVERIFY(!discovery.isRunning());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QVERIFY(server.lastRequest.method.isEmpty());
}

void RegionDiscoveryTest::reportsUnknownAddress()
{
    FixedServer server;
    QVERIFY(server.listen());
    server.response = HttpResponse::json(
            200,
            failBody(QStringLiteral("err_discover_authentication_unknown_user"),
                     QStringLiteral("No account for this address")));

    RegionDiscovery discovery(&m_network, server.baseUrl());
    RegionDiscovery::Result result;
    QVERIFY(discover(&discovery, QStringLiteral("nobody@unknown.example"), &result));

    QCOMPARE(result.error.kind, MimecastError::Kind::RequestFailed);
    QVERIFY(result.apiBaseUrl.isEmpty());
    QVERIFY2(result.error.message.contains(u"nobody@unknown.example"),
             qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(u"err_discover_authentication_unknown_user"),
             qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(u"retried"));
}

void RegionDiscoveryTest::reportsMissingHost()
{
    FixedServer server;
    QVERIFY(server.listen());
    server.response = HttpResponse::json(
            200, discoveryBody({{QStringLiteral("emailAddress"), adminAddress}}));

    RegionDiscovery discovery(&m_network, server.baseUrl());
    RegionDiscovery::Result result;
    QVERIFY(discover(&discovery, adminAddress, &result));

    QCOMPARE(result.error.kind, MimecastError::Kind::InvalidResponse);
    QVERIFY(result.apiBaseUrl.isEmpty());
    QVERIFY2(result.error.message.contains(u"no API host"), qPrintable(result.error.message));
}

void RegionDiscoveryTest::reportsUnusableHost()
{
    FixedServer server;
    QVERIFY(server.listen());
    const QUrl plainHttp(QStringLiteral("http://eu-api.mimecast.com"));
    server.response = HttpResponse::json(
            200,
            discoveryBody({{QStringLiteral("emailAddress"), adminAddress},
                           {QStringLiteral("region"),
                            QJsonObject {{QStringLiteral("api"), plainHttp.toString()}}}}));

    RegionDiscovery discovery(&m_network, server.baseUrl());
    RegionDiscovery::Result result;
    QVERIFY(discover(&discovery, adminAddress, &result));

    QCOMPARE(result.error.kind, MimecastError::Kind::InvalidResponse);
    QVERIFY(result.apiBaseUrl.isEmpty());
    QVERIFY2(result.error.message.contains(validateServiceUrl(plainHttp)),
             qPrintable(result.error.message));
}

void RegionDiscoveryTest::reportsEndpointNotFound()
{
    MimecastSimulator simulator;
    QVERIFY2(simulator.listen(), qPrintable(simulator.errorString()));
    QUrl wrongUrl = simulator.baseUrl();
    wrongUrl.setPath(QStringLiteral("/wrong"));

    RegionDiscovery discovery(&m_network, wrongUrl);
    RegionDiscovery::Result result;
    QVERIFY(discover(&discovery, adminAddress, &result));

    QCOMPARE(result.error.kind, MimecastError::Kind::EndpointNotFound);
    QCOMPARE(result.error.httpStatus, 404);
    QVERIFY2(result.error.message.contains(u"/wrong/api/login/discover-authentication"),
             qPrintable(result.error.message));
}

void RegionDiscoveryTest::reportsTimeout()
{
    FixedServer server;
    QVERIFY(server.listen());
    server.hold = true;

    RegionDiscovery discovery(&m_network, server.baseUrl());
    discovery.setTransferTimeout(1000);
    RegionDiscovery::Result result;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(discover(&discovery, adminAddress, &result));

    QCOMPARE(result.error.kind, MimecastError::Kind::Timeout);
    QVERIFY(elapsed.elapsed() >= 900);
    QVERIFY2(result.error.message.contains(adminAddress), qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(u"retried"));
    QVERIFY(!discovery.isRunning());
}

void RegionDiscoveryTest::cancelsRunningCall()
{
    FixedServer server;
    QVERIFY(server.listen());
    server.hold = true;

    RegionDiscovery discovery(&m_network, server.baseUrl());
    QSignalSpy finished(&discovery, &RegionDiscovery::finished);
    QString error;
    QVERIFY(discovery.start(adminAddress, &error));
    QVERIFY(discovery.isRunning());
    QTRY_VERIFY(!server.lastRequest.method.isEmpty());

    QString secondError;
    QVERIFY(!discovery.start(adminAddress, &secondError));
    QVERIFY(!secondError.isEmpty());

    QElapsedTimer elapsed;
    elapsed.start();
    discovery.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
    QVERIFY(elapsed.elapsed() < 2000);
    const auto result = finished.first().first().value<RegionDiscovery::Result>();
    QCOMPARE(result.error.kind, MimecastError::Kind::Cancelled);
    QVERIFY(!discovery.isRunning());
}

QTEST_MAIN(RegionDiscoveryTest)
#include "tst_regiondiscovery.moc"
